"""Strict reading of a package's JSON files: one meaning per document, or a refusal that names
the file and the JSON path.

Python's json module accepts what other readers read differently: a key given twice (Python
keeps the last, another tool the first: a decoy object), NaN and Infinity (not JSON), escaped
lone surrogates (text that cannot be written as UTF-8, which then fails far away, in an
export), and escaped control characters (which no spreadsheet cell may hold).

The common case costs little: duplicate keys are caught while parsing, and the document is
walked for bad characters only when its raw text holds an escape that could produce one.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from app.exchange.exchange_error import PackageError

# Escapes of UTF-16 surrogates and of C0 control characters other than tab, line feed and
# carriage return (what openpyxl refuses in a cell). Raw ones are refused by json.loads itself.
_SUSPECT_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]|\\u00[01][0-9a-fA-F]")
_FORBIDDEN_CONTROLS = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\r"}


class _DuplicateKey(Exception):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


class _Constant(Exception):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


class _Marked(dict[str, Any]):
    """An object that held a key twice, found again by its path (slow path only)."""

    duplicate = ""


def _unique(pairs: list[tuple[str, object]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return document


def _marking(pairs: list[tuple[str, object]]) -> dict[str, Any]:
    try:
        return _unique(pairs)
    except _DuplicateKey as duplicate:
        marked = _Marked(pairs)
        marked.duplicate = duplicate.key
        return marked


def _constant(name: str) -> float:
    raise _Constant(name)


class _Overflow(Exception):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # valid JSON such as 1e309 that no decimal can hold
        raise _Overflow(text)
    return number


class StrictJson:
    """loads(data) of one file of a package: `file` names it in messages."""

    def __init__(self, file: str):
        self.file = file

    def loads(self, data: bytes) -> object:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise PackageError(
                "json-invalid",
                "{file} in the package is not valid JSON ({reason})",
                file=self.file,
                reason=error,
            ) from None
        try:
            document = json.loads(
                text, object_pairs_hook=_unique, parse_constant=_constant, parse_float=_finite
            )
        except _DuplicateKey as duplicate:
            marked = json.loads(text, object_pairs_hook=_marking, parse_float=float)
            raise PackageError(
                "json-duplicate-key",
                "{file} in the package holds the key "
                "{key!r} twice in one object, at {path}: a reader could take "
                "either",
                file=self.file,
                key=duplicate.key,
                path=self._path_of(marked, lambda v: isinstance(v, _Marked)),
            ) from None
        except _Constant as constant:
            raise PackageError(
                "json-not-a-number",
                "{file} in the package holds {value}, which is not a JSON number",
                file=self.file,
                value=constant.name[:20],
            ) from None
        except _Overflow as overflow:
            raise PackageError(
                "json-number-too-large",
                "{file} in the package holds the number {value}, beyond what a decimal "
                "holds (between -1.8 × 10^308 and 1.8 × 10^308)",
                file=self.file,
                value=overflow.text[:20],
            ) from None
        except (ValueError, RecursionError) as error:  # bad JSON, or a number of 4,300+ digits
            raise PackageError(
                "json-invalid",
                "{file} in the package is not valid JSON ({reason})",
                file=self.file,
                reason=error,
            ) from None
        if _SUSPECT_ESCAPE.search(text):
            self._check_characters(document)
        return document

    def _check_characters(self, document: object) -> None:
        path = self._path_of(document, _has_lone_surrogate)
        if path is not None:
            raise PackageError(
                "json-lone-surrogate",
                "{file} in the package holds, at {path}, "
                "half of a character (a lone UTF-16 surrogate) that no text may "
                "hold",
                file=self.file,
                path=path,
            )
        path = self._path_of(document, _has_control_character)
        if path is not None:
            raise PackageError(
                "json-control-character",
                "{file} in the package holds, at {path}, a control character that no text may hold",
                file=self.file,
                path=path,
            )

    @staticmethod
    def _path_of(document: object, found: Callable[[object], bool]) -> str | None:
        """The JSON path of the first value (or key) for which `found` is true."""
        stack: list[tuple[str, object]] = [("", document)]
        while stack:
            path, value = stack.pop()
            if found(value):
                return path or "the top level"
            if isinstance(value, dict):
                for key, item in reversed(value.items()):
                    if found(key):
                        return path or "the top level"
                    name = key if key.isidentifier() else json.dumps(key, ensure_ascii=True)
                    stack.append((f"{path}.{name}" if path else name, item))
            elif isinstance(value, list):
                stack.extend((f"{path}[{n}]", item) for n, item in reversed(list(enumerate(value))))
        return None


def _has_lone_surrogate(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _has_control_character(value: object) -> bool:
    return isinstance(value, str) and not _FORBIDDEN_CONTROLS.isdisjoint(value)
