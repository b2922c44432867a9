"""The trust store: whose packages this installation accepts. Add a signer from the public key
file (.pub) they sent, after checking its key id with them; revoke a key that was lost or whose
owner left (revocation is final: that key can never be trusted again)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.minisign_public_key import COMMENT_PREFIX, MinisignPublicKey
from app.models.errors import JalonError
from app.models.trusted_signer import TrustedSigner
from app.models.visible_text import VisibleText
from app.services.trust_service import TrustService
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.heading_label import HeadingLabel
from app.ui.common.style_roles import StyleRoles
from app.ui.exchange.signing_key_dialog import grouped

NAME, ORGANISATION, KEY_ID, VALIDITY, STATE = range(5)
NAME_AND_ORGANISATION = re.compile(r"^(?P<name>.+?) \((?P<organisation>[^()]+)\)$")


class TrustedSignersDialog(QDialog):
    changed = Signal()  # a signer was added or revoked

    def __init__(self, trust: TrustService, parent: QWidget | None = None):
        super().__init__(parent)
        self._trust = trust
        self._signers: list[TrustedSigner] = []
        self._key_text = ""  # the public key file read, waiting to be trusted
        # Asks why a key is revoked (None: do not revoke); a test answers without a window.
        self.ask_reason: Callable[[TrustedSigner], str | None] = self._ask_reason
        self.heading = HeadingLabel(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ORGANISATION, KEY_ID, VALIDITY, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.revoke_button = QPushButton()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.revoke_button.clicked.connect(self.revoke_selected)

        self.add_box = QGroupBox()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton()
        self.key_id_value = QLabel()
        self.key_id_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.trust_button = QPushButton()
        StyleRoles.give(self.trust_button, "primary")
        self.browse_button.clicked.connect(self._choose_file)
        self.trust_button.clicked.connect(self.trust_key)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.file_label, self.key_id_label = QLabel(), QLabel()
        self.name_label, self.organisation_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        form = QFormLayout(self.add_box)
        form.addRow(self.file_label, file_row)
        form.addRow(self.key_id_label, self.key_id_value)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.organisation_label, self.organisation_edit)
        trust_row = QHBoxLayout()
        trust_row.addStretch(1)
        trust_row.addWidget(self.trust_button)
        form.addRow(trust_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error_label = QLabel()
        StyleRoles.give(self.error_label, "inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        revoke_row = QHBoxLayout()
        revoke_row.addStretch(1)
        revoke_row.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(revoke_row)
        layout.addWidget(self.add_box)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.retranslate()
        self.reload()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trusted signers"))
        self.table.setAccessibleName(self.tr("Trusted signers"))
        self.heading.setText(self.tr("Whose packages this installation accepts"))
        self.explanation.setText(
            self.tr(
                "A package is merged only when its signer is listed here and not revoked. Add a "
                "signer from the public key file (.pub) they sent you, after checking the key id "
                "with them, by phone for example."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Key id"),
                self.tr("Valid"),
                self.tr("State"),
            ]
        )
        self.revoke_button.setText(self.tr("&Revoke the selected key…"))
        self.add_box.setTitle(self.tr("Trust a new signer"))
        self.file_label.setText(self.tr("Public key file:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.key_id_label.setText(self.tr("Key id:"))
        self.name_label.setText(self.tr("&Name:"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.trust_button.setText(self.tr("&Trust this key"))
        if not self._key_text:
            self.key_id_value.setText(self.tr("choose a file first"))
        if self._signers:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self._signers = self._trust.list()
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            self._signers = []
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._signers))
        for row, signer in enumerate(self._signers):
            validity = ""
            if signer.valid_from or signer.valid_until:
                validity = self.tr("{start} to {end}").format(
                    start=AuditLabels.date(signer.valid_from[:10]),
                    end=AuditLabels.date(signer.valid_until[:10]),
                )
            for column, text in (
                (NAME, VisibleText.for_name(signer.name)),
                (ORGANISATION, signer.organisation),
                (KEY_ID, grouped(signer.key_id)),
                (VALIDITY, validity),
                (STATE, self._state(signer)),
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, signer.key_id)
                if signer.is_revoked:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _state(self, signer: TrustedSigner) -> str:
        if signer.is_revoked:
            return self.tr("revoked on {date}").format(
                date=AuditLabels.date(signer.revoked_at[:10])
            )
        if signer.own:
            return self.tr("this installation's key")
        return self.tr("trusted")

    def selected(self) -> TrustedSigner | None:
        rows = self.table.selectionModel().selectedRows()
        return self._signers[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        signer = self.selected()
        # Own keys are revoked where they are used, not from this list.
        self.revoke_button.setEnabled(
            signer is not None and not signer.is_revoked and not signer.own
        )

    # --- revoking ------------------------------------------------------------------------------

    def revoke_selected(self) -> None:
        signer = self.selected()
        if signer is None or signer.is_revoked or signer.own:
            return
        reason = self.ask_reason(signer)
        if reason is None:
            return
        try:
            self._trust.revoke(signer.key_id, reason)
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            return
        self._done(
            self.tr("Key {key} of {name} is revoked: its packages are refused from now on.").format(
                key=grouped(signer.key_id), name=VisibleText.for_name(signer.name)
            )
        )

    def _ask_reason(self, signer: TrustedSigner) -> str | None:
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Revoke a key"),
            self.tr(
                "Revoke the key of {name}? Packages it signs will be refused, and it can "
                "never be trusted again.\n\nWhy (lost laptop, left the team…):"
            ).format(name=VisibleText.for_name(signer.name)),
        )
        return reason if accepted else None

    # --- adding --------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Public key of the signer"), "", self.tr("Minisign public keys (*.pub)")
        )
        if chosen:
            self.load_key_file(Path(chosen))

    def load_key_file(self, path: Path) -> bool:
        """Read a public key file and show its key id, to be checked with its owner."""
        self._key_text = ""
        self.file_edit.setText(str(path))
        try:
            text = MinisignPublicKey.file_text(path)
            key = MinisignPublicKey.from_text(text)
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            self.key_id_value.setText(self.tr("choose a file first"))
            return False
        self._key_text = text
        self.error_label.hide()
        self.key_id_value.setText(
            self.tr("{key}: check it with its owner").format(key=grouped(key.key_id_hex))
        )
        # minisign's comment ("minisign public key ID - Name (Organisation)") suggests a
        # name; it is not part of what is signed, so it is only a suggestion to check.
        comment = text.strip().splitlines()[0]
        if (
            comment.startswith(COMMENT_PREFIX)
            and " - " in comment
            and not self.name_edit.text().strip()
        ):
            label = comment.split(" - ", 1)[1].strip()
            named = NAME_AND_ORGANISATION.match(label)
            self.name_edit.setText(named["name"] if named else label)
            if named and not self.organisation_edit.text().strip():
                self.organisation_edit.setText(named["organisation"])
        return True

    def trust_key(self) -> None:
        if not self._key_text:
            self._show_error(self.tr("Choose the signer's public key file first."))
            return
        try:
            signer = self._trust.trust(
                self._key_text, self.name_edit.text(), self.organisation_edit.text()
            )
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            return
        self._key_text = ""
        for edit in (self.file_edit, self.name_edit, self.organisation_edit):
            edit.clear()
        self.key_id_value.setText(self.tr("choose a file first"))
        self._done(
            self.tr("{name} is trusted: packages signed with key {key} are accepted.").format(
                name=VisibleText.for_name(signer.name), key=grouped(signer.key_id)
            )
        )

    def _done(self, message: str) -> None:
        self.error_label.hide()
        self.status.setText(message)
        self.reload()
        self.changed.emit()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.status.clear()
