"""One change to one answer. Revisions are kept forever; the current answer is the head."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.models.answer import Answer, AnswerValue, value_to_json


@dataclass(frozen=True)
class Revision:
    id: str
    audit_id: str
    indicator: str
    parent_id: str | None  # the revision this one changes; None for the first
    value: AnswerValue
    na_reason: str
    comment: str
    flagged: bool
    department: str
    author: str
    site: str  # installation id where the change was made
    created_at: str
    merge_parent_id: str | None = None  # second parent when two histories are joined
    # Who vouched for this revision here: the key id of the signer of the package through
    # which it reached this installation; "" when it was made here (or arrived before
    # signers were recorded). `author` and `site` are what the revision claims; this is what
    # a signature proves. Local to each installation: it neither travels nor counts in the
    # seal, and two copies of one revision are the same revision whoever carried them.
    signed_by: str = field(default="", compare=False)

    def as_answer(self) -> Answer:
        return Answer(
            indicator=self.indicator,
            value=self.value,
            na_reason=self.na_reason,
            comment=self.comment,
            flagged=self.flagged,
            department=self.department,
            revision_id=self.id,
            author=self.author,
            site=self.site,
            changed_at=self.created_at,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "audit_id": self.audit_id,
            "indicator": self.indicator,
            "parent_id": self.parent_id,
            "merge_parent_id": self.merge_parent_id,
            "value": value_to_json(self.value),
            "na_reason": self.na_reason,
            "comment": self.comment,
            "flagged": self.flagged,
            "department": self.department,
            "author": self.author,
            "site": self.site,
            "created_at": self.created_at,
        }
