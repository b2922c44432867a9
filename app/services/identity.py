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

    @staticmethod
    def default_author() -> str:
        name = os.environ.get(USER_ENV, "").strip()
        if name:
            return name
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "unknown"


def utc_now() -> str:
    """An ISO 8601 UTC timestamp with microseconds; sorts in time order as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_id() -> str:
    import uuid  # with the platform module it pulls in: not needed to show the audit list

    return str(uuid.uuid4())
