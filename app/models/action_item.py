"""An item of an audit's action plan: what to do, who, by when, linked to an indicator or node."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"


@dataclass(frozen=True)
class ActionItem:
    id: str
    audit_id: str
    target: str  # name of the indicator or group the action answers
    title: str
    owner: str = ""
    due_date: str = ""
    priority: Priority = Priority.MEDIUM
    status: ActionStatus = ActionStatus.OPEN
    created_at: str = ""
    updated_at: str = ""
    # When the action was removed from the plan. A removed action is kept, hidden, so that the
    # removal travels to other installations in packages (the most recent change wins there).
    deleted_at: str = ""

    @property
    def is_deleted(self) -> bool:
        return bool(self.deleted_at)
