"""Revisions as the revisions table stores them: one tuple per revision, in column order, its
value as JSON text.

The one place that knows the row format. A head office's merge builds a package's rows in the
helper process that verified it (ProcessVerifier): plain tuples cross a process boundary for a
fraction of the cost of objects, and the merging thread hands them to SQLite as they are.
Revision objects are made from the rows only when something reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from app.models.answer import Answer, AnswerValue, value_from_json, value_to_json
from app.models.revision import Revision

COLUMNS = (
    "id",
    "audit_id",
    "indicator",
    "parent_id",
    "merge_parent_id",
    "value",
    "na_reason",
    "comment",
    "flagged",
    "department",
    "author",
    "site",
    "created_at",
    "signed_by",
)
_AUTHOR, _SITE = COLUMNS.index("author"), COLUMNS.index("site")
INSERT = f"INSERT INTO revisions ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"


# What json.dumps does with a text (a value is mostly one), without its per-call set-up: a
# package's rows are built by the hundred, and json.dumps cost as much as the rest of a row.
_TEXT_JSON = json.encoder.encode_basestring_ascii


def value_json(value: AnswerValue) -> str:
    return _TEXT_JSON(value) if type(value) is str else json.dumps(value_to_json(value))


def json_value(text: str) -> AnswerValue:
    """The value a JSON text stores. Most are plain strings (choice names), written by
    value_json with every quote, backslash and non-ASCII character escaped: a text between
    quotes without a backslash is the string itself, read without json.loads (exports read
    millions)."""
    if text[:1] == '"' and "\\" not in text:
        return text[1:-1]
    return value_from_json(json.loads(text))  # a number, null, or a value kept as typed


def revision_row(r: Revision) -> tuple[Any, ...]:
    return (
        r.id,
        r.audit_id,
        r.indicator,
        r.parent_id,
        r.merge_parent_id,
        value_json(r.value),
        r.na_reason,
        r.comment,
        int(r.flagged),
        r.department,
        r.author,
        r.site,
        r.created_at,
        r.signed_by,
    )


def row_revision(row: Sequence[Any]) -> Revision:
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
        signed_by,
    ) = row
    return Revision(
        id=rid,
        audit_id=audit_id,
        indicator=indicator,
        parent_id=parent_id,
        merge_parent_id=merge_parent_id,
        value=json_value(value),
        na_reason=na_reason,
        comment=comment,
        flagged=bool(flagged),
        department=department,
        author=author,
        site=site,
        created_at=created_at,
        signed_by=signed_by,
    )


def row_answer(row: Sequence[Any]) -> Answer:
    """The answer a head revision's row says, made without the Revision in between: exports
    read every current answer of thousands of audits."""
    (
        rid,
        _audit_id,
        indicator,
        _parent_id,
        _merge_parent_id,
        value,
        na_reason,
        comment,
        flagged,
        department,
        author,
        site,
        created_at,
        _signed_by,
    ) = row
    return Answer.stored(
        indicator,
        json_value(value),
        na_reason,
        comment,
        bool(flagged),
        department,
        rid,
        author,
        site,
        created_at,
    )


class RevisionRows(Sequence[Revision]):
    """A sequence of revisions held as rows. Pickles as its rows only; the objects, made on
    first read, stay on the side that made them."""

    def __init__(self, rows: list[tuple[Any, ...]], revisions: tuple[Revision, ...] | None = None):
        self.rows = rows
        self._revisions = revisions

    @classmethod
    def of(cls, revisions: Iterable[Revision]) -> RevisionRows:
        revisions = tuple(revisions)
        return cls([revision_row(r) for r in revisions], revisions)

    def claimed_authors(self) -> set[tuple[str, str]]:
        """The (author, site) pairs the revisions claim, read from the rows."""
        return {(row[_AUTHOR], row[_SITE]) for row in self.rows}

    def _objects(self) -> tuple[Revision, ...]:
        if self._revisions is None:
            self._revisions = tuple(row_revision(row) for row in self.rows)
        return self._revisions

    def __getstate__(self) -> dict[str, Any]:
        return {"rows": self.rows, "_revisions": None}

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> Revision: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Revision, ...]: ...

    def __getitem__(self, index: int | slice) -> Revision | tuple[Revision, ...]:
        return self._objects()[index]

    def __iter__(self) -> Iterator[Revision]:
        return iter(self._objects())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RevisionRows):
            return self.rows == other.rows
        if isinstance(other, tuple | list):
            return self._objects() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable rows, like a list

    def __repr__(self) -> str:
        return f"RevisionRows({len(self.rows)} rows)"
