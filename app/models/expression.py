"""A safe evaluator for the XPath subset that XLSForm expressions use.

Expressions come from framework workbooks, which are untrusted files: they are tokenised and
parsed into a small tree here and evaluated by walking that tree. Python's `eval` is never used.
Supported: `${name}` references, `.` (the value being checked), string and number literals,
`= != < <= > >=`, `and`, `or`, `+ - * div mod`, unary minus, and the functions in FUNCTIONS.
A bare name (`state = ${state}`) is a column of the choice being filtered: it only means
something in a `choice_filter`, and the validator refuses it anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.models.expression_functions import (
    FUNCTIONS,
    Value,
    arithmetic,
    compare,
    to_boolean,
    to_number,
)

MAX_LENGTH = 4000
MAX_DEPTH = 64
MAX_OPERATORS = 200


class ExpressionError(ValueError):
    """An expression that cannot be parsed or evaluated; `position` is a 0-based offset."""

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.message = message
        self.position = position

    def __str__(self) -> str:
        if self.position is None:
            return self.message
        return f"{self.message} (at character {self.position + 1})"


_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<ref>\$\{(?P<refname>[^}]*)\})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<dot>\.)
  | (?P<name>[A-Za-z_][A-Za-z0-9_\-]*)
    """,
    re.VERBOSE,
)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    position: int


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            raise ExpressionError(f"unexpected character {source[position]!r}", position)
        kind = match.lastgroup or ""
        if kind == "ref":
            name = match.group("refname").strip()
            if not _NAME.match(name):
                raise ExpressionError(f"invalid reference ${{{name}}}", position)
            tokens.append(_Token("ref", name, position))
        elif kind == "string":
            tokens.append(_Token("string", match.group()[1:-1], position))
        elif kind != "space":
            tokens.append(_Token(kind, match.group(), position))
        position = match.end()
    tokens.append(_Token("end", "", len(source)))
    return tokens


# --- Tree --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Node:
    kind: str  # literal | ref | current | field | binary | negate | call
    value: Value = ""
    name: str = ""
    args: tuple[_Node, ...] = ()
    position: int = 0


_OPERATOR_WORDS = {"and", "or", "div", "mod"}


class _Parser:
    _LEVELS = (
        ("or",),
        ("and",),
        ("=", "!="),
        ("<", "<=", ">", ">="),
        ("+", "-"),
        ("*", "div", "mod"),
    )

    def __init__(self, tokens: list[_Token]):
        self._tokens = tokens
        self._index = 0
        self._depth = 0
        self._nodes = 0

    def parse(self) -> _Node:
        node = self._binary(0)
        token = self._peek()
        if token.kind != "end":
            raise ExpressionError(f"unexpected {token.text!r}", token.position)
        return node

    def _peek(self) -> _Token:
        return self._tokens[self._index]

    def _take(self) -> _Token:
        token = self._tokens[self._index]
        self._index += 1
        return token

    def _is_operator(self, token: _Token, operators: tuple[str, ...]) -> bool:
        return token.kind in ("op", "name") and token.text in operators

    def _binary(self, level: int) -> _Node:
        if level == len(self._LEVELS):
            return self._unary()
        node = self._binary(level + 1)
        while self._is_operator(self._peek(), self._LEVELS[level]):
            operator = self._take()
            right = self._binary(level + 1)
            node = _Node(
                "binary", name=operator.text, args=(node, right), position=operator.position
            )
            self._check_size(node)
        return node

    def _check_size(self, node: _Node) -> None:
        # Long operator chains build deep trees; bound them so evaluation cannot exhaust the stack.
        self._nodes += 1
        if self._nodes > MAX_OPERATORS:
            raise ExpressionError(
                f"expression has more than {MAX_OPERATORS} operators", node.position
            )

    def _unary(self) -> _Node:
        token = self._peek()
        if token.kind == "op" and token.text == "-":
            self._take()
            return _Node("negate", args=(self._enter(self._unary),), position=token.position)
        return self._enter(self._primary)

    def _enter(self, parse: Callable[[], _Node]) -> _Node:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise ExpressionError("expression is nested too deeply", self._peek().position)
        try:
            return parse()
        finally:
            self._depth -= 1

    def _primary(self) -> _Node:
        token = self._take()
        if token.kind == "number":
            return _Node("literal", value=float(token.text), position=token.position)
        if token.kind == "string":
            return _Node("literal", value=token.text, position=token.position)
        if token.kind == "ref":
            return _Node("ref", name=token.text, position=token.position)
        if token.kind == "dot":
            return _Node("current", position=token.position)
        if token.kind == "op" and token.text == "(":
            node = self._binary(0)
            self._expect(")")
            return node
        if token.kind == "name" and self._peek().text == "(":
            return self._call(token)
        if token.kind == "name" and token.text not in _OPERATOR_WORDS:
            return _Node("field", name=token.text, position=token.position)
        if token.kind == "end":
            raise ExpressionError("expression ends too early", token.position)
        raise ExpressionError(f"unexpected {token.text!r}", token.position)

    def _call(self, name: _Token) -> _Node:
        if name.text not in FUNCTIONS:
            raise ExpressionError(f"unknown function {name.text}()", name.position)
        self._expect("(")
        args: list[_Node] = []
        if self._peek().text != ")":
            args.append(self._binary(0))
            while self._peek().text == ",":
                self._take()
                args.append(self._binary(0))
        self._expect(")")
        _, minimum, maximum = FUNCTIONS[name.text]
        if len(args) < minimum or (maximum is not None and len(args) > maximum):
            expected = str(minimum) if minimum == maximum else f"{minimum} or more"
            if maximum is not None and maximum != minimum:
                expected = f"{minimum} to {maximum}"
            raise ExpressionError(
                f"{name.text}() takes {expected} argument(s), not {len(args)}", name.position
            )
        return _Node("call", name=name.text, args=tuple(args), position=name.position)

    def _expect(self, text: str) -> None:
        token = self._take()
        if token.text != text or token.kind not in ("op",):
            found = "the end" if token.kind == "end" else repr(token.text)
            raise ExpressionError(f"expected {text!r} but found {found}", token.position)


