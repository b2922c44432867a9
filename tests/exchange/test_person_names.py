"""People's names that arrive in a signed package — auditors, answer authors, action owners,
whoever attached a file or finalized the audit — are shown in every export with their
right-to-left overrides and invisible controls written as escapes (\\u202e), as evidence file
names are: "Awa \\u202eexe.X" must not read "Awa X.exe" in a report. Comments keep their
marks (a comment in Arabic needs them); names do not."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli.main import cli
from app.models.import_receipt import ReceiptStatus
from app.services.report_service import ReportService
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce, scored_names

AUTHOR = "Awa \u202eexe.X"  # the site's person: auditor, author, attached the file, finalized
OWNER = "Moussa \u2066Diop\u2069"  # an isolate pair that hides the name's direction
SECOND = "Li \u200fZhou"  # a right-to-left mark
COMMENT = "مراجعة \u200f(RLM) kept"  # a comment keeps its marks by design
SHOWN = ("Awa \\u202eexe.X", "Moussa \\u2066Diop\\u2069", "Li \\u200fZhou")
RAW = re.compile("[\x80-\x9f\u200e\u202a-\u202e\u2066-\u2069]")


def jalon(data_dir: Path, *args: object) -> None:
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), *map(str, args)])
    assert result.exit_code == 0, result.output


def texts_of_workbook(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    found = [
        value
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]
    found.append(book.properties.creator or "")
    book.close()
    return found


def raw_names(texts: list[str]) -> list[str]:
    """Texts holding a name's control raw (the comment, which keeps its mark, aside)."""
    return [t for t in texts if RAW.search(t.replace(COMMENT, ""))]


def test_names_from_a_package_are_written_escaped_in_every_export(make_site, tmp_path):
    site, office = make_site("site", author=AUTHOR), make_site("office")
    introduce(site, office)
    framework = office.catalog.default()
    audit = site.audits.create(framework, "Caisse Rurale A", "SN", auditors=(AUTHOR, SECOND))
    session = site.audits.open(audit.id)
    answer_everything(session)
    first = scored_names(framework, 1)[0]
    session.comment(first, COMMENT)
    evidence = tmp_path / "minutes.txt"
    evidence.write_text("Board minutes")
    session.attach_evidence(first, evidence)
    session.add_action(first, "Publish the targets", owner=OWNER)
    out = tmp_path / "out"
    out.mkdir()
    # A fill-in workbook is for a draft: the site exports one before finalizing.
    ReportService(site.store, site.audits).export_workbook(audit.id, out / "fill.xlsx", "en")
    session.finalize()
    package = tmp_path / "site.jalon"
    site.packages.export(site.audits.get(audit.id), package)
    assert office.merges.merge_file(package).status == ReceiptStatus.ACCEPTED
    data = Path(office.paths.data_dir)
    office.close()

    jalon(data, "export", "xlsx", audit.id, out / "audit.xlsx")
    jalon(data, "export", "consolidated", out / "network.xlsx")
    jalon(data, "report", audit.id, "--pdf", out / "report.pdf")
    jalon(data, "export", "tidy", out / "csv", "--format", "csv")
    jalon(data, "export", "tidy", out / "parquet")

    exported = {name: texts_of_workbook(out / name) for name in ("audit.xlsx", "network.xlsx")}
    exported["fill.xlsx"] = texts_of_workbook(out / "fill.xlsx")
    pdf = PdfReader(out / "report.pdf")
    exported["report.pdf"] = [page.extract_text() for page in pdf.pages] + [
        str(pdf.metadata.author)
    ]
    readers = {"csv": pd.read_csv, "parquet": pd.read_parquet}
    for kind, read in readers.items():
        audits = read(next((out / kind).glob(f"audits*.{kind}")))
        answers = read(next((out / kind).glob(f"answers*.{kind}")))
        authors = answers["author"].dropna()  # a calculated answer has none
        exported[kind] = [*audits["auditors"], *authors]
        assert f"{SHOWN[0]}; {SHOWN[2]}" in exported[kind], kind
        assert SHOWN[0] in set(authors), kind

    for name, texts in exported.items():
        assert raw_names(texts) == [], (name, raw_names(texts)[:3])
    whole = {name: "\n".join(texts) for name, texts in exported.items()}
    for name in ("report.pdf", "network.xlsx"):  # the auditors
        assert SHOWN[0] in whole[name] and SHOWN[2] in whole[name], name
    assert SHOWN[0] in whole["audit.xlsx"]  # who gave the answers, who finalized
    assert SHOWN[1] in whole["audit.xlsx"]  # the action's owner, on the plan
    assert SHOWN[1] in whole["report.pdf"].replace("\n", "")  # a table cell wraps it
    assert SHOWN[0] in whole["fill.xlsx"]  # who exported the fill-in workbook
    assert COMMENT in whole["audit.xlsx"]  # the comment, as written
