"""Framework snapshots, stored by content hash so every audit keeps its exact framework."""

from __future__ import annotations

import json

from app.models.framework import Framework
from app.storage.database import Database


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
            self._cache[content_hash] = Framework.from_dict(json.loads(row[0]))
        return self._cache[content_hash]

    def hashes(self) -> list[str]:
        return [
            r[0] for r in self._database.execute("SELECT hash FROM frameworks ORDER BY added_at")
        ]
