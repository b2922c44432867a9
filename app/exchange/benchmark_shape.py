"""What a benchmark.json must hold, checked before anything reads it: a signature says who
built the file, not that its content is sound (a trusted head office's tool could be broken).

Every value a site reads is checked for its JSON type and range, and a refusal names the place
in the document ("frameworks[0].groups[2].nodes[5].median"), so that the dashboard, the reports
and `jalon benchmark show` never meet a missing key or a score outside 0-100.
"""

from __future__ import annotations

import math
from typing import Any

from app.exchange.exchange_error import PackageError

JSON_TYPES = {str: "string", int: "integer", float: "number", list: "array", dict: "object"}


class BenchmarkShape:
    @classmethod
    def check(cls, document: dict[str, Any]) -> None:
        """PackageError("benchmark-shape") at the first value that is not as it should be."""
        cls._value(document, "group_by", str)
        cls._value(document, "created_at", str)
        minimum = cls._value(document, "min_group_size", int)
        cls._range(minimum >= 2, "min_group_size")
        for f, entry in enumerate(cls._value(document, "frameworks", list)):
            where = f"frameworks[{f}]"
            entry = cls._item(entry, where)
            for key in ("id", "version", "hash"):
                cls._value(entry, key, str, where)
            for g, group in enumerate(cls._value(entry, "groups", list, where)):
                at = f"{where}.groups[{g}]"
                group = cls._item(group, at)
                cls._value(group, "group", str, at)
                cls._range(
                    cls._value(group, "institutions", int, at) >= minimum, f"{at}.institutions"
                )
                for n, node in enumerate(cls._value(group, "nodes", list, at)):
                    cls._node(cls._item(node, f"{at}.nodes[{n}]"), f"{at}.nodes[{n}]", minimum)

    @classmethod
    def _node(cls, node: dict[str, Any], where: str, minimum: int) -> None:
        for key in ("node", "code", "level"):
            cls._value(node, key, str, where)
        cls._range(cls._value(node, "count", int, where) >= minimum, f"{where}.count")
        marks = [cls._value(node, key, float, where) for key in ("q1", "median", "q3")]
        cls._range(0 <= marks[0] <= marks[1] <= marks[2] <= 100, f"{where}.q1/median/q3")

    @staticmethod
    def _item(value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _shape_error(where, "object")
        return value

    @staticmethod
    def _value(container: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
        place = f"{where}.{key}" if where else key
        value = container.get(key)
        if kind is float:
            fits = (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
            )
        elif kind is int:
            fits = isinstance(value, int) and not isinstance(value, bool)
        else:
            fits = isinstance(value, kind)
        if not fits:
            raise _shape_error(place, JSON_TYPES[kind])
        return value

    @staticmethod
    def _range(fits: bool, where: str) -> None:
        if not fits:
            raise PackageError(
                "benchmark-shape",
                "benchmark.json holds an impossible value at {where} (scores run from 0 to 100 "
                "in order Q1, median, Q3; counts reach the minimum group size)",
                where=where,
            )


def _shape_error(where: str, expected: str) -> PackageError:
    return PackageError(
        "benchmark-shape",
        "benchmark.json is malformed at {where}: a JSON {expected} is expected there",
        where=where,
        expected=expected,
    )
