"""What upgrading a draft audit to a newer framework version does to each of its answers,
worked out along the crosswalk before anything is written (the preview is this plan).

Each answer of the old version is kept (same question name: its history simply continues),
carried (copied as a new revision to its counterpart), or not carried, with the reason; an
answer not carried stays in the audit's history, "no longer assessed". A question that receives
answers that disagree (a merge) or part of a split is flagged for a person to review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.models.answer import Answer, AnswerValue
from app.models.crosswalk import Correspondence, Crosswalk, Relation
from app.models.framework import Framework, Indicator, QuestionType
from app.models.localized_text import LocalizedText

# What becomes of an answer, said in the preview and kept in the audit's log (translated by
# the interface: module-level NOTE_ texts are collected for translation).
NOTE_KEPT = "{code} continues as {target} ({relation})"
NOTE_CARRIED = "{code} is carried to {target} ({relation})"
NOTE_SAME_ANSWER = "{code} gave the same answer as {target}; both are now {target}"
NOTE_DISAGREES = (
    "{code} answered {value}, but {target} keeps {kept}; {target} is flagged for review"
)
NOTE_NO_ROW = "the crosswalk has no row for {code}; its answer is no longer assessed"
NOTE_RETIRED = "{code} is retired in {version}; its answer is no longer assessed"
NOTE_NOT_A_CHOICE = "{code}'s answer {value!r} is not a choice of {target}; not carried"
NOTE_WRONG_TYPE = "{code}'s answer {value!r} does not fit {target}'s type; not carried"
NOTE_NOT_WHOLE = "{code}'s answer {value!r} is not a whole number as {target} needs; not carried"


class Outcome(StrEnum):
    KEPT = "kept"  # same question name: the answer's history continues as it is
    CARRIED = "carried"  # copied to its counterpart as a new revision
    NOT_CARRIED = "not carried"  # stays in the history, no longer assessed


@dataclass(frozen=True)
class Move:
    """What becomes of the answer to old question `source`."""

    source: str
    target: str  # '' when there is no counterpart
    relation: Relation | None  # None: the crosswalk has no row for the question
    outcome: Outcome
    template: str  # English template (a NOTE_ above), translated by the interface
    params: dict[str, Any] = field(default_factory=dict)
    note: LocalizedText = field(default_factory=LocalizedText)  # the crosswalk's, if any

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class TargetChange:
    """A revision to write on new question `target`: its new content, and why."""

    target: str
    content: dict[str, Any]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class UpgradePlan:
    old: Framework
    new: Framework
    moves: tuple[Move, ...]
    changes: tuple[TargetChange, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for move in self.moves if move.outcome == outcome)


def has_content(answer: Answer) -> bool:
    return answer.is_answered or bool(answer.comment) or answer.flagged


class UpgradePlanner:
    def __init__(self, old: Framework, new: Framework, crosswalk: Crosswalk):
        self._old = old
        self._new = new
        self._crosswalk = crosswalk

    def plan(self, answers: dict[str, Answer]) -> UpgradePlan:
        answered = [
            i.name
            for i in self._old.iter_indicators()
            if i.name in answers and has_content(answers[i.name])
        ]
        moves: dict[str, Move] = {}
        incoming: dict[str, list[tuple[str, Correspondence]]] = {}
        for name in answered:
            rows = [r for r in self._crosswalk.counterparts(name) if r.object]
            if not rows:
                moves[name] = self._no_counterpart(name)
            for row in rows:
                incoming.setdefault(row.object, []).append((name, row))
        changes = []
        for target_name in [i.name for i in self._new.iter_indicators() if i.name in incoming]:
            change = self._settle(target_name, incoming[target_name], answers, moves)
            if change is not None:
                changes.append(change)
        ordered = tuple(moves[name] for name in answered if name in moves)
        return UpgradePlan(self._old, self._new, ordered, tuple(changes))

    def _no_counterpart(self, name: str) -> Move:
        rows = self._crosswalk.counterparts(name)
        relation = rows[0].relation if rows else None
        if relation is None:
            return Move(
                name,
                "",
                None,
                Outcome.NOT_CARRIED,
                NOTE_NO_ROW,
                {"code": self._old_code(name)},
            )
        return Move(
            name,
            "",
            relation,
            Outcome.NOT_CARRIED,
            NOTE_RETIRED,
            {"code": self._old_code(name), "version": self._new.version},
            rows[0].comment,
        )

    def _settle(
        self,
        target_name: str,
        sources: list[tuple[str, Correspondence]],
        answers: dict[str, Answer],
        moves: dict[str, Move],
    ) -> TargetChange | None:
        """Decide which source answer the new question takes; record every source's move."""
        target = self._new.indicators[target_name]
        # The question's own earlier answer comes first, then the others in crosswalk order.
        sources = sorted(sources, key=lambda pair: pair[0] != target_name)
        chosen: Answer | None = None
        review = False
        for name, row in sources:
            answer = answers[name]
            unfit = self._unfit(answer.value, target)
            if unfit:
                moves[name] = Move(
                    name,
                    target_name,
                    row.relation,
                    Outcome.NOT_CARRIED,
                    unfit,
                    {
                        "code": self._old_code(name),
                        "value": answer.value,
                        "target": target.display_code,
                    },
                )
                continue
            if row.relation == Relation.SPLIT:
                review = True
            if chosen is None:
                chosen = answer
                outcome = Outcome.KEPT if name == target_name else Outcome.CARRIED
                moves[name] = Move(
                    name,
                    target_name,
                    row.relation,
                    outcome,
                    *self._carried(name, target, row, outcome),
                )
            elif _same_answer(answer, chosen):
                moves[name] = Move(
                    name,
                    target_name,
                    row.relation,
                    Outcome.CARRIED,
                    NOTE_SAME_ANSWER,
                    {"code": self._old_code(name), "target": target.display_code},
                )
            else:
                review = True
                moves[name] = Move(
                    name,
                    target_name,
                    row.relation,
                    Outcome.NOT_CARRIED,
                    NOTE_DISAGREES,
                    {
                        "code": self._old_code(name),
                        "value": _shown(answer),
                        "target": target.display_code,
                        "kept": _shown(chosen),
                    },
                )
        if chosen is None:
            return None
        content = chosen.content() | ({"flagged": True} if review else {})
        current = answers.get(target_name)
        if current is not None and current.content() == content:
            return None  # its own answer, unchanged: nothing to write
        return TargetChange(
            target_name, content, tuple(name for name, _ in sources if moves[name].target)
        )

    def _carried(
        self, name: str, target: Indicator, row: Correspondence, outcome: Outcome
    ) -> tuple[str, dict[str, Any]]:
        params = {
            "code": self._old_code(name),
            "target": target.display_code,
            "relation": row.relation.value,
        }
        if outcome == Outcome.KEPT:
            return NOTE_KEPT, params
        return NOTE_CARRIED, params

    @staticmethod
    def _unfit(value: AnswerValue, target: Indicator) -> str:
        """Why `value` cannot be an answer to `target` ('' when it can)."""
        if value is None or value == "":
            return ""
        if target.is_select:
            names = (
                str(value).split() if target.type == QuestionType.SELECT_MULTIPLE else [str(value)]
            )
            if isinstance(value, int | float) or any(target.choice(n) is None for n in names):
                return NOTE_NOT_A_CHOICE
            return ""
        numeric = target.type in (QuestionType.INTEGER, QuestionType.DECIMAL)
        if numeric != isinstance(value, int | float):
            return NOTE_WRONG_TYPE
        whole = not isinstance(value, float) or value.is_integer()
        if target.type == QuestionType.INTEGER and not whole:
            return NOTE_NOT_WHOLE
        return ""

    def _old_code(self, name: str) -> str:
        return self._old.indicators[name].display_code


def _same_answer(one: Answer, other: Answer) -> bool:
    return (one.value, one.na_reason) == (other.value, other.na_reason)


def _shown(answer: Answer) -> str:
    if answer.is_not_applicable:
        return f"N/A ({answer.na_reason})"
    return str(answer.value) if answer.has_value else "(no answer)"
