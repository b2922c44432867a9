"""Where an indicator stands, as the navigator, its filters and its icons see it.

Yes / partially / no are read from the points of the chosen choice (all, some, none), so the
filters work for any scored framework, not only for choices named "yes" and "no".
"""

from __future__ import annotations

from enum import StrEnum

from app.models.answer import Answer
from app.models.framework import Indicator
from app.models.scoring import indicator_points


class AnswerState(StrEnum):
    IRRELEVANT = "irrelevant"  # does not apply given earlier answers or the chosen modules
    UNANSWERED = "unanswered"
    # A follow-up audit's carried answer not yet confirmed: not an answer until kept.
    TO_CONFIRM = "to confirm"
    YES = "yes"
    PARTIAL = "partial"
    NO = "no"
    NOT_APPLICABLE = "na"
    ANSWERED = "answered"  # a value that carries no points (a number, a text, a date)

    @classmethod
    def of(cls, indicator: Indicator, answer: Answer | None, relevant: bool) -> AnswerState:
        if not relevant:
            return cls.IRRELEVANT
        if answer is None or not answer.is_answered:
            return cls.UNANSWERED
        if answer.is_not_applicable:
            return cls.NOT_APPLICABLE
        points = indicator_points(indicator, answer)
        if points is None:
            if indicator.is_scored:
                return cls.NOT_APPLICABLE  # a choice without points, such as "not applicable"
            return cls.ANSWERED
        obtained, possible = points
        if possible > 0 and obtained >= possible:
            return cls.YES
        if obtained > 0:
            return cls.PARTIAL
        return cls.NO
