"""Numbers, percentages, sizes and dates written the way the report's language writes them.

Babel gives each locale its own separators (French "72,5 %" with a no-break space, Spanish
"12.345,5"), so a report for a Spanish board reads naturally; the embedded font covers those
special spaces, which the PDF base fonts do not.
"""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal, format_percent, format_scientific
from babel.units import format_unit

from app.reports.country_names import CountryNames

EMPTY = "–"
LARGE = 1e18


class ReportFormatter:
    def __init__(self, language: str):
        self.language = language
        self.locale = Locale.parse(language)
        pattern = self.locale.percent_formats[None].pattern
        # The locale's own percent pattern (spacing, sign position) with one decimal: scores
        # are shown to a tenth of a point, the precision the app shows on screen.
        self._score_pattern = pattern.replace("#,##0", "#,##0.0", 1)
        self._whole_pattern = pattern

    def score(self, percent: float | None) -> str:
        """A score given in percent (0–100), one decimal; a dash when nothing is scored yet."""
        if percent is None:
            return EMPTY
        return format_percent(percent / 100, self._score_pattern, locale=self.locale)

    def share(self, fraction: float | None) -> str:
        """A share (0–1) as a whole percentage, for coverage."""
        if fraction is None:
            return EMPTY
        return format_percent(fraction, self._whole_pattern, locale=self.locale)

    def number(self, value: float | int | None) -> str:
        if value is None:
            return EMPTY
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        # Four-digit whole numbers (years above all) are written without a group separator,
        # as French and Spanish typography ask: "1998", not "1 998".
        grouped = not (isinstance(value, int) and abs(value) < 10_000)
        if abs(value) >= LARGE:
            # Beyond what a count or an amount can be (a typing slip, most likely): Babel's
            # decimal rounding would overflow, and scientific notation shows the slip plainly.
            return format_scientific(value, "0.###E0", locale=self.locale)
        return format_decimal(value, locale=self.locale, group_separator=grouped)

    def change(self, points: float | None) -> str:
        """A change of score in percentage points, signed, one decimal ("+12,5", "−3,0")."""
        if points is None:
            return EMPTY
        if round(points, 1) == 0:
            return format_decimal(0, "0.0", locale=self.locale)
        return format_decimal(points, "+#,##0.0;-#,##0.0", locale=self.locale)

    def points(self, points: float, possible: float) -> str:
        return f"{self.number(points)} / {self.number(possible)}"

    def country(self, value: str) -> str:
        """A country given as an ISO code ("SN") by its name in the language ("Sénégal")."""
        return CountryNames.of(self.language).name(value)

    def size(self, size: int) -> str:
        """A file size in kilobytes or megabytes, with the locale's unit ("ko" in French)."""
        if size >= 1_000_000:
            return format_unit(
                size / 1_000_000,
                "digital-megabyte",
                length="short",
                format="#,##0.#",
                locale=self.locale,
            )
        return format_unit(
            max(size / 1000, 0.1),
            "digital-kilobyte",
            length="short",
            format="#,##0.#",
            locale=self.locale,
        )

    def date(self, value: str | date | None) -> str:
        """A calendar date written out ("12 mars 2026"); raw text when it is not ISO."""
        if not value:
            return EMPTY
        if isinstance(value, str):
            try:
                day = date.fromisoformat(value[:10])
            except ValueError:
                return value
        else:
            day = value
        return str(format_date(day, format="long", locale=self.locale))

    def short_date(self, value: str | None) -> str:
        if not value:
            return EMPTY
        try:
            return format_date(date.fromisoformat(value[:10]), format="medium", locale=self.locale)
        except ValueError:
            return value

    def moment(self, value: datetime) -> str:
        """Date and time of day, e.g. for the generation time of a report."""
        return (
            f"{format_date(value, format='long', locale=self.locale)} "
            f"{format_time(value, format='short', locale=self.locale)}"
        )
