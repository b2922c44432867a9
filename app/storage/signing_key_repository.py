"""This installation's own signing keys: public part and where the encrypted secret lives."""

from __future__ import annotations

from app.models.signing_key_info import SigningKeyInfo
from app.storage.database import Database

_COLUMNS = (
    "key_id",
    "owner",
    "name",
    "organisation",
    "public_key",
    "protection",
    "file",
    "created_at",
)


class SigningKeyRepository:
    def __init__(self, database: Database):
        self._database = database

    def add(self, key: SigningKeyInfo) -> None:
        with self._database.transaction():
            self._database.execute(
                f"INSERT INTO signing_keys ({', '.join(_COLUMNS)}) VALUES "
                f"({', '.join('?' for _ in _COLUMNS)})",
                tuple(getattr(key, c) for c in _COLUMNS),
            )

    def get(self, key_id: str) -> SigningKeyInfo | None:
        row = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM signing_keys WHERE key_id = ?", (key_id,)
        ).fetchone()
        return SigningKeyInfo(*row) if row else None

    def for_owner(self, owner: str) -> list[SigningKeyInfo]:
        """The owner's keys, newest first: the first is the one that signs."""
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM signing_keys WHERE owner = ? "
            "ORDER BY created_at DESC",
            (owner,),
        )
        return [SigningKeyInfo(*row) for row in rows]

    def all(self) -> list[SigningKeyInfo]:
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM signing_keys ORDER BY owner, created_at DESC"
        )
        return [SigningKeyInfo(*row) for row in rows]
