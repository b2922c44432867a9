"""The practices with the lowest scores so far, each with an "Add action" button beside it.

A fixed pool of rows is built once and updated in place: the dashboard refreshes after every
answer, and rebuilding items and embedded buttons each time would be slow and lose the user's
selection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from app.models.framework import Framework, Group, Level
from app.models.scoring import ScoreCard
from app.ui.common.audit_labels import AuditLabels
from app.ui.workspace.dashboard.compact_tree_list import CompactTreeList

ROWS = 8
PRACTICE, SCORE, ANSWERED, ACTION = range(4)


class LowestPracticesList(CompactTreeList):
    jump_requested = Signal(str)  # practice (group) name
    action_requested = Signal(str)  # practice (group) name

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(4, parent)
        self._framework = framework
        self._candidates = self._practices(framework)
        self._shown: list[str] = []
        self._buttons: list[QPushButton] = []
        for row in range(ROWS):
            item = QTreeWidgetItem(self)
            item.setTextAlignment(
                SCORE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            item.setTextAlignment(ANSWERED, Qt.AlignmentFlag.AlignCenter)
            item.setHidden(True)
            button = QPushButton(self)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, r=row: self._request_action(r))
            self.setItemWidget(item, ACTION, button)
            self._buttons.append(button)
        # One known row height, so the list can be sized to its rows without a scroll bar.
        self._row_height = max(
            self.fontMetrics().lineSpacing() + 10, self._buttons[0].sizeHint().height() + 4
        )
        for row in range(ROWS):
            self.topLevelItem(row).setSizeHint(PRACTICE, QSize(0, self._row_height))
        self.retranslate()

    @staticmethod
    def _practices(framework: Framework) -> list[Group]:
        """Practice-level groups; a framework without that level offers its innermost groups."""
        groups = list(framework.iter_groups())
        practices = [g for g in groups if g.level == Level.PRACTICE]
        if practices:
            return practices
        return [g for g in groups if not any(isinstance(c, Group) for c in g.children)]

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Practice"), self.tr("Score"), self.tr("Answered"), ""])
        for button in self._buttons:
            button.setText(self.tr("Add action"))
            button.setToolTip(self.tr("Plan an action to improve this practice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shown_practices(self) -> list[str]:
        """Names of the practices listed, lowest first."""
        return list(self._shown)

    def show_scores(self, card: ScoreCard, language: str, editable: bool) -> None:
        order = {group.name: index for index, group in enumerate(self._candidates)}
        scored = [
            g
            for g in self._candidates
            if card[g.name].percent is not None and card[g.name].percent < 100
        ]
        scored.sort(
            key=lambda g: (card[g.name].percent, -card[g.name].scored_answered, order[g.name])
        )
        chosen = scored[:ROWS]
        self._shown = [g.name for g in chosen]
        for row in range(ROWS):
            item = self.topLevelItem(row)
            if row >= len(chosen):
                item.setHidden(True)
                continue
            group = chosen[row]
            score = card[group.name]
            label = self._framework.text(group.label, language)
            title = f"{group.code}  {label}" if group.code else label
            item.setText(PRACTICE, title)
            item.setToolTip(PRACTICE, title)
            item.setText(SCORE, AuditLabels.score(score.percent))
            item.setText(
                ANSWERED,
                self.tr("{answered} of {total}").format(
                    answered=score.scored_answered, total=score.scored_total
                ),
            )
            item.setData(PRACTICE, Qt.ItemDataRole.UserRole, group.name)
            item.setHidden(False)
            self._buttons[row].setEnabled(editable)
        self.fit_height(len(chosen))

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        name = item.data(PRACTICE, Qt.ItemDataRole.UserRole)
        if name and column != ACTION:
            self.jump_requested.emit(name)

    def _request_action(self, row: int) -> None:
        if row < len(self._shown):
            self.action_requested.emit(self._shown[row])
