"""What the export dialogs (a signed package; reports and exports) share: the file is written by
a background task while the dialog stays open, then a status line says where it went, or a
problem line says what stopped it, and buttons offered only after writing (open the file, show
its folder) appear.

A subclass builds its form, adds its buttons to `buttons` (those offered after writing through
offer_after_writing), starts `_task`, and sets `written` when the task succeeds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from app.ui.common.background_task import BackgroundTask
from app.ui.common.style_roles import StyleRoles


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self.written: object | None = None  # what the last run wrote (the subclass says what)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problem = QLabel()
        StyleRoles.give(self.problem, "inlineError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox()
        self._after_writing: list[QPushButton] = []

    def offer_after_writing(self, button: QPushButton) -> None:
        """Add `button` (open the file, show the folder), hidden until something is written."""
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.hide()  # after addButton, which shows it
        self._after_writing.append(button)

    def is_running(self) -> bool:
        return self._task is not None and self._task.is_running

    def reject(self) -> None:
        """Close, Escape or the window's close button: never while the file is being written."""
        if self.is_running():
            self._close_while_running()
            return
        super().reject()

    def _close_while_running(self) -> None:
        """What a close asked while writing does; by default nothing: the dialog stays open until
        the work ends (its progress window's Cancel stops it)."""

    def _reset_outcome(self) -> None:
        self.written = None
        self.problem.hide()
        self.status.clear()
        for button in self._after_writing:
            button.hide()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.status.clear()
