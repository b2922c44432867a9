"""A scoring plan gives exactly what score_audit gives: the same node scores in the same order
(the same sums, so the same floating-point values), the same relevant questions and the same
calculated values, over random frameworks and answers and over the bundled frameworks."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.answer import Answer
from app.models.framework import Framework, Group, Indicator, Level, QuestionType
from app.models.localized_text import LocalizedText
from app.models.scoring import ScoreCard, score_audit
from app.models.scoring_plan import ScoringPlan
from tests.models.test_incremental_scorer import (
    DAY,
    YES_NO,
    answer_for,
    assert_same,
    frameworks,
)


def assert_identical(card: ScoreCard, expected: ScoreCard) -> None:
    assert_same(card, expected)
    assert list(card.values.items()) == list(expected.values.items())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_plan_scores_random_audits_as_score_audit_does(data):
    framework = data.draw(frameworks())
    plan = ScoringPlan(framework)
    answerable = [i for i in framework.iter_indicators() if i.is_answerable]
    for _ in range(3):  # one plan, several audits: nothing of one audit leaks into the next
        modules = frozenset(data.draw(st.sets(st.sampled_from(("m1", "m2")))))
        chosen = data.draw(st.lists(st.sampled_from(answerable), max_size=30)) if answerable else []
        answers = {i.name: answer_for(data.draw, i) for i in chosen}
        assert_identical(
            plan.score(answers, modules, today=DAY),
            score_audit(framework, answers, modules, today=DAY),
        )


def _random_answers(framework: Framework, seed: int) -> dict[str, Answer]:
    """Every kind of answer the bundled frameworks take, a few left out or marked N/A, and
    values that are no choice (an audit made with another version, or damaged)."""
    rng = random.Random(seed)
    answers = {}
    for indicator in framework.iter_indicators():
        if not indicator.is_answerable or rng.random() < 0.1:
            continue
        if rng.random() < 0.08:
            answers[indicator.name] = Answer(indicator.name, na_reason="not offered")
            continue
        names = [c.name for c in indicator.choices] + ["not_a_choice"]
        if indicator.type == QuestionType.SELECT_ONE:
            value = rng.choice(names)
        elif indicator.type == QuestionType.SELECT_MULTIPLE:
            value = " ".join(rng.sample(names, rng.randint(1, len(names))))
        elif indicator.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
            value = rng.choice((0, 3, 250, 12000, 2.5))
        elif indicator.type == QuestionType.DATE:
            value = "2026-03-31"
        else:
            value = rng.choice(("", "some text", "Senegal"))
        answers[indicator.name] = Answer(indicator.name, value=value, comment="c")
    return answers


@pytest.mark.parametrize("framework_id", ["jalon_sp", "jalon_sie"])
def test_a_plan_scores_the_bundled_frameworks_as_score_audit_does(catalog, framework_id):
    for framework in [f for f in catalog.frameworks() if f.id == framework_id]:
        plan = ScoringPlan(framework)
        modules = frozenset(framework.modules)
        for seed in range(12):
            answers = _random_answers(framework, seed)
            chosen = frozenset(m for m in modules if seed % 2) if modules else frozenset()
            assert_identical(
                plan.score(answers, chosen, today=DAY),
                score_audit(framework, answers, chosen, today=DAY),
            )


def test_calculations_and_their_chains_are_worked_out_as_score_audit_does():
    """A calculation with no condition is worked out (its value is on the card) even though
    nothing about its relevance depends on the answers; one reading another follows it."""
    base = Indicator("q1", QuestionType.SELECT_ONE, choices=YES_NO)
    double = Indicator("c1", QuestionType.CALCULATE, calculation="if(${q1} = 'yes', 2, 1)")
    chained = Indicator("c2", QuestionType.CALCULATE, calculation="${c1} * 10")
    shown = Indicator(
        "q2", QuestionType.SELECT_ONE, choices=YES_NO, relevant="${c2} > 15", weight=2.0
    )
    framework = Framework(
        "calc",
        "1",
        LocalizedText({"en": "Calc"}),
        Group(
            "root",
            Level.ROOT,
            children=[Group("d", Level.DIMENSION, children=[base, shown, chained, double])],
        ),
    )
    plan = ScoringPlan(framework)
    for first in ("yes", "no", None):
        answers = {"q1": Answer("q1", value=first), "q2": Answer("q2", value="partially")}
        card = plan.score(answers, today=DAY)
        assert_identical(card, score_audit(framework, answers, today=DAY))
        assert card.values["c2"] == (20 if first == "yes" else 10)
        assert ("q2" in card.relevant) == (first == "yes")
