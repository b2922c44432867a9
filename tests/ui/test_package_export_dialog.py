"""Exporting a signed package from the window: from the Audit menu or the audit list, written
off the GUI thread, verified as a receiver would, optionally encrypted; clear messages when
something is wrong, and nothing written then."""

from __future__ import annotations

import pyrage
from PySide6.QtCore import Qt

from app.exchange.package_encryption import PackageEncryption
from app.exchange.signing_key import SigningKey
from app.ui.exchange.package_export_dialog import PackageExportDialog
from app.ui.exchange.signing_key_dialog import grouped

ANSWERS = {"1.1.1.1": "yes", "1.1.1.2": "no", "2.1.1.1": "partially"}


def _open_from_audit_menu(qtbot, window, session) -> PackageExportDialog:
    window.home.reload()
    window.open_audit(session.audit.id)
    for code, value in ANSWERS.items():
        window.workspace.session.answer(code, value)
    assert window.tools.export_package in window.menus.audit_menu.actions()
    window.tools.export_package.trigger()
    qtbot.waitUntil(
        lambda: (
            isinstance(window.tools.dialog, PackageExportDialog) and window.tools.dialog.isVisible()
        )
    )
    return window.tools.dialog


def _export(qtbot, dialog: PackageExportDialog, target) -> None:
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)


def test_export_from_the_audit_menu_writes_a_package_that_verifies(
    qtbot, tmp_path, portable_window, portable_application, portable_session
):
    dialog = _open_from_audit_menu(qtbot, portable_window, portable_session)
    assert "You have no signing key yet" in dialog.signer_value.text()
    opened = []
    dialog.open_url = opened.append
    _export(qtbot, dialog, tmp_path / "kolda")  # the .jalon suffix is added

    assert not dialog.problem.isVisible(), dialog.problem.text()
    written = tmp_path / "kolda.jalon"
    assert dialog.written is not None and dialog.written.path == written
    # The key was made on first need, its passphrase asked once, as new.
    assert portable_application.passphrase_prompt.asked == [("new signing key of Awa Diop", True)]
    info = portable_application.keys.current()
    assert grouped(info.key_id) in dialog.status.text()
    assert grouped(info.key_id) in dialog.signer_value.text()
    assert str(written) in dialog.status.text()

    check = portable_application.packages.verify(written)
    assert check.trusted and not check.encrypted
    manifest = check.package.manifest
    assert (manifest.audit_id, manifest.signer_key_id) == (portable_session.audit.id, info.key_id)
    assert {r.indicator: r.value for r in check.package.content.revisions} == {
        f"q{code.replace('.', '_')}": value for code, value in ANSWERS.items()
    }

    assert dialog.show_folder_button.isVisible()
    qtbot.mouseClick(dialog.show_folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]

    # A second export in the same session signs with the unlocked key: no new question.
    _export(qtbot, dialog, tmp_path / "again.jalon")
    assert (tmp_path / "again.jalon").exists()
    assert len(portable_application.passphrase_prompt.asked) == 1


def test_an_encrypted_package_opens_for_its_recipient_and_its_author(
    qtbot, tmp_path, portable_window, portable_application, portable_session
):
    head_office = pyrage.x25519.Identity.generate()
    dialog = _open_from_audit_menu(qtbot, portable_window, portable_session)
    assert not dialog.include_own.isEnabled()
    dialog.recipients.setPlainText(f"\n  {head_office.to_public()}  \n")
    assert dialog.include_own.isEnabled() and dialog.include_own.isChecked()
    _export(qtbot, dialog, tmp_path / "private.jalon")

    assert not dialog.problem.isVisible(), dialog.problem.text()
    data = (tmp_path / "private.jalon").read_bytes()
    assert PackageEncryption.is_encrypted(data)
    assert "only 2 recipient(s) can open it" in dialog.status.text()
    assert pyrage.decrypt(data, [head_office]).startswith(b"PK")  # the signed zip inside
    check = portable_application.packages.verify(tmp_path / "private.jalon")  # author's key
    assert check.encrypted and check.trusted


def test_bad_recipients_or_no_passphrase_are_clear_and_write_nothing(
    qtbot, tmp_path, portable_window, portable_application, portable_session
):
    dialog = _open_from_audit_menu(qtbot, portable_window, portable_session)
    dialog.recipients.setPlainText("age1qqqq\n")
    _export(qtbot, dialog, tmp_path / "bad.jalon")
    assert dialog.problem.isVisible() and dialog.problem.text().startswith(
        "Line 1 of the recipients: 'age1qqqq' is not a valid encryption recipient"
    )
    assert portable_application.passphrase_prompt.asked == []  # refused before asking

    dialog.recipients.clear()
    portable_application.passphrase_prompt.passphrase = None  # the user cancels the question
    _export(qtbot, dialog, tmp_path / "bad.jalon")
    assert "A passphrase is needed for the new signing key of Awa Diop" in dialog.problem.text()
    assert list(tmp_path.glob("*.jalon")) == [] and portable_application.keys.current() is None


def test_a_place_that_cannot_be_written_is_a_clear_message(
    qtbot, tmp_path, portable_window, portable_application, portable_session
):
    (tmp_path / "kolda.jalon").mkdir()  # a folder already has the name
    dialog = _open_from_audit_menu(qtbot, portable_window, portable_session)
    _export(qtbot, dialog, tmp_path / "kolda.jalon")
    assert dialog.problem.text().startswith(
        f"Cannot write the package to {tmp_path / 'kolda.jalon'}: "
    )  # and the system's reason
    assert dialog.written is None and not dialog.show_folder_button.isVisible()


def test_the_audit_selected_in_the_list_can_be_exported(qtbot, portable_window, portable_session):
    portable_window.home.reload()
    assert portable_window.tools.export_package in portable_window.menus.file_menu.actions()
    assert portable_window.tools.export_package.isEnabled()
    portable_window.tools.export_package.trigger()
    qtbot.waitUntil(lambda: isinstance(portable_window.tools.dialog, PackageExportDialog))
    assert "Caisse Rurale de Kolda" in portable_window.tools.dialog.audit_value.text()
    portable_window.tools.dialog.close()


def test_a_trusted_signer_can_be_named_by_key_id(
    qtbot, tmp_path, portable_window, portable_application, portable_session
):
    head_office = SigningKey.generate()
    portable_application.trust.trust(head_office.public.to_text(), "Head office", "Network")
    dialog = _open_from_audit_menu(qtbot, portable_window, portable_session)
    dialog.recipients.setPlainText(head_office.key_id_hex)
    dialog.include_own.setChecked(False)
    _export(qtbot, dialog, tmp_path / "to-office.jalon")

    assert not dialog.problem.isVisible(), dialog.problem.text()
    assert "only 1 recipient(s) can open it" in dialog.status.text()
    assert PackageEncryption.is_encrypted((tmp_path / "to-office.jalon").read_bytes())
