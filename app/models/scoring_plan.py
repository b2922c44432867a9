"""score_audit for many audits of one framework: what does not depend on the answers is worked
out once, and each audit then costs little more than reading its answers.

Scoring thousands of audits (a benchmark file, a tidy export) spent most of its time on work
that is the same for every audit: walking the tree, finding what each condition reads, settling
the relevance of the many questions and groups that carry no condition, and looking up the
points of the same few choices again and again. A plan does that once per framework. The card
it gives is exactly score_audit's (the same sums in the same order, the same relevance and
calculations), which the tests check over random frameworks and answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from app.models.answer import Answer
from app.models.framework import Framework, Group, Indicator
from app.models.relevance import ExpressionCache, Relevance, depends_on
from app.models.scoring import NodeScore, ScoreCard, indicator_points

# A NodeScore's fields, in order: points, possible, scored answered, scored total, answered,
# total, required missing.
_Fields = tuple[float, float, int, int, int, int, int]


@dataclass(frozen=True)
class _Question:
    """An answerable question as scoring sees it; `weight` is multiplied down the tree in the
    order score_audit multiplies it."""

    indicator: Indicator
    weight: float
    scored: bool
    required: bool
    # The score's fields for each answer seen (by the value's type and value, and whether it
    # is marked N/A): thousands of audits give a scored question the same few answers.
    known: dict[tuple[type, object, bool], _Fields] = field(default_factory=dict)


class ScoringPlan:
    def __init__(self, framework: Framework, expressions: ExpressionCache | None = None):
        self.framework = framework
        self.expressions = expressions or ExpressionCache()
        names = [name for name in framework.nodes if name != framework.root.name]
        self._dependencies = {
            name: tuple(depends_on(framework, self.expressions, name)) for name in names
        }
        # Nodes that apply to every audit: no module, no condition, and their group applies
        # too. Calculations are left to Relevance, which works out their values as it settles
        # them.
        self._always: dict[str, bool] = {}
        for name, node in framework.nodes.items():  # each group before what it holds
            parent = framework.parents.get(name)
            if (
                parent is not None
                and not node.module
                and self.expressions.get(node.relevant) is None
                and (parent is framework.root or self._always.get(parent.name, False))
                and not (isinstance(node, Indicator) and node.is_calculated)
            ):
                self._always[name] = True
        # The steps of score_audit's walk, children before their group, as it fills the card.
        self._steps: list[tuple[str, object]] = []
        self._lay_out(framework.root, 1.0)

    def _lay_out(self, group: Group, weight: float) -> None:
        for child in group.children:
            if isinstance(child, Group):
                self._lay_out(child, weight * child.weight)
                self._steps.append((child.name, tuple(c.name for c in child.children)))
            elif child.is_calculated:
                self._steps.append((child.name, child))
            elif child.is_answerable:
                question = _Question(child, weight * child.weight, child.is_scored, child.required)
                self._steps.append((child.name, question))
            else:
                self._steps.append((child.name, None))
        if group is self.framework.root:
            self._steps.append((group.name, tuple(c.name for c in group.children)))

    def score(
        self,
        answers: Mapping[str, Answer],
        modules: frozenset[str] | set[str] = frozenset(),
        today: date | None = None,
    ) -> ScoreCard:
        """What score_audit(framework, answers, modules) gives."""
        relevance = Relevance(
            self.framework,
            answers,
            frozenset(modules),
            self.expressions,
            today,
            known=self._always,
            dependencies=self._dependencies,
        )
        is_relevant, always = relevance.is_relevant, self._always
        nodes: dict[str, NodeScore] = {}
        relevant: set[str] = set()
        for name, step in self._steps:
            if type(step) is _Question:
                if name in always or is_relevant(name):
                    nodes[name] = self._score_question(step, answers.get(name))
                    relevant.add(name)
                    continue
            elif type(step) is tuple:  # a group: its children added up in order, as add() does
                points = possible = 0.0
                scored_answered = scored_total = answered = total = required_missing = 0
                for child in step:
                    score = nodes[child]
                    points += score.points
                    possible += score.possible
                    scored_answered += score.scored_answered
                    scored_total += score.scored_total
                    answered += score.answered
                    total += score.total
                    required_missing += score.required_missing
                nodes[name] = NodeScore(
                    points,
                    possible,
                    scored_answered,
                    scored_total,
                    answered,
                    total,
                    required_missing,
                )
                continue
            elif step is not None:  # a calculation: its value, for the card
                is_relevant(name)
            nodes[name] = NodeScore()
        overall = nodes[self.framework.root.name]
        return ScoreCard(nodes, overall, frozenset(relevant), dict(relevance.values))

    def _score_question(self, question: _Question, answer: Answer | None) -> NodeScore:
        """scoring.score_indicator for a question that applies."""
        if answer is None or not question.scored:
            answered = answer is not None and answer.is_answered
            missing = int(question.required and not answered)
            return NodeScore(0.0, 0.0, 0, int(question.scored), int(answered), 1, missing)
        value = answer.value
        key = (type(value), value, bool(answer.na_reason))
        fields = question.known.get(key)
        if fields is None:
            fields = self._fields(question, answer)
            if len(question.known) <= 2 * len(question.indicator.choices):  # not every typo
                question.known[key] = fields
        return NodeScore(*fields)

    def _fields(self, question: _Question, answer: Answer) -> _Fields:
        """A scored question's NodeScore fields for `answer`."""
        answered = answer.is_answered
        missing = int(question.required and not answered)
        points = indicator_points(question.indicator, answer) if answered else None
        if points is None:
            return 0.0, 0.0, int(answered), 1, int(answered), 1, missing
        weight = question.weight
        return weight * points[0], weight * points[1], 1, 1, 1, 1, missing
