"""Every path Jalon uses, resolved in one place.

Shipped resources are found from a source checkout, an installed package or a frozen bundle.
User data lives in the per-user data directory, unless `--data-dir`, JALON_DATA_DIR or portable
mode (a `jalon-portable` marker beside the program, or `--portable`) says otherwise.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Jalon"
DATA_DIR_ENV = "JALON_DATA_DIR"
# Tests point this at a temporary folder to play "the folder the program runs from".
PROGRAM_DIR_ENV = "JALON_PROGRAM_DIR"
PORTABLE_MARKER = "jalon-portable"
PORTABLE_DATA = "jalon-data"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    import jalon_resources  # installed as a package next to `app`

    return Path(jalon_resources.__path__[0])


def program_dir() -> Path:
    if os.environ.get(PROGRAM_DIR_ENV):
        return Path(os.environ[PROGRAM_DIR_ENV]).expanduser().resolve()
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable).resolve()
        # A macOS app is a folder (Jalon.app/Contents/MacOS/jalon): "beside the program"
        # means beside Jalon.app, where the user can see the marker and the data.
        if executable.parent.name == "MacOS" and executable.parents[2].suffix == ".app":
            return executable.parents[3]
        return executable.parent
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    portable: bool = False

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None = None, portable: bool = False) -> AppPaths:
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        if portable or (program_dir() / PORTABLE_MARKER).exists():
            return cls(program_dir() / PORTABLE_DATA, portable=True)
        if os.environ.get(DATA_DIR_ENV):
            return cls(Path(os.environ[DATA_DIR_ENV]).expanduser().resolve())
        import platformdirs  # only for the per-user default: --data-dir and portable runs skip it

        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def database(self) -> Path:
        return self.data_dir / "jalon.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def keys(self) -> Path:
        return self.data_dir / "keys"

    @property
    def settings(self) -> Path:
        """The desktop app's preferences (an INI file, also in portable mode: the Windows
        registry would leave traces on the host machine)."""
        return self.data_dir / "settings.ini"

    @property
    def frameworks(self) -> Path:
        return resources_dir() / "frameworks"

    @property
    def installed_frameworks(self) -> Path:
        """Frameworks installed from files a network sent (`jalon framework install`)."""
        return self.data_dir / "frameworks"
