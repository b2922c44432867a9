"""Fuzzing the framework workbook loader with hostile and malformed .xlsx files.

`load_framework` must always return a BuildResult: either a framework, or problems that say
what and where. Never an exception, never a hang, never the content of another file, never a
partial write (a refused workbook adds nothing to the database).
"""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.frameworks.framework_builder import BuildResult
from app.frameworks.framework_loader import load_framework
from app.models.errors import JalonError
from tests.fixtures.sample_workbook import CHOICES, SURVEY, _label, write_sample
from tests.reliability.hostile_files import (
    SECRET_MARKER,
    SHARED_STRINGS,
    billion_laughs,
    external_entity,
    lying_sizes,
    read_entry,
    replace_entries,
    with_shared_strings,
    within,
    zip_bomb,
)

SHEET = "xl/worksheets/sheet1.xml"


def _load(path: Path) -> BuildResult:
    with within(30):
        result = load_framework(path)
    assert isinstance(result, BuildResult)
    if result.framework is None:
        assert result.errors, "a refused workbook must say why"
    for problem in result.problems:
        assert str(problem) and SECRET_MARKER not in str(problem)
    return result


@pytest.fixture
def valid(tmp_path) -> Path:
    return write_sample(tmp_path / "valid.xlsx")


@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET_MARKER)
    return path


def _refused(result: BuildResult, words: str) -> None:
    assert result.framework is None
    assert any(words in problem.message for problem in result.errors), [
        str(p) for p in result.problems
    ]


# --- XML and zip attacks -------------------------------------------------------------------------


def test_billion_laughs_in_a_sheet_is_refused_unread(valid, tmp_path):
    bomb = replace_entries(
        valid, tmp_path / "bomb.xlsx", {SHEET: billion_laughs(read_entry(valid, SHEET))}
    )
    _refused(_load(bomb), "XML entity declarations")


def test_billion_laughs_in_shared_strings_is_refused_unread(valid, tmp_path):
    assert _load(with_shared_strings(valid, tmp_path / "ok.xlsx", SHARED_STRINGS)).framework
    bomb = with_shared_strings(valid, tmp_path / "bomb.xlsx", billion_laughs(SHARED_STRINGS))
    _refused(_load(bomb), "XML entity declarations")


def test_billion_laughs_in_the_workbook_part_is_refused(valid, tmp_path):
    part = "xl/workbook.xml"
    bomb = replace_entries(
        valid, tmp_path / "bomb.xlsx", {part: billion_laughs(read_entry(valid, part))}
    )
    _refused(_load(bomb), "XML entity declarations")


@pytest.mark.parametrize("where", ["sheet", "shared strings"])
def test_external_entities_never_read_other_files(valid, tmp_path, secret, where):
    if where == "sheet":
        hostile = replace_entries(
            valid, tmp_path / "xxe.xlsx", {SHEET: external_entity(read_entry(valid, SHEET), secret)}
        )
    else:
        hostile = with_shared_strings(
            valid, tmp_path / "xxe.xlsx", external_entity(SHARED_STRINGS, secret)
        )
    result = _load(hostile)
    _refused(result, "XML entity declarations")
    assert SECRET_MARKER not in repr(result)


def test_a_zip_bomb_is_refused_before_it_is_expanded(valid, tmp_path):
    _refused(_load(zip_bomb(valid, tmp_path / "bomb.xlsx")), "which no spreadsheet does")


def test_an_entry_lying_about_its_size_is_refused(valid, tmp_path):
    liar = lying_sizes(valid, tmp_path / "liar.xlsx", SHEET)
    _refused(_load(liar), "not a readable .xlsx workbook")


def test_entries_with_hostile_names_change_nothing_outside(valid, tmp_path):
    hostile = replace_entries(
        valid, tmp_path / "names.xlsx", {"../../escaped.txt": b"x", "/abs/path.xml": b"x"}
    )
    _load(hostile)
    assert not (tmp_path.parent / "escaped.txt").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"type,name,label\nselect_one yn,q1,Question\n",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000),  # an old .xls (OLE2) file
        b"PK\x03\x04" + bytes(100),  # a zip header and nothing else
        bytes(range(256)) * 40,
    ],
    ids=["empty", "csv", "xls", "zip-header", "binary"],
)
def test_files_that_are_not_workbooks_are_refused(tmp_path, content):
    path = tmp_path / "framework.xlsx"
    path.write_bytes(content)
    assert _load(path).framework is None


def test_a_zip_without_a_workbook_is_refused(tmp_path):
    path = tmp_path / "document.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")  # an OpenDocument, say
    assert _load(path).framework is None


def test_a_missing_file_or_a_folder_is_refused(tmp_path):
    assert _load(tmp_path / "missing.xlsx").framework is None
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert _load(folder).framework is None


