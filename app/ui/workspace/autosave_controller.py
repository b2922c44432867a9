"""Every change an auditor makes goes through here, and is on disk when `saved` is emitted.

AuditSession writes each change in its own durable transaction; this controller only runs the
change, tells the window what happened and keeps the time of the last save for the status
bar. A failed write is reported at once with a translated message; the caller leaves what the
user typed on screen so nothing has to be typed again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTime, Signal

from app.models.errors import JalonError
from app.ui.common.error_presenter import ErrorPresenter

log = logging.getLogger("jalon.ui")


class AutosaveController(QObject):
    saved = Signal(str)  # name of the indicator (or "" for audit-level changes)
    failed = Signal(str, str)  # name, translated message

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.last_saved: QTime | None = None
        self.last_error = ""

    def run(self, name: str, change: Callable[[], object]) -> bool:
        """Apply `change` now; True when it is saved."""
        try:
            change()
        except JalonError as error:
            self._fail(name, ErrorPresenter.message(error))
            log.info("change to %s refused: %s", name or "audit", error)
            return False
        except Exception as error:  # a bug or an unexpected database state: log it, say it
            log.exception("change to %s failed", name or "audit")
            self._fail(name, ErrorPresenter.message(error))
            return False
        self.saved_elsewhere(name)
        return True

    def saved_elsewhere(self, name: str) -> None:
        """A change written by a background task (evidence files) is on disk."""
        self.last_saved = QTime.currentTime()
        self.last_error = ""
        self.saved.emit(name)

    def failed_elsewhere(self, name: str, message: str) -> None:
        """A background task could not write a change: say it like any failed save."""
        self._fail(name, message)

    def _fail(self, name: str, message: str) -> None:
        self.last_error = message
        self.failed.emit(name, message)
