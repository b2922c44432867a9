"""A one-line label that gives up width before anything else does: on a small screen its text
ends in "…" and the whole text is in its tooltip, instead of the label pushing the buttons
beside it off the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self._tooltip = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        """Show `text`, elided to the label's width; the tooltip is `tooltip`, or the whole
        text while it is cut."""
        self._full = text
        self._tooltip = tooltip
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("Abc…"), super().minimumSizeHint().height()
        )

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + 2, super().sizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 0)
        )
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._tooltip or (self._full if shown != self._full else ""))
