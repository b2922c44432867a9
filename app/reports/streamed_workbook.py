"""An .xlsx workbook of plain tables written row by row as SpreadsheetML, for exports of
hundreds of thousands of rows (the consolidated export).

openpyxl's write-only mode serialises every cell through an XML tree writer: for the 171,000
answer rows of 1,000 audits that alone took 23 s of CPU, XlsxWriter's constant-memory mode
1.6× less, and writing the rows' XML directly 10× less (docs/benchmarks.md). A table's cells
are a handful of kinds (text, number, date-time, empty) in a fixed set of styles, so this
writer produces exactly that markup: texts as inline strings, numbers in the
form openpyxl writes it (16 significant digits, what Excel keeps and more), date-times
as Excel serials (openpyxl's conversion), and one cell style per number
format, plus the header's and the quote prefix that keeps a formula-like text a text.

Each sheet's rows go to a temporary file as they come (several sheets may grow at once: the
audits table and the answers table); `save` puts them in the zip. Values pass through
SpreadsheetCell, the one way Jalon puts a value into a cell.
"""

from __future__ import annotations

import math
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.utils.datetime import to_excel
from openpyxl.writer.theme import theme_xml

from app.boundary.spreadsheet_cell import SpreadsheetCell

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEADER, _QUOTED = "header", "quoted"  # the cell styles that are no number format
_FIRST_CUSTOM_FORMAT = 164  # number format ids below are Excel's built-in ones
_ROWS_PER_WRITE = 500
_DATE_FORMATS = {datetime: "yyyy-mm-dd h:mm:ss", date: "yyyy-mm-dd"}


class StreamedWorkbook:
    def __init__(self, header_font: str, header_fill: str):
        """`header_font` and `header_fill`: RGB colours of the header row (bold text)."""
        self._header_colours = (header_font, header_fill)
        self._sheets: list[StreamedSheet] = []
        self._styles: dict[str, int] = {_HEADER: 1, _QUOTED: 2}  # 0: the default

    def add_sheet(
        self,
        title: str,
        headers: Sequence[str],
        widths: Sequence[float],
        frozen: str,
        formats: dict[int, str] | None = None,
    ) -> StreamedSheet:
        """A sheet whose first row is `headers`, frozen above and left of cell `frozen`, with a
        filter over the table; `formats`: number format by column index."""
        styles = {c: self.style(f) for c, f in (formats or {}).items()}
        sheet = StreamedSheet(self, title, len(headers), widths, frozen, styles)
        sheet.append_header(headers)
        self._sheets.append(sheet)
        return sheet

    def style(self, number_format: str) -> int:
        """The cell style of a number format (made on first use)."""
        return self._styles.setdefault(number_format, len(self._styles) + 1)

    @property
    def header_style(self) -> int:
        return self._styles[_HEADER]

    @property
    def quoted_style(self) -> int:
        return self._styles[_QUOTED]

    def save(self, target: Path) -> None:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", self._content_types())
            archive.writestr(
                "_rels/.rels",
                _relationships([("officeDocument", "xl/workbook.xml")], _RELATIONSHIPS + "/"),
            )
            archive.writestr("xl/workbook.xml", self._workbook())
            archive.writestr(
                "xl/_rels/workbook.xml.rels",
                _relationships(
                    [("styles", "styles.xml"), ("theme", "theme/theme1.xml")]
                    + [("worksheet", f"worksheets/sheet{n}.xml") for n in self._numbers()],
                    _RELATIONSHIPS + "/",
                ),
            )
            archive.writestr("xl/styles.xml", self._stylesheet())
            archive.writestr("xl/theme/theme1.xml", theme_xml)
            for number, sheet in zip(self._numbers(), self._sheets, strict=True):
                with archive.open(f"xl/worksheets/sheet{number}.xml", "w") as entry:
                    sheet.copy_to(entry)
        self.discard()

    def discard(self) -> None:
        """Drop the sheets' temporary files (after saving, or on a cancel or an error)."""
        for sheet in self._sheets:
            sheet.discard()

    def _numbers(self) -> range:
        return range(1, len(self._sheets) + 1)

    def _content_types(self) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            f'ContentType="{_TYPES}.worksheet+xml"/>'
            for n in self._numbers()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.styles+xml"/>'
            '<Override PartName="/xl/theme/theme1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
            f"{sheets}</Types>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name={quoteattr(s.title)} sheetId="{n}" r:id="rId{n + 2}"/>'
            for n, s in zip(self._numbers(), self._sheets, strict=True)
        )
        # The filters' ranges, as Excel itself records them.
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n - 1}" hidden="1">'
            f"{escape(s.filter_reference())}</definedName>"
            for n, s in zip(self._numbers(), self._sheets, strict=True)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}">'
            f"<sheets>{sheets}</sheets><definedNames>{filters}</definedNames></workbook>"
        )

    def _stylesheet(self) -> str:
        font, fill = self._header_colours
        formats = [name for name in self._styles if name not in (_HEADER, _QUOTED)]
        codes = "".join(
            f'<numFmt numFmtId="{_FIRST_CUSTOM_FORMAT + i}" formatCode={quoteattr(code)}/>'
            for i, code in enumerate(formats)
        )
        cells = "".join(
            f'<xf numFmtId="{_FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0" '
            'xfId="0" applyNumberFormat="1"/>'
            for i in range(len(formats))
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<styleSheet xmlns="{_MAIN}">'
            f'<numFmts count="{len(formats)}">{codes}</numFmts>'
            # openpyxl's default font (the theme's text colour) and header font, so that a
            # reader sees the same cells as in the workbooks Jalon writes with openpyxl.
            '<fonts count="2"><font><name val="Calibri"/><family val="2"/><color theme="1"/>'
            '<sz val="11"/><scheme val="minor"/></font>'
            f'<font><b val="1"/><color rgb="00{font}"/></font></fonts>'
            '<fills count="3"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill>'
            f'<fill><patternFill patternType="solid"><fgColor rgb="00{fill}"/></patternFill>'
            "</fill></fills>"
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            f'<cellXfs count="{3 + len(formats)}">'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
            'applyFill="1"/>'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
            f"{cells}</cellXfs>"
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>"
        )


