"""The folder an export dialog starts in: the last folder any export was written to, else the
person's Documents folder, created when missing (a fresh account, or a system without one,
would otherwise make the first export fail), else their home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from app.paths import AppPaths

LAST_FOLDER_KEY = "export/lastFolder"


class ExportFolder:
    def __init__(self, paths: AppPaths | None = None):
        """`paths`: where the desktop app's settings are; without them nothing is remembered."""
        self._settings = (
            QSettings(str(paths.settings), QSettings.Format.IniFormat)
            if paths is not None
            else None
        )

    def default(self) -> Path:
        last = self._settings.value(LAST_FOLDER_KEY, "") if self._settings else ""
        if last and Path(str(last)).is_dir():
            return Path(str(last))
        return self.documents()

    @staticmethod
    def documents() -> Path:
        home = Path.home()
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or home
        )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # read-only home, a path that is a file: the home folder will do
            return home
        return folder

    def remember(self, target: Path) -> None:
        """An export goes to `target`: the next export dialog starts in its folder."""
        if self._settings is not None:
            self._settings.setValue(LAST_FOLDER_KEY, str(target.parent))
            self._settings.sync()
