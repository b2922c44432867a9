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

    def delete(self, action_id: str) -> None:
        with self._database.transaction():
            self._database.execute("DELETE FROM actions WHERE id = ?", (action_id,))

    def for_audit(self, audit_id: str) -> list[ActionItem]:
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM actions WHERE audit_id = ? ORDER BY created_at",
            (audit_id,),
        )
        items = []
        for row in rows:
            data = dict(zip(_COLUMNS, row, strict=True))
            data["priority"] = Priority(data["priority"])
            data["status"] = ActionStatus(data["status"])
            items.append(ActionItem(**data))
        return items
