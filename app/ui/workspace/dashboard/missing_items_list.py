"""What is still missing: mandatory questions without an answer and values kept as typed that
need correcting (their problems in the tooltip), counted per dimension or section.

Clicking a row asks to jump to the first missing question of that dimension, so the list is a
to-do the user can work through. Rows are built once per framework and updated in place.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from app.models.framework import Group, Indicator
from app.services.audit_session import AuditSession
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.workspace.dashboard.compact_tree_list import CompactTreeList

SECTION, MISSING = range(2)


def _indicators(group: Group) -> Iterator[Indicator]:
    for child in group.children:
        if isinstance(child, Group):
            yield from _indicators(child)
        else:
            yield child


class MissingItemsList(CompactTreeList):
    jump_requested = Signal(str)  # name of the first missing indicator of the clicked row

    def __init__(self, session: AuditSession, parent: QWidget | None = None):
        super().__init__(2, parent)
        self._session = session
        self._groups = session.framework.dimensions()
        # One known row height, so the list can be sized to its rows without a scroll bar.
        self._row_height = self.fontMetrics().lineSpacing() + 10
        for group in self._groups:
            item = QTreeWidgetItem(self)
            item.setSizeHint(SECTION, QSize(0, self._row_height))
            item.setData(SECTION, Qt.ItemDataRole.UserRole, group.name)
            item.setTextAlignment(
                MISSING, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            item.setHidden(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Dimension or section"), self.tr("Missing")])
        self.setToolTip(self.tr("Click a row to go to its first unanswered mandatory question"))
        self.setAccessibleName(self.tr("Mandatory questions still missing"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def missing_counts(self) -> dict[str, int]:
        """Group name → mandatory questions missing, for the rows shown."""
        return {
            self.topLevelItem(row).data(SECTION, Qt.ItemDataRole.UserRole): int(
                self.topLevelItem(row).text(MISSING)
            )
            for row in range(self.topLevelItemCount())
            if not self.topLevelItem(row).isHidden()
        }

    def show_missing(self, language: str) -> int:
        """Update the rows; returns how many rows are shown."""
        card = self._session.score()
        framework = self._session.framework
        shown = 0
        for row, group in enumerate(self._groups):
            item = self.topLevelItem(row)
            # Values kept as typed are not answers: a mandatory one is counted as missing
            # already; an optional one is counted too, since it needs correcting as well.
            invalid = self._invalid(group)
            missing = card[group.name].required_missing + sum(not i.required for i in invalid)
            item.setHidden(missing == 0)
            if missing == 0:
                continue
            shown += 1
            label = framework.text(group.label, language)
            title = f"{group.code}  {label}" if group.code else label
            item.setText(SECTION, title)
            problems = [
                ErrorPresenter.message(self._session.problem_of(i.name, language)) for i in invalid
            ]
            item.setToolTip(SECTION, "\n".join([title, *problems]))
            item.setText(MISSING, str(missing))
        self.fit_height(shown)
        return shown

    def first_missing(self, group_name: str) -> str | None:
        """The first mandatory, relevant, unanswered question of a group, in framework order."""
        card = self._session.score()
        group = self._session.framework.nodes[group_name]
        for indicator in _indicators(group):
            answer = self._session.answers.get(indicator.name)
            if indicator.name in card.relevant and (
                answer is not None
                and answer.is_invalid
                or indicator.required
                and not (answer is not None and answer.is_answered)
            ):
                return indicator.name
        return None

    def _invalid(self, group: Group) -> list[Indicator]:
        """The relevant questions of a group whose value is kept as typed."""
        relevant, answers = self._session.score().relevant, self._session.answers
        return [
            i
            for i in _indicators(group)
            if i.name in relevant and i.name in answers and answers[i.name].is_invalid
        ]

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        target = self.first_missing(item.data(SECTION, Qt.ItemDataRole.UserRole))
        if target is not None:
            self.jump_requested.emit(target)
