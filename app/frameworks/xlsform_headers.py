"""Column headers as pyxform understands them, flattened to the one spelling Jalon's builder reads.

pyxform's `dealias_and_group_headers` does the real work with pyxform's own alias tables:
upper-case headers, `list name` for `list_name`, `label:english` (single colon), `calculation`,
`jr:constraintMsg`, `form_id` and the rest. It returns nested rows
(`{"label": {"English (en)": ...}, "bind": {"relevant": ...}}`); Jalon keeps flat rows with one
key per column (`label::English (en)`, `relevant`), so that every problem can still be reported
at the column it came from.
"""

from __future__ import annotations

from collections.abc import Sequence

from pyxform import aliases, constants
from pyxform.parsing.sheet_headers import dealias_and_group_headers
from pyxform.question import MultipleChoiceQuestion, Option
from pyxform.survey import Survey

# pyxform's name for a column -> the name Jalon's builder reads.
CANONICAL = {
    "calculate": "calculation",
    "jr:constraintMsg": "constraint_message",
    "jr:requiredMsg": "required_message",
    "jr:count": "repeat_count",
    constants.LIST_NAME_S: "list_name",
    constants.ID_STRING: "form_id",
}
# pyxform keeps columns it does not know as they are spelled; Jalon's own are matched in any case.
JALON_COLUMNS = {
    "score",
    "weight",
    "level",
    "code",
    "department",
    "module",
    "evidence",
    "plausible_change",
}
# pyxform groups some columns under these keys; their members are columns of their own.
NESTED = {"bind", "control", "instance", "parameters"}
IGNORED = {"media"}  # images, audio and video of a label: a desktop audit shows none of them
_SHEETS = {
    "survey": (aliases.survey_header, lambda: set(MultipleChoiceQuestion.get_slot_names())),
    "choices": (aliases.list_header, lambda: set(Option.get_slot_names())),
    "external_choices": (aliases.list_header, lambda: set(Option.get_slot_names())),
    "settings": (aliases.settings_header, lambda: set(Survey.get_slot_names())),
}


class XlsformHeaders:
    """Maps each original header of a sheet to its canonical name. Only the headers go through
    pyxform: cell values are kept exactly as written (pyxform would turn typographic quotes
    into straight ones and collapse line breaks in guidance texts)."""

    def normalise(
        self, sheet: str, rows: Sequence[dict[str, str]], header_rows: Sequence[dict] | None
    ) -> tuple[list[tuple[int, dict[str, str]]], dict[str, str]]:
        """The rows of `sheet` as (spreadsheet row number, canonical cells), and the original
        header of each canonical column."""
        header_aliases, columns = _SHEETS[sheet]
        headers = list(header_rows[0]) if header_rows else []
        # pyxform's parsing applied to a row holding each header as its own value says which
        # canonical column each header became.
        grouped = dealias_and_group_headers(
            sheet_name=sheet,
            sheet_data=[{header: header for header in headers}],
            sheet_header=header_rows or [],
            header_aliases=header_aliases,
            header_columns=columns(),
            default_language=constants.DEFAULT_LANGUAGE_VALUE,
        ).data
        originals = self._flatten(grouped[0]) if headers else {}
        canonical = {header: name for name, header in originals.items()}
        flat = [
            (number, {canonical[h]: v for h, v in row.items() if h in canonical})
            for number, row in enumerate(rows, start=2)
        ]
        return flat, originals

    def _flatten(self, row: dict) -> dict[str, str]:
        flat: dict[str, str] = {}
        for key, value in row.items():
            if key in IGNORED:
                continue
            if key in NESTED and isinstance(value, dict):
                for inner, inner_value in value.items():
                    self._put(flat, inner, inner_value)
            else:
                self._put(flat, key, value)
        return flat

    @staticmethod
    def _put(flat: dict[str, str], key: str, value: object) -> None:
        name = CANONICAL.get(key, key)
        if name.lower() in JALON_COLUMNS:
            name = name.lower()
        if isinstance(value, dict):
            for language, text in value.items():
                if isinstance(text, str):
                    default = language == constants.DEFAULT_LANGUAGE_VALUE
                    flat[name if default else f"{name}::{language}"] = text
        elif value is not None:
            flat[name] = str(value)
