"""The tidy export's rows made in helper processes, for exports of many audits.

Reading an audit's answers, scoring it and laying out its 185 rows is Python work that holds
the interpreter lock: in one process, 10,000 audits took 46 s of one core (docs/benchmarks.md),
while the files' writing (pyarrow, outside the lock) took a few. Helper processes each read,
score and lay out a share of the audits on their own database connection and send back
pieces (pyarrow tables); this process writes them, in the audits' order. The processes are
fresh interpreters (never forks: the desktop app exports from a Qt thread); starting one
costs a second or two, so the service uses them from MIN_AUDITS audits on.

What crosses the process boundary is plain data: the database path, the batch time and the
frameworks once per process on the way in; a piece, or a user error as its template and
parameters, on the way back.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Generator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from app.models.errors import JalonError
from app.models.framework import Framework
from app.reports.tidy_export_writer import TidyExportWriter, TidyPiece
from app.services.tidy_export.audit_scores import AuditScores
from app.storage.store import Store

MIN_AUDITS = 1000  # fewer: the processes' start would cost more than they save
PIECE_AUDITS = 50  # audits per piece: progress and cancel every fraction of a second
AHEAD = 2  # pieces asked of each process ahead of the one being written (bounds memory)


class TidyExportWorkers:
    def __init__(self, database: Path, kind: str, batch: str, frameworks: list[Framework]):
        self._setup = (Path(database), kind, batch, frameworks)

    @staticmethod
    def count() -> int:
        """How many helper processes this machine is worth (0: do the work here)."""
        return min(os.cpu_count() or 1, 4) if (os.cpu_count() or 1) > 1 else 0

    def pieces(self, audit_ids: list[str]) -> Generator[TidyPiece, None, None]:
        """The audits' rows, PIECE_AUDITS audits to a piece, in the order of `audit_ids`."""
        workers = max(self.count(), 1)
        chunks = iter(
            [audit_ids[i : i + PIECE_AUDITS] for i in range(0, len(audit_ids), PIECE_AUDITS)]
        )
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=self._setup,
        )
        pending: deque[Future[Any]] = deque()
        try:
            for chunk in chunks:
                pending.append(pool.submit(_piece, chunk))
                if len(pending) >= workers * (AHEAD + 1):
                    break
            while pending:
                outcome = pending.popleft().result()
                following = next(chunks, None)
                if following is not None:
                    pending.append(pool.submit(_piece, following))
                if isinstance(outcome, tuple):  # a user error, as its template and parameters
                    raise JalonError(outcome[0], **outcome[1])
                yield outcome
        finally:
            # A cancel or an error: pieces not started are dropped, running ones end soon.
            pool.shutdown(wait=True, cancel_futures=True)


class _Worker:
    """One helper process's state: its database connection, the frameworks, a writer that
    lays out rows."""

    def __init__(self, database: Path, kind: str, batch: str, frameworks: list[Framework]):
        # The exporting process opened (and so checked every page of) the file a moment ago:
        # a second quick_check per helper would cost seconds on a head office's file.
        self.store = Store.open(database, check_pages=False)
        self.scores = AuditScores(self.store, {f.content_hash: f for f in frameworks})
        self.writer = TidyExportWriter(kind, batch, frameworks)


_worker: _Worker | None = None


def _start(database: Path, kind: str, batch: str, frameworks: list[Framework]) -> None:
    global _worker
    _worker = _Worker(database, kind, batch, frameworks)


def _piece(audit_ids: list[str]) -> TidyPiece | tuple[str, dict[str, Any]]:
    worker = _worker
    assert worker is not None  # set by _start, the pool's initializer, in this process
    try:
        audits = [a for a in map(worker.store.audits.get, audit_ids) if a is not None]
        pieces = list(worker.writer.pieces(worker.scores.scored(audits), len(audit_ids)))
    except JalonError as error:  # an exception's own pickling would lose its parameters
        return error.template, error.params
    if not pieces:  # every audit of the chunk was deleted meanwhile
        return TidyPiece(None, None, 0)
    return pieces[0]
