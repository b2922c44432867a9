"""Entries already unpacked and hashed in earlier packages of the same merge, recognised by
their compressed bytes.

Every package carries the framework snapshot it was answered on: at a head office merging
thousands of packages of one framework, unpacking and hashing the same 400 KB again was the
largest part of verifying a package. Deflate decoding is deterministic, so compressed bytes
identical to ones unpacked before (same method, same declared sizes) give the same content,
and that content the same SHA-256. Nothing is trusted that was not checked once in full.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, then name and extra field lengths
_LOCAL_SIGNATURE = b"PK\x03\x04"


@dataclass(frozen=True)
class _Unpacked:
    stored: bytes  # local file name and compressed bytes, as in the zip
    content: bytes
    sha256: str


class VerifiedEntryCache:
    def __init__(self, names: frozenset[str], size: int = 4):
        self._names = names  # only entries shared by many packages are worth keeping
        self._size = size
        self._entries: OrderedDict[tuple[Any, ...], _Unpacked] = OrderedDict()

    def content(self, data: bytes, info: zipfile.ZipInfo) -> bytes | None:
        """The content of `info` if its compressed bytes are ones unpacked before."""
        if info.filename not in self._names:
            return None
        stored = _stored_bytes(data, info)
        known = self._entries.get(_key(info))
        if stored is None or known is None or known.stored != stored:
            return None
        return known.content

    def remember(self, data: bytes, info: zipfile.ZipInfo, content: bytes) -> None:
        """Keep an entry just unpacked in full (its size checked by the caller)."""
        if info.filename not in self._names:
            return
        stored = _stored_bytes(data, info)
        if stored is None:
            return
        self._entries[_key(info)] = _Unpacked(stored, content, hashlib.sha256(content).hexdigest())
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def sha256(self, content: bytes) -> str:
        """SHA-256 of `content`, free when it is an object this cache handed out."""
        for unpacked in self._entries.values():
            if unpacked.content is content:
                return unpacked.sha256
        return hashlib.sha256(content).hexdigest()


def _key(info: zipfile.ZipInfo) -> tuple[Any, ...]:
    return info.filename, info.compress_type, info.compress_size, info.file_size, info.CRC


def _stored_bytes(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """The entry's local file name and compressed bytes, found through its local header (the
    name too: zipfile refuses an entry whose two names differ, and so must a cache hit); None
    if that header is not where the directory says (the normal path then reports the damage).
    The rest of the local header (times, flags) may differ between packages of one framework."""
    start = info.header_offset
    header = data[start : start + _LOCAL_HEADER.size]
    if len(header) != _LOCAL_HEADER.size:
        return None
    signature, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    if signature != _LOCAL_SIGNATURE:
        return None
    name_start = start + _LOCAL_HEADER.size
    begin = name_start + name_length + extra_length
    compressed = data[begin : begin + info.compress_size]
    if len(compressed) != info.compress_size:
        return None
    return data[name_start : name_start + name_length] + b"\0" + compressed
