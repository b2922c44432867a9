"""Long work (reports, exports, imports) off the GUI thread, with progress and cancel.

    task = BackgroundTask(lambda ctx: build(ctx), parent=self)
    task.progressed.connect(...)   # (done, total, message) — queued to the GUI thread
    task.succeeded.connect(...)    # (result)
    task.failed.connect(...)       # (translated message, exception)
    task.finished.connect(...)     # always last: after succeeded, failed or cancel
    task.start(); task.cancel()

`work` receives a TaskContext: call `ctx.progress(done, total, message)` now and then and
`ctx.check_cancelled()` between steps: after cancel() it raises TaskCancelled, which ends the
task with `cancelled` (a work function that returns normally has succeeded). The
work function must not touch widgets, nor a SQLite connection opened on the GUI thread: give
it plain data and let it return plain data (or open its own connection).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from app.models.errors import JalonError
from app.ui.common.error_presenter import ErrorPresenter

log = logging.getLogger("jalon.ui")


class TaskCancelled(Exception):
    """Raised inside the work function to stop at a safe point after cancel()."""


class TaskContext:
    """What the work function may use from its thread: progress reports and the cancel flag."""

    def __init__(self, task: BackgroundTask):
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._task.progressed.emit(done, total, message)


class BackgroundTask(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()
    finished = Signal()
    # Outcomes travel through this private signal so that they are delivered on the GUI
    # thread, where this object lives, whatever thread the work ran on.
    _done = Signal(str, object)

    def __init__(
        self,
        work: Callable[[TaskContext], object],
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
    ):
        super().__init__(parent)
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
        self._context = TaskContext(self)
        self._running = False
        self._done.connect(self._on_done)

    @classmethod
    def detached(cls, work: Callable[[TaskContext], object]) -> BackgroundTask:
        """A task owned by the application until its work has finished, so that it outlives
        the window that started it (closed meanwhile): the work is never cut off and the
        worker never reports to a deleted object. Connections to that window go with it."""
        task = cls(work, QCoreApplication.instance())
        task.finished.connect(task.deleteLater)
        return task

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._pool.start(self._run)

    def cancel(self) -> None:
        self._context._cancel.set()

    def _run(self) -> None:
        try:
            result = self._work(self._context)
        except TaskCancelled:
            self._done.emit("cancelled", None)
        except Exception as error:  # reported to the user, details logged below
            self._done.emit("failed", error)
        else:
            self._done.emit("succeeded", result)

    def _on_done(self, outcome: str, payload: object) -> None:
        self._running = False
        if outcome == "succeeded":
            self.succeeded.emit(payload)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            error = payload if isinstance(payload, Exception) else RuntimeError(payload)
            if not isinstance(error, JalonError):
                log.error(
                    "background task failed", exc_info=(type(error), error, error.__traceback__)
                )
            self.failed.emit(ErrorPresenter.message(error), error)
        self.finished.emit()
