"""Fuzzing the expression evaluator and relevance: hostile `relevant` / `constraint` text.

Parsing may only raise ExpressionError (the validator turns it into a located problem);
evaluation of a parsed expression may raise nothing, whatever the answers are; nesting and
long chains of conditions never exhaust the stack; cycles are validator errors.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.frameworks.framework_loader import load_framework
from app.models.answer import Answer
from app.models.expression import FUNCTIONS, Expression, ExpressionError
from app.models.relevance import ExpressionCache
from app.models.scoring import score_audit
from tests.fixtures.sample_workbook import _label, write_sample

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(str),
    st.just("9" * 400),  # overflows to infinity
    st.floats(min_value=0, allow_nan=False, allow_infinity=False).map(repr),
    st.just(".5"),
)
TOKENS = st.one_of(
    NUMBERS,
    st.sampled_from(
        [
            "${q1}",
            "${q2}",
            "${missing}",
            "${}",
            "${ bad name }",
            ".",
            "'yes'",
            '"text"',
            "''",
            "'unclosed",
            "(",
            ")",
            ",",
            "=",
            "!=",
            "<",
            "<=",
            ">",
            ">=",
            "+",
            "-",
            "*",
            "div",
            "mod",
            "and",
            "or",
            "today()",
            "if",
            "nosuchfunction",
            "@",
            "$",
            "{",
            "}",
            "\\",
            "\x00",
            "\u202e",
        ]
    ),
    st.sampled_from(sorted(FUNCTIONS)),
)
VALUES = st.one_of(
    st.text(max_size=30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.sampled_from(["", "yes", "no", "a b c", "2026-06-30", "1e400", "-inf", "nan", "0"]),
)

OPERATORS = ["=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod", "and", "or"]
LEAVES = st.one_of(
    NUMBERS,
    st.sampled_from(
        [
            "${q1}",
            "${q2}",
            ".",
            "'yes'",
            "''",
            "'2026-01-31'",
            "today()",
            "true()",
            "false()",
            "number('inf')",
            "number('nan')",
        ]
    ),
)


def _grow(inner):
    binary = st.tuples(inner, st.sampled_from(OPERATORS), inner).map(" ".join)
    unary = inner.map(lambda e: f"-({e})")
    calls = st.tuples(
        st.sampled_from(sorted(set(FUNCTIONS) - {"true", "false", "today"})),
        st.lists(inner, min_size=1, max_size=3),
    ).map(lambda c: f"{c[0]}({', '.join(c[1])})")
    return st.one_of(binary, unary, calls, inner.map(lambda e: f"({e})"))


GRAMMAR = st.recursive(LEAVES, _grow, max_leaves=12)


def _parse(source: str) -> Expression | None:
    try:
        return Expression.parse(source)
    except ExpressionError as error:
        assert str(error)  # a message the validator can show
        return None


@FUZZ
@given(st.text(max_size=300))
def test_any_text_parses_or_gives_an_expression_error(source):
    _parse(source)


@FUZZ
@given(
    st.lists(TOKENS, max_size=40), st.dictionaries(st.sampled_from(["q1", "q2"]), VALUES), VALUES
)
def test_token_soup_evaluates_without_any_exception(tokens, answers, current):
    expression = _parse(" ".join(tokens))
    if expression is None:
        return
    result = expression.evaluate(lambda name: answers.get(name, ""), current=current)
    assert isinstance(result, str | float | bool)
    expression.is_true(lambda name: answers.get(name, ""), current=current)


@settings(max_examples=500, deadline=None)
@given(GRAMMAR, st.dictionaries(st.sampled_from(["q1", "q2"]), VALUES), VALUES)
def test_well_formed_expressions_evaluate_without_any_exception(source, answers, current):
    expression = _parse(source)  # wrong arity or size limits still give ExpressionError
    if expression is not None:
        result = expression.evaluate(lambda name: answers.get(name, ""), current=current)
        assert isinstance(result, str | float | bool)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=20_000),
    st.sampled_from(
        [
            "({})",
            "-{}",
            "not({})",
            "if({}, 1, 0)",
            "{} + 1",
            "1 and {}",
            "concat({}, 'a')",
            "- - {}",
        ]
    ),
)
def test_deep_nesting_is_refused_not_a_stack_overflow(depth, wrapper):
    source = "${q1}"
    for _ in range(depth):
        source = wrapper.format(source)
        if len(source) > 30_000:
            break
    expression = _parse(source)
    if expression is not None:
        expression.evaluate(lambda name: "yes")


EDGES = [
    "9" * 400,
    "-" + "9" * 400,
    "number('inf')",
    "number('-inf')",
    "number('nan')",
    "0",
    "-0",
    "1",
    "0.5",
    "1" + "0" * 308,
    "''",
    "'x'",
    "'2026-02-30'",
    "true()",
    "false()",
    "${q1}",
]


def test_every_operator_and_function_on_edge_values():
    """Exhaustive over the values where arithmetic breaks: infinities, NaN, zero, text."""
    lookup = {"q1": "a b"}.get
    for left in EDGES:
        for right in EDGES:
            for op in OPERATORS:
                Expression.parse(f"{left} {op} {right}").evaluate(lambda n: lookup(n, ""))
    for name, (_, least, most) in FUNCTIONS.items():
        for count in range(least, min(most if most is not None else 3, 3) + 1):
            for values in zip(*[EDGES[i:] + EDGES[:i] for i in range(count)], strict=True):
                Expression.parse(f"{name}({', '.join(values)})").evaluate(lambda n: "a")


def test_arithmetic_on_infinity_is_not_a_crash():
    assert math.isnan(Expression.parse("9" * 400 + " mod 2").evaluate(lambda name: ""))
    assert math.isnan(Expression.parse("number('inf') mod 3").evaluate(lambda name: ""))


def _chain_workbook(path, count: int, relevant) -> object:
    survey = [["begin_group", "d1", *_label("Dimension"), "", "1", "dimension", "", "", "", ""]]
    for i in range(count):
        survey.append(
            [
                "select_one ypn",
                f"q{i}",
                *_label(f"Question {i}"),
                "",
                f"1.{i}",
                "",
                "",
                relevant(i, count),
                "",
                "",
            ]
        )
    survey.append(["end_group", "d1", *[""] * 11])
    return load_framework(write_sample(path, survey=survey))


def test_a_long_chain_of_conditions_scores_without_exhausting_the_stack(tmp_path):
    # q0 depends on q1, q1 on q2, ... : the worst order for a recursive evaluator.
    result = _chain_workbook(
        tmp_path / "chain.xlsx",
        2000,
        lambda i, n: f"${{q{i + 1}}} != 'no'" if i < n - 1 else "",
    )
    assert result.framework is not None, [str(p) for p in result.problems]
    answers = {"q1999": Answer("q1999", "yes")}
    card = score_audit(result.framework, answers, frozenset(), ExpressionCache())
    assert len(card.relevant) == 2000


def test_cycles_in_relevance_are_validator_errors(tmp_path):
    result = _chain_workbook(
        tmp_path / "cycle.xlsx", 4, lambda i, n: f"${{q{(i + 1) % n}}} = 'yes'"
    )
    assert result.framework is None
    (problem,) = [p for p in result.problems if "cycle" in p.message]
    assert problem.sheet == "survey" and problem.row is not None
    assert "q0 → q1 → q2 → q3 → q0" in problem.message or "→" in problem.message
