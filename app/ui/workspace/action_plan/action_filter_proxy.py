"""Which actions of the plan the table shows: all, those of one status, the overdue ones, or
those carried over from the previous audit that wait for their verification. Sorting is the
plain proxy's, on the model's SORT_ROLE."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.models.action_item import ActionStatus
from app.ui.workspace.action_plan.action_table_model import ActionTableModel


class ActionFilter(StrEnum):
    ALL = "all"
    OVERDUE = "overdue"
    TO_VERIFY = "to-verify"


class ActionFilterProxy(QSortFilterProxyModel):
    def __init__(self, model: ActionTableModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._shown: ActionFilter | ActionStatus = ActionFilter.ALL
        self.setSourceModel(model)

    @property
    def shown(self) -> ActionFilter | ActionStatus:
        return self._shown

    def show_only(self, shown: ActionFilter | ActionStatus) -> None:
        self.beginFilterChange()
        self._shown = shown
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        item = self._model.item_at(source_row)
        if self._shown == ActionFilter.ALL:
            return True
        if self._shown == ActionFilter.OVERDUE:
            return self._model.is_overdue(item)
        if self._shown == ActionFilter.TO_VERIFY:
            return self._model.is_to_verify(item)
        return item.status == self._shown
