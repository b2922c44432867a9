"""Answers as revision histories: every change is a new row; the head is the current answer."""

from __future__ import annotations

import json
import sqlite3

from app.models.answer import Answer
from app.models.revision import Revision
from app.storage.database import Database

_COLUMNS = (
    "id, audit_id, indicator, parent_id, merge_parent_id, value, na_reason, comment, "
    "flagged, department, author, site, created_at"
)
# Current answers: each answer's head revision, found by the revisions' key (audit, answer,
# id); a revision id alone is not indexed. CROSS JOIN keeps SQLite going from the answers to
# the revisions, not through every revision of a long history.
_SELECT_HEADS = (
    f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))} FROM answers a "
    "CROSS JOIN revisions r ON r.audit_id = a.audit_id AND r.indicator = a.indicator "
    "AND r.id = a.revision_id"
)


def _revision(row: sqlite3.Row | tuple) -> Revision:
    (
        rid,
        audit_id,
        indicator,
        parent_id,
        merge_parent_id,
        value,
        na_reason,
        comment,
        flagged,
        department,
        author,
        site,
        created_at,
    ) = row
    return Revision(
        id=rid,
        audit_id=audit_id,
        indicator=indicator,
        parent_id=parent_id,
        merge_parent_id=merge_parent_id,
        value=json.loads(value),
        na_reason=na_reason,
        comment=comment,
        flagged=bool(flagged),
        department=department,
        author=author,
        site=site,
        created_at=created_at,
    )


class RevisionRepository:
    def __init__(self, database: Database):
        self._database = database

    def append(self, revision: Revision) -> None:
        """Store a revision and make it the current answer, in one durable transaction."""
        with self._database.transaction():
            self._insert(revision)
            self.set_head(revision)

    def _insert(self, revision: Revision) -> None:
        r = revision
        self._database.execute(
            f"INSERT INTO revisions ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                r.id,
                r.audit_id,
                r.indicator,
                r.parent_id,
                r.merge_parent_id,
                json.dumps(r.value),
                r.na_reason,
                r.comment,
                int(r.flagged),
                r.department,
                r.author,
                r.site,
                r.created_at,
            ),
        )

    def set_head(self, revision: Revision) -> None:
        self._database.execute(
            "INSERT INTO answers (audit_id, indicator, revision_id) VALUES (?,?,?) "
            "ON CONFLICT(audit_id, indicator) DO UPDATE SET revision_id = excluded.revision_id",
            (revision.audit_id, revision.indicator, revision.id),
        )
        self._database.execute(
            "UPDATE audits SET updated_at = ? WHERE id = ? AND updated_at < ?",
            (revision.created_at, revision.audit_id, revision.created_at),
        )

    def current(self, audit_id: str) -> dict[str, Answer]:
        rows = self._database.execute(
            f"{_SELECT_HEADS} WHERE a.audit_id = ?",
            (audit_id,),
        )
        return {row[2]: _revision(row).as_answer() for row in rows}

    def head(self, audit_id: str, indicator: str) -> Revision | None:
        row = self._database.execute(
            f"{_SELECT_HEADS} WHERE a.audit_id = ? AND a.indicator = ?",
            (audit_id, indicator),
        ).fetchone()
        return _revision(row) if row else None

    def history(self, audit_id: str, indicator: str) -> list[Revision]:
        rows = self._database.execute(
            f"SELECT {_COLUMNS} FROM revisions WHERE audit_id = ? AND indicator = ? "
            "ORDER BY created_at, rowid",
            (audit_id, indicator),
        )
        return [_revision(row) for row in rows]

    def all_for_audit(self, audit_id: str) -> list[Revision]:
        rows = self._database.execute(
            f"SELECT {_COLUMNS} FROM revisions WHERE audit_id = ? ORDER BY created_at, rowid",
            (audit_id,),
        )
        return [_revision(row) for row in rows]

    def count(self, audit_id: str) -> int:
        return self._database.execute(
            "SELECT count(*) FROM revisions WHERE audit_id = ?", (audit_id,)
        ).fetchone()[0]
