"""Finding a record by its id or by an unambiguous prefix of it, as every command accepts.

The messages stay with each kind of record (an audit, a conflict): their wording and grammar
differ from one language to another, so each caller writes its own three sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from app.models.errors import JalonError

T = TypeVar("T")

# Shorter prefixes match too many records to be a safe way of naming one.
MIN_PREFIX = 4


def find_by_id_or_prefix(
    reference: str,
    exact: Callable[[str], T | None],
    by_prefix: Callable[[str], list[T]],
    *,
    too_short: Callable[[str], JalonError],
    unknown: Callable[[str], JalonError],
    ambiguous: Callable[[str, int], JalonError],
) -> T:
    reference = reference.strip()
    found = exact(reference)
    if found is not None:
        return found
    if len(reference) < MIN_PREFIX:
        raise too_short(reference)
    matches = by_prefix(reference)
    if not matches:
        raise unknown(reference)
    if len(matches) > 1:
        raise ambiguous(reference, len(matches))
    return matches[0]
