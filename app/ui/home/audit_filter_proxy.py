"""The home page's view of the audit list: sorted, searched in every column, and narrowed to
one institution when one is chosen (a head office holds hundreds of audits of dozens of
institutions)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.ui.home.audit_table_model import (
    INSTITUTION_ID_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    AuditTableModel,
)


class AuditFilterProxy(QSortFilterProxyModel):
    def __init__(self, model: AuditTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterRole(SEARCH_ROLE)  # a country found by its name or its code
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.institution = ""  # an institution id; "" for every institution

    def set_institution(self, institution_id: str) -> None:
        self.beginFilterChange()
        self.institution = institution_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        row: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self.institution:
            index = self.sourceModel().index(row, 0, parent)
            if index.data(INSTITUTION_ID_ROLE) != self.institution:
                return False
        return super().filterAcceptsRow(row, parent)
