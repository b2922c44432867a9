"""Which indicators apply to an audit: selected modules and `relevant` expressions.

XLSForm semantics: a question whose group is not relevant is not relevant either, and an
irrelevant question's answer reads as empty in other expressions (it is kept, but ignored).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.models.answer import Answer, expression_value
from app.models.expression import Expression, ExpressionError
from app.models.framework import Framework, Indicator


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
    """What a node's relevance is read from: its group (unless the root) and the questions its
    `relevant` expression refers to. Nothing else: expressions see answers only through
    `${name}` references, and the date only through today()."""
    parent = framework.parents.get(name)
    names = [parent.name] if parent is not None and parent is not framework.root else []
    expression = expressions.get(framework.nodes[name].relevant)
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
    ):
        """`known`: nodes already settled for these answers (by an earlier snapshot whose
        differences do not reach them), taken as they are."""
        self._framework = framework
        self._answers = answers
        self._modules = modules
        self._expressions = expressions
        self._today = today or date.today()
        self._memo: dict[str, bool] = dict(known) if known else {}

    @property
    def settled(self) -> dict[str, bool]:
        """Every node worked out so far (after a scoring pass: all it needed)."""
        return self._memo

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
        # Provisionally relevant while computing, so a cycle (which the validator reports)
        # ends instead of recursing forever.
        self._memo[name] = True
        result = self._compute(name)
        self._memo[name] = result
        return result

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

    def _depends_on(self, name: str) -> list[str]:
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

    def value_of(self, name: str) -> str | float:
        indicator = self._framework.indicators.get(name)
        if indicator is None or not self.is_relevant(name):
            return ""
        return expression_value(indicator, self._answers.get(name))

    def constraint_violation(self, indicator: Indicator, value: str | float) -> bool:
        """True when `value` breaks the indicator's constraint."""
        expression = self._expressions.get(indicator.constraint)
        if expression is None:
            return False
        if isinstance(value, int):
            value = float(value)
        return not expression.is_true(self.value_of, current=value, today=self._today)

