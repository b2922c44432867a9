"""File ▸ Install a framework…: validated first, id, version and hash shown, then offered by
the new-audit dialog beside the bundled frameworks; a broken workbook cannot be installed."""

from __future__ import annotations

import hashlib

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.ui.frameworks.framework_install_dialog import FrameworkInstallDialog
from tests.fixtures.sample_workbook import write_sample
from tests.ui.test_home_page import open_new_audit_dialog


def open_install_dialog(qtbot, window) -> FrameworkInstallDialog:
    assert window.tools.install_framework in window.menus.file_menu.actions()
    window.tools.install_framework.trigger()
    qtbot.waitUntil(
        lambda: (
            isinstance(window.tools.dialog, FrameworkInstallDialog)
            and window.tools.dialog.isVisible()
        )
    )
    return window.tools.dialog


def test_install_shows_the_hash_then_new_audits_offer_it(qtbot, application, window, tmp_path):
    dialog = open_install_dialog(qtbot, window)
    assert not dialog.install_button.isEnabled()
    assert dialog.load(write_sample(tmp_path / "network.xlsx"))
    assert dialog.identity_value.text() == "sample 1 — Sample framework"
    assert dialog.size_value.text() == "7"
    framework = application.frameworks.validate(tmp_path / "network.xlsx").framework
    assert dialog.hash_value.text() == framework.content_hash
    assert dialog.problems.toPlainText() == "No problem found."
    qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    assert "is installed" in dialog.status.text()
    # What was installed is the framework's canonical form: sha256 of the file is its hash.
    [stored] = application.paths.installed_frameworks.glob("*.json")
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == framework.content_hash
    dialog.close()

    new_audit = open_new_audit_dialog(qtbot, window)
    offered = [new_audit.framework.itemText(i) for i in range(new_audit.framework.count())]
    assert offered[0].endswith("(jalon_sp 2026.2)")
    assert "Sample framework (sample 1)" in offered
    assert not any("jalon_sp 2026.1" in text for text in offered)  # not for new audits
    new_audit.close()


def test_a_broken_workbook_is_not_installed(qtbot, application, window, tmp_path):
    path = write_sample(tmp_path / "broken.xlsx")
    book = load_workbook(path)
    book["survey"]["A4"] = "select_one nowhere"
    book.save(path)
    dialog = open_install_dialog(qtbot, window)
    assert not dialog.load(path)
    assert not dialog.install_button.isEnabled()
    assert "error: sheet survey, row 4" in dialog.problems.toPlainText()
    assert "cannot be installed" in dialog.status.text()
    assert not application.paths.installed_frameworks.exists()
    dialog.close()
