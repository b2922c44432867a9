"""Starts the desktop application, or explains plainly why it cannot."""

from __future__ import annotations

import os
import sys

from app.composition import Application


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def launch(application: Application, audit_id: str | None = None) -> int:
    """Start the desktop application, on `audit_id` when given."""
    if not display_available():
        print(
            "Jalon's desktop application needs a graphical display, and none was found "
            "(DISPLAY and WAYLAND_DISPLAY are not set). Use the 'jalon' command-line "
            "commands instead, e.g. 'jalon --help'.",
            file=sys.stderr,
        )
        return 3
    from app.ui.shell.main_window_app import run_desktop

    return run_desktop(application, audit_id)
