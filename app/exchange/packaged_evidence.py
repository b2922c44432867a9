"""The evidence list of audit.json: one entry per file attached to a question; the package
carries each file's bytes under evidence/<sha256>."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.exchange.exchange_error import PackageError
from app.exchange.json_fields import JsonFields, first_repeated
from app.exchange.package_manifest import is_sha256


@dataclass(frozen=True)
class PackagedEvidence:
    id: str
    indicator: str
    sha256: str
    filename: str
    size: int
    added_by: str
    added_at: str

    @classmethod
    def read(cls, f: JsonFields) -> PackagedEvidence:
        sha256 = f.text("sha256")
        if not is_sha256(sha256):
            raise f.field_error("sha256", "must be a SHA-256 in lowercase hexadecimal")
        filename = f.text("filename", required=True, limit=500)
        if any(c in filename for c in "/\\\0") or filename in (".", ".."):
            # Only a name is kept; whoever saves the file later must not be steered elsewhere.
            raise f.field_error("filename", "must be a plain file name, without folders")
        return cls(
            id=f.text("id", required=True, limit=100),
            indicator=f.text("indicator", required=True),
            sha256=sha256,
            filename=filename,
            size=f.count("size"),
            added_by=f.text("added_by"),
            added_at=f.text("added_at"),
        )

    @staticmethod
    def check_ids(evidence: Sequence[PackagedEvidence]) -> None:
        # Which of two links under one id is meant cannot be told (the second failed the
        # database's unique key half-way through a merge: "unexpected problem").
        ids = [e.id for e in evidence]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists evidence file {id} twice",
                id=first_repeated(ids),
            )
