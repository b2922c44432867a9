"""Incremental rescoring gives exactly what scoring everything gives: over random frameworks
(nested groups, weights, modules, conditions on groups and questions, chains and cycles of
conditions, today()) and random sequences of answers, and through a real audit session of the
default framework."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.answer import Answer
from app.models.framework import Choice, Framework, Group, Indicator, Level, QuestionType
from app.models.incremental_scorer import IncrementalScorer
from app.models.localized_text import LocalizedText
from app.models.relevance import ExpressionCache
from app.models.scoring import ScoreCard, score_audit

DAY = date(2026, 11, 22)
YES_NO = (
    Choice("yes", LocalizedText({"en": "Yes"}), 1.0),
    Choice("partially", LocalizedText({"en": "Partially"}), 0.5),
    Choice("no", LocalizedText({"en": "No"}), 0.0),
    Choice("na", LocalizedText({"en": "N/A"}), None),
)
SEVERAL = (
    Choice("a", LocalizedText({"en": "A"}), 1.0),
    Choice("b", LocalizedText({"en": "B"}), 2.0),
    Choice("c", LocalizedText({"en": "C"}), None),
)
KINDS = {
    QuestionType.SELECT_ONE: YES_NO,
    QuestionType.SELECT_MULTIPLE: SEVERAL,
    QuestionType.INTEGER: (),
    QuestionType.TEXT: (),
    QuestionType.NOTE: (),
}
CONDITIONS = (
    "${{{0}}} = 'yes' or ${{{0}}} = 'partially'",
    "${{{0}}} != 'no'",
    "not(${{{0}}} = '') and ${{{1}}} != 'yes'",
    "number(${{{0}}}) > 2",
    "selected(${{{0}}}, 'a') or ${{{1}}} = 'no'",
    "count-selected(${{{0}}}) >= 1",
    "today() > '2026-06-01' and ${{{0}}} != 'no'",
    "today() < '2026-06-01'",
    "if(${{{0}}} = 'yes', true(), ${{{1}}} = 'yes')",
)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def frameworks(draw) -> Framework:
    """A random framework of up to ~25 questions: groups in groups, weights, modules, and
    conditions that may refer to any question, before or after, themselves included."""
    count = draw(st.integers(min_value=1, max_value=25))
    names = [f"q{n}" for n in range(count)]
    conditions = st.one_of(
        st.just(""),
        st.tuples(st.sampled_from(CONDITIONS), st.sampled_from(names), st.sampled_from(names)).map(
            lambda t: t[0].format(t[1], t[2])
        ),
    )
    weights = st.sampled_from((0.5, 1.0, 1.0, 2.0, 3.0))
    modules = st.sampled_from(("", "", "", "m1", "m2"))
    root = Group("root", Level.ROOT)
    open_groups = [root]
    for position, name in enumerate(names):
        while draw(st.booleans()) and len(open_groups) < 4:  # open a group inside the last
            group = Group(
                f"g{position}_{len(open_groups)}",
                Level.GROUP,
                relevant=draw(conditions),
                module=draw(modules),
                weight=draw(weights),
            )
            open_groups[-1].children.append(group)
            open_groups.append(group)
        kind = draw(st.sampled_from(list(KINDS)))
        open_groups[-1].children.append(
            Indicator(
                name,
                kind,
                label=LocalizedText({"en": name}),
                choices=KINDS[kind],
                weight=draw(weights),
                required=draw(st.booleans()),
                relevant=draw(conditions),
                module=draw(modules),
            )
        )
        while len(open_groups) > 1 and draw(st.booleans()):  # close the last group
            open_groups.pop()
    return Framework(
        "random",
        "1",
        LocalizedText({"en": "Random"}),
        root,
        modules={"m1": LocalizedText({"en": "M1"}), "m2": LocalizedText({"en": "M2"})},
    )


def answer_for(draw, indicator: Indicator) -> Answer:
    flags = {"flagged": draw(st.booleans()), "comment": draw(st.sampled_from(("", "seen")))}
    kind = indicator.type
    if draw(st.integers(min_value=0, max_value=6)) == 0:
        return Answer(indicator.name, na_reason="does not apply here", **flags)
    if kind == QuestionType.SELECT_ONE:
        value = draw(st.sampled_from(("yes", "partially", "no", "na", None)))
    elif kind == QuestionType.SELECT_MULTIPLE:
        value = " ".join(draw(st.lists(st.sampled_from(("a", "b", "c")), unique=True))) or None
    elif kind == QuestionType.INTEGER:
        value = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=5)))
    else:
        value = draw(st.sampled_from(("", "yes", "some text")))
    return Answer(indicator.name, value=value, **flags)


def assert_same(card: ScoreCard, full: ScoreCard) -> None:
    assert list(card.nodes) == list(full.nodes)
    assert card.nodes == full.nodes  # exact: the same sums in the same order
    assert card.overall == full.overall
    assert card.relevant == full.relevant


@FAST
@given(data=st.data())
def test_incremental_rescoring_equals_full_rescoring(data):
    framework = data.draw(frameworks())
    modules = frozenset(data.draw(st.sets(st.sampled_from(("m1", "m2")))))
    answerable = [i for i in framework.iter_indicators() if i.is_answerable]
    expressions = ExpressionCache()
    scorer = IncrementalScorer(framework, modules, expressions)
    answers: dict[str, Answer] = {}
    assert_same(
        scorer.score(answers, today=DAY), score_audit(framework, answers, modules, today=DAY)
    )
    if not answerable:
        return
    for _ in range(data.draw(st.integers(min_value=1, max_value=12))):
        changed = set()
        for indicator in data.draw(st.lists(st.sampled_from(answerable), min_size=1, max_size=3)):
            answers[indicator.name] = answer_for(data.draw, indicator)
            changed.add(indicator.name)
        card = scorer.score(answers, changed, today=DAY)
        assert_same(card, score_audit(framework, answers, modules, ExpressionCache(), DAY))


def test_a_cycle_of_conditions_settles_as_in_a_full_pass():
    """In a cycle (a validator error, but it must not hang or differ) the result depends on
    which question is settled first: the incremental pass follows the full pass's order."""
    later = Indicator(
        "a_second", QuestionType.SELECT_ONE, choices=YES_NO, relevant="${b_first} = 'yes'"
    )
    first = Indicator(
        "b_first", QuestionType.SELECT_ONE, choices=YES_NO, relevant="${a_second} = 'yes'"
    )
    framework = Framework(
        "cycle",
        "1",
        LocalizedText({"en": "Cycle"}),
        Group("root", Level.ROOT, children=[first, later]),
    )
    scorer = IncrementalScorer(framework, frozenset(), ExpressionCache())
    answers = {"b_first": Answer("b_first", value="yes")}
    scorer.score(answers, today=DAY)
    for name, value in (("a_second", "no"), ("a_second", "yes"), ("b_first", "no")):
        answers[name] = Answer(name, value=value)
        assert_same(
            scorer.score(answers, {name}, today=DAY), score_audit(framework, answers, today=DAY)
        )


