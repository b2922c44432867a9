"""The user's signing key: who it names, its key id, its public key to send to others — or, when
there is none yet, a form to create it.

Others trust a package because they trust its signer's public key; the key id is what a head
office reads back over the phone to check that the key it received is the right one, so it is
shown large and selectable. The public key is exported as a minisign `.pub` file.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.exchange.key_file import KEYRING
from app.models.errors import JalonError
from app.models.signing_key_info import SigningKeyInfo
from app.services.atomic_output import AtomicOutput
from app.services.key_service import PASSPHRASE_ENV, KeyService
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.export_folder import ExportFolder
from app.ui.common.heading_label import HeadingLabel
from app.ui.common.safe_file_name import safe_file_name
from app.ui.common.style_roles import StyleRoles
from app.ui.exchange.passphrase_fields import PassphraseFields


def grouped(key_id: str) -> str:
    """ "1A2B3C4D5E6F7081" as "1A2B 3C4D 5E6F 7081": easier to read aloud and compare. The
    spaces do not break, so a key id is never split across two lines."""
    return "\u00a0".join(key_id[i : i + 4] for i in range(0, len(key_id), 4))


class SigningKeyDialog(QDialog):
    created = Signal(object)  # SigningKeyInfo of a new key

    def __init__(
        self, keys: KeyService, parent: QWidget | None = None, folder: ExportFolder | None = None
    ):
        super().__init__(parent)
        self._keys = keys
        self._folder = folder or ExportFolder()
        self.info: SigningKeyInfo | None = keys.current()
        self.saved_to: Path | None = None
        self.heading = HeadingLabel(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_show_page())
        self.pages.addWidget(self._build_create_page())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        StyleRoles.give(self.error_label, "inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslate()
        self._show_current()

    def _build_show_page(self) -> QWidget:
        page = QWidget()
        monospace = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_id_value = QLabel()
        key_font = QFont(monospace)
        key_font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.4)
        key_font.setBold(True)
        self.key_id_value.setFont(key_font)
        self.name_value = QLabel()
        self.organisation_value = QLabel()
        self.protection_value = QLabel()
        self.created_value = QLabel()
        for label in (self.key_id_value, self.name_value, self.organisation_value):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.public_key_text = QPlainTextEdit()
        self.public_key_text.setReadOnly(True)
        self.public_key_text.setFont(monospace)
        # Wrapped anywhere: the whole key in sight, no scroll bars (copying takes the text).
        self.public_key_text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.public_key_text.setFixedHeight(QFontMetrics(monospace).lineSpacing() * 4 + 14)
        self.export_button = QPushButton()
        StyleRoles.give(self.export_button, "primary")
        self.copy_button = QPushButton()
        self.export_button.clicked.connect(self._choose_export_file)
        self.copy_button.clicked.connect(self.copy_public_key)
        self.show_form = QFormLayout()
        self.key_id_label = QLabel()
        self.name_label = QLabel()
        self.organisation_label = QLabel()
        self.protection_label = QLabel()
        self.created_label = QLabel()
        self.show_form.addRow(self.key_id_label, self.key_id_value)
        self.show_form.addRow(self.name_label, self.name_value)
        self.show_form.addRow(self.organisation_label, self.organisation_value)
        self.show_form.addRow(self.protection_label, self.protection_value)
        self.show_form.addRow(self.created_label, self.created_value)
        self.public_key_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.show_form)
        layout.addWidget(self.public_key_label)
        layout.addWidget(self.public_key_text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_create_page(self) -> QWidget:
        page = QWidget()
        self.name_edit = QLineEdit(self._keys.identity.author)
        self.organisation_edit = QLineEdit(self._keys.identity.organisation)
        self.name_edit_label = QLabel()
        self.name_edit_label.setBuddy(self.name_edit)
        self.organisation_edit_label = QLabel()
        self.organisation_edit_label.setBuddy(self.organisation_edit)
        self.protection_note = QLabel()
        StyleRoles.give(self.protection_note, "muted")
        self.protection_note.setWordWrap(True)
        # A passphrase is needed where no keyring can hold the key (portable mode, servers),
        # unless the environment already provides one.
        self.needs_passphrase = not self._keys.keyring_available() and not os.environ.get(
            PASSPHRASE_ENV
        )
        self.passphrase = PassphraseFields(True, page)
        self.create_button = QPushButton()
        StyleRoles.give(self.create_button, "primary")
        self.create_button.clicked.connect(self.create_key)
        form = QFormLayout()
        form.addRow(self.name_edit_label, self.name_edit)
        form.addRow(self.organisation_edit_label, self.organisation_edit)
        form.addRow(self.protection_note)
        self.passphrase.add_to(form)
        self.passphrase.set_visible(self.needs_passphrase)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signing key"))
        self.key_id_label.setText(self.tr("Key id:"))
        self.name_label.setText(self.tr("Name:"))
        self.organisation_label.setText(self.tr("Organisation:"))
        self.protection_label.setText(self.tr("Protected by:"))
        self.created_label.setText(self.tr("Created:"))
        self.public_key_label.setText(self.tr("Public key (minisign format):"))
        self.export_button.setText(self.tr("&Export the public key…"))
        self.copy_button.setText(self.tr("&Copy the public key"))
        self.name_edit_label.setText(self.tr("&Your name:"))
        self.organisation_edit_label.setText(self.tr("&Organisation:"))
        self.create_button.setText(self.tr("C&reate the key"))
        if self._keys.keyring_available():
            note = self.tr(
                "The key will be protected by this computer's keyring: there is no "
                "passphrase to remember."
            )
        elif self.needs_passphrase:
            note = self.tr(
                "The key will be protected by a passphrase (portable mode, or no "
                "keyring on this computer), so that it opens wherever Jalon runs."
            )
        else:
            note = self.tr(
                "The key will be protected by the passphrase set in the "
                "JALON_KEY_PASSPHRASE environment variable."
            )
        self.protection_note.setText(note)
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _describe(self) -> None:
        info = self.info
        if info is None:
            self.heading.setText(self.tr("You have no signing key yet"))
            self.explanation.setText(
                self.tr(
                    "A signing key proves that the packages you export come from you and were not "
                    "changed on the way. Give your name and organisation as others should see "
                    "them."
                )
            )
            return
        self.heading.setText(self.tr("Your signing key"))
        self.explanation.setText(
            self.tr(
                "Packages you export are signed with this key. Send the public key to whoever must "
                "accept your packages (your head office, for example), and read them the key id "
                "over the phone so that they can check they received the right one."
            )
        )
        self.key_id_value.setText(grouped(info.key_id))
        self.name_value.setText(info.name)
        self.organisation_value.setText(info.organisation or "—")
        self.protection_value.setText(
            self.tr("this computer's keyring")
            if info.protection == KEYRING
            else self.tr("a passphrase")
        )
        self.created_value.setText(AuditLabels.timestamp(info.created_at))

    def _show_current(self) -> None:
        self.pages.setCurrentIndex(0 if self.info is not None else 1)
        if self.info is not None:
            self.public_key_text.setPlainText(self._keys.public_key_text(self.info))
            self.export_button.setFocus()
        else:
            self.name_edit.setFocus()
        self._describe()

    # --- creating ------------------------------------------------------------------------------

    def create_key(self) -> None:
        problem = self.passphrase.problem() if self.needs_passphrase else ""
        if not " ".join(self.name_edit.text().split()):
            problem = self.tr("Give your name: it is shown with every package you sign.")
        if problem:
            self._show_error(problem)
            return
        typed = self.passphrase.passphrase()
        previous = self._keys.prompt
        # The passphrase was typed (twice) in this form: hand it to the key service for this
        # creation instead of asking again in another window.
        self._keys.prompt = lambda _purpose, _new: typed
        try:
            info = self._keys.create(self.name_edit.text(), self.organisation_edit.text())
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            return
        finally:
            self._keys.prompt = previous
            self.passphrase.clear()
        self.info = info
        self.error_label.hide()
        self.status.setText(
            self.tr("Your signing key {key} is ready.").format(key=grouped(info.key_id))
        )
        self._show_current()
        self.created.emit(info)

    # --- exporting -----------------------------------------------------------------------------

    def default_export_path(self) -> Path:
        folder = self._folder.default()
        info = self.info
        if info is None:
            return folder / "jalon.pub"
        return folder / f"{safe_file_name(info.name)} {info.key_id}.pub"

    def _choose_export_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the public key"),
            str(self.default_export_path()),
            self.tr("Minisign public keys (*.pub)"),
        )
        if chosen:
            self.save_public_key(Path(chosen))

    def save_public_key(self, path: Path) -> bool:
        """Write the public key to `path` (".pub" added when missing)."""
        if self.info is None:
            return False
        if path.suffix.lower() != ".pub":
            path = path.with_name(path.name + ".pub")
        self._folder.remember(path)
        try:
            with AtomicOutput(path).path() as partial:
                partial.write_text(self._keys.public_key_text(self.info), encoding="utf-8")
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            return False
        except OSError as error:
            self._show_error(
                ErrorPresenter.message(
                    JalonError(
                        "cannot write {file}: {reason}",
                        file=str(path),
                        reason=error.strerror or str(error),
                    )
                )
            )
            return False
        self.saved_to = path
        self.error_label.hide()
        self.status.setText(self.tr("Public key written to {file}").format(file=str(path)))
        return True

    def copy_public_key(self) -> None:
        if self.info is not None:
            QGuiApplication.clipboard().setText(self._keys.public_key_text(self.info))
            self.status.setText(
                self.tr("The public key is copied; paste it into an e-mail or a message.")
            )

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.status.clear()
