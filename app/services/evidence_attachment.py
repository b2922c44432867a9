"""Attaching evidence files to a question: each file read in chunks (bounded size), hashed and
committed with its link, on whichever thread runs it.

A file may be up to 50 MB: reading, hashing and writing it takes long enough to freeze a
window, so the desktop app runs this on a background thread with its own connection to the
database (an SQLite connection stays on the thread that opened it); the command line and
AuditSession.attach_evidence run the same steps on theirs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.boundary.regular_file import RegularFile, too_large
from app.models.errors import JalonError
from app.models.evidence_link import EvidenceLink
from app.services.identity import new_id, utc_now
from app.storage.store import Store

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024  # also AuditSession's (one limit, set here)
CHUNK_BYTES = 1024 * 1024

# (bytes done, bytes in all, file name): how far the attachment is
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class EvidenceAttachment:
    """What to attach to: plain data, safe to hand to another thread."""

    database: Path
    audit_id: str
    indicator: str  # the indicator's name
    author: str

    def attach(
        self,
        paths: list[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[EvidenceLink]:
        """Attach every file on a connection of this thread's own; stops between files, and
        between chunks of one, when `cancelled()` says so (what is committed stays)."""
        store = Store.open(self.database)
        try:
            return self.attach_to(store, paths, progress, cancelled)
        finally:
            store.close()

    def attach_to(
        self,
        store: Store,
        paths: list[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[EvidenceLink]:
        total = sum(self._size(path) for path in paths)
        done = 0
        links = []
        for path in paths:

            def read_so_far(count: int, before: int = done, name: str = path.name) -> None:
                if progress is not None:
                    progress(before + count, total, name)

            read = self._read(path, read_so_far, cancelled)
            if read is None:
                break
            link, data = read
            store.evidence.attach(link, data)
            links.append(link)
            done += link.size
        return links

    @staticmethod
    def _size(path: Path) -> int:
        """For the progress bar only: what is read is checked by RegularFile."""
        try:
            return path.stat().st_size
        except OSError:
            return 0

    def _read(
        self, path: Path, read_so_far: Callable[[int], None], cancelled: Callable[[], bool]
    ) -> tuple[EvidenceLink, bytes] | None:
        """The file's link and bytes, or None when cancelled. Only an ordinary file is read
        (RegularFile), never more than the limit, even from a file that grows meanwhile."""
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        count = 0
        with RegularFile.open(path, MAX_EVIDENCE_BYTES) as file:
            try:
                while chunk := file.read(CHUNK_BYTES):
                    count += len(chunk)
                    if count > MAX_EVIDENCE_BYTES:
                        raise too_large(path, MAX_EVIDENCE_BYTES)
                    digest.update(chunk)
                    chunks.append(chunk)
                    read_so_far(count)
                    if cancelled():
                        return None
            except OSError as error:
                raise JalonError(
                    "cannot read {file}: {reason}", file=str(path), reason=error.strerror
                ) from error
        link = EvidenceLink(
            id=new_id(),
            audit_id=self.audit_id,
            indicator=self.indicator,
            sha256=digest.hexdigest(),
            filename=path.name,
            size=count,
            added_by=self.author,
            added_at=utc_now(),
        )
        return link, b"".join(chunks)
