"""What is still missing: mandatory questions without an answer, counted per dimension or section.

Clicking a row asks to jump to the first missing question of that dimension, so the list is a
to-do the user can work through. Rows are built once per framework and updated in place.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.models.framework import Group, Indicator
from app.services.audit_session import AuditSession

SECTION, MISSING = range(2)


def _indicators(group: Group) -> Iterator[Indicator]:
    for child in group.children:
        if isinstance(child, Group):
            yield from _indicators(child)
        else:
            yield child


class MissingItemsList(QTreeWidget):
    jump_requested = Signal(str)  # name of the first missing indicator of the clicked row

    def __init__(self, session: AuditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._groups = session.framework.dimensions()
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SECTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MISSING, QHeaderView.ResizeMode.ResizeToContents)
        # One known row height, so the list can be sized to its rows without a scroll bar.
        self._row_height = self.fontMetrics().lineSpacing() + 10
        for group in self._groups:
            item = QTreeWidgetItem(self)
            item.setSizeHint(SECTION, QSize(0, self._row_height))
            item.setData(SECTION, Qt.ItemDataRole.UserRole, group.name)
            item.setTextAlignment(MISSING, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            item.setHidden(True)
        self.itemClicked.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Dimension or section"), self.tr("Missing")])
        self.setToolTip(self.tr("Click a row to go to its first unanswered mandatory question"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def missing_counts(self) -> dict[str, int]:
        """Group name → mandatory questions missing, for the rows shown."""
        return {self.topLevelItem(row).data(SECTION, Qt.ItemDataRole.UserRole):
                int(self.topLevelItem(row).text(MISSING))
                for row in range(self.topLevelItemCount())
                if not self.topLevelItem(row).isHidden()}

    def show_missing(self, language: str) -> int:
        """Update the rows; returns how many rows are shown."""
        card = self._session.score()
        framework = self._session.framework
        shown = 0
        for row, group in enumerate(self._groups):
            item = self.topLevelItem(row)
            missing = card[group.name].required_missing
            item.setHidden(missing == 0)
            if missing == 0:
                continue
            shown += 1
            label = framework.text(group.label, language)
            title = f"{group.code}  {label}" if group.code else label
            item.setText(SECTION, title)
            item.setToolTip(SECTION, title)
            item.setText(MISSING, str(missing))
        self.setFixedHeight(self.header().sizeHint().height() + max(shown, 1) * self._row_height
                            + 2 * self.frameWidth())
        return shown

    def first_missing(self, group_name: str) -> str | None:
        """The first mandatory, relevant, unanswered question of a group, in framework order."""
        card = self._session.score()
        group = self._session.framework.nodes[group_name]
        for indicator in _indicators(group):
            answer = self._session.answers.get(indicator.name)
            if (indicator.required and indicator.name in card.relevant
                    and not (answer is not None and answer.is_answered)):
                return indicator.name
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem(), SECTION)
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        target = self.first_missing(item.data(SECTION, Qt.ItemDataRole.UserRole))
        if target is not None:
            self.jump_requested.emit(target)
