"""What an action of the plan is for: every group and every answerable question of the
framework, in framework order, in an editable list where typing any part of a code or label
filters the entries, and where the bare code of one (what "Go to code" takes, and what a field
officer types) is taken too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.models.framework import Framework, Group
from app.ui.workspace.action_plan.action_table_model import ActionTableModel


class ActionTargetBox(QComboBox):
    def __init__(self, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._framework = framework
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(48)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMaxVisibleItems(20)
        for group in framework.iter_groups():
            self.addItem(ActionTableModel.target_text(framework, group.name, language), group.name)
            for child in group.children:
                if not isinstance(child, Group) and child.is_answerable:
                    self.addItem(
                        ActionTableModel.target_text(framework, child.name, language), child.name
                    )
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # A chosen label is longer than the box: show its start, the code, not its end. Queued:
        # the combo box puts the chosen text in (cursor at its end) after this signal
        completer.activated.connect(
            lambda _text: self.lineEdit().setCursorPosition(0), Qt.ConnectionType.QueuedConnection
        )

    def retranslate(self) -> None:
        self.lineEdit().setPlaceholderText(
            self.tr("Type a code or words to find an indicator or practice")
        )

    def select(self, reference: str) -> bool:
        """Show the group or question `reference` (a name or code); none when it is neither.
        True when one is shown."""
        node = self._framework.find(reference) if reference else None
        self.setCurrentIndex(self.findData(node.name) if node is not None else -1)
        self.lineEdit().setCursorPosition(0)  # the code first, as for a label chosen
        return node is not None

    def chosen(self) -> str | None:
        """The target's name, if the text in the box is one of the listed targets or the bare
        code of one."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            node = self._framework.find(text) if text else None
            index = self.findData(node.name) if node is not None else -1
        return self.itemData(index) if index >= 0 else None
