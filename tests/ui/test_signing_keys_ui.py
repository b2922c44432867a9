"""Signing keys in the window: create one (passphrase typed twice), see its key id, export the
public key as a minisign .pub; the passphrase window asks once to unlock, twice for a new key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.exchange.minisign_public_key import MinisignPublicKey
from app.ui.exchange.passphrase_dialog import PassphraseDialog
from app.ui.exchange.signing_key_dialog import SigningKeyDialog, grouped

PASSPHRASE = "a long enough passphrase"


def _open(qtbot, keys) -> SigningKeyDialog:
    dialog = SigningKeyDialog(keys)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _type_passphrases(qtbot, dialog: SigningKeyDialog, first: str, second: str) -> None:
    for edit, text in (
        (dialog.passphrase.passphrase_edit, first),
        (dialog.passphrase.confirm_edit, second),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_without_a_key_the_dialog_creates_one_protected_by_a_passphrase(
    qtbot, portable_application, languages
):
    keys = portable_application.keys
    dialog = _open(qtbot, keys)
    assert (
        dialog.pages.currentIndex() == 1 and dialog.heading.text() == "You have no signing key yet"
    )
    assert dialog.name_edit.text() == "Awa Diop"  # the author, to correct if needed
    assert dialog.passphrase.is_visible() and dialog.passphrase.confirm_edit.isVisible()
    qtbot.keyClicks(dialog.organisation_edit, "R")
    dialog.organisation_edit.insert("éseau des caisses")  # QTest types ASCII only

    _type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "different" in dialog.error_label.text() and keys.current() is None
    _type_passphrases(qtbot, dialog, "short", "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in dialog.error_label.text() and keys.current() is None

    _type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    info = keys.current()
    assert created.args[0] == info
    assert (info.name, info.organisation, info.protection) == (
        "Awa Diop",
        "Réseau des caisses",
        "passphrase",
    )
    assert portable_application.passphrase_prompt.asked == []  # typed in the form, not asked
    assert dialog.pages.currentIndex() == 0 and not dialog.error_label.isVisible()
    assert dialog.key_id_value.text() == grouped(info.key_id)
    assert dialog.protection_value.text() == "a passphrase"
    assert info.public_key in dialog.public_key_text.toPlainText()
    assert dialog.passphrase.passphrase() == ""  # not kept in the form

    # The typed passphrase is the key's: a fresh session unlocks it with that passphrase.
    portable_application.close()
    portable_application.passphrase_prompt.passphrase = PASSPHRASE
    assert portable_application.keys.unlock(info).key_id_hex == info.key_id


def test_an_existing_key_is_shown_and_its_public_key_exported_as_minisign(
    qtbot, tmp_path, portable_application, languages
):
    info = portable_application.keys.create("Awa Diop", "Caisse Rurale de Kolda")
    dialog = _open(qtbot, portable_application.keys)
    assert dialog.pages.currentIndex() == 0 and dialog.heading.text() == "Your signing key"
    assert dialog.name_value.text() == "Awa Diop"
    assert dialog.organisation_value.text() == "Caisse Rurale de Kolda"
    assert dialog.key_id_value.text() == grouped(info.key_id)
    assert "".join(dialog.key_id_value.text().split()) == info.key_id  # as typed back
    assert dialog.default_export_path().name == f"Awa Diop {info.key_id}.pub"

    assert dialog.save_public_key(tmp_path / "awa")
    written = tmp_path / "awa.pub"
    comment, line = written.read_text(encoding="utf-8").splitlines()
    assert (
        comment == f"untrusted comment: minisign public key {info.key_id} - Awa Diop "
        "(Caisse Rurale de Kolda)"
    )
    assert MinisignPublicKey.from_line(line).key_id_hex == info.key_id
    assert str(written) in dialog.status.text()

    assert not dialog.save_public_key(tmp_path / "missing folder" / "awa.pub")
    assert dialog.error_label.isVisible() and "does not exist" in dialog.error_label.text()


def test_the_file_menu_opens_the_signing_key_window(qtbot, portable_window):
    tools = portable_window.tools
    assert tools.signing_key in portable_window.menus.file_menu.actions()
    tools.signing_key.trigger()
    qtbot.waitUntil(lambda: isinstance(tools.dialog, SigningKeyDialog) and tools.dialog.isVisible())
    tools.dialog.close()
    qtbot.waitUntil(lambda: tools.dialog is None)


def _passphrase_dialog(qtbot, purpose: str, new: bool) -> PassphraseDialog:
    dialog = PassphraseDialog(purpose, new)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_passphrase_is_asked_twice_and_must_match(qtbot, languages):
    dialog = _passphrase_dialog(qtbot, "new signing key of Awa Diop", new=True)
    assert dialog.heading.text() == "A new signing key for Awa Diop"
    fields = dialog.fields
    qtbot.keyClicks(fields.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(fields.confirm_edit, PASSPHRASE[:-1])
    dialog.accept()
    assert dialog.isVisible() and "different" in dialog.error_label.text()
    qtbot.keyClick(fields.confirm_edit, Qt.Key.Key_E)
    qtbot.keyClick(fields.confirm_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == PASSPHRASE


def test_unlocking_asks_once_and_cancel_gives_nothing(qtbot, languages):
    dialog = _passphrase_dialog(qtbot, "signing key 1a2b3c4d5e6f7081 of Awa Diop", new=False)
    assert dialog.heading.text() == "Signing key 1A2B3C4D5E6F7081 of Awa Diop"
    assert not dialog.fields.confirm_edit.isVisible()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.text() == "Type the passphrase."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_passphrase_window_speaks_the_interface_language(qtbot, languages):
    languages.apply("fr")
    dialog = _passphrase_dialog(qtbot, "new signing key of Awa Diop", new=True)
    assert "Awa Diop" in dialog.heading.text() and "new signing key" not in dialog.heading.text()
    assert dialog.windowTitle() != "Signing key passphrase"


def test_the_key_windows_follow_a_live_language_switch(qtbot, portable_application, languages):
    from app.ui.exchange.trusted_signers_dialog import TrustedSignersDialog

    key_window = _open(qtbot, portable_application.keys)
    trust_window = TrustedSignersDialog(portable_application.trust)
    qtbot.addWidget(trust_window)
    trust_window.open()
    languages.apply("es")
    qtbot.waitUntil(lambda: key_window.heading.text() == "Todavía no tiene clave de firma")
    assert key_window.passphrase.passphrase_label.text() == "N&ueva frase de contraseña:"
    assert trust_window.windowTitle() == "Firmantes de confianza"
