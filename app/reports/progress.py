"""Progress and cancellation for long writes, shared by the command line and the desktop app.

A writer calls `step(done, total)` as it goes; the caller's callback moves a progress bar and
the caller's `cancelled` predicate lets a user stop a long export between two steps.
"""

from __future__ import annotations

from collections.abc import Callable

from app.models.errors import JalonError


class ExportCancelled(JalonError):
    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


class Progress:
    def __init__(
        self,
        callback: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ):
        self._callback = callback
        self._cancelled = cancelled

    def step(self, done: int, total: int) -> None:
        """Report progress, then stop with ExportCancelled if the user asked to."""
        if self._callback is not None:
            self._callback(done, total)
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()


NO_PROGRESS = Progress()
