"""How a package's action plan merges with this installation's (for MergePlanner): per action,
the more recent version (action_rank: a removal is a change too, and removed actions are kept,
marked) becomes the current state, and a receipt note says which way it went; the steps of the
actions' life cycle join by union, so an action both installations changed without the other's
knowing shows its most recent change and keeps every change of both in its history."""

from __future__ import annotations

from app.exchange.package_content import PackageContent
from app.models.action_item import ActionItem
from app.models.action_revision import ActionRevision, action_rank
from app.storage.merge_repository import AuditState

NOTE_ACTION_REPLACED = (
    "an action of the plan was replaced by the more recent version from the package"
)
NOTE_ACTION_KEPT = "an action of the plan is older in the package; this installation's is kept"
NOTE_ACTION_REMOVED = "an action of the plan was removed, as it was on the package's installation"
NOTE_ACTION_BOTH = (
    "an action of the plan was changed on both installations; the most recent "
    "change is shown, and every change of both is kept in its history"
)


class ActionPlanMerge:
    def __init__(self, state: AuditState, content: PackageContent):
        """`state`: the audit as this installation holds it; `content`: the package's."""
        self._state = state
        self._content = content

    def actions(self, notes: list[str]) -> list[ActionItem]:
        """The package's actions to write (new here, or more recent than this installation's),
        with a note in `notes` for each action that differs, then one for each action changed
        on both sides."""
        mine = {item.id: item for item in self._state.actions}
        chosen = []
        for item in self._content.actions:
            current = mine.get(item.id)
            if current is None:
                chosen.append(item)
            elif current != item:
                if action_rank(item) > action_rank(current):
                    chosen.append(item)
                    removed = item.is_deleted and not current.is_deleted
                    notes.append(NOTE_ACTION_REMOVED if removed else NOTE_ACTION_REPLACED)
                else:
                    notes.append(NOTE_ACTION_KEPT)
        notes += [NOTE_ACTION_BOTH] * len(self._changed_on_both())
        return chosen

    def steps(self) -> list[ActionRevision]:
        """The package's steps of the actions' life cycle not held here."""
        held = self._state.action_revisions
        return [r for r in self._content.action_revisions if r.id not in held]

    def _changed_on_both(self) -> set[str]:
        """The actions each side changed without the other's knowing: both hold steps the
        other lacks (like two divergent changes of an answer). A package of a release before
        the life cycle carries no steps: nothing can be told of it."""
        theirs: dict[str, set[str]] = {}
        for revision in self._content.action_revisions:
            theirs.setdefault(revision.action_id, set()).add(revision.id)
        ours: dict[str, set[str]] = {}
        for revision_id, action_id in self._state.action_revisions.items():
            ours.setdefault(action_id, set()).add(revision_id)
        return {
            action
            for action, steps in theirs.items()
            if ours.get(action, steps) - steps and steps - ours.get(action, set())
        }
