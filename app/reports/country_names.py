"""Countries named in a language: an audit's country given as an ISO code ("SN") is shown by
its name in the reader's language ("Sénégal", "Senegal"); a country typed as a name is shown as
typed. One rule for the reports and the desktop's lists, from Babel's CLDR data."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale


class CountryNames:
    def __init__(self, language: str):
        self._names = Locale.parse(language).territories

    @staticmethod
    @lru_cache(maxsize=8)
    def of(language: str) -> CountryNames:
        """The names in `language` ("fr", "es_ES"), read once: the audit list asks per row."""
        return CountryNames(language)

    def name(self, value: str) -> str:
        """A two-letter ISO code by its name; anything else as given."""
        code = value.strip()
        if len(code) == 2 and code.isalpha():
            return self._names.get(code.upper(), value)
        return value
