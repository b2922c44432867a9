"""Scores of one audit kept up to date answer by answer, without scoring everything again.

After a change to a few answers, only what can move is worked out again: the changed
questions, every node whose relevance or calculation reads them (directly or through other
questions and calculations, or through the group it sits in), and the groups above those.
Everything else is taken from the previous scores. The result is exactly what `score_audit`
gives for the same answers (same sums in the same order, same relevance), which the tests
check over random frameworks and answer sequences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from app.models.answer import Answer
from app.models.framework import Framework, Group
from app.models.relevance import ExpressionCache, Relevance, depends_on
from app.models.scoring import NodeScore, ScoreCard, score_indicator, score_with


class IncrementalScorer:
    def __init__(self, framework: Framework, modules: frozenset[str], expressions: ExpressionCache):
        self.framework = framework
        self.modules = frozenset(modules)
        self._expressions = expressions
        # Built once per framework: who reads whom, each question's weight (multiplied in the
        # order score_audit multiplies them) and its place in the order it is scored.
        self._dependents: dict[str, list[str]] = {}
        for name in framework.nodes:
            if name != framework.root.name:
                for dependency in depends_on(framework, expressions, name):
                    self._dependents.setdefault(dependency, []).append(name)
        self._weights: dict[str, float] = {}
        self._position: dict[str, int] = {}
        self._depth: dict[str, int] = {framework.root.name: 0}
        self._walk(framework.root, 1.0)
        self._card: ScoreCard | None = None
        self._settled: dict[str, bool] = {}
        self._values: dict[str, Any] = {}
        self._today: date | None = None

    def _walk(self, group: Group, weight: float) -> None:
        for child in group.children:
            self._depth[child.name] = self._depth[group.name] + 1
            if isinstance(child, Group):
                self._walk(child, weight * child.weight)
            else:
                self._weights[child.name] = weight * child.weight
                self._position[child.name] = len(self._position)

    def score(
        self, answers: Mapping[str, Answer], changed: Iterable[str] = (), today: date | None = None
    ) -> ScoreCard:
        """The scores for `answers`, which differ from those of the previous call only in the
        questions named in `changed` (the first call, or a new day, scores everything: an
        expression may read today's date)."""
        today = today or date.today()
        previous = self._card
        if previous is None or today != self._today:
            relevance = Relevance(self.framework, answers, self.modules, self._expressions, today)
            card = score_with(self.framework, answers, relevance)
        else:
            card, relevance = self._update(previous, answers, set(changed), today)
        self._card, self._settled, self._today = card, relevance.settled, today
        self._values = relevance.values
        return card

    def _update(
        self, previous: ScoreCard, answers: Mapping[str, Answer], changed: set[str], today: date
    ) -> tuple[ScoreCard, Relevance]:
        affected = self._reached_from(changed)
        known = {name: value for name, value in self._settled.items() if name not in affected}
        known_values = {name: value for name, value in self._values.items() if name not in affected}
        relevance = Relevance(
            self.framework, answers, self.modules, self._expressions, today, known, known_values
        )
        nodes = dict(previous.nodes)
        relevant = set(previous.relevant) - affected
        indicators = self.framework.indicators
        groups: dict[str, Group] = {}
        # In scoring order, so that relevance is settled in the order a full pass settles it.
        in_order = sorted((n for n in affected if n in indicators), key=self._position.__getitem__)
        for name in in_order:
            score = score_indicator(
                indicators[name], self._weights[name], answers.get(name), relevance
            )
            nodes[name] = score
            if score.total:
                relevant.add(name)
            parent = self.framework.parents.get(name)
            while parent is not None and parent.name not in groups:
                groups[parent.name] = parent
                parent = self.framework.parents.get(parent.name)
        # Groups again from their children, deepest first, adding up as score_audit does.
        for name in sorted(groups, key=self._depth.__getitem__, reverse=True):
            total = NodeScore()
            for child in groups[name].children:
                total.add(nodes[child.name])
            nodes[name] = total
        root = self.framework.root.name
        return (
            ScoreCard(nodes, nodes[root], frozenset(relevant), dict(relevance.values)),
            relevance,
        )

    def _reached_from(self, changed: set[str]) -> set[str]:
        """The changed questions and every node whose relevance may follow from them."""
        reached: set[str] = set()
        pending = [name for name in changed if name in self.framework.nodes]
        while pending:
            name = pending.pop()
            if name not in reached:
                reached.add(name)
                pending.extend(self._dependents.get(name, ()))
        return reached
