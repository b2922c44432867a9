"""Scoring: a pure function of (framework, answers, selected modules).

Default rules: a scored choice carries points; a choice without points, or an answer marked
not applicable, removes the indicator from the denominator; irrelevant or out-of-module
indicators do not count. A node's score is the weighted share of points obtained over points
possible among its answered, relevant, scored descendants; coverage says how much of the node
is answered, so partial results are honest from the first answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.models.answer import Answer
from app.models.expression_functions import Value
from app.models.framework import Framework, Group, Indicator, QuestionType
from app.models.relevance import ExpressionCache, Relevance


@dataclass
class NodeScore:
    points: float = 0.0
    possible: float = 0.0
    scored_answered: int = 0  # scored indicators answered (N/A included)
    scored_total: int = 0  # scored indicators that apply
    answered: int = 0  # every answerable question that applies
    total: int = 0
    required_missing: int = 0

    @property
    def percent(self) -> float | None:
        """Score in percent, or None when nothing scorable is answered yet."""
        return 100.0 * self.points / self.possible if self.possible > 0 else None

    @property
    def coverage(self) -> float | None:
        """Share (0–1) of the scored indicators that are answered; None when there are none."""
        return self.scored_answered / self.scored_total if self.scored_total else None

    @property
    def is_partial(self) -> bool:
        return self.scored_answered < self.scored_total

    def add(self, other: NodeScore) -> None:
        self.points += other.points
        self.possible += other.possible
        self.scored_answered += other.scored_answered
        self.scored_total += other.scored_total
        self.answered += other.answered
        self.total += other.total
        self.required_missing += other.required_missing

    def to_dict(self) -> dict[str, Any]:
        return {
            "percent": None if self.percent is None else round(self.percent, 4),
            "points": round(self.points, 6),
            "possible": round(self.possible, 6),
            "coverage": None if self.coverage is None else round(self.coverage, 4),
            "scored_answered": self.scored_answered,
            "scored_total": self.scored_total,
            "answered": self.answered,
            "total": self.total,
            "required_missing": self.required_missing,
        }


class ScoreCard:
    """Scores of every node of one audit. `overall` is the whole framework; `values` holds the
    value of every calculation ("" when it is not relevant or has nothing to work from)."""

    def __init__(
        self,
        nodes: dict[str, NodeScore],
        overall: NodeScore,
        relevant: frozenset[str],
        values: dict[str, Value] | None = None,
    ):
        self.nodes = nodes
        self.overall = overall
        self.relevant = relevant
        self.values = values or {}

    def __getitem__(self, name: str) -> NodeScore:
        return self.nodes[name]


def indicator_points(indicator: Indicator, answer: Answer | None) -> tuple[float, float] | None:
    """(points, possible) before weighting, or None when the answer does not count (N/A,
    unanswered, an unscored choice or an unscored question)."""
    if (
        answer is None
        or not indicator.is_scored
        or answer.is_not_applicable
        or not answer.has_value
    ):
        return None
    if indicator.type == QuestionType.SELECT_ONE:
        choice = indicator.choice(str(answer.value))
        if choice is None or choice.score is None:
            return None
        return choice.score, indicator.max_points
    selected = [indicator.choice(name) for name in str(answer.value).split()]
    scores = [c.score for c in selected if c is not None and c.score is not None]
    if not scores:
        return None
    return min(sum(scores), indicator.max_points), indicator.max_points


def score_audit(
    framework: Framework,
    answers: Mapping[str, Answer],
    modules: frozenset[str] | set[str] = frozenset(),
    expressions: ExpressionCache | None = None,
    today: date | None = None,
) -> ScoreCard:
    relevance = Relevance(
        framework, answers, frozenset(modules), expressions or ExpressionCache(), today
    )
    return score_with(framework, answers, relevance)


def score_with(
    framework: Framework, answers: Mapping[str, Answer], relevance: Relevance
) -> ScoreCard:
    """Every node scored, with relevance read from `relevance` (which remembers what it
    worked out, for an IncrementalScorer to start from)."""
    nodes: dict[str, NodeScore] = {}
    relevant: set[str] = set()

    def visit(group: Group, weight: float) -> NodeScore:
        total = NodeScore()
        for child in group.children:
            if isinstance(child, Group):
                score = visit(child, weight * child.weight)
            else:
                score = score_indicator(
                    child, weight * child.weight, answers.get(child.name), relevance
                )
                if score.total:
                    relevant.add(child.name)
            nodes[child.name] = score
            total.add(score)
        return total

    overall = visit(framework.root, 1.0)
    nodes[framework.root.name] = overall
    return ScoreCard(nodes, overall, frozenset(relevant), dict(relevance.values))


def score_indicator(
    indicator: Indicator, weight: float, answer: Answer | None, relevance: Relevance
) -> NodeScore:
    """One question's score (`weight`: the product of its own and its groups' weights);
    `total` is 1 exactly when the question applies and takes an answer."""
    score = NodeScore()
    if indicator.is_calculated:
        relevance.is_relevant(indicator.name)  # works out its value, which the card carries
        return score
    if not indicator.is_answerable or not relevance.is_relevant(indicator.name):
        return score
    answered = answer is not None and answer.is_answered
    score.total = 1
    score.answered = int(answered)
    score.required_missing = int(indicator.required and not answered)
    if indicator.is_scored:
        score.scored_total = 1
        score.scored_answered = int(answered)
        points = indicator_points(indicator, answer)
        if points is not None:
            score.points = weight * points[0]
            score.possible = weight * points[1]
    return score
