"""Ctrl+G: type a code (4.2.1.3) or the start of a question, press Enter, be there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.framework import Framework


class JumpToCodeDialog(QDialog):
    chosen = Signal(str)  # name of the node

    def __init__(self, framework: Framework, names: list[str], language: str,
                 parent: QWidget | None = None):
        """`names`: the nodes one may jump to, in framework order."""
        super().__init__(parent)
        self._framework = framework
        self._entries = {}
        for name in names:
            node = framework.nodes[name]
            entry = f"{node.display_code}  {framework.text(node.label, language)}".strip()
            self._entries[entry] = name
        self.prompt = QLabel()
        self.field = QLineEdit()
        completer = QCompleter(QStringListModel(list(self._entries), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.field.setCompleter(completer)
        self.problem = QLabel()
        self.problem.setObjectName("inlineError")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Go to"))
        self.prompt.setText(self.tr("Code or words of the question:"))
        self.field.setPlaceholderText(self.tr("e.g. 4.2.1"))

    def resolve(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if text in self._entries:
            return self._entries[text]
        node = self._framework.find(text.split()[0])
        if node is not None and node.name in self._entries.values():
            return node.name
        folded = text.casefold()
        return next((name for entry, name in self._entries.items()
                     if folded in entry.casefold()), None)

    def _go(self) -> None:
        name = self.resolve(self.field.text())
        if name is None:
            self.problem.setText(self.tr("Nothing matches “%1”.").replace("%1",
                                                                        self.field.text()))
            self.problem.show()
            return
        self.accept()
        self.chosen.emit(name)
