"""Facts about this installation: its id (the "site" of every revision) and the person who
works on it (their name and organisation, set on first start)."""

from __future__ import annotations

from app.storage.database import Database


class InstallationRepository:
    def __init__(self, database: Database):
        self._database = database

    def get(self, key: str) -> str | None:
        row = self._database.execute(
            "SELECT value FROM installation WHERE key = ?", (key,)
        ).fetchone()
        return row[0] if row else None

    def set_default(self, key: str, value: str) -> str:
        """Store `value` unless the key already has one; return the stored value."""
        with self._database.transaction():
            self._database.execute(
                "INSERT OR IGNORE INTO installation (key, value) VALUES (?, ?)", (key, value)
            )
        return self.get(key) or value

    def set(self, values: dict[str, str]) -> None:
        """Store every value in one transaction, replacing what the keys had."""
        with self._database.transaction():
            for key, value in values.items():
                self._database.execute(
                    "INSERT OR REPLACE INTO installation (key, value) VALUES (?, ?)", (key, value)
                )
