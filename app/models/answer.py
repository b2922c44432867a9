"""The current answer to one indicator, and how raw input becomes a typed answer value."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.models.errors import AnswerError
from app.models.example_date import DATE_EXAMPLE
from app.models.framework import Indicator, QuestionType


class ValueProblem(StrEnum):
    """Why a value kept as typed is not an answer: its type, else the question's rule. The
    values are stable ids (exports carry them; reports translate them)."""

    WHOLE_NUMBER = "expects_whole_number"
    NUMBER = "expects_number"
    DATE = "expects_date"
    CHOICE = "expects_choice"
    RULE = "breaks_rule"


_TYPE_PROBLEMS = {
    QuestionType.INTEGER: ValueProblem.WHOLE_NUMBER,
    QuestionType.DECIMAL: ValueProblem.NUMBER,
    QuestionType.DATE: ValueProblem.DATE,
}


@dataclass(frozen=True)
class InvalidValue:
    """What a person typed that fails the question's type or rule (`19a8` for a year, `145`
    for a percentage), kept as typed so that nothing typed is lost. It is not an answer: not
    counted as answered, not scored, and it blocks finalization until it is corrected.

    Stored and carried in packages as the JSON object {"invalid": "<typed text>"}, which no
    valid value can be (those are texts, numbers or null)."""

    typed: str

    def __str__(self) -> str:  # how the command line prints it
        return f"{self.typed!r} (kept as typed, not a valid answer)"

    def problem(self, indicator: Indicator) -> ValueProblem:
        """Its type when the text is not a value of the question, else the question's rule
        (`constraint`), which depends on the other answers."""
        try:
            parse_answer(indicator, self.typed)
        except AnswerError:
            return _TYPE_PROBLEMS.get(indicator.type, ValueProblem.CHOICE)
        return ValueProblem.RULE


AnswerValue = str | int | float | InvalidValue | None


def value_to_json(value: AnswerValue) -> object:
    """A value as stored in the database and in packages."""
    return {"invalid": value.typed} if isinstance(value, InvalidValue) else value


def value_from_json(data: object) -> AnswerValue:
    """The inverse of value_to_json (the caller checks texts and numbers)."""
    if type(data) is dict:
        typed = data.get("invalid")
        if set(data) != {"invalid"} or type(typed) is not str:
            raise ValueError('an invalid value is stored as {"invalid": text}')
        return InvalidValue(typed)
    return data  # type: ignore[return-value]  # a text, a number or None, checked by callers


_new, _set = object.__new__, object.__setattr__  # for Answer.stored

MAX_WHOLE_NUMBER = 10**15  # what a spreadsheet keeps exactly


@dataclass(frozen=True)
class Answer:
    """The head of an indicator's revision history: what the audit currently says."""

    indicator: str
    value: AnswerValue = None
    na_reason: str = ""
    comment: str = ""
    flagged: bool = False
    department: str = ""
    revision_id: str = ""
    author: str = ""
    site: str = ""
    changed_at: str = ""

    @classmethod
    def stored(
        cls,
        indicator: str,
        value: AnswerValue,
        na_reason: str,
        comment: str,
        flagged: bool,
        department: str,
        revision_id: str,
        author: str,
        site: str,
        changed_at: str,
    ) -> Answer:
        """An answer read back from storage: the same object as Answer(...) with these fields,
        made in one step instead of the frozen dataclass's field by field (a third of the
        cost; exports and benchmarks read millions of answers)."""
        answer = _new(cls)
        _set(
            answer,
            "__dict__",
            {
                "indicator": indicator,
                "value": value,
                "na_reason": na_reason,
                "comment": comment,
                "flagged": flagged,
                "department": department,
                "revision_id": revision_id,
                "author": author,
                "site": site,
                "changed_at": changed_at,
            },
        )
        return answer

    @property
    def has_value(self) -> bool:
        """A valid value (an invalid one kept as typed is not an answer)."""
        return self.value is not None and self.value != "" and not self.is_invalid

    @property
    def is_invalid(self) -> bool:
        return isinstance(self.value, InvalidValue)

    @property
    def is_not_applicable(self) -> bool:
        return bool(self.na_reason)

    @property
    def is_answered(self) -> bool:
        return self.has_value or self.is_not_applicable

    def content(self) -> dict[str, Any]:
        """The fields a revision records (everything but identity and provenance)."""
        return {
            "value": self.value,
            "na_reason": self.na_reason,
            "comment": self.comment,
            "flagged": self.flagged,
            "department": self.department,
        }


