"""Answers as revision histories: every change is a new row; the head is the current answer."""

from __future__ import annotations

from app.models.answer import Answer
from app.models.revision import Revision
from app.storage.database import Database
from app.storage.revision_rows import (
    COLUMNS,
    INSERT,
    json_value,
    revision_row,
    row_answer,
    row_revision,
)

_COLUMNS = ", ".join(COLUMNS)
# Current answers: each answer's head revision, found by the revisions' key (audit, answer,
# id); a revision id alone is not indexed. CROSS JOIN keeps SQLite going from the answers to
# the revisions, not through every revision of a long history.
_SELECT_HEADS = (
    f"SELECT {', '.join('r.' + c for c in COLUMNS)} FROM answers a "
    "CROSS JOIN revisions r ON r.audit_id = a.audit_id AND r.indicator = a.indicator "
    "AND r.id = a.revision_id"
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
        self._database.execute(INSERT, revision_row(revision))

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
        return {row[2]: row_answer(row) for row in rows}

    def scored_values(self, audit_id: str) -> dict[str, Answer]:
        """The current answers with only what scoring reads (value and N/A reason; no
        comment, author or time): half the cost of current() for a benchmark's thousands of
        audits."""
        rows = self._database.execute(
            "SELECT r.indicator, r.value, r.na_reason FROM answers a CROSS JOIN revisions r "
            "ON r.audit_id = a.audit_id AND r.indicator = a.indicator AND r.id = a.revision_id "
            "WHERE a.audit_id = ?",
            (audit_id,),
        )
        return {
            name: Answer.stored(name, json_value(value), na_reason, "", False, "", "", "", "", "")
            for name, value, na_reason in rows
        }

    def head(self, audit_id: str, indicator: str) -> Revision | None:
        row = self._database.execute(
            f"{_SELECT_HEADS} WHERE a.audit_id = ? AND a.indicator = ?",
            (audit_id, indicator),
        ).fetchone()
        return row_revision(row) if row else None

    def history(self, audit_id: str, indicator: str) -> list[Revision]:
        rows = self._database.execute(
            f"SELECT {_COLUMNS} FROM revisions WHERE audit_id = ? AND indicator = ? "
            "ORDER BY created_at, rowid",
            (audit_id, indicator),
        )
        return [row_revision(row) for row in rows]

    def all_for_audit(self, audit_id: str) -> list[Revision]:
        rows = self._database.execute(
            f"SELECT {_COLUMNS} FROM revisions WHERE audit_id = ? ORDER BY created_at, rowid",
            (audit_id,),
        )
        return [row_revision(row) for row in rows]

    def count(self, audit_id: str) -> int:
        count: int = self._database.execute(
            "SELECT count(*) FROM revisions WHERE audit_id = ?", (audit_id,)
        ).fetchone()[0]
        return count
