"""Who is working, and on which installation: recorded on every revision."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import UTC, datetime

USER_ENV = "JALON_USER"


@dataclass(frozen=True)
class Identity:
    author: str
    site: str  # the installation id
    organisation: str = ""  # where the author works: for new signing keys

    @staticmethod
    def override() -> str:
        """A name given for scripts ($JALON_USER), which wins over the one set in Jalon."""
        return os.environ.get(USER_ENV, "").strip()

    @staticmethod
    def default_author(chosen: str = "") -> str:
        """$JALON_USER, else the name the person gave Jalon (`chosen`), else the login."""
        return Identity.override() or chosen.strip() or Identity.login()

    @staticmethod
    def login() -> str:
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "unknown"

    @staticmethod
    def system_name() -> str:
        """The person's full name as the operating system knows it, else their login: what
        the first-start question offers."""
        try:
            import pwd  # Unix only

            full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        except (ImportError, KeyError, OSError):
            full = ""
        return full or Identity.login()


def utc_now() -> str:
    """An ISO 8601 UTC timestamp with microseconds; sorts in time order as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_id() -> str:
    import uuid  # with the platform module it pulls in: not needed to show the audit list

    return str(uuid.uuid4())
