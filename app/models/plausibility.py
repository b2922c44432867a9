"""Plausibility of a follow-up audit's Organization Information figures against the previous
audit: a figure (a number typed, or a ratio the framework derives from them) that moved by more
than a share of last time's value is flagged for a person to confirm, with a note.

The share is set per question in the framework (column `plausible_change`, e.g. 0.3 for ±30 %),
else DEFAULT_CHANGE. A confirmation holds for the value it confirmed: changing the figure
afterwards raises the flag again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.models.framework import Framework, Group, Indicator, Level, QuestionType

# Organization figures (branches, staff, clients, portfolio) rarely move by half in a year or
# two; a larger move is more often a typing slip or a change of definition than growth.
DEFAULT_CHANGE = 0.5
EVENT_KIND = "figure-confirmed"
_NUMERIC = (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.CALCULATE)


@dataclass(frozen=True)
class PlausibilityFlag:
    indicator: str
    previous: float
    current: float
    limit: float  # the relative change allowed (0.5: ±50 %)
    from_framework: bool  # the limit is the framework's for this question, not the default

    @property
    def change(self) -> float | None:
        """The relative change (0.8: +80 %); None from a previous value of zero."""
        return None if self.previous == 0 else (self.current - self.previous) / abs(self.previous)


@dataclass(frozen=True)
class FigureConfirmation:
    """A person confirmed a flagged figure: the value confirmed, and why it is right."""

    indicator: str
    value: float
    note: str

    def to_detail(self) -> dict[str, object]:
        return {"indicator": self.indicator, "value": self.value, "note": self.note}

    @classmethod
    def from_detail(cls, detail: dict[str, object]) -> FigureConfirmation:
        value = _number(detail.get("value"))
        return cls(
            str(detail.get("indicator", "")),
            0.0 if value is None else value,
            str(detail.get("note", "")),
        )


@dataclass(frozen=True)
class ConfirmedFigure:
    """A figure that moved beyond its limit and that a person confirmed at its current value:
    shown with who confirmed it, when, and why, wherever the audit is read (at the head office
    too: the confirmation travels in packages)."""

    flag: PlausibilityFlag  # the move that was confirmed
    note: str
    author: str
    confirmed_at: str  # ISO time


def plausibility_flags(
    questions: Iterable[Indicator],
    current: Mapping[str, object],
    previous: Mapping[str, object],
    confirmed: Iterable[FigureConfirmation] = (),
) -> list[PlausibilityFlag]:
    """The figures among `questions` that moved beyond their limit and are not confirmed at
    their current value; `current` and `previous` map question names to values (answers and
    calculated values alike)."""
    held = {(c.indicator, c.value) for c in confirmed}
    flags = []
    for question in questions:
        if question.type not in _NUMERIC:
            continue
        now, before = _number(current.get(question.name)), _number(previous.get(question.name))
        if now is None or before is None or (question.name, now) in held:
            continue
        limit = question.plausible_change
        allowed = DEFAULT_CHANGE if limit is None else limit
        moved = now != before if before == 0 else abs(now - before) / abs(before) > allowed
        if moved:
            flags.append(PlausibilityFlag(question.name, before, now, allowed, limit is not None))
    return flags


def organization_figures(framework: Framework) -> list[Indicator]:
    """The figures of Organization Information (the framework's top-level sections): numbers
    typed and numbers the framework works out from them."""
    found: list[Indicator] = []

    def walk(group: Group) -> None:
        for child in group.children:
            if isinstance(child, Group):
                walk(child)
            elif child.type in _NUMERIC:
                found.append(child)

    for section in framework.dimensions():
        if section.level == Level.SECTION:
            walk(section)
    return found


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
