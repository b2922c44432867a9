"""A crosswalk: how the indicators of one framework version correspond to those of another.

Shaped like an SSSOM mapping table (one row per correspondence: subject, predicate, object,
justification, comment). The subject is an indicator of the older framework, the object one of
the newer framework that stores the crosswalk; a retired indicator has no object and a new one
no subject. Upgrades of draft audits, comparisons and consolidated exports across versions go
through it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.models.localized_text import LocalizedText

if TYPE_CHECKING:
    from app.models.framework import Framework, Indicator

MANUAL_CURATION = "semapv:ManualMappingCuration"  # SSSOM's word for a person's decision
DRAFTED = "semapv:LexicalMatching"  # what `jalon framework diff` proposes, for review


class Relation(StrEnum):
    SAME = "same"  # the indicator is unchanged
    REWORDED = "reworded"  # same meaning and choices, clearer text
    SPLIT = "split"  # one old indicator became several
    MERGED = "merged"  # several old indicators became one
    RETIRED = "retired"  # no counterpart: no longer assessed
    NEW = "new"  # no predecessor

    @property
    def needs_subject(self) -> bool:
        return self != Relation.NEW

    @property
    def needs_object(self) -> bool:
        return self != Relation.RETIRED


@dataclass(frozen=True)
class Correspondence:
    """One row: `subject` (old indicator name, '' for NEW) relates to `object` (new indicator
    name, '' for RETIRED)."""

    subject: str
    relation: Relation
    object: str
    comment: LocalizedText = field(default_factory=LocalizedText)
    justification: str = MANUAL_CURATION

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject_id": self.subject,
            "predicate_id": self.relation.value,
            "object_id": self.object,
            "comment": self.comment.to_dict(),
            "mapping_justification": self.justification,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Correspondence:
        return cls(
            data.get("subject_id", ""),
            Relation(data["predicate_id"]),
            data.get("object_id", ""),
            LocalizedText(data.get("comment", {})),
            data.get("mapping_justification", MANUAL_CURATION),
        )


@dataclass(frozen=True)
class CrosswalkProblem:
    """Something wrong with a crosswalk; the message names the questions concerned."""

    template: str
    params: dict[str, Any]

    def __str__(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Crosswalk:
    """The correspondences from framework `source_id` version `source_version` to the
    framework that holds this crosswalk."""

    source_id: str
    source_version: str
    rows: tuple[Correspondence, ...]

    def counterparts(self, subject: str) -> list[Correspondence]:
        return [row for row in self.rows if row.subject == subject]

    def predecessors(self, target: str) -> list[Correspondence]:
        return [row for row in self.rows if row.object == target and row.subject]

    def is_from(self, framework: Framework) -> bool:
        return (self.source_id, self.source_version) == (framework.id, framework.version)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject_source": self.source_id,
            "subject_source_version": self.source_version,
            "mappings": [row.to_dict() for row in self.rows],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Crosswalk:
        return cls(
            data["subject_source"],
            data["subject_source_version"],
            tuple(Correspondence.from_dict(row) for row in data.get("mappings", ())),
        )

    def check(self, old: Framework, new: Framework) -> list[CrosswalkProblem]:
        """Every row names real indicators with the relation's shape, and every indicator of
        `old` has at least one row (an upgrade must know what becomes of each answer)."""
        problems: list[CrosswalkProblem] = []

        def add(template: str, **params: object) -> None:
            problems.append(CrosswalkProblem(template, params))

        for row in self.rows:
            if row.relation.needs_subject and row.subject not in old.indicators:
                add(
                    "{subject!r} is not a question of {framework} {version}",
                    subject=row.subject or "(empty)",
                    framework=old.id,
                    version=old.version,
                )
            if not row.relation.needs_subject and row.subject:
                add("a 'new' row names no old question, but names {subject!r}", subject=row.subject)
            if row.relation.needs_object and row.object not in new.indicators:
                add(
                    "{object!r} is not a question of {framework} {version}",
                    object=row.object or "(empty)",
                    framework=new.id,
                    version=new.version,
                )
            if not row.relation.needs_object and row.object:
                add(
                    "a 'retired' row names no new question, but names {object!r}", object=row.object
                )
        covered = {row.subject for row in self.rows}
        for name in _answerable(old.indicators.values()):
            if name not in covered:
                code = old.indicators[name].display_code
                add(
                    "question {code} of {framework} {version} has no row in the crosswalk",
                    code=code,
                    framework=old.id,
                    version=old.version,
                )
        return problems


def _answerable(indicators: Iterable[Indicator]) -> list[str]:
    return [i.name for i in indicators if i.is_answerable]
