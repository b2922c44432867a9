"""Values and functions of the XPath subset that XLSForm expressions use.

XPath converts freely between text, numbers and booleans; these rules are kept here, apart from
the parser and evaluator in `expression.py`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Protocol, TypeVar

import re2

Value = str | float | bool


# --- Values ------------------------------------------------------------------------------------


_Ordered = TypeVar("_Ordered", str, float)  # two dates as ISO text, or two numbers


def to_number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(value.strip())
    except ValueError:
        return math.nan


def to_boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not math.isnan(value) and value != 0
    return value != ""


def to_string(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return str(int(value)) if value.is_integer() else repr(value)
    return value


def to_display(value: Value) -> str:
    """A calculated value as a person reads it: numbers to at most four decimals."""
    if isinstance(value, float) and math.isfinite(value):
        return to_string(round(value, 4))
    return to_string(value)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def compare(op: str, left: Value, right: Value) -> bool:
    if op in ("=", "!="):
        if isinstance(left, bool) or isinstance(right, bool):
            equal = to_boolean(left) == to_boolean(right)
        elif isinstance(left, float) or isinstance(right, float):
            equal = to_number(left) == to_number(right)
        else:
            equal = left == right
        return equal if op == "=" else not equal
    if (
        isinstance(left, str)
        and isinstance(right, str)
        and _ISO_DATE.match(left)
        and _ISO_DATE.match(right)
    ):
        return _ordered(op, left, right)  # ISO dates sort as their text
    a, b = to_number(left), to_number(right)
    if math.isnan(a) or math.isnan(b):
        return False
    return _ordered(op, a, b)


def _ordered(op: str, a: _Ordered, b: _Ordered) -> bool:
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def arithmetic(op: str, left: Value, right: Value) -> float:
    a, b = to_number(left), to_number(right)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return math.nan
    if op == "div":
        return a / b
    if math.isinf(a):
        return math.nan  # fmod(inf, b) is undefined: Python raises "math domain error"
    return math.fmod(a, b)


# --- Functions ---------------------------------------------------------------------------------


def _selected(values: Value, choice: Value) -> bool:
    return to_string(choice).strip() in to_string(values).split()


def _count_selected(values: Value) -> float:
    return float(len(to_string(values).split()))


def _string_length(value: Value = "") -> float:
    return float(len(to_string(value)))


def _coalesce(first: Value, second: Value) -> Value:
    return first if to_string(first) != "" else second


def _round(value: Value, digits: Value = 0.0) -> float:
    number, places = to_number(value), to_number(digits)
    if math.isnan(number) or math.isinf(number) or math.isnan(places) or abs(places) > 15:
        return number
    return float(round(number, int(places)))


def _int(value: Value) -> float:
    number = to_number(value)
    return number if math.isnan(number) or math.isinf(number) else float(int(number))


def _substr(value: Value, start: Value, length: Value | None = None) -> str:
    text, begin = to_string(value), to_number(start)
    if math.isnan(begin):
        return ""
    first = _position(begin, len(text))
    if length is None:
        return text[first:]
    count = to_number(length)
    return "" if math.isnan(count) else text[first : first + _position(count, len(text))]


def _position(number: float, size: int) -> int:
    """A character position or count from any number, infinite ones included: clamped to
    the text before it becomes an int."""
    return int(min(max(number, 0.0), float(size)))


def _extreme(pick: Callable[..., float]) -> Callable[..., float]:
    def apply(*values: Value) -> float:
        numbers = [to_number(v) for v in values]
        return math.nan if any(math.isnan(n) for n in numbers) else pick(numbers)

    return apply


def _power(base: Value, exponent: Value) -> float:
    a, b = to_number(base), to_number(exponent)
    if math.isnan(a) or math.isnan(b) or abs(b) > 1000:  # 10 ** 1e9 would stall the evaluator
        return math.nan
    try:
        return math.pow(a, b)
    except (OverflowError, ValueError):
        return math.nan


def _rounding(operation: Callable[[float], int]) -> Callable[[Value], float]:
    def apply(value: Value) -> float:
        number = to_number(value)
        return number if math.isnan(number) or math.isinf(number) else float(operation(number))

    return apply


def _selected_at(values: Value, index: Value) -> str:
    names, position = to_string(values).split(), to_number(index)
    if math.isnan(position) or not 0 <= position < len(names):
        return ""
    return names[int(position)]


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a bad pattern is the framework's problem, not the terminal's


class _Pattern(Protocol):
    """What is used of a compiled RE2 pattern (the google-re2 module has no type hints)."""

    def search(self, text: str) -> object | None: ...


@lru_cache(maxsize=256)
def _pattern(source: str) -> _Pattern | None:
    """Patterns come from untrusted frameworks and run on every keystroke: RE2 matches in
    linear time, where Python's `re` can backtrack for ever on `(a+)+$`."""
    try:
        compiled: _Pattern = re2.compile(source, options=_RE2_OPTIONS)
    except re2.error:
        return None
    return compiled


def _regex(value: Value, pattern: Value) -> bool:
    """XLSForm's regex(): does the pattern occur in the value (as JavaRosa's find())?"""
    compiled = _pattern(to_string(pattern))
    return compiled is not None and compiled.search(to_string(value)) is not None


# name -> (function, minimum arguments, maximum arguments or None for any)
FUNCTIONS: Mapping[str, tuple[Callable[..., Value], int, int | None]] = {
    "selected": (_selected, 2, 2),
    "count-selected": (_count_selected, 1, 1),
    "string-length": (_string_length, 0, 1),
    "coalesce": (_coalesce, 2, 2),
    "not": (lambda value: not to_boolean(value), 1, 1),
    "true": (lambda: True, 0, 0),
    "false": (lambda: False, 0, 0),
    "number": (to_number, 1, 1),
    "string": (to_string, 1, 1),
    "boolean": (to_boolean, 1, 1),
    "int": (_int, 1, 1),
    "round": (_round, 1, 2),
    "concat": (lambda *values: "".join(to_string(v) for v in values), 0, None),
    "selected-at": (_selected_at, 2, 2),
    "contains": (lambda text, part: to_string(part) in to_string(text), 2, 2),
    "starts-with": (lambda text, part: to_string(text).startswith(to_string(part)), 2, 2),
    "ends-with": (lambda text, part: to_string(text).endswith(to_string(part)), 2, 2),
    "substr": (_substr, 2, 3),
    "normalize-space": (lambda text: " ".join(to_string(text).split()), 1, 1),
    "min": (_extreme(min), 1, None),
    "max": (_extreme(max), 1, None),
    "abs": (lambda value: abs(to_number(value)), 1, 1),
    "pow": (_power, 2, 2),
    "floor": (_rounding(math.floor), 1, 1),
    "ceiling": (_rounding(math.ceil), 1, 1),
    # `once` keeps the first value a data-collection app computed; a desktop audit recomputes
    # it from the same answers, so it is the value itself.
    "once": (lambda value: value, 1, 1),
    "regex": (_regex, 2, 2),
    # `if` and `today` are handled by the evaluator itself (lazy branches, injected date).
    "if": (lambda: "", 3, 3),
    "today": (lambda: "", 0, 0),
}
