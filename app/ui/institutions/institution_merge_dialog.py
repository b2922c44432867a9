"""Choosing the record to merge into an institution: every other institution with its country
and count of audits, searchable, and what merging does said before it is done (the chosen
record's audits move over, its names stay as former names, and the merge travels in packages).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.institution import Institution
from app.services.institution_service import InstitutionService
from app.ui.common.audit_labels import AuditLabels

ID_ROLE = Qt.ItemDataRole.UserRole


class InstitutionMergeDialog(QDialog):
    def __init__(
        self, institutions: InstitutionService, target: Institution, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._target = target
        self.chosen: str | None = None
        counts = institutions.audit_counts()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        for institution in institutions.list():
            if institution.id == target.id:
                continue
            item = QListWidgetItem()
            item.setData(ID_ROLE, institution.id)
            item.setData(
                Qt.ItemDataRole.UserRole + 1,
                (institution.name, institution.country, counts.get(institution.id, 0)),
            )
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda *_items: self._update())
        self.list.itemActivated.connect(lambda _item: self._accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.search.installEventFilter(self)  # Down goes from the search to the list
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.retranslate()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge an institution record"))
        self.explanation.setText(
            self.tr(
                "Choose the record that is the same institution as %1. Its audits move to %1, "
                "its names are kept as former names, and the merge travels in packages to the "
                "other installations. It cannot be undone."
            ).replace("%1", self._target.name)
        )
        self.search.setPlaceholderText(self.tr("Search institutions…"))
        self.search.setAccessibleName(self.tr("Search institutions"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            name, country, count = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setText(
                self.tr("%1 (%2) – %n audit(s)", "", count)
                .replace("%1", name)
                .replace("%2", AuditLabels.country(country) or "–")
            )

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        wanted = text.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(wanted not in item.text().casefold())
        visible = [
            self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()
        ]
        if visible and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(visible[0])
        self._update()

    def _update(self) -> None:
        item = self.list.currentItem()
        usable = item is not None and not item.isHidden()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(usable)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        self.chosen = item.data(ID_ROLE)
        self.accept()
