"""Review events and comments of received audits (append-only; merged by union of ids)."""

from __future__ import annotations

from typing import Any

from app.models.review import Review, ReviewComment, ReviewEvent, ReviewState
from app.storage.database import Database

_EVENT_COLUMNS = ("id", "audit_id", "state", "reason", "author", "site", "created_at", "signed_by")
_COMMENT_COLUMNS = (
    "id",
    "audit_id",
    "target",
    "text",
    "must_correct",
    "reply_to",
    "author",
    "site",
    "created_at",
    "signed_by",
)


def _insert(columns: tuple[str, ...], table: str) -> str:
    # OR IGNORE: a record already held (same audit and id) is the same record, arriving again.
    return (
        f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )


class ReviewRepository:
    def __init__(self, database: Database):
        self._database = database

    def add(self, events: list[ReviewEvent], comments: list[ReviewComment]) -> int:
        """Store the records not held yet; returns how many were new. Call inside a
        transaction."""
        connection = self._database.connection
        before = connection.total_changes
        connection.executemany(
            _insert(_EVENT_COLUMNS, "review_events"),
            [
                (
                    e.id,
                    e.audit_id,
                    e.state.value,
                    e.reason,
                    e.author,
                    e.site,
                    e.created_at,
                    e.signed_by,
                )
                for e in events
            ],
        )
        connection.executemany(
            _insert(_COMMENT_COLUMNS, "review_comments"),
            [
                (
                    c.id,
                    c.audit_id,
                    c.target,
                    c.text,
                    int(c.must_correct),
                    c.reply_to,
                    c.author,
                    c.site,
                    c.created_at,
                    c.signed_by,
                )
                for c in comments
            ],
        )
        return connection.total_changes - before

    def fingerprint(self, audit_id: str) -> tuple[Any, ...]:
        """How many events and comments the audit's review holds, and their greatest ids: the
        records are only ever added (merged by union), so this changes whenever the review
        does, whoever changed it. Read from the primary key alone: far cheaper than review()."""
        row = self._database.execute(
            "SELECT (SELECT count(*) FROM review_events WHERE audit_id = ?1), "
            "(SELECT max(id) FROM review_events WHERE audit_id = ?1), "
            "(SELECT count(*) FROM review_comments WHERE audit_id = ?1), "
            "(SELECT max(id) FROM review_comments WHERE audit_id = ?1)",
            (audit_id,),
        ).fetchone()
        return tuple(row)

    @staticmethod
    def fingerprint_of(review: Review) -> tuple[Any, ...]:
        """What fingerprint() gives for the records of `review`, worked out from them: a review
        just read costs no second query."""
        return (
            len(review.events),
            max((e.id for e in review.events), default=None),
            len(review.comments),
            max((c.id for c in review.comments), default=None),
        )

    def review(self, audit_id: str) -> Review:
        events = self._database.execute(
            f"SELECT {', '.join(_EVENT_COLUMNS)} FROM review_events WHERE audit_id = ? "
            "ORDER BY created_at, id",
            (audit_id,),
        )
        comments = self._database.execute(
            f"SELECT {', '.join(_COMMENT_COLUMNS)} FROM review_comments WHERE audit_id = ? "
            "ORDER BY created_at, id",
            (audit_id,),
        )
        return Review(
            audit_id,
            tuple(_event(row) for row in events),
            tuple(_comment(row) for row in comments),
        )

    def received_audits(self) -> list[str]:
        """The audits this installation merged from packages or holds review records of."""
        rows = self._database.execute(
            "SELECT audit_id FROM import_log WHERE status IN ('accepted', 'updated', "
            "'conflicts') UNION SELECT audit_id FROM review_events "
            "UNION SELECT audit_id FROM review_comments"
        )
        return sorted(row[0] for row in rows)


def _event(row: tuple[Any, ...]) -> ReviewEvent:
    id_, audit_id, state, reason, author, site, created_at, signed_by = row
    return ReviewEvent(
        id_, audit_id, ReviewState(state), reason, author, site, created_at, signed_by
    )


def _comment(row: tuple[Any, ...]) -> ReviewComment:
    id_, audit_id, target, text, must_correct, reply_to, author, site, created_at, signed_by = row
    return ReviewComment(
        id_,
        audit_id,
        target,
        text,
        bool(must_correct),
        reply_to,
        author,
        site,
        created_at,
        signed_by,
    )
