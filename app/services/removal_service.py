"""Preparing a portable installation for removal of its medium (a USB stick).

Pulling a stick out while the database has a write-ahead log beside it, or a file still open,
can leave the audits only partly on the stick. This service makes the database file whole on
its own: it checks its integrity, copies the log into it and empties the log, closes it, and
verifies that nothing is left open — then says whether the stick can be removed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.logging_setup import release_log_files
from app.models.errors import JalonError
from app.storage.storage_error import StorageError
from app.storage.store import Store

# Files SQLite keeps beside the database while it is open in WAL mode.
SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class RemovalReport:
    database: Path
    problems: list[JalonError] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.problems


class RemovalService:
    def prepare(self, store: Store, release: Callable[[], None] | None = None) -> RemovalReport:
        """Checks and checkpoints `store`, then closes it through `release` (the owner's own
        close, e.g. Application.close, which also takes its end-of-session backup; default:
        closing the store). The store is closed afterwards whatever the outcome; the owner
        reopens the database if work goes on."""
        database = store.database.path
        problems: list[JalonError] = []
        try:
            damage = store.database.integrity_problems()
            if damage:
                problems.append(
                    JalonError(
                        "the database {file} is damaged ({problem}); do not remove the medium, "
                        "copy the folder and contact support",
                        file=str(database),
                        problem=damage[0],
                    )
                )
            if not store.database.checkpoint():
                problems.append(_in_use(database))
        except StorageError as error:
            problems.append(error)
        finally:
            (release or store.close)()
            release_log_files()
        if not problems and _left_open(database):
            problems.append(_in_use(database))
        return RemovalReport(database, problems)


def _left_open(database: Path) -> list[Path]:
    """Side files still holding data: another program has the database open."""
    found = []
    for suffix in SIDE_FILES:
        side = database.with_name(database.name + suffix)
        if side.exists() and side.stat().st_size > 0:
            found.append(side)
    return found


def _in_use(database: Path) -> JalonError:
    return JalonError(
        "the database {file} is still open in another Jalon window or program; close it, "
        "then prepare for removal again",
        file=str(database),
    )
