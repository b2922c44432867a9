"""How an answer reads in a report: the choice label in the report's language, a number or a
date in the locale's format, "Not applicable" with its reason, a value kept as typed with its
problem, and the points it earned."""

from __future__ import annotations

from datetime import date

from app.models.answer import Answer, InvalidValue, ValueProblem
from app.models.framework import Framework, Indicator, QuestionType
from app.models.scoring import indicator_points
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts


class AnswerDisplay:
    def __init__(
        self, framework: Framework, language: str, formatter: ReportFormatter, texts: ReportTexts
    ):
        self._framework = framework
        self._language = language
        self._format = formatter
        self._texts = texts

    def value(self, indicator: Indicator, answer: Answer | None) -> str:
        """The answer's value as a reader sees it; empty when there is none; a value kept as
        typed as it was typed, with its problem."""
        if answer is not None and isinstance(answer.value, InvalidValue):
            return self.invalid(indicator, answer.value)
        if answer is None or not answer.has_value:
            return ""
        value = answer.value
        if indicator.is_select:
            multiple = indicator.type == QuestionType.SELECT_MULTIPLE
            names = str(value).split() if multiple else [str(value)]
            return "; ".join(self.choice_label(indicator, name) for name in names)
        if isinstance(value, int | float):
            return self._format.number(value)
        if indicator.type == QuestionType.DATE:
            return self._format.date(str(value))
        return str(value)

    def invalid(self, indicator: Indicator, value: InvalidValue) -> str:
        """What was typed, and why it is not an answer (its type, else the question's rule)."""
        kind = value.problem(indicator)
        problem = (
            self.constraint_message(indicator)
            if kind == ValueProblem.RULE
            else self._texts.get(kind)
        )
        return self._texts.get("invalid_value", typed=value.typed, problem=problem)

    def choice_label(self, indicator: Indicator, name: str) -> str:
        choice = indicator.choice(name)
        if choice is None:
            return name
        return self._framework.text(choice.label, self._language) or name

    def typed(self, indicator: Indicator, answer: Answer | None) -> object:
        """The value for a spreadsheet cell: numbers stay numbers and dates dates, so that
        Excel sorts, filters and sums them; choices become their labels."""
        if answer is not None and answer.is_invalid:
            return self.value(indicator, answer)  # text in the cell: as typed, and why
        if answer is None or not answer.has_value:
            return None
        if isinstance(answer.value, int | float):
            return answer.value
        if indicator.type == QuestionType.DATE:
            try:
                return date.fromisoformat(str(answer.value)[:10])
            except ValueError:
                return str(answer.value)
        return self.value(indicator, answer)

    def constraint_message(self, indicator: Indicator) -> str:
        """The framework's explanation of a question's rule, or the rule itself."""
        return (
            self._framework.text(indicator.constraint_message, self._language)
            or indicator.constraint
        )

    def text(self, indicator: Indicator, answer: Answer | None) -> str:
        """The value, or "Not applicable", or "Not answered"."""
        if answer is not None and answer.is_not_applicable:
            return self._texts.get("not_applicable")
        shown = self.value(indicator, answer)
        return shown or self._texts.get("not_answered")

    def points(self, indicator: Indicator, answer: Answer | None) -> str:
        """Points earned over points possible, before weighting; empty when nothing counts."""
        earned = indicator_points(indicator, answer)
        if earned is None:
            return ""
        return self._format.points(*earned)