# --- hostile content -----------------------------------------------------------------------------


def test_groups_nested_absurdly_deep_are_refused_not_a_stack_overflow(tmp_path):
    depth = 3000
    survey = (
        [
            ["begin_group", f"g{i}", *_label(f"G{i}"), "", str(i), "", "", "", "", ""]
            for i in range(depth)
        ]
        + [["select_one ypn", "q1", *_label("Q"), "", "9", "", "", "", "", ""]]
        + [["end_group", f"g{i}", *[""] * 11] for i in reversed(range(depth))]
    )
    result = _load(write_sample(tmp_path / "deep.xlsx", survey=survey))
    _refused(result, "nested more than")


def test_formulas_are_never_evaluated(tmp_path):
    survey = [list(row) for row in SURVEY]
    survey[2][1] = "=A1"
    survey[2][2] = '=HYPERLINK("http://example.invalid","click")'
    survey[3][8] = "=1+1"
    result = _load(write_sample(tmp_path / "formulas.xlsx", survey=survey))
    assert result.framework is None  # the formula cells read as empty: located problems
    assert all(problem.sheet for problem in result.errors)


def test_wrong_types_are_located_errors(tmp_path):
    survey = [list(row) for row in SURVEY]
    survey[2][1] = 12345
    survey[3][2] = datetime.datetime(2020, 1, 1)
    survey[2][8] = "heavy"
    choices = [list(row) for row in CHOICES]
    choices[0][5] = "abc"
    choices[1][5] = datetime.date(2020, 1, 1)
    result = _load(write_sample(tmp_path / "types.xlsx", survey=survey, choices=choices))
    assert result.framework is None
    located = {(p.sheet, p.row) for p in result.errors}
    assert ("survey", 4) in located and ("choices", 2) in located


def test_huge_cells_and_many_rows_load_or_are_refused_quickly(tmp_path):
    survey = [list(row) for row in SURVEY]
    survey[2][2] = "x" * 1_000_000
    _load(write_sample(tmp_path / "huge.xlsx", survey=survey))
    many = [
        ["select_one ypn", f"q{i}", *_label(f"Q{i}"), "", f"{i}", "", "", "", "", ""]
        for i in range(5000)
    ]
    assert _load(write_sample(tmp_path / "many.xlsx", survey=many)).framework is not None


def test_a_refused_workbook_writes_nothing(application, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    valid = write_sample(tmp_path / "valid.xlsx")
    replace_entries(valid, bomb, {SHEET: billion_laughs(read_entry(valid, SHEET))})
    before = application.store.frameworks.hashes()
    with pytest.raises(JalonError, match="error"):
        application.frameworks.resolve(str(bomb))
    assert application.store.frameworks.hashes() == before
    assert application.audits.list() == []


# --- random damage (hypothesis) ------------------------------------------------------------------

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(st.data())
def test_truncated_workbooks_are_refused(valid, data):
    content = valid.read_bytes()
    cut = data.draw(st.integers(min_value=0, max_value=len(content) - 1))
    damaged = valid.with_name("truncated.xlsx")
    damaged.write_bytes(content[:cut])
    assert _load(damaged).framework is None


@FUZZ
@given(st.data())
def test_flipped_bytes_never_crash_the_loader(valid, data):
    content = bytearray(valid.read_bytes())
    for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
        position = data.draw(st.integers(min_value=0, max_value=len(content) - 1))
        content[position] ^= data.draw(st.integers(min_value=1, max_value=255))
    damaged = valid.with_name("flipped.xlsx")
    damaged.write_bytes(bytes(content))
    _load(damaged)


@FUZZ
@given(st.binary(max_size=4000))
def test_random_bytes_are_refused(tmp_path, content):
    path = tmp_path / "random.xlsx"
    path.write_bytes(content)
    assert _load(path).framework is None


# Characters openpyxl can write (XML 1.0 forbids most control characters).
CELL_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n"),
    max_size=40,
)
CELLS = st.one_of(
    st.none(),
    CELL_TEXT,
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
    st.sampled_from(
        [
            "begin_group",
            "end_group",
            "select_one ypn",
            "select_multiple abc",
            "integer",
            "note",
            "begin_repeat",
            "${q1} = 'yes'",
            ". > 0",
            "q1",
            "dimension",
            "yes",
            "gender",
            "calculate",
            "select_one missing",
        ]
    ),
)


@FUZZ
@given(
    st.lists(st.lists(CELLS, min_size=13, max_size=13), max_size=12),
    st.lists(st.lists(CELLS, min_size=6, max_size=6), max_size=8),
)
def test_random_cells_give_a_framework_or_located_problems(tmp_path, survey, choices):
    path = write_sample(tmp_path / "random-cells.xlsx", survey=survey, choices=choices)
    _load(path)
