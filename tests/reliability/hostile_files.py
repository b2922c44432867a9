"""Builders of hostile and malformed files, and a guard that turns a hang into a test failure.

Every builder starts from a real, valid file and changes one thing, so that a refusal is due
to that thing and not to some unrelated defect.
"""

from __future__ import annotations

import os
import signal
import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ENTITY_LEVELS = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
)
BILLION_LAUGHS = f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{_ENTITY_LEVELS}]>'
SECRET_MARKER = "TOP-SECRET-CONTENT-4711"


def billion_laughs(xml: bytes, reference: str = "&lol9;") -> bytes:
    """`xml` with a nine-level entity expansion (a gigabyte once expanded) in its first text."""
    body = _without_declaration(xml)
    return BILLION_LAUGHS.encode() + body.replace(b"<t>", f"<t>{reference}".encode(), 1)


def external_entity(xml: bytes, target: Path) -> bytes:
    """`xml` that asks the parser to read `target` into a cell (XXE)."""
    declaration = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "{target.as_uri()}">]>'
    return declaration.encode() + _without_declaration(xml).replace(b"<t>", b"<t>&xxe;", 1)


def _without_declaration(xml: bytes) -> bytes:
    return xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml


def replace_entries(source: Path, target: Path, changes: dict[str, bytes]) -> Path:
    """A copy of the zip `source` where the named entries hold new bytes (added if missing)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, changes.get(info.filename, old.read(info.filename)))
        for name, data in changes.items():
            if name not in old.namelist():
                new.writestr(name, data)
    return target


def read_entry(source: Path, name: str) -> bytes:
    with zipfile.ZipFile(source) as archive:
        return archive.read(name)


def with_shared_strings(source: Path, target: Path, shared_strings: bytes) -> Path:
    """`source` (written by openpyxl with inline strings) changed so that cell A2 of the first
    sheet reads the shared string table, as workbooks saved by Excel do."""
    sheet = read_entry(source, "xl/worksheets/sheet1.xml")
    head, rest = sheet.split(b'<c r="A2" t="inlineStr"><is><t>', 1)
    _, tail = rest.split(b"</t></is></c>", 1)
    rels = read_entry(source, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99" /></Relationships>',
    )
    types = read_entry(source, "[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxml'
        b'formats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>',
    )
    return replace_entries(
        source,
        target,
        {
            "xl/worksheets/sheet1.xml": head + b'<c r="A2" t="s"><v>0</v></c>' + tail,
            "xl/_rels/workbook.xml.rels": rels,
            "[Content_Types].xml": types,
            "xl/sharedStrings.xml": shared_strings,
        },
    )


SHARED_STRINGS = (
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    b'uniqueCount="1"><si><t>begin_group</t></si></sst>'
)


def zip_bomb(source: Path, target: Path, megabytes: int = 20) -> Path:
    """`source` with one more entry that expands a thousandfold (zeros)."""
    return replace_entries(source, target, {"xl/media/padding.bin": bytes(megabytes << 20)})


def lying_sizes(source: Path, target: Path, entry: str, megabytes: int = 20) -> Path:
    """A zip whose `entry` expands to `megabytes` but declares a size of 100 bytes in both its
    headers: size checks made on the declared sizes alone would let it through."""
    replace_entries(source, target, {entry: b" " * (megabytes << 20)})
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo(entry)
    # Local header: uncompressed size at offset 22; central directory entry: offset 24.
    struct.pack_into("<I", data, info.header_offset + 22, 100)
    position = data.find(b"PK\x01\x02")
    while position != -1:
        (name_length,) = struct.unpack_from("<H", data, position + 28)
        if data[position + 46 : position + 46 + name_length] == entry.encode():
            struct.pack_into("<I", data, position + 24, 100)
            break
        position = data.find(b"PK\x01\x02", position + 46)
    target.write_bytes(bytes(data))
    return target


# --- special files: what a path may name besides an ordinary file ------------------------------


def named_pipe(path: Path) -> Path:
    """A FIFO: opening it for reading waits for a writer, forever if none comes."""
    os.mkfifo(path)
    return path


def link_to_endless_device(path: Path) -> Path:
    """A link to /dev/zero: reading it never ends (2.9 GB in 6 s before memory runs out)."""
    path.symlink_to("/dev/zero")
    return path


def zip_listing(path: Path, entries: int) -> Path:
    """A zip whose central directory lists `entries` entries (zip64 records when needed), built
    in a second as one local entry and its directory record repeated: 1,000,000 entries make a
    47 MB file that Python's zipfile turns into a million ZipInfo objects when it opens it."""
    name = b"manifest.json"
    local = struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0)
    record = struct.pack(
        "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0, 0
    )
    directory = (record + name) * entries
    start = len(local) + len(name)
    zip64_at = start + len(directory)
    zip64 = struct.pack(
        "<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, len(directory), start
    )
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, zip64_at, 1)
    end = struct.pack(
        "<4s4H2IH",
        b"PK\x05\x06",
        0,
        0,
        min(entries, 0xFFFF),
        min(entries, 0xFFFF),
        min(len(directory), 0xFFFFFFFF),
        min(start, 0xFFFFFFFF),
        0,
    )
    path.write_bytes(local + name + directory + zip64 + locator + end)
    return path


def with_many_rows(source: Path, target: Path, sheet: str, rows: int) -> Path:
    """`source` (written by openpyxl) with `rows` more rows of distinct text at the end of a
    sheet: it compresses like an honest sheet (no zip-bomb ratio), but is far longer."""
    xml = read_entry(source, sheet)
    head, tail = xml.rsplit(b"</sheetData>", 1)
    first = int(head.rsplit(b'<row r="', 1)[1].split(b'"', 1)[0]) + 1
    extra = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>integer</t></is></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>q{n:x}</t></is></c></row>'
        for n in range(first, first + rows)
    ).encode()
    return replace_entries(source, target, {sheet: head + extra + b"</sheetData>" + tail})


class Hang(Exception):
    """The code under test ran past its time limit."""


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail instead of hanging: hostile input must be refused quickly, never spin forever.
    (A guard against hangs with a generous limit, not a measure of speed.)"""

    def expire(signum, frame):
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
