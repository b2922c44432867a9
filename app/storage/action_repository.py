"""Action plan items (the current state of each action) and the history of their changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.models.action_item import ActionItem, ActionStatus, Priority
from app.models.action_revision import ActionRevision
from app.storage.database import Database

_COLUMNS = (
    "id",
    "audit_id",
    "target",
    "title",
    "owner",
    "due_date",
    "priority",
    "status",
    "created_at",
    "updated_at",
    "deleted_at",
    "note",
    "reason",
    "carried_from",
)
# An action revision holds the action's changeable fields; its identity (audit, creation,
# origin) is the action's own.
_STATE = (
    "target",
    "title",
    "owner",
    "due_date",
    "priority",
    "status",
    "note",
    "reason",
    "deleted_at",
)
_REVISION_COLUMNS = ("id", "audit_id", "action_id", *_STATE, "author", "site", "created_at")
_INSERT_REVISION = (
    f"INSERT OR IGNORE INTO action_revisions ({', '.join(_REVISION_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _REVISION_COLUMNS)})"
)


def _item_row(item: ActionItem) -> tuple[Any, ...]:
    values = {**item.__dict__, "priority": item.priority.value, "status": item.status.value}
    return tuple(values[c] for c in _COLUMNS)


def _revision_row(revision: ActionRevision) -> tuple[Any, ...]:
    item = revision.item
    state = {**item.__dict__, "priority": item.priority.value, "status": item.status.value}
    return (
        revision.id,
        item.audit_id,
        item.id,
        *(state[c] for c in _STATE),
        revision.author,
        revision.site,
        item.updated_at,
    )


def _item(data: dict[str, Any]) -> ActionItem:
    data["priority"] = Priority(data["priority"])
    data["status"] = ActionStatus.parse(data["status"])
    return ActionItem(**data)


class ActionRepository:
    def __init__(self, database: Database):
        self._database = database

    def save(self, item: ActionItem, revision: ActionRevision | None = None) -> None:
        """Store `item` as the action's current state, with the revision that made it."""
        with self._database.transaction():
            self.write([item], [revision] if revision is not None else [])

    def write(self, items: Iterable[ActionItem], revisions: Iterable[ActionRevision]) -> None:
        """Within the caller's transaction: current states replaced, revisions added once."""
        self._database.connection.executemany(
            f"INSERT OR REPLACE INTO actions ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
            [_item_row(item) for item in items],
        )
        self._database.connection.executemany(
            _INSERT_REVISION, [_revision_row(r) for r in revisions]
        )

    def for_audit(self, audit_id: str, include_deleted: bool = False) -> list[ActionItem]:
        """The audit's action plan; with `include_deleted`, also the removed actions (what a
        package carries and a merge compares)."""
        live = "" if include_deleted else "AND deleted_at = '' "
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM actions WHERE audit_id = ? {live}"
            "ORDER BY created_at",
            (audit_id,),
        )
        return [_item(dict(zip(_COLUMNS, row, strict=True))) for row in rows]

    def revision_ids(self, audit_id: str) -> dict[str, str]:
        """The ids of the audit's action revisions, each with its action's id: what a merge
        needs to know is here."""
        rows = self._database.execute(
            "SELECT id, action_id FROM action_revisions WHERE audit_id = ?", (audit_id,)
        )
        return dict(rows.fetchall())

    def revisions(self, audit_id: str, action_id: str | None = None) -> list[ActionRevision]:
        """Every change of the audit's actions (or of one), oldest first."""
        heads = {item.id: item for item in self.for_audit(audit_id, include_deleted=True)}
        one = "AND action_id = ? " if action_id is not None else ""
        rows = self._database.execute(
            f"SELECT {', '.join(_REVISION_COLUMNS)} FROM action_revisions "
            f"WHERE audit_id = ? {one}ORDER BY created_at, id",
            (audit_id,) if action_id is None else (audit_id, action_id),
        )
        found = []
        for row in rows:
            data = dict(zip(_REVISION_COLUMNS, row, strict=True))
            head = heads.get(data["action_id"])
            if head is None:  # a revision whose action is not held: nothing to show it on
                continue
            state = {key: data[key] for key in _STATE}
            item = _item({**head.__dict__, **state, "updated_at": data["created_at"]})
            found.append(ActionRevision(data["id"], item, data["author"], data["site"]))
        return found
