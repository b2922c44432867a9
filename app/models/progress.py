"""Progress between two audits of an institution: what changed in practice, told apart from
what changed in what was answered.

Raw scores of two audits differ for two reasons: practices changed, or a different set of
indicators was answered (a practice scored on one answer last time and on three this time).
So each node carries, besides both raw scores and coverages, its *like-for-like* scores: the
same node scored over only the indicators scored in both audits. The change of practice is
the change of the like-for-like score; the rest of the raw change comes from coverage.

Per indicator: improved, regressed or unchanged when scored in both; newly assessed (e.g. N/A
or unanswered last time) or no longer assessed when scored in one only; not comparable when the
framework redefined it between the two versions (split, merged, new, retired in the crosswalk).

Two audits on different framework versions are compared through the newer framework's
crosswalk from the older one. A pure function of two score cards: fast enough for every view.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.models.crosswalk import Relation
from app.models.errors import JalonError
from app.models.framework import Framework, Group, Level
from app.models.scoring import NodeScore, ScoreCard

# Two shares of points closer than this are equal (0.5 stored as 0.49999… after weighting).
_SAME = 1e-9


class IndicatorChange(StrEnum):
    IMPROVED = "improved"
    REGRESSED = "regressed"
    UNCHANGED = "unchanged"
    NEWLY_ASSESSED = "newly assessed"
    NO_LONGER_ASSESSED = "no longer assessed"
    NOT_COMPARABLE = "not comparable"  # redefined by the framework between the two versions


@dataclass(frozen=True)
class IndicatorProgress:
    name: str  # in the later audit's framework ('' when the framework retired it)
    before_name: str  # in the earlier audit's framework ('' when it is new)
    before: float | None  # share of the points possible obtained (0-1); None if not scored
    after: float | None
    change: IndicatorChange

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "before_name": self.before_name,
            "change": self.change.value,
            "before": _rounded(self.before),
            "after": _rounded(self.after),
        }


@dataclass(frozen=True)
class NodeProgress:
    """One dimension, standard or practice (or the whole framework)."""

    name: str
    level: str
    before: NodeScore | None  # None when the earlier framework has no group of that name
    after: NodeScore
    like_before: NodeScore  # both scored over the indicators scored in both audits only
    like_after: NodeScore
    newly_assessed: int
    no_longer_assessed: int

    @property
    def change(self) -> float | None:
        """The raw change of the score, in percentage points."""
        before = None if self.before is None else self.before.percent
        return _difference(before, self.after.percent)

    @property
    def practice_change(self) -> float | None:
        """The change of practice: the like-for-like change, in percentage points."""
        return _difference(self.like_before.percent, self.like_after.percent)

    @property
    def coverage_change(self) -> float | None:
        """The change of coverage, in percentage points."""
        before = None if self.before is None else self.before.coverage
        after = self.after.coverage
        return None if before is None or after is None else 100 * (after - before)

    @property
    def coverage_differs(self) -> bool:
        """Whether what was answered differs, so that part of the raw change is not practice."""
        return bool(self.newly_assessed or self.no_longer_assessed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "level": self.level,
            "before": None if self.before is None else self.before.to_dict(),
            "after": self.after.to_dict(),
            "change": _rounded(self.change),
            "practice_change": _rounded(self.practice_change),
            "coverage_change": _rounded(self.coverage_change),
            "like_for_like": {
                "before": _rounded(self.like_before.percent),
                "after": _rounded(self.like_after.percent),
            },
            "newly_assessed": self.newly_assessed,
            "no_longer_assessed": self.no_longer_assessed,
        }


@dataclass(frozen=True)
class Progress:
    overall: NodeProgress
    nodes: tuple[NodeProgress, ...]  # dimensions, standards, practices in framework order
    indicators: tuple[IndicatorProgress, ...]  # those scored in at least one of the audits
    across_versions: bool

    def node(self, name: str) -> NodeProgress:
        return next(n for n in (self.overall, *self.nodes) if n.name == name)

    def indicator(self, name: str) -> IndicatorProgress:
        return next(i for i in self.indicators if name in (i.name, i.before_name))

    def counts(self) -> dict[IndicatorChange, int]:
        counted = dict.fromkeys(IndicatorChange, 0)
        for item in self.indicators:
            counted[item.change] += 1
        return counted


def compare(
    before_framework: Framework, before: ScoreCard, after_framework: Framework, after: ScoreCard
) -> Progress:
    """Progress from the audit scored `before` to the one scored `after` (the later one, whose
    framework is the same version or holds a crosswalk from the earlier one's)."""
    pairs = _pairs(before_framework, after_framework)
    indicators: list[IndicatorProgress] = []
    common: set[str] = set()  # later-framework names of indicators scored in both
    newly: set[str] = set()
    gone: set[str] = set()  # earlier-framework names
    for before_name, name, comparable in pairs:
        earlier = _share(before, before_name)
        later = _share(after, name)
        if earlier is None and later is None:
            continue
        if not comparable:
            change = IndicatorChange.NOT_COMPARABLE
        elif earlier is None:
            change = IndicatorChange.NEWLY_ASSESSED
            newly.add(name)
        elif later is None:
            change = IndicatorChange.NO_LONGER_ASSESSED
            gone.add(before_name)
        else:
            change = (
                IndicatorChange.IMPROVED
                if later > earlier + _SAME
                else IndicatorChange.REGRESSED
                if later < earlier - _SAME
                else IndicatorChange.UNCHANGED
            )
            common.add(name)
        indicators.append(IndicatorProgress(name, before_name, earlier, later, change))
    counterpart = {name: before_name for before_name, name, _ in pairs if name and before_name}
    tally = _Tally(before, after, common, newly, gone, counterpart)
    nodes = [
        tally.node(group, _same_group(before_framework, group.name))
        for group in _groups(after_framework.root)
    ]
    overall = tally.node(after_framework.root, before_framework.root)
    return Progress(
        overall,
        tuple(nodes),
        tuple(indicators),
        across_versions=before_framework.content_hash != after_framework.content_hash,
    )


def _pairs(before: Framework, after: Framework) -> list[tuple[str, str, bool]]:
    """(earlier name, later name, comparable one to one) for every indicator of either."""
    if before.content_hash == after.content_hash or (before.id, before.version) == (
        after.id,
        after.version,
    ):
        return [(i.name, i.name, True) for i in after.iter_indicators() if i.is_scored]
    crosswalk = after.crosswalk_from(before)
    if crosswalk is None:
        raise JalonError(
            "comparing an audit on {old} {old_version} with one on {new} {new_version} needs a "
            "crosswalk between the two versions, which {new} {new_version} does not hold",
            old=before.id,
            old_version=before.version,
            new=after.id,
            new_version=after.version,
        )
    pairs = []
    for row in crosswalk.rows:
        one_to_one = row.relation in (Relation.SAME, Relation.REWORDED)
        pairs.append((row.subject, row.object, one_to_one))
    return pairs


def _share(card: ScoreCard, name: str) -> float | None:
    score = card.nodes.get(name) if name else None
    if score is None or score.possible <= 0:
        return None
    return score.points / score.possible


def _groups(root: Group) -> Iterator[Group]:
    for child in root.children:
        if isinstance(child, Group):
            if child.level in (Level.DIMENSION, Level.STANDARD, Level.PRACTICE):
                yield child
            yield from _groups(child)


def _same_group(framework: Framework, name: str) -> Group | None:
    found = framework.find(name)
    return found if isinstance(found, Group) else None


@dataclass(frozen=True)
class _Tally:
    """What one comparison worked out per indicator, summed per group."""

    before: ScoreCard
    after: ScoreCard
    common: set[str]  # later-framework names of the indicators scored in both audits
    newly: set[str]  # later-framework names
    gone: set[str]  # earlier-framework names
    counterpart: dict[str, str]  # later-framework name -> earlier-framework name

    def node(self, group: Group, earlier: Group | None) -> NodeProgress:
        """`earlier`: the same group in the earlier framework, None if it had none."""
        like_before, like_after = NodeScore(), NodeScore()
        newly_here = 0
        for name in (i.name for i in group.iter_indicators()):
            if name in self.common:
                like_after.add(self.after.nodes[name])
                like_before.add(self.before.nodes[self.counterpart[name]])
            newly_here += name in self.newly
        return NodeProgress(
            name=group.name,
            level=group.level.value,
            before=None if earlier is None else self.before.nodes[earlier.name],
            after=self.after.nodes[group.name],
            like_before=like_before,
            like_after=like_after,
            newly_assessed=newly_here,
            no_longer_assessed=0
            if earlier is None
            else sum(1 for i in earlier.iter_indicators() if i.name in self.gone),
        )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _difference(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before
