"""The File menu opens the tools around an audit, and the open audit follows their changes."""

from __future__ import annotations

import pytest

from app.ui.exchange.conflicts_dialog import ConflictsDialog
from app.ui.exchange.package_import_page import PackageImportPage
from app.ui.exchange.workbook_import_dialog import WorkbookImportDialog
from app.ui.reports.report_dialog import ReportDialog


@pytest.mark.parametrize(
    "action, kind",
    [
        ("reports", ReportDialog),
        ("import_workbook", WorkbookImportDialog),
        ("conflicts", ConflictsDialog),
    ],
)
def test_tools_open_on_the_open_audit(qtbot, window, workspace, action, kind):
    assert getattr(window.tools, action) in window.menus.file_menu.actions()
    getattr(window.tools, action).trigger()
    qtbot.waitUntil(
        lambda: isinstance(window.tools.dialog, kind) and window.tools.dialog.isVisible()
    )
    window.tools.dialog.close()
    qtbot.waitUntil(lambda: window.tools.dialog is None)


def test_tools_need_an_audit(qtbot, window):
    window.home.reload()
    assert window.home.selected() is None
    assert not window.tools.reports.isEnabled() and window.tools.import_packages.isEnabled()


def test_package_import_opens_from_the_audit_list(qtbot, window, session):
    window.home.reload()
    assert window.tools.reports.isEnabled()  # the selected audit
    window.tools.import_packages.trigger()
    qtbot.waitUntil(lambda: window.tools.dialog is not None and window.tools.dialog.isVisible())
    assert window.tools.dialog.findChild(PackageImportPage) is not None
    window.tools.dialog.close()


def test_open_audit_is_read_again_after_an_import(qtbot, application, window, workspace):
    workspace.go_to("2.1.1.1")
    # Another window (an import, a conflict resolution) changes the stored answers.
    application.audits.open(workspace.session.audit.id).answer("2.1.1.1", "no")
    window.tools.audits_changed.emit(workspace.session.audit.id)
    reopened = window.workspace
    assert reopened is not workspace
    assert reopened.current == "q2_1_1_1"
    assert reopened.page.editor.value() == "no"
