"""What became of an audit's action plan by a later audit: for each action of the earlier plan,
its status in the later audit (when the later audit carried it over) and whether the indicators
it targets improved.

An action targeting a question takes that question's change; one targeting a practice, standard
or dimension takes the group's change of practice (its like-for-like score, over the indicators
scored in both audits), so that a practice whose score moved only because more was answered is
not told improved. A group with no indicator scored in both is newly or no longer assessed, or
not assessed at all (None).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.models.action_item import ActionItem
from app.models.progress import IndicatorChange, Progress

# Two like-for-like percentages closer than this are equal.
_SAME_PERCENT = 1e-7


@dataclass(frozen=True)
class ActionProgress:
    action: ActionItem  # as the earlier audit's plan holds it
    later: ActionItem | None  # the later audit's action continuing it, if carried over
    change: IndicatorChange | None  # of its target; None when neither audit assessed it

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action.id,
            "target": self.action.target,
            "title": self.action.title,
            "status_before": self.action.status.value,
            "status_after": self.later.status.value if self.later else None,
            "target_change": self.change.value if self.change else None,
        }


def action_progress(
    progress: Progress, earlier: Iterable[ActionItem], later: Iterable[ActionItem]
) -> tuple[ActionProgress, ...]:
    """Each action of the earlier plan (`earlier`), with what the later audit made of it.
    `later`: the later audit's actions; those that continue an earlier one say so."""
    continued = {item.carried_from: item for item in later if item.carried_from}
    return tuple(
        ActionProgress(item, continued.get(item.id), target_change(progress, item.target))
        for item in earlier
        if not item.is_deleted
    )


def target_change(progress: Progress, target: str) -> IndicatorChange | None:
    """The change of an action's target (named as in the earlier audit's framework)."""
    for indicator in progress.indicators:
        if indicator.before_name == target:
            return indicator.change
    node = next((n for n in progress.nodes if n.name == target), None)
    if node is None:
        return None  # a question assessed in neither audit, or a group the later one lacks
    if node.like_before.possible <= 0:  # nothing scored in both audits
        if node.newly_assessed:
            return IndicatorChange.NEWLY_ASSESSED
        if node.no_longer_assessed:
            return IndicatorChange.NO_LONGER_ASSESSED
        return None
    change = node.practice_change or 0.0
    if change > _SAME_PERCENT:
        return IndicatorChange.IMPROVED
    if change < -_SAME_PERCENT:
        return IndicatorChange.REGRESSED
    return IndicatorChange.UNCHANGED
