"""The action plan of an open audit: what the institution will do about what the audit found.

Each change of an action (its texts, due date, priority, a step of its life cycle) is kept as a
revision by whoever made it, so that two installations holding the audit converge on merge and
the history shows every step. AuditSession hands its action methods to this class.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from app.models import text_rule
from app.models.action_item import ActionItem, ActionStatus, Priority
from app.models.action_revision import ActionRevision
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework
from app.services.identity import Identity, new_id, utc_now
from app.storage.store import Store


class ActionPlan:
    def __init__(
        self,
        store: Store,
        audit: Audit,
        framework: Framework,
        identity: Callable[[], Identity],
        ensure_draft: Callable[[], None],
    ):
        """`identity()`: who is working now (the window may change it while the audit is open);
        `ensure_draft()` raises when the audit is finalized (a finalized plan is sealed)."""
        self._store = store
        self._audit = audit  # its id only: the same whatever its status
        self._framework = framework
        self._identity = identity
        self._ensure_draft = ensure_draft

    def actions(self) -> list[ActionItem]:
        return self._store.actions.for_audit(self._audit.id)

    def action(self, reference: str) -> ActionItem:
        """An action of the plan by its id or the start of it (at least 4 characters)."""
        reference = reference.strip().casefold()
        found = [
            a
            for a in self.actions()
            if len(reference) >= 4 and a.id.casefold().startswith(reference)
        ]
        if not found:
            raise JalonError(
                "audit {audit} has no action {ref!r}", audit=self._audit.short_id, ref=reference
            )
        if len(found) > 1:
            raise JalonError(
                "{ref!r} is the start of several actions' ids of audit {audit}; give more of it",
                audit=self._audit.short_id,
                ref=reference,
            )
        return found[0]

    def history(self, item: ActionItem) -> list[ActionRevision]:
        """Every change of the action, oldest first, with who made it and when."""
        return self._store.actions.revisions(self._audit.id, item.id)

    def add(
        self,
        target: str,
        title: str,
        owner: str = "",
        due_date: str = "",
        priority: Priority = Priority.MEDIUM,
    ) -> ActionItem:
        self._ensure_draft()
        node = self._framework.find(target)
        if node is None:
            raise JalonError(
                "{ref!r} is not part of framework {framework}",
                ref=target,
                framework=self._framework.id,
            )
        now = utc_now()
        item = ActionItem(
            id=new_id(),
            audit_id=self._audit.id,
            target=node.name,
            title=title,
            owner=owner,
            due_date=due_date,
            priority=priority,
            created_at=now,
            updated_at=now,
        )
        return self._save(_checked_action(item, (*_ACTION_TEXTS, "due_date")))

    def update(self, item: ActionItem, **changes: Any) -> ActionItem:
        """A change of the action (its description, owner, due date, priority, or a step of its
        life cycle with its note or reason), kept as a revision by this person at this time."""
        self._ensure_draft()
        if "target" in changes:
            node = self._framework.find(changes["target"])
            if node is None:
                raise JalonError(
                    "{ref!r} is not part of framework {framework}",
                    ref=changes["target"],
                    framework=self._framework.id,
                )
            changes["target"] = node.name
        updated = _checked_action(replace(item, **changes), changes)
        if updated == item:
            return item  # nothing changed: no revision
        return self._save(replace(updated, updated_at=utc_now()))

    def delete(self, item: ActionItem) -> None:
        """Remove an action from the plan. It is kept, marked removed, so that the removal
        reaches the other installations that hold this audit."""
        self._ensure_draft()
        now = utc_now()
        self._save(replace(item, deleted_at=now, updated_at=now))

    def _save(self, item: ActionItem) -> ActionItem:
        self._store.actions.save(
            item, ActionRevision(new_id(), item, self._identity().author, self._identity().site)
        )
        return item


# The texts a person types into an action, with the rule each one follows.
_ACTION_TEXTS = {
    "title": text_rule.ACTION_TITLE,
    "owner": text_rule.ACTION_OWNER,
    "note": text_rule.ACTION_NOTE,
    "reason": text_rule.DROP_REASON,
}


def _checked_action(item: ActionItem, changed: Iterable[str]) -> ActionItem:
    """`item` with the texts in `changed` tidied, or the JalonError that says what is wrong
    with it. Texts not changed are left as saved (one saved before today's limits must not
    stop a step of the action's life cycle)."""
    cleaned: dict[str, Any] = {
        name: rule.clean(getattr(item, name))
        for name, rule in _ACTION_TEXTS.items()
        if name in changed
    }
    item = replace(item, **cleaned)
    if not item.title.strip():
        raise JalonError("an action needs a description")
    if "due_date" in changed and item.due_date and not _is_date(item.due_date):
        raise JalonError(
            "the due date {value!r} is not a date written YYYY-MM-DD", value=item.due_date
        )
    if item.status != ActionStatus.DROPPED:
        item = replace(item, reason="")  # a reason says why it was dropped: taken up, none
    problem = item.lifecycle_problem()
    if problem is not None:
        raise problem
    return item


def _is_date(text: str) -> bool:
    try:
        return len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False
