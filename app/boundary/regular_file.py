"""Opening a file Jalon is asked to read, as what it claims to be: an ordinary file of bounded
size.

A path given by a person (or found in an inbox folder) may name a folder, a named pipe (FIFO),
a device such as /dev/zero, a socket, or a link to any of them. Reading such a thing hangs
(a FIFO waits for a writer) or never ends (a device). The file is therefore opened without
blocking, checked with fstat on the open descriptor (so what is checked is what is read, even if
the path is swapped in between), and read only up to its bound.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from app.models.errors import JalonError

# A FIFO opened for reading with O_NONBLOCK returns at once instead of waiting for a writer.
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 1 << 20
ANY_SIZE = 1 << 62  # for files whose size is bounded elsewhere (a database, read by SQLite)


class FileRefused(JalonError):
    """A file that is not an ordinary file, is too large, or cannot be read. `kind` says which
    (the package receipts keep it)."""

    def __init__(self, kind: str, template: str, **params: object):
        super().__init__(template, **params)
        self.kind = kind


class RegularFile:
    """The one way Jalon opens a file it reads: packages, keys, workbooks, evidence, backups."""

    @staticmethod
    @contextmanager
    def open(path: Path, limit: int) -> Iterator[BinaryIO]:
        """The open file, checked to be an ordinary file of at most `limit` bytes."""
        path = Path(path)
        try:
            descriptor = os.open(path, _FLAGS)
        except OSError as error:
            if path.is_dir():  # Linux says EISDIR; Windows says "permission denied"
                raise _not_ordinary(path, stat.S_IFDIR) from None
            raise FileRefused(
                "missing" if isinstance(error, FileNotFoundError) else "unreadable",
                "cannot read {file}: {reason}",
                file=str(path),
                reason=error.strerror or error,
            ) from None
        try:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode):
                raise _not_ordinary(path, info.st_mode)
            if info.st_size > limit:
                raise too_large(path, limit)
            if hasattr(os, "set_blocking"):
                os.set_blocking(descriptor, True)
        except BaseException:
            os.close(descriptor)
            raise
        with os.fdopen(descriptor, "rb") as handle:
            yield handle

    @classmethod
    def read(cls, path: Path, limit: int) -> bytes:
        """The whole content of an ordinary file of at most `limit` bytes. A file that grows
        while it is read is cut off at the bound and refused, never read to its end."""
        with cls.open(path, limit) as handle:
            try:
                # The size fstat gave, in one piece (no second copy of a large file), then
                # whatever the file grew by since, in chunks, up to the bound.
                first = handle.read(min(os.fstat(handle.fileno()).st_size, limit) + 1)
                chunks, size = [first], len(first)
                while size <= limit and (chunk := handle.read(min(_CHUNK, limit + 1 - size))):
                    chunks.append(chunk)
                    size += len(chunk)
                if size > limit:
                    raise too_large(path, limit)
            except OSError as error:
                raise FileRefused(
                    "unreadable",
                    "cannot read {file}: {reason}",
                    file=str(path),
                    reason=error.strerror or error,
                ) from None
            return first if len(chunks) == 1 else b"".join(chunks)

    @classmethod
    def read_text(cls, path: Path, limit: int) -> str:
        data = cls.read(path, limit)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise FileRefused(
                "not-text", "{file} is not a text file (it is not UTF-8)", file=str(path)
            ) from None


def too_large(path: Path, limit: int) -> FileRefused:
    if limit >= 1_000_000:
        return FileRefused(
            "too-large",
            "{file} is larger than the {limit} MB Jalon reads",
            file=str(path),
            limit=limit // 1_000_000,
        )
    return FileRefused(
        "too-large",
        "{file} is larger than the {limit} kB Jalon reads",
        file=str(path),
        limit=max(limit // 1_000, 1),
    )


def _not_ordinary(path: Path, mode: int) -> FileRefused:
    if stat.S_ISDIR(mode):
        return FileRefused("not-a-file", "{file} is a folder, not a file", file=str(path))
    if stat.S_ISFIFO(mode):
        return FileRefused(
            "not-a-file",
            "{file} is a named pipe (FIFO), not an ordinary file; Jalon reads only ordinary files",
            file=str(path),
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return FileRefused(
            "not-a-file",
            "{file} is a device, not an ordinary file; Jalon reads only ordinary files",
            file=str(path),
        )
    return FileRefused(
        "not-a-file",
        "{file} is not an ordinary file (a socket or another "
        "special file); Jalon reads only ordinary files",
        file=str(path),
    )
