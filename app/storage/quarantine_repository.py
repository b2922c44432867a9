"""Packages held aside, kept whole (their bytes) until a person releases them."""

from __future__ import annotations

import json
from typing import Any

from app.models.quarantined_package import QuarantinedPackage
from app.storage.database import Database

_COLUMNS = (
    "id",
    "package_sha256",
    "package_id",
    "audit_id",
    "institution",
    "signer_key_id",
    "signer_name",
    "reason",
    "params",
    "file_name",
    "held_at",
    "released_at",
)


def _held(row: tuple[Any, ...]) -> QuarantinedPackage:
    data = dict(zip(_COLUMNS, row, strict=True))
    data["params"] = json.loads(data["params"])
    return QuarantinedPackage(**data)


class QuarantineRepository:
    def __init__(self, database: Database):
        self._database = database

    def hold(self, package: QuarantinedPackage, data: bytes) -> None:
        """Keep the package once (by its SHA-256). Call inside a transaction."""
        values = {
            **package.__dict__,
            "params": json.dumps(package.params, ensure_ascii=False, default=str),
        }
        self._database.execute(
            f"INSERT INTO quarantine ({', '.join(_COLUMNS)}, data) VALUES "
            f"({', '.join('?' for _ in _COLUMNS)}, ?) ON CONFLICT(package_sha256) DO UPDATE SET "
            "reason = excluded.reason, params = excluded.params, released_at = ''",
            (*(values[c] for c in _COLUMNS), data),
        )

    def pending(self) -> list[QuarantinedPackage]:
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM quarantine WHERE released_at = '' ORDER BY held_at"
        )
        return [_held(row) for row in rows]

    def data(self, package_id: str) -> bytes | None:
        row = self._database.execute(
            "SELECT data FROM quarantine WHERE id = ?", (package_id,)
        ).fetchone()
        return bytes(row[0]) if row else None

    def release(self, package_id: str, when: str) -> None:
        """Mark as merged. Call inside the transaction that merged it."""
        self._database.execute(
            "UPDATE quarantine SET released_at = ? WHERE id = ?", (when, package_id)
        )