def parse_answer(indicator: Indicator, raw: object) -> str | int | float | None:
    """Turn user input (text from a keyboard, a CLI argument or a workbook cell) into a value.

    Raises AnswerError with a message that says what is wrong. Empty input means "no answer".
    """
    if raw is None:
        return None
    text = raw.strip() if isinstance(raw, str) else raw
    if text == "":
        return None
    kind = indicator.type
    if kind == QuestionType.NOTE:
        raise AnswerError("{code} is a note and takes no answer", code=indicator.display_code)
    if kind == QuestionType.CALCULATE:
        raise AnswerError(
            "{code} is worked out from other answers and takes no answer",
            code=indicator.display_code,
        )
    if kind == QuestionType.SELECT_ONE:
        name = str(text)
        if indicator.choice(name) is None:
            raise AnswerError(
                "{value!r} is not a choice of {code}; expected one of: {choices}",
                value=name,
                code=indicator.display_code,
                choices=", ".join(c.name for c in indicator.choices),
            )
        return name
    if kind == QuestionType.SELECT_MULTIPLE:
        names = str(text).replace(",", " ").split()
        unknown = [n for n in names if indicator.choice(n) is None]
        if unknown:
            raise AnswerError(
                "{value!r} is not a choice of {code}; expected some of: {choices}",
                value=" ".join(unknown),
                code=indicator.display_code,
                choices=", ".join(c.name for c in indicator.choices),
            )
        ordered = [c.name for c in indicator.choices if c.name in names]
        return " ".join(ordered)
    if kind in (QuestionType.INTEGER, QuestionType.DECIMAL):
        return _parse_number(indicator, text)
    if kind == QuestionType.DATE:
        return _parse_date(indicator, text)
    return str(text)


def _parse_number(indicator: Indicator, raw: object) -> int | float:
    if isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, int | float):
        number = float(raw)
    else:
        cleaned = str(raw).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")  # a decimal comma, as French and Spanish write it
        try:
            number = float(cleaned)
        except ValueError:
            raise AnswerError(
                "{code} needs a number, not {value!r}", code=indicator.display_code, value=str(raw)
            ) from None
    if math.isnan(number) or math.isinf(number):
        raise AnswerError("{code} needs a finite number", code=indicator.display_code)
    if indicator.type == QuestionType.INTEGER:
        if not number.is_integer():
            raise AnswerError(
                "{code} needs a whole number, not {value}", code=indicator.display_code, value=raw
            )
        if abs(number) >= MAX_WHOLE_NUMBER:
            # "1e300" is a whole number of 301 digits: no spreadsheet or report holds it.
            raise AnswerError(
                "{code} needs a whole number of at most 15 digits", code=indicator.display_code
            )
        return int(number)
    return number


def _parse_date(indicator: Indicator, raw: object) -> str:
    if isinstance(raw, date):
        return raw.isoformat()[:10]
    try:
        return date.fromisoformat(str(raw)[:10]).isoformat()
    except ValueError:
        raise AnswerError(
            "{code} needs a date such as {example}, not {value!r}",
            code=indicator.display_code,
            example=DATE_EXAMPLE,
            value=str(raw),
        ) from None


def expression_value(indicator: Indicator, answer: Answer | None) -> str | float:
    """The value `${name}` takes in an expression: a number for numeric questions, else text."""
    if answer is None or not answer.has_value:
        return ""
    if isinstance(answer.value, int | float):
        return float(answer.value)
    return str(answer.value)
