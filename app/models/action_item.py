"""An item of an audit's action plan: what to do, who, by when, linked to an indicator or node,
and where it stands in its life cycle.

Life cycle: planned → in progress → done → verified, or dropped (with a reason) at any point.
Only a later audit verifies: an action is *verified* in the follow-up audit that carried it
over from the previous audit's plan (`carried_from`), by whoever assessed it there. Every
change of an action is kept as an ActionRevision (action_revision.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.models.errors import JalonError


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    VERIFIED = "verified"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        """Still to be followed: a follow-up audit carries it over to verify or go on with."""
        return self not in (ActionStatus.VERIFIED, ActionStatus.DROPPED)

    @property
    def is_pending(self) -> bool:
        """Not done yet: a due date in the past makes it overdue."""
        return self in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)

    @classmethod
    def parse(cls, text: str) -> ActionStatus:
        """A status as stored or packaged; "open" is how releases before the life cycle wrote
        a planned action (their packages and databases still say so)."""
        return cls.PLANNED if text == LEGACY_PLANNED else cls(text)


# A planned action as releases before the life cycle spelled it. Seals of audits finalized by
# those releases cover this spelling, so a seal still writes it (seal.py).
LEGACY_PLANNED = "open"


@dataclass(frozen=True)
class ActionItem:
    id: str
    audit_id: str
    target: str  # name of the indicator or group the action answers
    title: str
    owner: str = ""
    due_date: str = ""
    priority: Priority = Priority.MEDIUM
    status: ActionStatus = ActionStatus.PLANNED
    created_at: str = ""
    updated_at: str = ""
    # When the action was removed from the plan. A removed action is kept, hidden, so that the
    # removal travels to other installations in packages (the most recent change wins there).
    deleted_at: str = ""
    note: str = ""  # what was done, where the evidence of completion is, what was found
    reason: str = ""  # why it was dropped
    # The id of the previous audit's action this one continues: set on the actions a follow-up
    # audit carries over, which only a later audit can verify.
    carried_from: str = ""

    @property
    def is_deleted(self) -> bool:
        return bool(self.deleted_at)

    def is_overdue(self, today: str) -> bool:
        """Past its due date (`today` written YYYY-MM-DD) without being done."""
        return bool(self.due_date) and self.due_date < today and self.status.is_pending

    def lifecycle_problem(self) -> JalonError | None:
        """What makes this state impossible in the life cycle, if anything."""
        if self.status == ActionStatus.DROPPED and not self.reason:
            return JalonError("a dropped action needs the reason why it was dropped")
        if self.status == ActionStatus.VERIFIED and not self.carried_from:
            return JalonError(
                "only a later audit verifies an action: mark it done here, and "
                "verify it in the follow-up audit"
            )
        return None
