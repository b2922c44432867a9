"""Shows the value of a calculation on its question page: read-only, worked out live from the
other answers, with the rule it comes from in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.models.expression_functions import Value, to_display
from app.models.framework import Indicator


class CalculatedValueView(QWidget):
    advance_requested = Signal()

    def __init__(self, indicator: Indicator, compact: bool = False, parent: QWidget | None = None):
        """`compact`: the value alone, its explanation in the tooltip (in a form of figures,
        where every ratio saying it cannot be typed would crowd the page)."""
        super().__init__(parent)
        self._indicator = indicator
        self._value: Value = ""
        self.value = QLabel()
        self.value.setObjectName("calculatedValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setBold(True)
        self.value.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.value)
        layout.addWidget(self.explanation)
        self.explanation.setVisible(not compact)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def retranslate(self) -> None:
        self.explanation.setText(self.tr("Worked out from other answers; it cannot be typed."))
        self.setToolTip(
            self.explanation.text()
            + "\n"
            + self.tr("Calculation: %1").replace("%1", self._indicator.calculation)
        )
        self.show_value(self._value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def text_of(value: Value) -> str:
        """A calculated value in the interface's locale ("2,500", "62.5"), "" when empty."""
        if isinstance(value, float):
            return QLocale().toString(float(to_display(value)), "g", 15)
        return to_display(value)

    def show_value(self, value: Value) -> None:
        self._value = value
        if value == "":
            self.value.setText(self.tr("Not worked out yet: the answers it needs are missing"))
        else:
            self.value.setText(self.text_of(value))

    def set_read_only(self, read_only: bool) -> None:
        """Always read-only; kept so the page treats every answer widget alike."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
