"""What the desktop start-up loads: the `jalon` command run in a fresh process, up to its main
window shown and painted once. Libraries and modules only a later action needs (exports,
reports, packages, signing, the dialogs) must not load before the first window: each costs
start-up time on the field's slow laptops (docs/benchmarks.md, "Start-up to an interactive
main window")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Quits once the main window has painted, then lists what was imported.
SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
shown = []
def _painted_then_quit():
    app = QApplication.instance()
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.repaint()
            shown.append(type(widget).__name__)
    app.quit()
_exec = QApplication.exec
def _exec_once(*_args):
    QTimer.singleShot(0, _painted_then_quit)
    return _exec()
QApplication.exec = _exec_once
sys.argv = ["jalon", "--data-dir", sys.argv[1]]
from app.cli.main import cli
try:
    cli(prog_name="jalon")
except SystemExit:
    pass
print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}))
"""

# The data folder is new, so the database is created: sqlite-utils, the migrations' toolkit,
# loads (the migrations run before the window), but not the pandas and numpy it can use.
HEAVY_LIBRARIES = (
    "pyarrow",
    "pandas",
    "numpy",
    "openpyxl",
    "reportlab",
    "babel",
    "cryptography",
    "pyxform",
    "duckdb",
)
LATER_PARTS = (
    "app.exchange",
    "app.reports",
    "app.ui.workspace.audit_workspace",
    "app.ui.home.new_audit_dialog",
    "app.ui.reports.report_dialog",
    "app.ui.shell.person_dialog",
    "app.ui.exchange.package_import_page",
    "app.ui.exchange.package_export_dialog",
    "app.ui.exchange.workbook_import_dialog",
    "app.ui.exchange.passphrase_dialog",
    "app.ui.recovery.recovery_dialog",
    "app.ui.workspace.dashboard.dashboard_page",
)


def test_the_first_window_loads_no_library_or_dialog_it_does_not_show(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JALON_USER": "Awa Ndiaye",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "MainWindow" in report["shown"]
    loaded = [
        name
        for name in report["modules"]
        if name.split(".")[0] in HEAVY_LIBRARIES
        or any(name == part or name.startswith(part + ".") for part in LATER_PARTS)
    ]
    assert loaded == []
