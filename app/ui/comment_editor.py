"""The comment and evidence notes of a question: saved when the user leaves the field and
after a short pause in typing, so a power cut in the middle of a long note loses little."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

IDLE_MS = 1500


class CommentEditor(QPlainTextEdit):
    pause = Signal()  # typing stopped, or the field was left: time to save

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comment")
        self.setTabChangesFocus(True)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.pause)
        self.textChanged.connect(self._idle.start)

    def show_text(self, text: str) -> None:
        """Show a stored comment (not a user's edit: no save follows)."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._idle.stop()

    def stop_waiting(self) -> None:
        self._idle.stop()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.pause.emit()
