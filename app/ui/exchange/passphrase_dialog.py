"""Asks for the passphrase of a signing key: once to unlock it, twice for a new key.

The desktop app installs `PassphraseDialog.ask` as the application's passphrase prompt: the key
service calls it when a key protected by a passphrase (portable mode, or no system keyring) must
be unlocked or made. Cancelling returns None, which the key service reports as a clear error.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.style_roles import StyleRoles
from app.ui.exchange.passphrase_fields import PassphraseFields

# The key service says what the passphrase is for in English ("signing key 1A2B… of Awa");
# these are its two forms, recognised so that the window can say it in the user's language.
NEW_KEY = re.compile(r"^new signing key of (?P<name>.+)$")
EXISTING_KEY = re.compile(r"^signing key (?P<key>[0-9A-Fa-f]{16}) of (?P<name>.+)$")


class PassphraseDialog(QDialog):
    def __init__(self, purpose: str, new: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._purpose = purpose
        self.heading = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.fields = PassphraseFields(new, self)
        form = QFormLayout()
        self.fields.add_to(form)
        self.error_label = QLabel()
        StyleRoles.give(self.error_label, "inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        self.fields.focus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signing key passphrase"))
        new, existing = NEW_KEY.match(self._purpose), EXISTING_KEY.match(self._purpose)
        if new:
            self.heading.setText(self.tr("A new signing key for {name}").format(name=new["name"]))
        elif existing:
            self.heading.setText(
                self.tr("Signing key {key} of {name}").format(
                    key=existing["key"].upper(), name=existing["name"]
                )
            )
        else:
            self.heading.setText(self._purpose)
        if self.fields.new:
            self.explanation.setText(
                self.tr(
                    "Choose a passphrase to protect your signing key. You will type it to sign "
                    "packages. Nobody can recover it: if it is forgotten, a new key must be made "
                    "and trusted again."
                )
            )
        else:
            self.explanation.setText(
                self.tr("Type the passphrase of this key to sign or open packages with it.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def passphrase(self) -> str:
        return self.fields.passphrase()

    def accept(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self.fields.focus()
            return
        super().accept()

    @staticmethod
    def ask(purpose: str, new: bool) -> str | None:
        """Modal, over the active window; None when the user cancels."""
        dialog = PassphraseDialog(purpose, new, QApplication.activeWindow())
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase()
            return None
        finally:
            dialog.deleteLater()
