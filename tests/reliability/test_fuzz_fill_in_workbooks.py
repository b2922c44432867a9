"""Fuzzing the fill-in workbook importer: a workbook that comes back from someone without Jalon.

Preview must give changes or located problems, or raise a JalonError for a file that cannot be
read; never another exception, never a hang. Import is all or nothing: it applies exactly what
the preview showed, or changes nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.frameworks.framework_loader import load_framework
from app.models.errors import JalonError
from app.reports.fill_in.fill_in_layout import HEADER_ROW, META_SHEET, FillInLayout
from app.reports.fill_in.workbook_import_plan import ImportMode, WorkbookPreview
from app.services.report_service import ReportService
from tests.fixtures.sample_workbook import write_sample
from tests.reliability.hostile_files import (
    SECRET_MARKER,
    billion_laughs,
    external_entity,
    lying_sizes,
    read_entry,
    replace_entries,
    within,
    zip_bomb,
)

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Desk:
    """An audit of the sample framework, its report service and its exported workbook."""

    def __init__(self, application, tmp_path: Path):
        framework = load_framework(write_sample(tmp_path / "sample.xlsx")).framework
        self.database = application.paths.database
        self.audit = application.audits.create(framework, "Caisse de Test", "SN")
        application.audits.open(self.audit.id).answer("q1", "yes")
        self.service = ReportService(application.store, application.audits)
        self.exported = self.service.export_workbook(self.audit.id, tmp_path / "fill-in.xlsx")
        self.tmp_path = tmp_path

    def preview(self, path: Path) -> WorkbookPreview | None:
        """The preview, or None when the file was refused with a JalonError."""
        before = self.state()
        try:
            with within(30):
                preview = self.service.preview_workbook(self.audit.id, path, ImportMode.OVERWRITE)
        except JalonError as error:
            assert str(error) and SECRET_MARKER not in str(error)
            preview = None
        assert self.state() == before, "a preview writes nothing"
        if preview is not None:
            assert all(str(problem) for problem in preview.problems)
        return preview

    def state(self) -> tuple:
        connection = sqlite3.connect(self.database)
        try:
            return tuple(
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("revisions", "answers", "audit_events")
            )
        finally:
            connection.close()

    def filled(self, name: str, cells: dict[tuple[int, str], object]) -> Path:
        """The exported workbook with some cells of the answers sheet set, as a user would."""
        book = load_workbook(self.exported)
        meta = {row[0]: row[1] for row in book[META_SHEET].iter_rows(values_only=True)}
        sheet = book[meta["answers_sheet"]]
        for (row, column), value in cells.items():
            sheet.cell(HEADER_ROW + row, FillInLayout.index(column), value)
        target = self.tmp_path / name
        book.save(target)
        return target


@pytest.fixture
def desk(application, tmp_path) -> Desk:
    return Desk(application, tmp_path)


def _refused(desk: Desk, path: Path, words: str) -> None:
    with pytest.raises(JalonError, match=words):
        desk.service.preview_workbook(desk.audit.id, path, ImportMode.OVERWRITE)
    assert desk.preview(path) is None


def test_the_exported_workbook_previews_without_problems(desk):
    assert desk.preview(desk.exported).problems == []


@pytest.mark.parametrize("sheet", [1, 2, 3, 4])
def test_billion_laughs_in_any_sheet_is_refused_unread(desk, sheet):
    entry = f"xl/worksheets/sheet{sheet}.xml"
    bomb = replace_entries(
        desk.exported,
        desk.tmp_path / "bomb.xlsx",
        {entry: billion_laughs(read_entry(desk.exported, entry))},
    )
    _refused(desk, bomb, "XML entity declarations")


def test_external_entities_in_a_fill_in_workbook_never_read_other_files(desk):
    secret = desk.tmp_path / "secret.txt"
    secret.write_text(SECRET_MARKER)
    entry = "xl/worksheets/sheet1.xml"
    hostile = replace_entries(
        desk.exported,
        desk.tmp_path / "xxe.xlsx",
        {entry: external_entity(read_entry(desk.exported, entry), secret)},
    )
    _refused(desk, hostile, "XML entity declarations")


def test_a_zip_bomb_and_a_padded_sheet_are_refused_unread(desk):
    _refused(desk, zip_bomb(desk.exported, desk.tmp_path / "bomb.xlsx", 220), "refused unread")
    entry = "xl/worksheets/sheet1.xml"
    head, tail = read_entry(desk.exported, entry).split(b"<sheetData>", 1)
    padded = replace_entries(
        desk.exported,
        desk.tmp_path / "padded.xlsx",
        {entry: head + b"<sheetData>" + b" " * (50 << 20) + tail},
    )
    _refused(desk, padded, "refused unread")


def test_a_fill_in_workbook_entry_lying_about_its_size_is_refused(desk):
    liar = lying_sizes(desk.exported, desk.tmp_path / "liar.xlsx", "xl/worksheets/sheet1.xml")
    _refused(desk, liar, "cannot be read")


@FUZZ
@given(st.data())
def test_truncated_and_flipped_workbooks_never_crash(desk, data):
    content = bytearray(desk.exported.read_bytes())
    if data.draw(st.booleans()):
        content = content[: data.draw(st.integers(0, len(content) - 1))]
    else:
        for _ in range(data.draw(st.integers(1, 8))):
            position = data.draw(st.integers(0, len(content) - 1))
            content[position] ^= data.draw(st.integers(1, 255))
    damaged = desk.tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(content))
    desk.preview(damaged)


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_are_refused_as_a_fill_in_workbook(desk, content):
    path = desk.tmp_path / "random.xlsx"
    path.write_bytes(content)
    assert desk.preview(path) is None


CELL = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
    st.sampled_from(
        [
            "yes",
            "Yes",
            "no",
            "na",
            "a; b",
            "a, c",
            "Branch; Mobile",
            "40",
            "101",
            "-1",
            "=1+1",
            "q1",
            "2.1",
            "1.1.1",
        ]
    ),
)
COLUMNS = st.sampled_from(["answer", "na_reason", "comment", "key", "code"])


@FUZZ
@given(st.dictionaries(st.tuples(st.integers(1, 9), COLUMNS), CELL, max_size=8))
def test_any_edit_of_the_cells_imports_all_or_nothing(desk, cells):
    path = desk.filled("edited.xlsx", cells)
    preview = desk.preview(path)
    before = desk.state()
    try:
        applied = desk.service.import_workbook(
            desk.audit.id, path, ImportMode.OVERWRITE, previewed=preview
        )
    except JalonError:
        assert desk.state() == before, "a refused import changes nothing"
        return
    assert preview is not None and not preview.problems
    assert applied.changes == preview.changes
    revisions_added = desk.state()[0] - before[0]
    assert revisions_added == len(preview.changes)
