"""Which indicators apply to an audit (selected modules and `relevant` expressions), the values
of its calculations, and the choices a filtered select offers.

XLSForm semantics: a question whose group is not relevant is not relevant either, and an
irrelevant question's answer reads as empty in other expressions (it is kept, but ignored).
A `calculate` question's value is its expression over the other answers, empty when it is not
relevant; calculations may read other calculations (the validator refuses cycles).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from app.models.answer import Answer, expression_value
from app.models.expression import Expression, ExpressionError
from app.models.expression_functions import Value
from app.models.framework import Choice, Framework, Indicator


class ExpressionCache:
    """Parsed expressions of one framework, parsed once and reused on every keystroke."""

    def __init__(self) -> None:
        self._parsed: dict[str, Expression | None] = {}

    def get(self, source: str) -> Expression | None:
        """The parsed expression, or None for an empty or unparsable one (the validator
        reports unparsable expressions; at run time they do not hide anything)."""
        if source not in self._parsed:
            try:
                self._parsed[source] = Expression.parse(source) if source.strip() else None
            except ExpressionError:
                self._parsed[source] = None
        return self._parsed[source]


def depends_on(framework: Framework, expressions: ExpressionCache, name: str) -> list[str]:
    """What a node's relevance (and a calculation's value) is read from: its group (unless the
    root), the questions its `relevant` expression refers to and, for a calculation, those its
    expression refers to. Nothing else: expressions see answers only through `${name}`
    references, and the date only through today()."""
    node = framework.nodes[name]
    parent = framework.parents.get(name)
    names = [parent.name] if parent is not None and parent is not framework.root else []
    sources = [node.relevant]
    if isinstance(node, Indicator) and node.calculation:
        sources.append(node.calculation)
    for source in sources:
        expression = expressions.get(source)
        if expression is not None:
            names.extend(sorted(r for r in expression.references if r in framework.indicators))
    return names


class Relevance:
    """Answers "does this node apply?" for one snapshot of an audit's answers."""

    def __init__(
        self,
        framework: Framework,
        answers: Mapping[str, Answer],
        modules: frozenset[str],
        expressions: ExpressionCache,
        today: date | None = None,
        known: dict[str, bool] | None = None,
        known_values: dict[str, Value] | None = None,
        dependencies: Mapping[str, tuple[str, ...]] | None = None,
    ):
        """`known` and `known_values`: relevance of nodes and values of calculations already
        settled for these answers (by an earlier snapshot whose differences do not reach
        them), taken as they are. `dependencies`: depends_on of every node, worked out once
        for many audits of the framework (a ScoringPlan's)."""
        self._framework = framework
        self._answers = answers
        self._modules = modules
        self._expressions = expressions
        self._today = today or date.today()
        self._memo: dict[str, bool] = dict(known) if known else {}
        self._values: dict[str, Value] = dict(known_values) if known_values else {}
        self._dependencies = dependencies or {}

    @property
    def settled(self) -> dict[str, bool]:
        """Every node worked out so far (after a scoring pass: all it needed)."""
        return self._memo

    @property
    def values(self) -> dict[str, Value]:
        """Every calculation worked out so far."""
        return self._values

    def is_relevant(self, name: str) -> bool:
        cached = self._memo.get(name)
        if cached is not None:
            return cached
        # Settle what this node depends on first, deepest first and without recursion: a long
        # chain of conditions (q1 relevant if q2, q2 if q3, ...) would otherwise recurse once
        # per link and exhaust Python's stack.
        for dependency in self._unsettled_dependencies(name):
            self._settle(dependency)
        return self._settle(name)

    def _settle(self, name: str) -> bool:
        cached = self._memo.get(name)
        if cached is not None:
            return cached
        # Provisionally relevant (and a calculation provisionally empty) while computing, so a
        # cycle (which the validator reports) ends instead of recursing forever.
        self._memo[name] = True
        result = self._compute(name)
        self._memo[name] = result
        indicator = self._framework.indicators.get(name)
        if indicator is not None and indicator.is_calculated:
            self._values[name] = ""
            self._values[name] = self._calculate(indicator) if result else ""
        return result

    def _calculate(self, indicator: Indicator) -> Value:
        expression = self._expressions.get(indicator.calculation)
        if expression is None:
            return ""
        value = expression.evaluate(self.value_of, today=self._today)
        # NaN (0 div 0, a number read from an empty answer) and infinities (figures so large
        # that a ratio overflows) show as nothing rather than "NaN" or "inf": not computable.
        return "" if isinstance(value, float) and not math.isfinite(value) else value

    def _unsettled_dependencies(self, name: str) -> list[str]:
        """The not yet settled nodes `name` depends on, each after its own dependencies."""
        order: list[str] = []
        seen = {name}
        stack = [(name, iter(self._depends_on(name)))]
        while stack:
            node, pending = stack[-1]
            following = next(pending, None)
            if following is None:
                stack.pop()
                if node != name:
                    order.append(node)
            elif following not in seen and following not in self._memo:
                seen.add(following)
                stack.append((following, iter(self._depends_on(following))))
        return order

    def _depends_on(self, name: str) -> tuple[str, ...] | list[str]:
        found = self._dependencies.get(name)
        if found is not None:
            return found
        return depends_on(self._framework, self._expressions, name)

    def _compute(self, name: str) -> bool:
        framework = self._framework
        node = framework.nodes[name]
        if node.module and node.module not in self._modules:
            return False
        parent = framework.parents.get(name)
        if (
            parent is not None
            and parent is not framework.root
            and not self.is_relevant(parent.name)
        ):
            return False
        expression = self._expressions.get(node.relevant)
        if expression is None:
            return True
        return expression.is_true(self.value_of, today=self._today)

    def value_of(self, name: str) -> Value:
        indicator = self._framework.indicators.get(name)
        if indicator is None or not self.is_relevant(name):
            return ""
        if indicator.is_calculated:
            return self._values.get(name, "")
        return expression_value(indicator, self._answers.get(name))

    def choices_for(self, indicator: Indicator) -> tuple[Choice, ...]:
        """The choices a select offers now: all of them, or those its `choice_filter` keeps."""
        expression = self._expressions.get(indicator.choice_filter)
        if expression is None:
            return indicator.choices
        return tuple(
            choice
            for choice in indicator.choices
            if expression.is_true(self.value_of, today=self._today, field=choice.column)
        )

    def constraint_violation(self, indicator: Indicator, value: str | float) -> bool:
        """True when `value` breaks the indicator's constraint."""
        expression = self._expressions.get(indicator.constraint)
        if expression is None:
            return False
        if isinstance(value, int):
            value = float(value)
        return not expression.is_true(self.value_of, current=value, today=self._today)
