"""Text that exists once per language, read with an explicit fallback order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LocalizedText:
    """A user-visible text in several languages, keyed by language code ("en", "fr", ...)."""

    values: Mapping[str, str] = field(default_factory=dict)

    def get(self, language: str, fallback: Iterable[str] = ()) -> str:
        """The text in `language`, else in the first fallback language that has it, else ''."""
        for lang in (language, *fallback):
            text = self.values.get(lang)
            if text:
                return text
        return next((text for text in self.values.values() if text), "")

    def has(self, language: str) -> bool:
        return bool(self.values.get(language))

    def __bool__(self) -> bool:
        return any(self.values.values())

    def to_dict(self) -> dict[str, str]:
        return {lang: text for lang, text in sorted(self.values.items()) if text}
