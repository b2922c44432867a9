"""Every failure reaches the user as a clear sentence in their language, never a traceback.

A JalonError carries an English template and its parameters: the template is translated in the
"errors" context (see error_catalog.py) and then filled in, an example date written the way the
interface's date fields show dates. Anything else is a bug: its details
go to the log file and the user reads a plain message saying so.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.models.errors import JalonError
from app.models.example_date import ExampleDate
from app.ui.common.audit_labels import AuditLabels

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("jalon.ui")


class ErrorPresenter:
    """Turns exceptions into translated messages and shows them without blocking the caller."""

    def __init__(self, parent: QWidget | None = None):
        self._parent = parent
        self._previous_hook = None
        self.last_message = ""

    @staticmethod
    def message(error: BaseException) -> str:
        if isinstance(error, JalonError):
            template = QCoreApplication.translate("errors", error.template)
            params = {
                name: AuditLabels.date(value) if isinstance(value, ExampleDate) else value
                for name, value in error.params.items()
            }
            try:
                text = template.format(**params)
            except (KeyError, IndexError, ValueError):
                text = str(error)  # a damaged translation must not hide the message
            return text[:1].upper() + text[1:]
        return QCoreApplication.translate(
            "ErrorPresenter",
            "An unexpected problem occurred ({kind}). Your saved work is safe; "
            "the details are in the log file.",
        ).format(kind=type(error).__name__)

    def show(self, error: BaseException, title: str = "") -> QMessageBox:
        """Show `error` in a window-modal box opened with open(), so nothing waits on it."""
        if not isinstance(error, JalonError):
            log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        self.last_message = self.message(error)
        title = title or QCoreApplication.translate("ErrorPresenter", "Jalon")
        from PySide6.QtWidgets import QMessageBox  # PySide builds it at first use

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            self.last_message,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- the last line of defence --------------------------------------------------------------

    def install(self) -> None:
        """Route exceptions that escape Qt slots here instead of printing a traceback."""
        self._previous_hook = sys.excepthook
        sys.excepthook = self._hook

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def _hook(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if traceback is not None and error.__traceback__ is None:
            error = error.with_traceback(traceback)
        self.show(error)
