"""The one meaning of "questions", "answered", "scored" and "progress"."""

from app.models.question_counts import QuestionCounts
from app.models.scoring import score_audit


def test_counts_follow_what_applies(default_framework):
    framework = default_framework
    empty = QuestionCounts.of(score_audit(framework, {}).overall)
    core, optional = QuestionCounts.in_framework(framework)
    assert core + optional == sum(i.is_answerable for i in framework.iter_indicators())
    assert optional > 0  # the default framework has optional modules
    # Follow-up questions wait for the answer they depend on; modules not chosen are out.
    assert empty.answered == 0 and 0 < empty.questions < core
    assert 0 < empty.scored < empty.questions
    assert empty.progress == 0.0
    with_modules = QuestionCounts.of(
        score_audit(framework, {}, frozenset(framework.modules)).overall
    )
    assert with_modules.questions > empty.questions


def test_a_question_with_nothing_to_answer_is_complete():
    assert QuestionCounts(0, 0, 0, 0).progress == 1.0
    assert QuestionCounts(4, 1, 2, 1).progress == 0.25
