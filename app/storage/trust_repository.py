"""The trust store: signers whose packages this installation accepts, and their revocations."""

from __future__ import annotations

import json
from typing import Any

from app.models.trusted_signer import TrustedSigner
from app.storage.database import Database

_COLUMNS = (
    "key_id",
    "public_key",
    "name",
    "organisation",
    "valid_from",
    "valid_until",
    "institutions",
    "revoked_at",
    "revoked_reason",
    "own",
    "added_by",
    "added_at",
)


def _signer(row: tuple[Any, ...]) -> TrustedSigner:
    data = dict(zip(_COLUMNS, row, strict=True))
    data["institutions"] = tuple(json.loads(data["institutions"]))
    data["own"] = bool(data["own"])
    return TrustedSigner(**data)


class TrustRepository:
    def __init__(self, database: Database):
        self._database = database

    def save(self, signer: TrustedSigner) -> None:
        values = {
            **signer.__dict__,
            "institutions": json.dumps(list(signer.institutions), ensure_ascii=False),
            "own": int(signer.own),
        }
        with self._database.transaction():
            self._database.execute(
                f"INSERT OR REPLACE INTO trusted_signers ({', '.join(_COLUMNS)}) VALUES "
                f"({', '.join('?' for _ in _COLUMNS)})",
                tuple(values[c] for c in _COLUMNS),
            )

    def get(self, key_id: str) -> TrustedSigner | None:
        row = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM trusted_signers WHERE key_id = ?", (key_id,)
        ).fetchone()
        return _signer(row) if row else None

    def list(self) -> list[TrustedSigner]:
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM trusted_signers ORDER BY own DESC, name, key_id"
        )
        return [_signer(row) for row in rows]

    def revoke(self, key_id: str, when: str, reason: str) -> None:
        with self._database.transaction():
            self._database.execute(
                "UPDATE trusted_signers SET revoked_at = ?, revoked_reason = ? "
                "WHERE key_id = ? AND revoked_at = ''",
                (when, reason, key_id),
            )
