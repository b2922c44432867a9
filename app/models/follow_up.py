"""A follow-up audit: the next audit of an institution, started from the previous one.

What the previous audit answered is recorded with the follow-up when it is created (in the
"follow-up" entry of its log, which travels in packages like the rest of the log), mapped to the
new framework version through its crosswalk. Nothing of it counts until a person takes it up:

- Organization Information (the questions of the framework's top-level sections) is carried
  *to confirm*: each field shows last time's value, and finalization waits until every one is
  confirmed or changed.
- The previous audit's open actions (not verified nor dropped) are carried over as actions of
  the follow-up, each knowing the action it continues: the follow-up verifies them.
- Indicator answers are shown beside each question; keeping one writes a revision of the new
  audit, by whoever kept it, at that time. With `carried` (a network's choice per audit) every
  previous answer is *carried, to confirm*: it blocks finalization like Organization Information,
  and counts in the score only once confirmed (until then it is not an answer of the new audit).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.models.answer import Answer, InvalidValue
from app.models.crosswalk import Relation
from app.models.framework import Framework, Indicator, Level

EVENT_KIND = "follow-up"


@dataclass(frozen=True)
class PreviousAnswer:
    """An answer of the previous audit, under the new framework's name of its question."""

    indicator: str
    value: str | int | float | None
    na_reason: str = ""
    comment: str = ""
    author: str = ""
    changed_at: str = ""

    def content(self) -> dict[str, Any]:
        """What keeping it writes as the new audit's answer."""
        return {"value": self.value, "na_reason": self.na_reason, "comment": self.comment}

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class FollowUp:
    previous_audit: str
    previous_period: str  # e.g. "2024-12-31": how the previous audit is named beside answers
    carried: bool  # every previous answer is carried, to confirm (else only shown)
    answers: Mapping[str, PreviousAnswer]
    profile: frozenset[str]  # names of the Organization Information questions

    def needs_confirmation(self, name: str) -> bool:
        """Whether the previous answer to `name` must be confirmed before finalization."""
        return name in self.answers and (self.carried or name in self.profile)

    def to_detail(self) -> dict[str, Any]:
        return {
            "from": self.previous_audit,
            "period": self.previous_period,
            "carried": self.carried,
            "answers": [a.to_dict() for a in self.answers.values()],
            "profile": sorted(self.profile),
        }

    @classmethod
    def from_detail(cls, detail: dict[str, Any]) -> FollowUp:
        answers = {}
        for item in detail.get("answers", []):
            answer = PreviousAnswer(**{k: item.get(k, "") for k in PreviousAnswer.__annotations__})
            answers[answer.indicator] = answer
        return cls(
            previous_audit=str(detail.get("from", "")),
            previous_period=str(detail.get("period", "")),
            carried=bool(detail.get("carried", False)),
            answers=answers,
            profile=frozenset(detail.get("profile", [])),
        )


def profile_questions(framework: Framework) -> frozenset[str]:
    """The Organization Information questions: those of the framework's top-level sections."""
    names: set[str] = set()
    for group in framework.dimensions():
        if group.level == Level.SECTION:
            names.update(i.name for i in group.iter_indicators() if i.is_answerable)
    return frozenset(names)


def previous_answers(
    previous: Framework, answers: Mapping[str, Answer], framework: Framework
) -> dict[str, PreviousAnswer]:
    """The previous audit's answers under `framework`'s names: the same names on the same
    version; through the crosswalk on a newer one, where only questions kept (same or reworded)
    carry their answer (a split or merged question is answered afresh)."""
    if previous.content_hash == framework.content_hash:
        names = {i.name: i.name for i in framework.iter_indicators()}
    else:
        crosswalk = framework.crosswalk_from(previous)
        rows = crosswalk.rows if crosswalk is not None else ()
        names = {
            row.subject: row.object
            for row in rows
            if row.relation in (Relation.SAME, Relation.REWORDED)
        }
    carried = {}
    for old_name, answer in answers.items():
        name = names.get(old_name)
        indicator = framework.find(name) if name else None
        if not name or not isinstance(indicator, Indicator) or not indicator.is_answerable:
            continue
        if isinstance(answer.value, InvalidValue) or not answer.is_answered and not answer.comment:
            continue  # an invalid answer (typed, not accepted) is not carried
        carried[name] = PreviousAnswer(
            name,
            answer.value,
            answer.na_reason,
            answer.comment,
            answer.author,
            answer.changed_at,
        )
    return carried


def carried_target(previous: Framework, target: str, framework: Framework) -> str:
    """The name, under `framework`, of what an action of the previous audit targeted: the same
    node on the same version or where the newer version keeps its name; else the first
    question the crosswalk maps it to; else the name as it was (shown as stored)."""
    if previous.content_hash == framework.content_hash or framework.find(target) is not None:
        return target
    crosswalk = framework.crosswalk_from(previous)
    for row in crosswalk.counterparts(target) if crosswalk is not None else ():
        if row.object and framework.find(row.object) is not None:
            return row.object
    return target