# --- Public API --------------------------------------------------------------------------------


class Expression:
    """A parsed expression. `Expression.parse` raises ExpressionError on bad syntax."""

    def __init__(self, source: str, root: _Node):
        self.source = source
        self._root = root
        self.references: frozenset[str] = frozenset(self._collect(root, "ref"))
        self.fields: frozenset[str] = frozenset(self._collect(root, "field"))
        self.uses_current: bool = self._uses_current(root)

    @classmethod
    def parse(cls, source: str) -> Expression:
        if len(source) > MAX_LENGTH:
            raise ExpressionError(f"expression is longer than {MAX_LENGTH} characters")
        if not source.strip():
            raise ExpressionError("expression is empty")
        return cls(source, _Parser(_tokenize(source)).parse())

    @staticmethod
    def _collect(node: _Node, kind: str) -> set[str]:
        names = {node.name} if node.kind == kind else set()
        for arg in node.args:
            names |= Expression._collect(arg, kind)
        return names

    @staticmethod
    def _uses_current(node: _Node) -> bool:
        return node.kind == "current" or any(Expression._uses_current(a) for a in node.args)

    def evaluate(
        self,
        lookup: Callable[[str], Value],
        current: Value = "",
        today: date | None = None,
        field: Callable[[str], Value] | None = None,
    ) -> Value:
        """Evaluate with `lookup(name)` giving the value of `${name}` ("" when unanswered) and
        `field(name)` the column `name` of the choice being filtered."""
        return _Evaluator(lookup, current, today or date.today(), field).run(self._root)

    def is_true(
        self,
        lookup: Callable[[str], Value],
        current: Value = "",
        today: date | None = None,
        field: Callable[[str], Value] | None = None,
    ) -> bool:
        return to_boolean(self.evaluate(lookup, current, today, field))

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"


class _Evaluator:
    def __init__(
        self,
        lookup: Callable[[str], Value],
        current: Value,
        today: date,
        field: Callable[[str], Value] | None,
    ):
        self._lookup = lookup
        self._current = current
        self._today = today
        self._field = field

    def run(self, node: _Node) -> Value:
        kind = node.kind
        if kind == "literal":
            return node.value
        if kind == "ref":
            return self._lookup(node.name)
        if kind == "current":
            return self._current
        if kind == "field":
            return self._field(node.name) if self._field is not None else ""
        if kind == "negate":
            return -to_number(self.run(node.args[0]))
        if kind == "binary":
            return self._binary(node)
        return self._call(node)

    def _binary(self, node: _Node) -> Value:
        op = node.name
        if op == "and":
            return to_boolean(self.run(node.args[0])) and to_boolean(self.run(node.args[1]))
        if op == "or":
            return to_boolean(self.run(node.args[0])) or to_boolean(self.run(node.args[1]))
        left, right = self.run(node.args[0]), self.run(node.args[1])
        if op in ("=", "!=", "<", "<=", ">", ">="):
            return compare(op, left, right)
        return arithmetic(op, left, right)

    def _call(self, node: _Node) -> Value:
        if node.name == "if":
            condition, then, otherwise = node.args
            return self.run(then) if to_boolean(self.run(condition)) else self.run(otherwise)
        if node.name == "today":
            return self._today.isoformat()
        function = FUNCTIONS[node.name][0]
        return function(*(self.run(arg) for arg in node.args))
