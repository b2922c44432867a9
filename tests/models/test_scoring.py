"""Scores computed by hand for the sample framework (tests/fixtures/sample_workbook.py)."""

import pytest

from app.frameworks.framework_loader import load_framework
from app.models.answer import Answer
from app.models.scoring import score_audit
from tests.fixtures.sample_workbook import write_sample


@pytest.fixture(scope="module")
def framework(tmp_path_factory):
    result = load_framework(write_sample(tmp_path_factory.mktemp("fw") / "sample.xlsx"))
    assert result.errors == []
    return result.framework


def answers(**values):
    out = {}
    for name, value in values.items():
        if isinstance(value, tuple):  # ("na", reason)
            out[name] = Answer(name, na_reason=value[1])
        else:
            out[name] = Answer(name, value=value)
    return out


def test_empty_audit_has_no_percentage_and_zero_coverage(framework):
    card = score_audit(framework, {})
    assert card.overall.percent is None
    assert card.overall.coverage == 0
    assert card.overall.scored_total == 4  # q1 q2 q3 q5; q4 irrelevant, q7 module not chosen
    assert card["d1"].scored_total == 3  # q4 is irrelevant until q3 = yes


def test_first_answer_gives_a_partial_score(framework):
    card = score_audit(framework, answers(q1="yes"))
    assert card.overall.percent == 100
    assert card.overall.is_partial
    assert card["s1"].coverage == 0.5


def test_weights_and_partial_points(framework):
    # q1 yes: 1 x 1; q2 partially: 0.5 x 2 = 1 of 2; q3 no: 0 of 1 -> d1 = 2 / 4 = 50 %
    card = score_audit(framework, answers(q1="yes", q2="partially", q3="no"))
    assert card["s1"].percent == pytest.approx(100 * 2 / 3)
    assert card["d1"].percent == pytest.approx(50.0)
    assert card["d1"].coverage == 1.0  # q4 irrelevant: nothing missing


def test_relevance_adds_the_follow_up_to_the_denominator(framework):
    card = score_audit(framework, answers(q1="yes", q2="partially", q3="yes"))
    assert card["d1"].scored_total == 4
    assert card["d1"].percent == pytest.approx(75.0)  # 3 of 4
    assert card["d1"].coverage == 0.75


def test_not_applicable_leaves_the_denominator(framework):
    with_na_choice = score_audit(framework, answers(q1="yes", q2="no", q3="yes", q4="na"))
    # q1 1/1, q2 0/2, q3 1/1, q4 out -> 2 / 4 = 50 %
    assert with_na_choice["d1"].percent == pytest.approx(50.0)
    assert with_na_choice["d1"].coverage == 1.0
    marked = score_audit(framework, answers(q1="yes", q2=("na", "No targets by law"), q3="no"))
    # q1 1/1, q2 out, q3 0/1 -> 50 %
    assert marked["d1"].percent == pytest.approx(50.0)
    assert marked["d1"].scored_answered == 3


def test_irrelevant_answers_are_kept_but_ignored(framework):
    card = score_audit(framework, answers(q3="no", q4="yes"))
    assert card["q4"].possible == 0
    assert "q4" not in card.relevant
    assert card["d1"].percent == 0


def test_select_multiple_sums_points_up_to_the_maximum(framework):
    card = score_audit(framework, answers(q5="a c"))
    assert card["q5"].points == 1 and card["q5"].possible == 2
    assert score_audit(framework, answers(q5="a b"))["d2"].percent == 100


def test_module_questions_count_only_when_selected(framework):
    off = score_audit(framework, answers(q7="no"))
    assert off["d2"].scored_total == 1
    on = score_audit(framework, answers(q7="no", q5="a b"), modules={"gender"})
    assert on["d2"].scored_total == 2
    assert on["d2"].percent == pytest.approx(100 * 2 / 3)  # q5 2/2 + q7 0/1


def test_overall_rolls_up_every_dimension(framework):
    card = score_audit(framework, answers(q1="yes", q2="yes", q3="no", q5="a"))
    # d1: 3 of 4 points; d2: q5 1 of 2 -> overall 4 / 6
    assert card.overall.percent == pytest.approx(100 * 4 / 6)


def test_required_missing_is_counted_among_relevant_items(framework):
    card = score_audit(framework, answers(q1="yes"))
    assert card.overall.required_missing == 1  # q3
    assert score_audit(framework, answers(q3="no")).overall.required_missing == 0
