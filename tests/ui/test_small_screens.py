"""The workspace on the field's screens: a 1024×600 netbook and a 1366×768 laptop at 125 % and
150 % scaling, in English and French. Each screen is a Qt process of its own (the screen and
the scale factor are fixed when Qt starts), running tests/ui/small_screen_probe.py, which opens
an audit with a long institution name and reports every control out of reach."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.ui.shell.main_window import MainWindow
from app.ui.workspace.navigator.navigator_tree_model import NavigatorTreeModel

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1024x600": (1024, 600, "1"),
    "1366x768 at 125 %": (1366, 768, "1.25"),
    "1366x768 at 150 %": (1366, 768, "1.5"),
    "1366x768 with the system font at 150 %": (1366, 768, "1"),
}


@pytest.mark.slow
@pytest.mark.parametrize("screen", list(SCREENS))
def test_an_open_audit_fits_the_screen_in_english_and_french(
    screen, tmp_path, compiled_translations
):
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    font = ["--font-scale", "1.5"] if "font" in screen else []
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.small_screen_probe",
            str(tmp_path / "data"),
            "en",
            "fr",
            *font,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.splitlines()[-1])
    assert [r["language"] for r in results] == ["en", "fr"]
    for result in results:
        # The screen as Qt sees it, in logical pixels: smaller as the scale grows.
        assert result["screen"] == [round(width / float(scale)), round(height / float(scale))]
        assert result["problems"] == [], (result["language"], result["minimum"])


def test_the_window_never_opens_larger_than_the_screen(qtbot, application, languages, tmp_path):
    settings = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    window = MainWindow(application, languages, settings)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    # A geometry saved on a large screen, read back on this one.
    window.setGeometry(40, 30, available.width() + 600, available.height() + 400)
    settings.setValue("window/geometry", window.saveGeometry())
    again = MainWindow(application, languages, settings)
    qtbot.addWidget(again)
    assert available.contains(again.geometry())


def test_tree_labels_widen_with_the_window(qtbot, window, session):
    """On a wide screen the tree takes its share of the width: labels are not cut at ~20
    characters while the question pane takes all the room."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1920, 1080)
    window.open_audit(session.audit.id)
    tree = window.workspace.navigator.tree
    qtbot.waitUntil(lambda: tree.columnWidth(NavigatorTreeModel.LABEL) > 0)
    QApplication.processEvents()
    # A third of the width for the tree (before: 440 px at any width, 280 px of labels).
    assert tree.columnWidth(NavigatorTreeModel.LABEL) >= 0.22 * window.width()
    # The whole label is in the tooltip, wherever it is cut.
    index = tree.model().index(0, NavigatorTreeModel.LABEL)
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(index.data())


def test_the_import_packages_window_fits_within_the_main_window_of_a_small_screen(window):
    """At 900×600 plus its title bar, its Close button was off a 1024×600 screen."""
    window.resize(1024, 560)  # a 1024×600 screen less a panel
    window.tools.import_packages.trigger()
    dialog = window.tools._package_dialog
    try:
        assert dialog.width() <= window.width() - 40
        assert dialog.height() <= window.height() - 40
    finally:
        dialog.reject()
