"""A file attached to one question of an audit as evidence; the bytes are stored once per
distinct content (SHA-256), the link says who attached which file to what, and when."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EvidenceLink:
    id: str
    audit_id: str
    indicator: str
    sha256: str
    filename: str
    size: int
    added_by: str
    added_at: str
