"""The trust store in the window: trust a signer from the .pub file they sent (its key id shown
to be checked), see it listed, revoke it with a reason; own keys cannot be revoked from here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.composition import Application
from app.paths import AppPaths
from app.ui.exchange.signing_key_dialog import grouped
from app.ui.exchange.trusted_signers_dialog import KEY_ID, NAME, STATE, TrustedSignersDialog
from tests.ui.conftest import PassphraseAnswer


def _field_auditor_key(tmp_path, catalog) -> tuple[str, str]:
    """Another installation's key, exported as its owner would send it: (key id, .pub path)."""
    other = Application(AppPaths(tmp_path / "other", portable=True), author="Moussa Sow")
    other.catalog = catalog
    other.passphrase_prompt = PassphraseAnswer()
    try:
        info = other.keys.create("Moussa Sow", "Caisse de Thiès")
        path = tmp_path / "moussa.pub"
        path.write_text(other.keys.public_key_text(info), encoding="utf-8")
        return info.key_id, str(path)
    finally:
        other.close()


def _open(qtbot, application) -> TrustedSignersDialog:
    dialog = TrustedSignersDialog(application.trust)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _row_of(dialog: TrustedSignersDialog, key_id: str) -> int:
    return next(
        row
        for row in range(dialog.table.rowCount())
        if dialog.table.item(row, KEY_ID).text() == grouped(key_id)
    )


def test_trust_a_signer_from_their_public_key_file_then_revoke_it(
    qtbot, tmp_path, catalog, portable_application, languages
):
    own = portable_application.keys.create("Awa Diop", "Réseau")
    key_id, pub = _field_auditor_key(tmp_path, catalog)
    dialog = _open(qtbot, portable_application)
    assert dialog.table.rowCount() == 1  # the installation's own key
    assert dialog.table.item(0, STATE).text() == "this installation's key"
    dialog.table.selectRow(0)
    assert not dialog.revoke_button.isEnabled()

    assert dialog.load_key_file(Path(pub))
    assert dialog.key_id_value.text() == f"{grouped(key_id)}: check it with its owner"
    # Suggested from the file's comment, to be checked like the key id.
    assert (dialog.name_edit.text(), dialog.organisation_edit.text()) == (
        "Moussa Sow",
        "Caisse de Thiès",
    )
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    assert portable_application.trust.get(key_id).name == "Moussa Sow"
    row = _row_of(dialog, key_id)
    assert dialog.table.item(row, NAME).text() == "Moussa Sow"
    assert dialog.table.item(row, STATE).text() == "trusted"
    assert "Moussa Sow is trusted" in dialog.status.text()
    assert dialog.name_edit.text() == ""  # the form is ready for the next one

    asked = []
    dialog.ask_reason = lambda signer: asked.append(signer.name) or "laptop stolen"
    dialog.table.selectRow(row)
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert asked == ["Moussa Sow"]
    signer = portable_application.trust.get(key_id)
    assert signer.is_revoked and signer.revoked_reason == "laptop stolen"
    assert dialog.table.item(_row_of(dialog, key_id), STATE).text().startswith("revoked on ")
    assert portable_application.trust.get(own.key_id).own


def test_not_revoking_when_the_question_is_cancelled(
    qtbot, tmp_path, catalog, portable_application, languages
):
    key_id, pub = _field_auditor_key(tmp_path, catalog)
    portable_application.trust.trust(Path(pub).read_text(encoding="utf-8"), "Moussa Sow")
    dialog = _open(qtbot, portable_application)
    dialog.ask_reason = lambda signer: None
    dialog.table.selectRow(_row_of(dialog, key_id))
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert not portable_application.trust.get(key_id).is_revoked


def test_a_file_that_is_not_a_public_key_is_refused_clearly(
    qtbot, tmp_path, portable_application, languages
):
    bad = tmp_path / "notes.pub"
    bad.write_text("untrusted comment: hello\nnot base64 at all\n", encoding="utf-8")
    dialog = _open(qtbot, portable_application)
    assert not dialog.load_key_file(bad)
    assert dialog.error_label.text() == "The public key is not valid base64"
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Choose the signer's public key file first."
    assert not dialog.load_key_file(tmp_path / "missing.pub")
    assert dialog.error_label.text().startswith(f"Cannot read {tmp_path / 'missing.pub'}")
    assert portable_application.trust.list() == []


def test_the_file_menu_opens_the_trusted_signers(qtbot, portable_window):
    tools = portable_window.tools
    assert tools.trusted_signers in portable_window.menus.file_menu.actions()
    tools.trusted_signers.trigger()
    qtbot.waitUntil(
        lambda: isinstance(tools.dialog, TrustedSignersDialog) and tools.dialog.isVisible()
    )
    tools.dialog.close()
