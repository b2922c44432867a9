"""One change of an action of the plan: the action as it stood after the change, who made it,
on which installation, and when (the action's updated_at).

Revisions of an action are kept forever and travel in packages; two installations' revisions
join by union (a revision is known by its id), and the action's current state is its latest
revision — ties broken by content — so that every installation settles on the same one
whatever order packages arrive in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.models.action_item import ActionItem


@dataclass(frozen=True)
class ActionRevision:
    id: str
    item: ActionItem  # the action after this change; item.updated_at is when it was made
    author: str = ""  # empty for the state an action had before revisions were kept
    site: str = ""

    @property
    def action_id(self) -> str:
        return self.item.id

    @property
    def created_at(self) -> str:
        return self.item.updated_at


def action_rank(item: ActionItem) -> tuple[str, str]:
    """The order in which two versions of an action win: the later change, then (the same
    instant on two installations) the content, so that every installation picks the same."""
    return (item.updated_at, json.dumps(item.__dict__, sort_keys=True, default=str))