class StreamedSheet:
    """One table of a StreamedWorkbook, its rows written to a temporary file as they come."""

    def __init__(
        self,
        workbook: StreamedWorkbook,
        title: str,
        width: int,
        widths: Sequence[float],
        frozen: str,
        styles: dict[int, int],
    ):
        self.title = title
        self.rows = 0
        self._workbook = workbook
        self._letters = [get_column_letter(c) for c in range(1, width + 1)]
        self._widths = widths
        self._frozen = frozen
        self._styles = styles  # column index -> cell style of its number format
        # Closed by discard(), which the workbook calls after saving or on a cancel.
        self._file = tempfile.TemporaryFile()  # noqa: SIM115
        self._pending: list[str] = []

    def append_header(self, headers: Sequence[str]) -> None:
        header = self._workbook.header_style
        self._append(headers, lambda _index: header)

    def append(self, values: Sequence[object]) -> None:
        self._append(values, self._styles.get)

    def _append(self, values: Sequence[object], style_of) -> None:
        self.rows += 1
        number = self.rows
        cells = []
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            reference = f"{self._letters[index]}{number}"
            style = style_of(index)
            safe = SpreadsheetCell.value(value)
            if type(safe) is str:
                if SpreadsheetCell.needs_cell(safe):
                    style = style or self._workbook.quoted_style
                cells.append(
                    f'<c r="{reference}"{_style(style)} t="inlineStr"><is>'
                    f'<t xml:space="preserve">{escape(safe)}</t></is></c>'
                )
            elif isinstance(safe, bool):
                cells.append(f'<c r="{reference}"{_style(style)} t="b"><v>{int(safe)}</v></c>')
            elif isinstance(safe, date):
                # A date without a format of its column gets the usual one for its kind, as
                # openpyxl gives it (without one, a reader would see a bare number).
                style = style or self._workbook.style(_DATE_FORMATS[type(safe)])
                cells.append(f'<c r="{reference}"{_style(style)}><v>{to_excel(safe):.16g}</v></c>')
            elif isinstance(safe, int | float) and math.isfinite(safe):
                cells.append(f'<c r="{reference}"{_style(style)}><v>{safe:.16g}</v></c>')
            else:
                raise TypeError(f"a streamed sheet holds no {type(safe).__name__} value")
        self._pending.append(f'<row r="{number}">{"".join(cells)}</row>')
        if len(self._pending) >= _ROWS_PER_WRITE:
            self._flush()

    def _flush(self) -> None:
        self._file.write("".join(self._pending).encode("utf-8"))
        self._pending = []

    def filter_reference(self) -> str:
        title = self.title.replace("'", "''")
        return f"'{title}'!$A$1:${self._letters[-1]}${self.rows}"

    def copy_to(self, entry) -> None:
        """The sheet's whole XML: columns and frozen header, the rows, the filter."""
        self._flush()
        entry.write(self._head().encode("utf-8"))
        self._file.seek(0)
        while block := self._file.read(1 << 20):
            entry.write(block)
        tail = f'</sheetData><autoFilter ref="A1:{self._letters[-1]}{self.rows}"/></worksheet>'
        entry.write(tail.encode("utf-8"))

    def _head(self) -> str:
        letters, row = coordinate_from_string(self._frozen)
        columns, rows = column_index_from_string(letters) - 1, row - 1
        split = (f' xSplit="{columns}"' if columns else "") + (f' ySplit="{rows}"' if rows else "")
        pane = "bottomRight" if columns and rows else "bottomLeft" if rows else "topRight"
        widths = "".join(
            f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>'
            for n, w in enumerate(self._widths, start=1)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<worksheet xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}">'
            '<sheetViews><sheetView workbookViewId="0">'
            f'<pane{split} topLeftCell="{self._frozen}" activePane="{pane}" state="frozen"/>'
            f'<selection pane="{pane}" activeCell="{self._frozen}" sqref="{self._frozen}"/>'
            "</sheetView></sheetViews>"
            f"<cols>{widths}</cols><sheetData>"
        )

    def discard(self) -> None:
        self._file.close()


def _style(style: int | None) -> str:
    return f' s="{style}"' if style else ""


def _relationships(targets: list[tuple[str, str]], kinds: str) -> str:
    links = "".join(
        f'<Relationship Id="rId{n}" Type="{kinds}{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(targets, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">{links}</Relationships>'
    )
