"""The department that answers a question: the framework's, unless the answer names another
(chosen here, saved at once). Shown only for frameworks that have departments."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.models.answer import Answer
from app.models.framework import Indicator


class DepartmentRow(QWidget):
    chosen = Signal(str)  # a department picked in the list (maybe the one answering already)

    def __init__(
        self,
        departments: list[str],
        name_of: Callable[[str], str],
        parent: QWidget | None = None,
    ):
        """`departments`: the framework's keys; `name_of(key)`: a key's name in the content
        language at the time of asking."""
        super().__init__(parent)
        self._name_of = name_of
        self.label = QLabel()
        self.combo = QComboBox()
        self.label.setBuddy(self.combo)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in departments:
            self.combo.addItem("", key)
        self.combo.activated.connect(lambda row: self.chosen.emit(self.combo.itemData(row)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)  # the page's spacing: as if the row were the page's own
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addStretch()
        if not departments:
            # Hidden, never shown here: a widget without a parent made visible is a window.
            self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """In the interface language (the page calls it when the language changes)."""
        self.label.setText(self.tr("&Department:"))

    def show_names(self) -> None:
        """The departments' names again (another question, or another content language)."""
        for row in range(self.combo.count()):
            self.combo.setItemText(row, self._name_of(self.combo.itemData(row)))

    def show_answer(self, answer: Answer, indicator: Indicator, editable: bool) -> None:
        self.combo.setCurrentIndex(self.combo.findData(answer.department or indicator.department))
        self.combo.setEnabled(editable)
