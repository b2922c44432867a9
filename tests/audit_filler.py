"""The one way tests fill an audit: every relevant question answered, through the real session.

Layers use it with different emphases: UI tests want a finalizable audit (`choice` picks the
option of every select), merge tests want two fillings that differ (`variant` shifts every
value), report tests want a realistic mix of answers, N/A reasons, comments and flags
(`cycle`, `na_every`, `comment_every`, `flag_every`) with accented texts.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.models.errors import AnswerError
from app.models.framework import QuestionType


def answer_everything(
    session,
    *,
    choice: int = 0,
    variant: int = 0,
    cycle: Sequence[str] = (),
    na_every: int = 0,
    comment_every: int = 0,
    flag_every: int = 0,
    text: str = "Answered",
    date: str = "2026-06-30",
    na_reason: str = "Not offered by this institution",
    comment: str = "Checked with the management",
) -> None:
    """Answer every relevant, answerable question of `session`'s audit.

    A select gets its `choice`-th option (the last when it has fewer), moved on by `variant`;
    a scored question takes the options of `cycle` in turn when one is given. Every
    `na_every`-th scored question is marked N/A instead, every `comment_every`-th gets
    `comment` and every `flag_every`-th is flagged (0: never). Numbers try a few values until
    the question's constraint accepts one; texts and dates carry `variant` when it is not 0.
    """
    scored_seen = 0
    for indicator in session.framework.iter_indicators():
        if indicator.name not in session.score().relevant or not indicator.is_answerable:
            continue
        if indicator.is_scored:
            scored_seen += 1
            if na_every and scored_seen % na_every == 0:
                session.mark_not_applicable(indicator.name, na_reason)
            else:
                session.answer(
                    indicator.name, _scored_choice(indicator, scored_seen, choice, variant, cycle)
                )
            if comment_every and scored_seen % comment_every == 0:
                session.comment(indicator.name, comment)
            if flag_every and scored_seen % flag_every == 0:
                session.flag(indicator.name)
        elif indicator.is_select:
            options = indicator.choices
            session.answer(
                indicator.name,
                options[(min(choice, len(options) - 1) + variant) % len(options)].name,
            )
        elif indicator.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
            _answer_a_number(session, indicator.name, variant)
        elif indicator.type == QuestionType.DATE:
            session.answer(indicator.name, date if not variant else f"2024-06-0{1 + variant % 9}")
        else:
            session.answer(indicator.name, text if not variant else f"{text} {variant}")


def _scored_choice(
    indicator, position: int, choice: int, variant: int, cycle: Sequence[str]
) -> str:
    names = [c.name for c in indicator.choices]
    if cycle:
        wanted = cycle[(position + variant) % len(cycle)]
        if wanted in names:
            return wanted
    return names[(min(choice, len(names) - 1) + variant) % len(names)]


def _answer_a_number(session, name: str, variant: int) -> None:
    for candidate in (10 + variant, 1998 + variant, 1, 0, 100):
        try:
            session.answer(name, str(candidate))
            return
        except AnswerError:  # a constraint refuses this value; try the next one
            continue
    raise AssertionError(f"no test value fits the constraint of {name}")
