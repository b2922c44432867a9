"""Receipts of verified and merged packages, one row per package, as a Qt table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels

STATUS_ROLE = Qt.ItemDataRole.UserRole
_COLOURS = {
    ReceiptStatus.ACCEPTED: "#1b7a3a",
    ReceiptStatus.UPDATED: "#1b7a3a",
    ReceiptStatus.ALREADY_PRESENT: "#555555",
    ReceiptStatus.CONFLICTS: "#a35f00",
    ReceiptStatus.QUARANTINED: "#a35f00",
    ReceiptStatus.REJECTED: "#b00020",
}


def _status_name(status: ReceiptStatus) -> str:
    translate = QCoreApplication.translate
    names = {
        ReceiptStatus.ACCEPTED: translate("ReceiptTableModel", "Accepted (new audit)"),
        ReceiptStatus.UPDATED: translate("ReceiptTableModel", "Updated"),
        ReceiptStatus.ALREADY_PRESENT: translate("ReceiptTableModel", "Already present"),
        ReceiptStatus.CONFLICTS: translate("ReceiptTableModel", "Conflicts to resolve"),
        ReceiptStatus.QUARANTINED: translate("ReceiptTableModel", "Held in quarantine"),
        ReceiptStatus.REJECTED: translate("ReceiptTableModel", "Rejected"),
    }
    return names[status]


def receipt_details(receipt: ImportReceipt) -> str:
    """Why a package was refused or held, and the notes of a merge, in the user's language."""
    parts = []
    if receipt.reason:
        template = QCoreApplication.translate("errors", receipt.reason)
        try:
            parts.append(template.format(**receipt.params))
        except (KeyError, IndexError, ValueError):
            parts.append(receipt.message)
    if receipt.conflicts:
        parts.append(
            QCoreApplication.translate(
                "ReceiptTableModel",
                "%n answer(s) changed on both sides wait for a decision.",
                "",
                receipt.conflicts,
            )
        )
    parts += [QCoreApplication.translate("errors", note) for note in receipt.notes]
    if receipt.authors:  # who the changes claim to be by, beside who is proven to have signed
        parts.append(
            QCoreApplication.translate(
                "ReceiptTableModel", "Changes by %1 (as claimed); signed by %2, key %3"
            )
            .replace("%1", VisibleText.for_names(receipt.authors))
            .replace("%2", VisibleText.for_name(receipt.signer_name))
            .replace("%3", receipt.signer_key_id)
        )
    return " ".join(_sentence(part) for part in parts)


def _sentence(text: str) -> str:
    # Templates and notes are written as clauses (they also end up inside other messages).
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


class ReceiptTableModel(QAbstractTableModel):
    RESULT, FILE, INSTITUTION, SIGNER, REVISIONS, DETAILS, WHEN = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.receipts: list[ImportReceipt] = []

    def set_receipts(self, receipts: list[ImportReceipt]) -> None:
        self.beginResetModel()
        self.receipts = list(receipts)
        self.endResetModel()

    def add(self, receipt: ImportReceipt) -> None:
        row = len(self.receipts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.receipts.append(receipt)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.receipts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Result"),
            self.tr("Package"),
            self.tr("Institution"),
            self.tr("Signed by"),
            self.tr("New changes"),
            self.tr("Details"),
            self.tr("When"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        receipt = self.receipts[index.row()]
        column = index.column()
        if role == STATUS_ROLE:
            return receipt.status
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT:
            return QBrush(QColor(_COLOURS[receipt.status]))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.DETAILS, self.SIGNER):
            if column == self.SIGNER and receipt.signer_key_id:
                return self.tr("Key %1").replace("%1", receipt.signer_key_id)
            return receipt_details(receipt) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.RESULT:
            return _status_name(receipt.status)
        if column == self.FILE:
            return receipt.file
        if column == self.INSTITUTION:
            return receipt.institution
        if column == self.SIGNER:
            return VisibleText.for_name(receipt.signer_name)
        if column == self.REVISIONS:
            return AuditLabels.number(receipt.revisions_added) if receipt.merged else ""
        if column == self.DETAILS:
            return receipt_details(receipt)
        return AuditLabels.timestamp(receipt.created_at)
