"""What an XLSForm workbook says about the form as a whole: its settings sheet (id, version,
title, default language, duplicate choices) and the languages its text columns are written in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.frameworks.language_columns import language_code, split_header
from app.frameworks.problem import ProblemLog, Severity
from app.frameworks.workbook_reader import Sheet
from app.frameworks.xlsform_vocabulary import NAME, TEXT_FIELDS, TRUE_WORDS
from app.models.localized_text import LocalizedText

MAX_VALIDITY_MONTHS = 240  # twenty years: anything longer is a typing slip


def framework_id_from(text: str, fallback: str = "framework") -> str:
    """A framework id made from any text: other characters become '_', and an id that would
    not start with a letter starts with 'f_' (`fallback` when nothing is left)."""
    safe = re.sub(r"[^A-Za-z0-9_]", "_", text).strip("_") or fallback
    return safe if safe[0].isalpha() else f"f_{safe}"


@dataclass(frozen=True)
class FormSettings:
    form_id: str
    version: str
    title: LocalizedText
    default_language: str
    languages: tuple[str, ...]  # the default first
    allow_duplicates: bool  # the same choice name twice in one list of the choices sheet
    validity_months: int | None  # how long an accepted assessment stays current, if declared

    @classmethod
    def read(cls, sheets: dict[str, Sheet], log: ProblemLog, fallback_id: str) -> FormSettings:
        """`fallback_id`: the id when the settings give none (made from the file's name)."""
        sheet = sheets.get("settings")
        row = next((r for r in sheet.rows if r.cells), None) if sheet else None
        cells = row.cells if row else {}
        form_id = cells.get("form_id", "") or fallback_id
        if not NAME.match(form_id):
            # pyxform takes any text as an id; Jalon's ids name files and commands.
            safe = framework_id_from(form_id, fallback_id)
            log.add(
                Severity.WARNING,
                sheet,
                row,
                "form_id",
                "form_id {value!r} cannot be a "
                "framework id, which starts with a letter or '_' and holds only letters, "
                "digits, '_', '.' and '-'; the framework's id is {safe}",
                value=form_id,
                safe=safe,
            )
            form_id = safe
        written = cells.get("default_language", "")
        languages = _languages(sheets, language_code(written) if written else "")
        title = LocalizedText(
            {
                language: text
                for header, text in cells.items()
                for name, language in [split_header(header)]
                if name == "title" and language
            }
        )
        return cls(
            form_id=form_id,
            version=cells.get("version", "") or "1",
            title=title or LocalizedText({languages[0]: cells.get("title", "") or form_id}),
            default_language=languages[0],
            languages=languages,
            allow_duplicates=cells.get("allow_choice_duplicates", "").strip().lower() in TRUE_WORDS,
            validity_months=_validity_months(cells.get("validity_months", ""), sheet, row, log),
        )


def _validity_months(written: str, sheet: Sheet | None, row, log: ProblemLog) -> int | None:
    """The settings' `validity_months` (a Jalon column pyxform ignores): a whole number of
    months; None when the column is empty, so that the portfolio's default applies."""
    text = written.strip()
    if not text:
        return None
    months = int(text) if text.isdigit() else 0
    if not 1 <= months <= MAX_VALIDITY_MONTHS:
        log.add(
            Severity.ERROR,
            sheet,
            row,
            "validity_months",
            "validity_months {value!r} is not a whole number of months from 1 to {most}",
            value=written,
            most=MAX_VALIDITY_MONTHS,
        )
        return None
    return months


def _languages(sheets: dict[str, Sheet], default: str) -> tuple[str, ...]:
    """The default language, then every other one a text column of the survey or the choices
    is written in (English when none is named)."""
    found: list[str] = [default] if default else []
    for key in ("survey", "choices"):
        sheet = sheets.get(key)
        for header in sheet.columns if sheet else ():
            name, language = split_header(header)
            if language and (name in TEXT_FIELDS) and language not in found:
                found.append(language)
    return tuple(found or ["en"])
