"""Where Qt keeps its own settings (the file dialogs' recent folders, QtProject.conf).

In portable mode they must stay in the portable folder like everything else: by default Qt
writes them to the host's user configuration (~/.config, the Windows registry, ~/Library).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.paths import AppPaths

QT_SETTINGS_FOLDER = "qt-settings"


class QtSettingsLocation:
    @staticmethod
    def apply(paths: AppPaths) -> None:
        """Call before any QSettings or file dialog is created."""
        if not paths.portable:
            return
        # Qt's file dialog uses QSettings(UserScope, "QtProject") in the native format, which
        # on Linux is an INI file whose folder can be moved. On Windows the native format is
        # the registry and cannot be: there the dialogs' last folder stays on the host (see
        # packaging/README.md). Jalon's own settings are always an INI file (AppPaths.settings).
        folder = str(paths.data_dir / QT_SETTINGS_FOLDER)
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
