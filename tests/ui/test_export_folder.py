"""Export dialogs start in a folder that exists (Documents, created when missing) and then in
the last folder any export went to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from app.ui.common.export_folder import ExportFolder
from app.ui.exchange.package_export_dialog import PackageExportDialog
from app.ui.exchange.signing_key_dialog import SigningKeyDialog
from app.ui.reports.report_dialog import XLSX, ReportDialog


@pytest.fixture
def fresh_home(tmp_path, monkeypatch) -> Path:
    """A new account: a home folder without Documents (and no XDG user-dirs file)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert documents.parent == home and not documents.exists()
    return home


def test_the_first_export_goes_to_documents_created_then_to_the_last_folder_used(
    qtbot, application, session, fresh_home, tmp_path
):
    audit_id = session.audit.id
    report = ReportDialog(application, audit_id)
    qtbot.addWidget(report)
    first = Path(report.target.text())
    assert first.parent == fresh_home / "Documents" and first.parent.is_dir()

    report.kind.setCurrentIndex(report.kind.findData(XLSX))
    elsewhere = tmp_path / "stick"
    elsewhere.mkdir()
    report.target.setText(str(elsewhere / "kolda.xlsx"))
    report.start()
    qtbot.waitUntil(lambda: report.written is not None and not report.is_running(), timeout=20000)

    # Every export dialog now starts there, in this run and the next (same settings file).
    package = PackageExportDialog(application, audit_id)
    qtbot.addWidget(package)
    assert Path(package.target.text()).parent == elsewhere
    key_dialog = SigningKeyDialog(application.keys, folder=ExportFolder(application.paths))
    qtbot.addWidget(key_dialog)
    assert key_dialog.default_export_path().parent == elsewhere
    again = ReportDialog(application, audit_id)
    qtbot.addWidget(again)
    assert Path(again.target.text()).parent == elsewhere

    # A remembered folder that is gone (the stick was removed): Documents again.
    (elsewhere / "kolda.xlsx").unlink()
    elsewhere.rmdir()
    assert ExportFolder(application.paths).default() == fresh_home / "Documents"
