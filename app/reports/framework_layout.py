"""How a framework is laid out in reports: which top-level groups carry scores (dimensions)
and which only hold information (organization data, key figures), decided from the tree
itself so that any framework, bundled or not, reports sensibly."""

from __future__ import annotations

from collections.abc import Iterator

from app.models.framework import Framework, Group, Indicator, Level


class FrameworkLayout:
    def __init__(self, framework: Framework):
        self.framework = framework
        scored: set[str] = set()
        for indicator in framework.iter_indicators():
            if indicator.is_scored:
                scored.update(g.name for g in framework.ancestors(indicator.name))
        self._scored = frozenset(scored)

    def is_scored(self, group: Group) -> bool:
        """Does at least one scored question sit below this group?"""
        return group.name in self._scored

    def scored_groups(self) -> list[Group]:
        """The top-level groups that carry a score: the dimensions of the summary."""
        return [g for g in self.framework.dimensions() if self.is_scored(g)]

    def info_sections(self) -> list[Group]:
        """Top-level groups without scores: organization information and the like."""
        return [g for g in self.framework.dimensions() if not self.is_scored(g)]

    def indicators_in(self, group: Group) -> Iterator[Indicator]:
        """Answerable indicators and labelled calculations of a group's subtree, in document
        order."""
        return (i for i in group.iter_indicators() if i.is_reported)

    def practices(self) -> list[Group]:
        """Practices (or, in a framework without that level, the groups holding questions)."""
        groups = [g for g in self.framework.iter_groups() if self.is_scored(g)]
        practices = [g for g in groups if g.level == Level.PRACTICE]
        if practices:
            return practices
        return [g for g in groups if any(isinstance(c, Indicator) for c in g.children)]
