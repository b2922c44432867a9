"""XLSForm translated columns: `label::Français (fr)` is the French label."""

from __future__ import annotations

import re
from functools import lru_cache

_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\)\s*$")
_NAMES = {
    "english": "en",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "portuguese": "pt",
    "português": "pt",
    "arabic": "ar",
}
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


def language_code(text: str) -> str:
    """`English (en)` -> `en`; `English` -> `en`; an unknown name is kept, lower-cased."""
    match = _CODE.search(text)
    if match:
        return match.group(1).lower()
    cleaned = text.strip().lower()
    return _NAMES.get(cleaned, cleaned)


@lru_cache(maxsize=1024)  # the same few headers, once per cell of a large workbook
def split_header(header: str) -> tuple[str, str | None]:
    """`label::English (en)` -> ("label", "en"); `label` -> ("label", None)."""
    if "::" in header:
        field, language = header.split("::", 1)
        return field.strip().lower(), language_code(language)
    return header.strip().lower(), None


def column_header(field: str, language: str) -> str:
    name = LANGUAGE_NAMES.get(language, language)
    return f"{field}::{name} ({language})"
