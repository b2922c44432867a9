"""The fixed texts of reports exist in English, French and Spanish, with the same placeholders."""

import string

import pytest

from app.reports.report_format import ReportFormatter
from app.reports.report_texts import CATALOG, REPORT_LANGUAGES, ReportTexts


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_key_with_the_same_placeholders():
    assert REPORT_LANGUAGES == ("en", "fr", "es")
    english = CATALOG["en"]
    for language in ("fr", "es"):
        texts = CATALOG[language]
        assert set(texts) == set(english), f"{language}: {set(texts) ^ set(english)}"
        for key, text in english.items():
            assert texts[key].strip(), f"{language}: {key} is empty"
            assert placeholders(texts[key]) == placeholders(text), f"{language}: {key}"


def test_headings_are_translated():
    assert ReportTexts("fr").get("summary") == "Synthèse"
    assert ReportTexts("es").get("action_plan") == "Plan de acción"
    assert ReportTexts("en").get("page_of", page=2, pages=9) == "Page 2 of 9"
    assert ReportTexts("pt").language == "en"  # unknown languages fall back to English


@pytest.mark.parametrize(
    ("language", "score", "number", "year"),
    [
        ("en", "72.5%", "12,345.5", "1998"),
        ("fr", "72,5\u00a0%", "12\u202f345,5", "1998"),
        ("es", "72,5\u00a0%", "12.345,5", "1998"),
    ],
)
def test_numbers_follow_the_locale(language, score, number, year):
    formatter = ReportFormatter(language)
    assert formatter.score(72.5) == score
    assert formatter.number(12345.5) == number
    assert formatter.number(1998) == year  # four-digit numbers (years) are not grouped
    assert formatter.score(None) == "–"


def test_absurdly_large_numbers_are_shown_not_crashed_on():
    assert ReportFormatter("fr").number(1e25) == "1E25"
    assert ReportFormatter("en").number(-(10**30)) == "-1E30"


def test_dates_and_countries_are_written_out():
    assert ReportFormatter("fr").date("2025-12-31") == "31 décembre 2025"
    assert ReportFormatter("es").date("2025-12-31") == "31 de diciembre de 2025"
    assert ReportFormatter("fr").country("SN") == "Sénégal"
    assert ReportFormatter("es").country("Perú") == "Perú"
