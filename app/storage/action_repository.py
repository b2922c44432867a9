"""Action plan items."""

from __future__ import annotations

from app.models.action_item import ActionItem, ActionStatus, Priority
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
)


class ActionRepository:
    def __init__(self, database: Database):
        self._database = database

    def save(self, item: ActionItem) -> None:
        values = {**item.__dict__, "priority": item.priority.value, "status": item.status.value}
        with self._database.transaction():
            self._database.execute(
                f"INSERT OR REPLACE INTO actions ({', '.join(_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
                tuple(values[c] for c in _COLUMNS),
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
        items = []
        for row in rows:
            data = dict(zip(_COLUMNS, row, strict=True))
            data["priority"] = Priority(data["priority"])
            data["status"] = ActionStatus(data["status"])
            items.append(ActionItem(**data))
        return items
