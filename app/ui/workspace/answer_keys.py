"""Digits and letters typed away from the answer still answer the question on screen.

In the workspace, 1–9 or a choice's letter answer whichever pane has the focus: the navigator's
tree, the guidance, a button or the tab bar (not a field where text is typed, which keeps its
keys). Installed as an event filter on the panes; the workspace hands it the keys nobody took.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class AnswerKeys(QObject):
    def __init__(self, answer_widget: Callable[[], QWidget | None], parent: QObject):
        """`answer_widget()` brings the answer of the question on screen forward and returns
        the widget that has the focus then, or None when no question is on screen."""
        super().__init__(parent)
        self._answer_widget = answer_widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.forward(event, watched):
            return True
        return super().eventFilter(watched, event)

    def forward(self, event: QKeyEvent, receiver: QObject) -> bool:
        """Hand an answer key received by `receiver` to the answer; False when it is not one
        or there is nowhere else to send it."""
        if not self._is_answer_key(event):
            return False
        target = self._answer_widget()
        if target is None or target is receiver:
            return False
        QCoreApplication.sendEvent(
            target, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        )
        return True

    @staticmethod
    def _is_answer_key(event: QKeyEvent) -> bool:
        """A digit or a letter without Ctrl or Alt: what answers a question."""
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        text = event.text()
        return modifiers == Qt.KeyboardModifier.NoModifier and len(text) == 1 and text.isalnum()
