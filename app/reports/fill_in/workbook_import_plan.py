"""What importing a filled-in workbook would change, decided before anything is written.

The reader turns rows into entries (or problems); the plan compares each entry with the
audit's current answers under the chosen mode and lists every change, every difference it
leaves alone, and every rule the new values would break. Nothing here writes anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.models.answer import Answer, AnswerValue
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.relevance import ExpressionCache, Relevance
from app.reports.answer_display import AnswerDisplay
from app.reports.fill_in.fill_in_layout import FillInLayout

ANSWER_COLUMN = FillInLayout.letter("answer")


class ImportMode(StrEnum):
    FILL = "fill"  # only questions without an answer (and empty comments) are filled
    OVERWRITE = "overwrite"  # every non-empty cell that differs replaces Jalon's value


@dataclass(frozen=True)
class WorkbookProblem:
    """Something wrong in the workbook, with where: sheet, row and column (when known)."""

    sheet: str
    row: int | None
    column: str | None
    template: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def place(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return where

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"

    @classmethod
    def of(
        cls, sheet: str, row: int | None, column: str | None, message: JalonError
    ) -> WorkbookProblem:
        """A problem whose message is a JalonError's template and parameters, so that the
        interface translates it like any error message (context "errors")."""
        return cls(sheet, row, column, message.template, dict(message.params))


@dataclass(frozen=True)
class WorkbookEntry:
    """One row of a filled-in workbook, read and checked."""

    row: int
    indicator: str
    value: AnswerValue = None
    na_reason: str = ""
    comment: str = ""


@dataclass(frozen=True)
class WorkbookChange:
    row: int
    indicator: str
    code: str
    field: str  # "answer", "not_applicable" or "comment"
    before: str  # as a reader sees it, in the workbook's language
    after: str
    value: AnswerValue  # the new value, N/A reason or comment


@dataclass
class WorkbookPreview:
    mode: ImportMode
    changes: list[WorkbookChange] = field(default_factory=list)
    kept: list[WorkbookChange] = field(default_factory=list)  # left alone by "fill" mode
    problems: list[WorkbookProblem] = field(default_factory=list)

    @property
    def can_apply(self) -> bool:
        return not self.problems and bool(self.changes)


class WorkbookImportPlan:
    def __init__(
        self,
        framework: Framework,
        answers: Mapping[str, Answer],
        modules: frozenset[str],
        display: AnswerDisplay,
        sheet: str,
    ):
        self._framework = framework
        self._answers = answers
        self._modules = modules
        self._display = display
        self._sheet = sheet

    def build(
        self, entries: list[WorkbookEntry], mode: ImportMode, problems: list[WorkbookProblem]
    ) -> WorkbookPreview:
        preview = WorkbookPreview(mode, problems=list(problems))
        after = dict(self._answers)
        for entry in entries:
            indicator = self._framework.indicators[entry.indicator]
            current = self._answers.get(entry.indicator) or Answer(entry.indicator)
            wanted = self._wanted(entry, current)
            if wanted is not None:
                field_name, new_answer = wanted
                change = WorkbookChange(
                    entry.row,
                    indicator.name,
                    indicator.display_code,
                    field_name,
                    self._shown(current),
                    self._shown(new_answer),
                    new_answer.na_reason if field_name == "not_applicable" else new_answer.value,
                )
                if mode == ImportMode.OVERWRITE or not current.is_answered:
                    preview.changes.append(change)
                    after[indicator.name] = replace(
                        after.get(indicator.name) or current,
                        value=new_answer.value,
                        na_reason=new_answer.na_reason,
                    )
                else:
                    preview.kept.append(change)
            if entry.comment and entry.comment != current.comment:
                change = WorkbookChange(
                    entry.row,
                    indicator.name,
                    indicator.display_code,
                    "comment",
                    current.comment,
                    entry.comment,
                    entry.comment,
                )
                if mode == ImportMode.OVERWRITE or not current.comment:
                    preview.changes.append(change)
                else:
                    preview.kept.append(change)
        preview.problems += self._broken_rules(preview.changes, after)
        return preview

    def _wanted(self, entry: WorkbookEntry, current: Answer) -> tuple[str, Answer] | None:
        """The answer the row asks for, when it differs from the current one."""
        if entry.na_reason:
            if current.na_reason == entry.na_reason and not current.has_value:
                return None
            return "not_applicable", Answer(entry.indicator, value=None, na_reason=entry.na_reason)
        if entry.value is None:
            return None  # an empty cell never erases an answer
        if current.value == entry.value and not current.na_reason:
            return None
        return "answer", Answer(entry.indicator, value=entry.value)

    def _shown(self, answer: Answer) -> str:
        indicator = self._framework.indicators[answer.indicator]
        if not answer.is_answered:
            return ""
        text = self._display.text(indicator, answer)
        return f"{text}: {answer.na_reason}" if answer.is_not_applicable else text

    def _broken_rules(
        self, changes: list[WorkbookChange], after: dict[str, Answer]
    ) -> list[WorkbookProblem]:
        """Constraints and cascading choices checked against the answers as they would be
        after the import, so that "loan officers ≤ staff" sees both numbers from the workbook
        and a district is checked against the region chosen in the same workbook."""
        relevance = Relevance(self._framework, after, self._modules, ExpressionCache())
        found = []
        for change in changes:
            # A new answer is a value the reader parsed: never None here, never kept as typed.
            if change.field != "answer" or not isinstance(change.value, str | int | float):
                continue
            indicator = self._framework.indicators[change.indicator]
            if indicator.choice_filter:
                offered = {choice.name for choice in relevance.choices_for(indicator)}
                refused = [n for n in str(change.value).split() if n not in offered]
                if refused:
                    found.append(
                        WorkbookProblem.of(
                            self._sheet,
                            change.row,
                            ANSWER_COLUMN,
                            JalonError(
                                "{code}: {value} is not offered given the other answers "
                                "of the workbook",
                                code=change.code,
                                value=change.after,
                            ),
                        )
                    )
                    continue
            if relevance.constraint_violation(indicator, change.value):
                rule = self._display.constraint_message(indicator)
                found.append(
                    WorkbookProblem.of(
                        self._sheet,
                        change.row,
                        ANSWER_COLUMN,
                        JalonError(
                            "{code}: the value {value} is not accepted: {rule}",
                            code=change.code,
                            value=change.after,
                            rule=rule,
                        ),
                    )
                )
        return found
