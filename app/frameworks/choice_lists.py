"""The choice lists of an XLSForm workbook (its choices and external_choices sheets), and the
choices one question offers from them.

Every problem is reported with its sheet, row and column, in the builder's log.
"""

from __future__ import annotations

from collections.abc import Callable

from app.frameworks.framework_checker import Located
from app.frameworks.language_columns import split_header
from app.frameworks.problem import ProblemLog, Severity
from app.frameworks.workbook_reader import Sheet, SheetRow
from app.frameworks.xlsform_vocabulary import STANDARD_CHOICE_COLUMNS
from app.models.expression import Expression, ExpressionError
from app.models.framework import Choice, keep_columns
from app.models.localized_text import LocalizedText

Entries = list[tuple[Choice, SheetRow]]  # a list's choices, each with the row it came from


class ChoiceLists:
    def __init__(
        self,
        log: ProblemLog,
        texts: Callable[[SheetRow], dict[str, LocalizedText]],
        origins: dict[str, Located],
    ):
        """`texts(row)`: the row's texts by field, in their languages (the builder's reading);
        `origins` receives where each choice was read, for the checker's messages."""
        self._log = log
        self._texts = texts
        self._origins = origins
        self._bare_lists: dict[str, tuple[Choice, ...]] = {}

    def read(self, sheet: Sheet | None, allow_duplicates: bool) -> dict[str, Entries]:
        """The lists of `sheet` by name. pyxform refuses a name twice in one list on the
        choices sheet unless its settings allow it; cascading lists repeat a name under each
        parent ("king" county in two states), so external_choices always allows it."""
        lists: dict[str, Entries] = {}
        if sheet is None:
            return lists
        for row in sheet.rows:
            cells = row.cells
            if not cells:
                continue
            list_name = cells.get("list_name", "")
            name = cells.get("name", "")
            if not list_name:
                self._log.add(
                    Severity.ERROR, sheet, row, "list_name", "the choice has no list_name"
                )
                continue
            if not name:
                self._log.add(Severity.ERROR, sheet, row, "name", "the choice has no name")
                continue
            entries = lists.setdefault(list_name, [])
            if not allow_duplicates and any(existing.name == name for existing, _ in entries):
                self._log.add(
                    Severity.ERROR,
                    sheet,
                    row,
                    "name",
                    "choice {name!r} appears twice in list {list!r}",
                    name=name,
                    list=list_name,
                )
                continue
            score = None
            if cells.get("score", "") != "":
                try:
                    score = float(cells["score"])
                except ValueError:
                    self._log.add(
                        Severity.ERROR,
                        sheet,
                        row,
                        "score",
                        "score {value!r} is not a number",
                        value=cells["score"],
                    )
            columns = tuple(
                (key, value)
                for key, value in cells.items()
                if key not in STANDARD_CHOICE_COLUMNS
                and split_header(key)[0] not in STANDARD_CHOICE_COLUMNS
            )
            label = self._texts(row).get("label", LocalizedText())
            entries.append((Choice(name, label, score, columns), row))
            self._origins.setdefault(f"choice:{list_name}:{name}", Located(row.number, sheet))
        return lists

    @staticmethod
    def named_labels(entries: Entries) -> dict[str, LocalizedText]:
        return {choice.name: choice.label for choice, _ in entries}

    def offered(
        self, sheet: Sheet, row: SheetRow, list_name: str, entries: Entries, choice_filter: str
    ) -> tuple[Choice, ...]:
        """The list's choices, carrying the columns the question's filter reads (and only
        those: the other columns of a choices sheet are notes for its authors)."""
        if not choice_filter:
            bare = self._bare_lists.get(list_name)
            if bare is None:  # the same tuple for every question of the list
                bare = keep_columns(tuple(choice for choice, _ in entries), frozenset())
                self._bare_lists[list_name] = bare
            return bare
        try:
            fields = Expression.parse(choice_filter).fields
        except ExpressionError:
            fields = frozenset()  # the checker reports the syntax error with its place
        known = {key for choice, _ in entries for key, _ in choice.columns} | {"name"}
        for unknown in sorted(fields - known):
            # XPath reads a missing child as empty, and so does Jalon; it is rarely meant.
            self._log.add(
                Severity.WARNING,
                sheet,
                row,
                "choice_filter",
                "choice_filter reads column {column!r}, which the choices of list "
                "{list!r} do not have; it reads as empty (for the text, write "
                "'{column}' in quotes)",
                column=unknown,
                list=list_name,
            )
        return keep_columns(tuple(choice for choice, _ in entries), fields)
