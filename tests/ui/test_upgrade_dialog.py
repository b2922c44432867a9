"""Audit ▸ Upgrade to a newer framework version…: a preview of every answer's fate in the
interface's language, then the upgrade, after which the open audit shows the new version."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.models.audit import AuditStatus
from app.ui.frameworks.upgrade_dialog import UpgradeDialog


def test_preview_then_upgrade_the_open_audit(qtbot, application, catalog, window, languages):
    old = catalog.get("jalon_sp", "2026.1")
    audit = application.audits.create(old, "Caisse de Louga", "SN")
    session = application.audits.open(audit.id)
    session.answer("3.2.2.1", "yes")
    session.answer("4.3.2.2", "partially")
    window.open_audit(audit.id)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.tools.upgrade in window.menus.audit_menu.actions()
    languages.apply("fr")
    window.tools.upgrade.trigger()
    qtbot.waitUntil(lambda: isinstance(window.tools.dialog, UpgradeDialog))
    dialog = window.tools.dialog
    assert dialog.target.currentText() == "jalon_sp 2026.2"
    assert "4.3.2.2 avait la réponse partially, mais 3.2.2.1 garde yes" in (
        dialog.moves.toPlainText()
    )
    assert dialog.summary.text().startswith("1 réponse(s) conservée(s)")
    assert application.audits.get(audit.id).framework_hash == old.content_hash  # preview only
    dialog.reason.setText("Nouvelle version du réseau")
    qtbot.mouseClick(dialog.upgrade_button, Qt.MouseButton.LeftButton)
    new = catalog.get("jalon_sp", "2026.2")
    assert application.audits.get(audit.id).framework_hash == new.content_hash
    qtbot.waitUntil(
        lambda: (
            window.workspace is not None and window.workspace.session.framework.version == "2026.2"
        )
    )
    assert window.workspace.session.answers["q3_2_2_1"].flagged
    assert not dialog.upgrade_button.isEnabled()
    dialog.close()
    languages.apply("en")


def test_a_finalized_audit_is_refused_in_the_dialog(qtbot, application, catalog, window):
    old = catalog.get("jalon_sp", "2026.1")
    audit = application.audits.create(old, "Caisse de Matam", "SN")
    # Finalized as a merge would leave it (finalizing here needs every mandatory answer).
    application.store.audits.update(replace(audit, status=AuditStatus.FINALIZED))
    dialog = UpgradeDialog(application, audit.id, window)
    assert "finalized" in dialog.summary.text() and not dialog.upgrade_button.isEnabled()
    dialog.close()
