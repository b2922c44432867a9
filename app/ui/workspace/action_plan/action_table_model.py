"""The action plan as a Qt table model: target, action, owner, due date, priority, status.

Display texts are translated and locale-formatted; SORT_ROLE gives keys that sort the way a
reader expects (priority high → low, status in life-cycle order, dates chronologically, no date
last). An overdue action says so in words in its due date and status, and in colour.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.models.action_item import ActionItem, ActionStatus, Priority
from app.models.framework import Framework
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels

TARGET, TITLE, OWNER, DUE, PRIORITY, STATUS = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
STATUS_RANK = {status: rank for rank, status in enumerate(ActionStatus)}
OVERDUE = QColor("#b03a2e")

Index = QModelIndex | QPersistentModelIndex


class ActionTableModel(QAbstractTableModel):
    def __init__(self, framework: Framework, language: str, parent=None):
        super().__init__(parent)
        self._framework = framework
        self._language = language
        self._items: list[ActionItem] = []
        self._order = {name: index for index, name in enumerate(framework.nodes)}
        self._today = date.today().isoformat()

    # --- contents ------------------------------------------------------------------------------

    def set_items(self, items: list[ActionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = date.today().isoformat()
        self.endResetModel()

    def items(self) -> list[ActionItem]:
        return list(self._items)

    def item_at(self, row: int) -> ActionItem:
        return self._items[row]

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def set_language(self, language: str) -> None:
        self._language = language
        self._all_changed()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1)
            )

    # --- labels shared with the action dialog --------------------------------------------------

    # The labels are also used by the action dialog, the question and the Progress tab, hence
    # static methods: names of statuses and priorities from the catalog the reports share
    # (app/models/value_names.py), other words in a translate() call where lupdate finds them.

    @staticmethod
    def priority_text(priority: Priority) -> str:
        return AuditLabels.value_name(priority)

    @staticmethod
    def status_text(status: ActionStatus) -> str:
        return AuditLabels.value_name(status)

    @staticmethod
    def status_words(item: ActionItem, today: str) -> str:
        """Its status, with what waits said in words: overdue, to verify."""
        translate = QCoreApplication.translate
        parts = [ActionTableModel.status_text(item.status)]
        if item.is_overdue(today):
            parts.append(translate("ActionTableModel", "overdue"))
        if ActionTableModel.is_to_verify(item):
            parts.append(translate("ActionTableModel", "to verify"))
        return ", ".join(parts)

    @staticmethod
    def target_text(framework: Framework, name: str, language: str) -> str:
        node = framework.find(name)
        if node is None:  # a target the framework no longer has: show what is stored
            return name
        label = framework.text(node.label, language)
        return f"{node.code}  {label}" if node.code else label

    @staticmethod
    def due_text(iso: str) -> str:
        return AuditLabels.date(iso) if iso else ""

    def is_overdue(self, item: ActionItem) -> bool:
        return item.is_overdue(self._today)

    @staticmethod
    def is_to_verify(item: ActionItem) -> bool:
        """Carried over from the previous audit's plan, and not yet verified or dropped here."""
        return bool(item.carried_from) and item.status.is_open

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._items)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Indicator or practice"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Priority"),
            self.tr("Status"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == ITEM_ROLE:
            return item
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (DUE, STATUS)
            and self.is_overdue(item)
        ):
            return OVERDUE
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DUE, PRIORITY, STATUS):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: ActionItem, column: int, tooltip: bool = False) -> str:
        if column == TARGET:
            return self.target_text(self._framework, item.target, self._language)
        if column == TITLE:
            return f"{item.title}\n{item.note}" if tooltip and item.note else item.title
        if column == OWNER:
            return VisibleText.for_name(item.owner)
        if column == DUE:
            if self.is_overdue(item):
                return self.tr("{date} (overdue)").format(date=self.due_text(item.due_date))
            return self.due_text(item.due_date)
        if column == PRIORITY:
            return self.priority_text(item.priority)
        if tooltip and item.status == ActionStatus.DROPPED and item.reason:
            return self.tr("Dropped: {reason}").format(reason=item.reason)
        return self.status_words(item, self._today)

    def _sort_key(self, item: ActionItem, column: int):
        if column == TARGET:  # framework order: 1.2 before 1.10, practice before its indicators
            return self._order.get(item.target, len(self._order))
        if column == DUE:
            return item.due_date or "9999-12-31"  # no date sorts after every date
        if column == PRIORITY:
            return PRIORITY_RANK[item.priority]
        if column == STATUS:
            return STATUS_RANK[item.status]
        return self._display(item, column).casefold()
