"""The streamed workbook is read back by openpyxl, pandas and LibreOffice as the cells it was
given, in the styles and layout it was asked for, with every value made safe as Jalon makes
any cell safe (formula-like texts kept as text, control characters shown, long texts cut)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime

import pandas
import pytest
from openpyxl import Workbook, load_workbook

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.reports.streamed_workbook import StreamedWorkbook
from app.reports.xlsx_sheet_style import HEADER_COLOUR, HEADER_TEXT_COLOUR, MOMENT_FORMAT

HEADERS = ["Text", "Number", "When", "Day", "Share"]
ROWS = [
    ["plain", 3, datetime(2026, 12, 6, 10, 30), date(2026, 3, 31), 0.125],
    ['=HYPERLINK("http://x")', 2.5, "not a time", None, 1.0],
    ["-5 as text", 10**16, None, date(2026, 1, 1), float("nan")],
    ["bell \x07 and\nnew line", -0.1, datetime(2026, 1, 1), None, True],
    ["l'apostrophe & <tags>", 1 / 3 * 100, None, None, ""],
    ["x" * 40_000, None, None, None, None],
]


def _write(path, rows=ROWS):
    workbook = StreamedWorkbook(HEADER_TEXT_COLOUR, HEADER_COLOUR)
    first = workbook.add_sheet(
        "Réponses d'audit", HEADERS, [30, 10, 17, 12, 8], "B2", {2: MOMENT_FORMAT, 4: "0.0%"}
    )
    second = workbook.add_sheet("Second", ["Only"], [12], "A2")
    for row in rows:
        first.append(row)
    second.append(["=1+1"])
    workbook.save(path)
    return path


def _expected(value):
    """What a cell should hold: the value as SpreadsheetCell makes it safe, dates as
    datetimes, empty for nothing."""
    safe = SpreadsheetCell.value(value)
    if safe is None or safe == "":
        return None
    if isinstance(safe, date) and not isinstance(safe, datetime):
        return datetime(safe.year, safe.month, safe.day)
    return safe


def test_openpyxl_reads_back_the_cells_styles_and_layout(tmp_path):
    book = load_workbook(_write(tmp_path / "t.xlsx"))
    assert book.sheetnames == ["Réponses d'audit", "Second"]
    sheet = book["Réponses d'audit"]
    assert [c.value for c in sheet[1]] == HEADERS
    assert all(c.font.b and c.fill.fgColor.rgb == "00" + HEADER_COLOUR for c in sheet[1])
    for written, row in zip(ROWS, sheet.iter_rows(min_row=2), strict=True):
        assert [c.value for c in row] == [_expected(v) for v in written]
    assert sheet["A3"].quotePrefix and not sheet["A2"].quotePrefix  # the formula-like text
    assert (sheet["C2"].number_format, sheet["E2"].number_format) == (MOMENT_FORMAT, "0.0%")
    assert sheet["D2"].number_format == "yyyy-mm-dd"  # a date's usual format
    assert sheet["C3"].number_format == MOMENT_FORMAT and sheet["C3"].value == "not a time"
    assert sheet["A7"].value.endswith("[…]") and len(sheet["A7"].value) == 32_767
    assert (sheet.freeze_panes, sheet.auto_filter.ref) == ("B2", "A1:E7")
    assert [sheet.column_dimensions[c].width for c in "ABCDE"] == [30, 10, 17, 12, 8]
    second = book["Second"]
    assert (second["A2"].value, second["A2"].quotePrefix, second.freeze_panes) == (
        "=1+1",
        True,
        "A2",
    )


def test_the_same_cells_as_openpyxl_writes_them(tmp_path):
    """Value for value and type for type (1.0 written by openpyxl reads back as 1)."""
    reference = Workbook(write_only=True)
    sheet = reference.create_sheet("Réponses d'audit")
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append([SpreadsheetCell.for_append(sheet, v) for v in row])
    reference.save(tmp_path / "openpyxl.xlsx")
    ours = load_workbook(_write(tmp_path / "t.xlsx"))["Réponses d'audit"]
    theirs = load_workbook(tmp_path / "openpyxl.xlsx")["Réponses d'audit"]
    for mine, other in zip(ours.iter_rows(), theirs.iter_rows(), strict=True):
        assert [(type(c.value), c.value) for c in mine] == [(type(c.value), c.value) for c in other]


def test_pandas_reads_the_table(tmp_path):
    frame = pandas.read_excel(_write(tmp_path / "t.xlsx"), sheet_name="Réponses d'audit")
    assert list(frame.columns) == HEADERS
    assert frame["Number"].iloc[0] == 3 and frame["Number"].iloc[4] == pytest.approx(100 / 3)
    assert frame["When"].iloc[0] == pandas.Timestamp(2026, 12, 6, 10, 30)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_reads_the_same_texts(tmp_path):
    source = _write(tmp_path / "t.xlsx")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(tmp_path / "csv"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (tmp_path / "csv" / "t-Réponses d'audit.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADERS
    assert [r[0] for r in rows[1:6]] == [_expected(r[0]) for r in ROWS[:5]]
    assert rows[1][2].startswith("2026-12-06 10:30") and rows[1][3] == "2026-03-31"
    assert rows[1][4] == "12.5%"
