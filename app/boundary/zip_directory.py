"""The central directory of a zip, bounded before anything parses it.

Python's zipfile builds one ZipInfo object per entry of the central directory as soon as a
ZipFile is made: a 47 MB file listing a million entries costs hundreds of megabytes and seconds
before any entry count can be checked. The end-of-central-directory record (and its zip64
form) says how many entries there are and how many bytes the directory takes; both are read
from the end of the file, and the directory's own entry signatures are counted (a fast byte
search) in case the record lies, all before zipfile sees the file.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from typing import BinaryIO

from app.boundary.regular_file import FileRefused

_END = b"PK\x05\x06"
_END_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_ZIP64_END = b"PK\x06\x06"
_ZIP64_END_SIZE = 56
_ENTRY = b"PK\x01\x02"
_MAX_COMMENT = 0xFFFF
# An entry of the directory is 46 bytes plus its name and extra fields: names in Jalon's files
# are short, so this is generous.
BYTES_PER_ENTRY = 1024


@dataclass(frozen=True)
class ZipDirectory:
    entries: int  # the larger of what the end record declares and the entries counted
    size: int  # bytes of the central directory, as declared

    @classmethod
    def bound(cls, source: bytes | BinaryIO, max_entries: int) -> ZipDirectory | None:
        """Refuse a zip whose directory lists more than `max_entries` entries or takes more
        room than that many entries need. None when no end record is found (not a zip, or cut
        short): zipfile then says what is wrong, cheaply."""
        handle = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
        found = cls._read(handle)
        if found is None:
            return None
        entries, size, end = found
        if size > max_entries * BYTES_PER_ENTRY:
            raise FileRefused(
                "too-many-entries",
                "the zip directory of this file takes {size} "
                "MB, more than {limit} entries need; it was refused unread",
                size=round(size / 1_000_000, 1),
                limit=max_entries,
            )
        if entries <= max_entries and size <= end:
            handle.seek(end - size)
            entries = max(entries, handle.read(size).count(_ENTRY))
        if entries > max_entries:
            raise FileRefused(
                "too-many-entries",
                "this file lists {count} entries in its zip directory: more than "
                "{limit}, the most Jalon reads; it was refused unread",
                count=entries,
                limit=max_entries,
            )
        return cls(entries, size)

    @staticmethod
    def _read(handle: BinaryIO) -> tuple[int, int, int] | None:
        """(entries, directory size, where the directory ends) from the end records."""
        length = handle.seek(0, io.SEEK_END)
        start = max(0, length - _END_SIZE - _MAX_COMMENT)
        handle.seek(start)
        tail = handle.read()
        position = tail.rfind(_END)
        if position < 0 or len(tail) - position < _END_SIZE:
            return None
        end = start + position
        entries, size = struct.unpack_from("<6xHI", tail, position + 4)
        if entries != 0xFFFF and size != 0xFFFFFFFF or end < _ZIP64_LOCATOR_SIZE:
            return entries, size, end
        handle.seek(end - _ZIP64_LOCATOR_SIZE)
        locator = handle.read(_ZIP64_LOCATOR_SIZE)
        if not locator.startswith(_ZIP64_LOCATOR):
            return entries, size, end
        # The zip64 end record sits just before its locator.
        record_at = end - _ZIP64_LOCATOR_SIZE - _ZIP64_END_SIZE
        if record_at < 0:
            return entries, size, end
        handle.seek(record_at)
        record = handle.read(_ZIP64_END_SIZE)
        if not record.startswith(_ZIP64_END):
            return entries, size, end
        entries64, size64 = struct.unpack_from("<QQ", record, 32)
        return entries64, size64, record_at
