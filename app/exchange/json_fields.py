"""Typed, bounded reads of one JSON object from a package, with errors that say where.

Package files come from elsewhere and may be hostile or damaged; each field is checked for its
type and length before it becomes part of a domain object.
"""

from __future__ import annotations

from typing import Any

from app.exchange.exchange_error import PackageError

# Any one text of a package (a comment, a text answer, a title). Far above what a person may
# type into one (the services' input limits), so that texts saved before those limits existed
# still travel: an audit must never become impossible to export. Numbers likewise: a package
# takes any finite number (package_content_check.py), wider than what may be typed.
MAX_TEXT = 1_000_000


class JsonFields:
    def __init__(self, data: object, where: str, file: str):
        self._file = file
        self.where = where
        if not isinstance(data, dict):
            raise self.error("must be an object")
        self._data = data

    def error(self, detail: str, **params: object) -> PackageError:
        return PackageError(
            "content-invalid",
            "{file} in the package is invalid: {where} " + detail,
            False,
            file=self._file,
            where=self.where,
            **params,
        )

    def field_error(self, key: str, detail: str) -> PackageError:
        return PackageError(
            "content-invalid",
            "{file} in the package is invalid: {where}.{field} " + detail,
            file=self._file,
            where=self.where,
            field=key,
        )

    def text(self, key: str, required: bool = False, limit: int = MAX_TEXT) -> str:
        value = self._data.get(key, "")
        if not isinstance(value, str) or len(value) > limit or (required and not value):
            raise self.field_error(
                key, "must be a text" + (" that is not empty" if required else "")
            )
        return value

    def boolean(self, key: str) -> bool:
        value = self._data.get(key, False)
        if not isinstance(value, bool):
            raise self.field_error(key, "must be true or false")
        return value

    def count(self, key: str) -> int:
        value = self._data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.field_error(key, "must be a whole number of zero or more")
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self._data.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(v, str) and len(v) <= MAX_TEXT for v in value
        ):
            raise self.field_error(key, "must be a list of texts")
        return tuple(value)

    def obj(self, key: str) -> dict[str, Any]:
        value = self._data.get(key, {})
        if not isinstance(value, dict):
            raise self.field_error(key, "must be an object")
        return value

    def get(self, key: str) -> object:
        """The field as it is, unchecked (to compare it with an expected value)."""
        return self._data.get(key)

    def obj_keys(self) -> set[str]:
        return set(self._data)

    def items(self, key: str) -> list[Any]:
        value = self._data.get(key, [])
        if not isinstance(value, list):
            raise self.field_error(key, "must be a list")
        return value

    def choice(self, key: str, allowed: list[str]) -> str:
        value = self._data.get(key)
        if not isinstance(value, str) or value not in allowed:
            raise self.field_error(key, "must be one of " + ", ".join(allowed))
        return value


def first_repeated(ids: list[str]) -> str:
    """The first id a package's list holds twice ("" when none is): what a refusal names."""
    seen: set[str] = set()
    for record_id in ids:
        if record_id in seen:
            return record_id
        seen.add(record_id)
    return ""
