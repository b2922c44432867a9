"""What the desktop start-up loads: the `jalon` command run in a fresh process, up to its main
window shown and painted once. Libraries and modules only a later action needs (exports,
reports, packages, signing, the dialogs) must not load before the first window: each costs
start-up time on the field's slow laptops (docs/benchmarks.md, "Start-up to an interactive
main window")."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from bench.runtime_site import RuntimeSite

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
from app.__main__ import main
try:
    main()
except SystemExit:
    pass
print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}))
"""

# On the first start (a new data folder) the database is created: sqlite-utils, the migrations'
# toolkit, loads (the migrations run before the window), with the click it uses. A returning
# user's start loads neither, nor anything of the command line.
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
COMMAND_LINE = ("click", "sqlite_utils", "app.cli.main", "app.cli.self_test_command")
LATER_PARTS = (
    "app.exchange",
    "app.reports",
    "app.models.framework",  # the audit list's progress is computed once the window is up
    "app.models.scoring",
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


def loaded_at_first_paint(data_dir: Path, site: RuntimeSite) -> list[str]:
    """The modules the `jalon` command has loaded once its main window has painted, run with
    only Jalon's runtime dependencies installed (bench/runtime_site.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JALON_USER": "Awa Ndiaye"}
    result = subprocess.run(
        site.command("-c", SCRIPT, str(data_dir)),
        cwd=ROOT,
        env=site.environment(env),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "MainWindow" in report["shown"]
    return report["modules"]


def among(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [
        module
        for module in modules
        if any(module == name or module.startswith(name + ".") for name in names)
    ]


def test_the_first_window_loads_no_library_or_dialog_it_does_not_show(tmp_path):
    site = RuntimeSite(tmp_path / "site")
    first_start = loaded_at_first_paint(tmp_path / "data", site)
    assert among(first_start, HEAVY_LIBRARIES + LATER_PARTS) == []
    returning = loaded_at_first_paint(tmp_path / "data", site)
    assert among(returning, HEAVY_LIBRARIES + LATER_PARTS + COMMAND_LINE) == []
