"""Framework snapshots, stored by content hash so every audit keeps its exact framework."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.storage.database import Database

if TYPE_CHECKING:  # the domain model loads with the first framework read, not at start-up
    from app.models.framework import Framework


class FrameworkRepository:
    def __init__(self, database: Database):
        self._database = database
        self._cache: dict[str, Framework] = {}

    def save(self, framework: Framework, added_at: str) -> None:
        with self._database.transaction():
            self._database.execute(
                "INSERT OR IGNORE INTO frameworks (hash, framework_id, version, title, definition,"
                " added_at) VALUES (?,?,?,?,?,?)",
                (
                    framework.content_hash,
                    framework.id,
                    framework.version,
                    json.dumps(framework.title.to_dict(), ensure_ascii=False),
                    framework.canonical_json(),
                    added_at,
                ),
            )
        self._cache[framework.content_hash] = framework

    def get(self, content_hash: str) -> Framework | None:
        if content_hash not in self._cache:
            row = self._database.execute(
                "SELECT definition FROM frameworks WHERE hash = ?", (content_hash,)
            ).fetchone()
            if row is None:
                return None
            from app.models.framework import Framework

            self._cache[content_hash] = Framework.from_dict(json.loads(row[0]))
        return self._cache[content_hash]

    def name_and_version(self, content_hash: str) -> tuple[str, str] | None:
        """A framework's id and version, without reading (and building) the whole of it."""
        if content_hash in self._cache:
            framework = self._cache[content_hash]
            return framework.id, framework.version
        row = self._database.execute(
            "SELECT framework_id, version FROM frameworks WHERE hash = ?", (content_hash,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def hashes(self) -> list[str]:
        return [
            r[0] for r in self._database.execute("SELECT hash FROM frameworks ORDER BY added_at")
        ]
