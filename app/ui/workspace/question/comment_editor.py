"""The comment and evidence notes of a question: saved when the user leaves the field and when
typing pauses for half a second (TypingPause), so a power cut in the middle of a long note
loses at most that half second."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.ui.workspace.typing_pause import TypingPause


class CommentEditor(QPlainTextEdit):
    pause = Signal()  # typing stopped, or the field was left: time to save

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comment")
        self.setTabChangesFocus(True)
        self._typing = TypingPause(self.textChanged, self)
        self._typing.paused.connect(self.pause)

    def show_text(self, text: str) -> None:
        """Show a stored comment (not a user's edit: no save follows)."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._typing.stop()

    def stop_waiting(self) -> None:
        self._typing.stop()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.pause.emit()
