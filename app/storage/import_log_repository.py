"""The merge log: one receipt per package verified, whatever the outcome."""

from __future__ import annotations

import json
from typing import Any

from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.storage.database import Database

_COLUMNS = (
    "file",
    "status",
    "package_id",
    "package_sha256",
    "audit_id",
    "institution",
    "signer_key_id",
    "signer_name",
    "revisions_added",
    "conflicts",
    "problem",
    "reason",
    "params",
    "notes",
    "created_at",
    "authors",
)


class ImportLogRepository:
    def __init__(self, database: Database):
        self._database = database

    def add(self, receipt: ImportReceipt, imported_by: str) -> None:
        """Record a receipt. Call inside the transaction that applied the package, if any."""
        values = {
            **receipt.__dict__,
            "status": receipt.status.value,
            "params": json.dumps(receipt.params, ensure_ascii=False, default=str),
            "notes": json.dumps(list(receipt.notes), ensure_ascii=False),
            "authors": json.dumps(list(receipt.authors), ensure_ascii=False),
        }
        self._database.execute(
            f"INSERT INTO import_log ({', '.join(_COLUMNS)}, imported_by) VALUES "
            f"({', '.join('?' for _ in _COLUMNS)}, ?)",
            (*(values[c] for c in _COLUMNS), imported_by),
        )

    def log(self, receipt: ImportReceipt, imported_by: str) -> None:
        with self._database.transaction():
            self.add(receipt, imported_by)

    def recent(self, limit: int = 200, audit_id: str | None = None) -> list[ImportReceipt]:
        sql = f"SELECT {', '.join(_COLUMNS)} FROM import_log"
        params: tuple[Any, ...] = ()
        if audit_id is not None:
            sql += " WHERE audit_id = ?"
            params = (audit_id,)
        rows = self._database.execute(sql + " ORDER BY id DESC LIMIT ?", (*params, limit))
        receipts = []
        for row in rows:
            data = dict(zip(_COLUMNS, row, strict=True))
            data["status"] = ReceiptStatus(data["status"])
            data["params"] = json.loads(data["params"])
            data["notes"] = tuple(json.loads(data["notes"]))
            data["authors"] = tuple(json.loads(data["authors"]))
            receipts.append(ImportReceipt(**data))
        return receipts
