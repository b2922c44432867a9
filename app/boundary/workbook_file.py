"""An .xlsx workbook read as hostile input, bounded before any spreadsheet library parses it.

The file is read as an ordinary file of bounded size; its zip directory is bounded; what its
entries expand to is checked against their sizes (a zip bomb); and every worksheet is streamed
once, cheaply, counting rows, columns and cells, so that a sheet of a million rows is refused
after reading the first few thousand instead of being built in memory by openpyxl or pyxform
(which fill in every empty row and cell up to the last one named).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse as parse_xml

from app.boundary.regular_file import FileRefused, RegularFile
from app.boundary.zip_directory import ZipDirectory

_REFERENCE = re.compile(r"([A-Z]{1,3})?(\d+)?")
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class WorkbookLimits:
    max_bytes: int = 50 * 1024 * 1024
    max_expanded_bytes: int = 300 * 1024 * 1024
    max_ratio: int = 200  # for entries over a megabyte; honest sheets compress about 10:1
    max_entries: int = 10_000
    max_rows: int = 20_000  # far above any framework or fill-in workbook
    max_columns: int = 16_384  # Excel's own last column, XFD (LibreOffice fills up to AMJ)
    # The grid a reader builds: openpyxl and pyxform pad every row to the widest one, so a
    # single cell far to the right costs as much as a full row of them.
    max_cells: int = 4_000_000


class WorkbookFile:
    """The bytes of a workbook that passed every bound, ready for openpyxl or pyxform."""

    def __init__(self, limits: WorkbookLimits | None = None):
        self.limits = limits or WorkbookLimits()

    def read(self, path: Path) -> io.BytesIO:
        path = Path(path)
        data = RegularFile.read(path, self.limits.max_bytes)
        self.check(path, data)
        return io.BytesIO(data)

    def check(self, path: Path, data: bytes) -> None:
        """Refuse the bytes of an .xlsx read from `path` unless every bound holds."""
        ZipDirectory.bound(data, self.limits.max_entries)
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, EOFError):
            raise FileRefused(
                "not-a-workbook",
                "{file} is not an .xlsx workbook (it is not a zip container)",
                file=path.name,
            ) from None
        with archive:
            self._check_expansion(path, archive)
            names = self._sheet_names(archive)
            for part in archive.namelist():
                if part.startswith("xl/worksheets/") and part.endswith(".xml"):
                    self._check_sheet(path, archive, part, names.get(part, part))

    def _check_expansion(self, path: Path, archive: zipfile.ZipFile) -> None:
        limits = self.limits
        entries = archive.infolist()
        expanded = sum(entry.file_size for entry in entries)
        if expanded > limits.max_expanded_bytes:
            raise FileRefused(
                "too-large",
                "{file} expands to {size} MB, far more than a workbook "
                "Jalon writes; it was refused unread",
                file=path.name,
                size=expanded // 1_000_000,
            )
        for entry in entries:
            if entry.file_size > 1_000_000 and entry.file_size > limits.max_ratio * max(
                entry.compress_size, 1
            ):
                raise FileRefused(
                    "compression-ratio",
                    "{file}: entry {entry} is compressed "
                    "{ratio}:1, which no spreadsheet does; it was refused unread",
                    file=path.name,
                    entry=entry.filename,
                    ratio=entry.file_size // max(entry.compress_size, 1),
                )

    @staticmethod
    def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
        """Worksheet part → the sheet's name, for messages (best effort: the real reader
        reports a damaged workbook part)."""
        try:
            with archive.open("xl/workbook.xml") as handle:
                book = parse_xml(handle).getroot()
            with archive.open("xl/_rels/workbook.xml.rels") as handle:
                relations = parse_xml(handle).getroot()
        except (
            KeyError,
            ParseError,
            DefusedXmlException,
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            NotImplementedError,
        ):
            return {}
        targets = {item.get("Id"): item.get("Target", "") for item in relations}
        names = {}
        for sheet in book.iter():
            if sheet.tag.endswith("}sheet") and sheet.get(_RELATIONSHIP) in targets:
                target = targets[sheet.get(_RELATIONSHIP)].lstrip("/")
                part = target if target.startswith("xl/") else f"xl/{target}"
                names[part] = sheet.get("name", part)
        return names

    def _check_sheet(self, path: Path, archive: zipfile.ZipFile, part: str, sheet: str) -> None:
        """Stream the sheet's XML through expat, building nothing, and stop at the first row,
        column or cell over the bounds (a tree builder would cost ten times as much)."""
        limits = self.limits
        place = {"row": 0, "column": 0, "widest": 0}

        def start(name: str, attributes: dict[str, str]) -> None:
            tag = name.rpartition(" ")[2]
            if tag == "row":
                place["row"] = _number(attributes.get("r")) or place["row"] + 1
                place["column"] = 0
            elif tag == "c":
                # Counted at a row's first cell: spreadsheet programs write empty rows down to
                # the sheet's last (1,048,576) and readers pass over them at no cost.
                if place["row"] > limits.max_rows:
                    raise FileRefused(
                        "too-many-rows",
                        "{file}: sheet {sheet} goes on past row "
                        "{limit}, more than Jalon reads in a workbook; it was refused",
                        file=path.name,
                        sheet=sheet,
                        limit=limits.max_rows,
                    )
                place["column"] = _column(attributes.get("r")) or place["column"] + 1
                place["widest"] = max(place["widest"], place["column"])
                if place["column"] > limits.max_columns:
                    raise FileRefused(
                        "too-many-columns",
                        "{file}: sheet {sheet} has a cell in "
                        "column {column} of row {row}, beyond the {limit} columns Jalon "
                        "reads; it was refused",
                        file=path.name,
                        sheet=sheet,
                        column=attributes.get("r"),
                        row=place["row"],
                        limit=limits.max_columns,
                    )
                if place["row"] * place["widest"] > limits.max_cells:
                    raise FileRefused(
                        "too-many-cells",
                        "{file}: sheet {sheet} holds more than "
                        "{limit} cells, more than Jalon reads in a workbook; it was "
                        "refused",
                        file=path.name,
                        sheet=sheet,
                        limit=limits.max_cells,
                    )

        def declaration(*_args) -> None:  # a DTD: entity expansion, external entities
            raise FileRefused(
                "xml-entities",
                "{file} contains XML entity declarations, which "
                "spreadsheets never hold (an 'XML bomb', or an attempt to read "
                "other files); it was refused unread",
                file=path.name,
            )

        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartElementHandler = start
        parser.StartDoctypeDeclHandler = declaration
        parser.EntityDeclHandler = declaration
        try:
            with archive.open(part) as handle:
                while chunk := handle.read(1 << 16):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except (
            expat.ExpatError,
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            NotImplementedError,
            ValueError,
        ):
            return  # damaged: the workbook reader says so, with its own words


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 0


def _column(reference: str | None) -> int:
    """The column number of a cell reference such as "AB12" (0 when there is none)."""
    match = _REFERENCE.match(reference or "")
    letters = match.group(1) if match else None
    number = 0
    for letter in letters or "":
        number = number * 26 + ord(letter) - 64
    return number