def test_a_new_day_scores_everything_again():
    """Conditions on today() change with the date even when no answer does."""
    question = Indicator(
        "q1", QuestionType.SELECT_ONE, choices=YES_NO, relevant="today() > '2026-06-01'"
    )
    framework = Framework(
        "dated", "1", LocalizedText({"en": "Dated"}), Group("root", Level.ROOT, children=[question])
    )
    scorer = IncrementalScorer(framework, frozenset(), ExpressionCache())
    assert "q1" not in scorer.score({}, today=date(2026, 5, 31)).relevant
    assert "q1" in scorer.score({}, today=date(2026, 6, 2)).relevant


def test_the_session_rescores_incrementally_and_exactly(session):
    framework = session.framework
    scored = [i for i in framework.iter_indicators() if i.is_scored]
    for n, indicator in enumerate(scored[:40]):
        choice = indicator.choices[n % len(indicator.choices)].name
        if n % 7 == 3:
            session.mark_not_applicable(indicator.name, "no such product")
        elif n % 5 == 4:
            session.clear(scored[n - 4].name)
        else:
            session.answer(indicator.name, choice)
        if n % 3 == 0:
            session.flag(indicator.name)
        full = score_audit(framework, session.answers, session.audit.modules)
        assert_same(session.score(), full)
