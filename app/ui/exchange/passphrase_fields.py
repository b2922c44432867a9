"""The passphrase of a signing key, typed hidden: once to unlock a key, twice for a new one.

Shared by the passphrase window (asked when a key must be unlocked or made) and the signing
key window's "create" form, so that both check a new passphrase the same way before the key
service sees it: long enough, and typed the same twice (a typo in a hidden field would lock
the user out of their own key).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.exchange.key_file import MIN_PASSPHRASE


class PassphraseFields(QObject):
    """Two rows (one when unlocking) added to the caller's form, so that they line up with
    its other fields."""

    def __init__(self, new: bool, parent: QWidget):
        super().__init__(parent)
        self.new = new
        self._form: QFormLayout | None = None
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label = QLabel()
        self.confirm_label.setBuddy(self.confirm_edit)
        # Language changes reach widgets, not this object: the label says when to retranslate.
        self.passphrase_label.installEventFilter(self)
        self.retranslate()

    def add_to(self, form: QFormLayout) -> None:
        self._form = form
        form.addRow(self.passphrase_label, self.passphrase_edit)
        if self.new:
            form.addRow(self.confirm_label, self.confirm_edit)

    def set_visible(self, visible: bool) -> None:
        if self._form is not None:
            self._form.setRowVisible(self.passphrase_edit, visible)
            if self.new:
                self._form.setRowVisible(self.confirm_edit, visible)

    def is_visible(self) -> bool:
        return self.passphrase_edit.isVisible()

    def retranslate(self) -> None:
        self.passphrase_label.setText(
            self.tr("&New passphrase:") if self.new else self.tr("&Passphrase:")
        )
        self.confirm_label.setText(self.tr("&Type it again:"))
        self.passphrase_edit.setPlaceholderText(
            self.tr("at least %n characters", "", MIN_PASSPHRASE) if self.new else ""
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def problem(self) -> str:
        """Why the typed passphrase cannot be used ("" when it can), in the user's language."""
        text = self.passphrase()
        if not text:
            return self.tr("Type the passphrase.")
        if not self.new:
            return ""
        if len(text) < MIN_PASSPHRASE:
            return self.tr("A passphrase needs at least %n characters.", "", MIN_PASSPHRASE)
        if self.confirm_edit.text() != text:
            return self.tr("The two passphrases are different; type them again.")
        return ""

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()

    def focus(self) -> None:
        self.passphrase_edit.setFocus()
