"""The answers' history in audit.json: every revision with its parents, read on the hot path of
a merge (hundreds per package) and checked to form complete, acyclic histories."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from app.exchange.exchange_error import PackageError
from app.exchange.json_fields import MAX_TEXT, JsonFields, first_repeated
from app.exchange.merge.revision_graph import RevisionGraph
from app.exchange.package_manifest import AUDIT
from app.models.answer import InvalidValue, value_from_json
from app.models.revision import Revision

_REVISION_TEXTS = ("na_reason", "comment", "department", "author", "site")
_REVISION_FIELDS = frozenset(f.name for f in dataclasses.fields(Revision))
_FILLED = frozenset(
    (
        "id",
        "audit_id",
        "indicator",
        "parent_id",
        "merge_parent_id",
        "value",
        "na_reason",
        "comment",
        "flagged",
        "department",
        "author",
        "site",
        "created_at",
        "signed_by",
    )
)


class PackagedRevisions:
    @staticmethod
    def read(item: object, index: int, audit_id: str, signed_by: str) -> Revision:
        # The hot path of reading a package (hundreds of revisions each): plain type checks rather
        # than a JsonFields per item, with the same messages when something is wrong.
        if type(item) is not dict:
            raise JsonFields({}, f"revisions[{index}]", AUDIT).error("must be an object")
        get = item.get
        for key in _REVISION_TEXTS:
            text = get(key, "")
            if type(text) is not str or len(text) > MAX_TEXT:
                raise _field_error(index, key, "must be a text")
        for key, limit in (("id", 100), ("indicator", 500), ("created_at", 100)):
            text = get(key)
            if type(text) is not str or not text or len(text) > limit:
                raise _field_error(index, key, "must be a text that is not empty")
        for key in ("parent_id", "merge_parent_id"):
            text = get(key)
            if text is not None and (type(text) is not str or not text or len(text) > 100):
                raise _field_error(index, key, "must be a text or null")
        value = get("value")
        if type(value) is dict:  # an entry kept as typed, marked {"invalid": text}
            try:
                value = value_from_json(value)
            except ValueError:
                raise _field_error(
                    index, "value", 'must be a text, a finite number, null or {"invalid": text}'
                ) from None
            if isinstance(value, InvalidValue) and len(value.typed) > MAX_TEXT:
                raise _field_error(index, "value", "must be a text, a finite number or null")
        elif (
            not (
                value is None
                or type(value) in (str, int)
                or type(value) is float
                and math.isfinite(value)
            )
            or type(value) is str
            and len(value) > MAX_TEXT
        ):
            raise _field_error(index, "value", "must be a text, a finite number or null")
        flagged = get("flagged", False)
        if type(flagged) is not bool:
            raise _field_error(index, "flagged", "must be true or false")
        if get("audit_id") != audit_id:
            raise _field_error(index, "audit_id", "must be the id of the audit in the package")
        if get("merge_parent_id") is not None and get("merge_parent_id") in (
            get("parent_id"),
            get("id"),
        ):
            raise _field_error(index, "merge_parent_id", "joins a revision with itself")
        fields = {
            "id": get("id"),
            "audit_id": audit_id,
            "indicator": get("indicator"),
            "parent_id": get("parent_id"),
            "merge_parent_id": get("merge_parent_id"),
            "value": value,
            "na_reason": get("na_reason", ""),
            "comment": get("comment", ""),
            "flagged": flagged,
            "department": get("department", ""),
            "author": get("author", ""),
            "site": get("site", ""),
            "created_at": get("created_at"),
            "signed_by": signed_by,
        }
        if _REVISION_FIELDS != _FILLED:
            return Revision(**fields)  # the model gained a field: let its constructor default it
        # A frozen dataclass sets each field through object.__setattr__, which dominates reading
        # a package; filling the instance dictionary gives the same object, several times faster.
        revision = object.__new__(Revision)
        revision.__dict__.update(fields)
        return revision

    @staticmethod
    def check_history(revisions: Sequence[Revision]) -> None:
        ids = [r.id for r in revisions]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists revision {id} twice",
                id=first_repeated(ids),
            )
        by_id = {r.id: r for r in revisions}
        for revision in revisions:
            for parent in (revision.parent_id, revision.merge_parent_id):
                if parent is None:
                    continue
                if parent not in by_id:
                    raise PackageError(
                        "content-invalid",
                        "revision {id} of answer {indicator} "
                        "refers to a parent {parent} missing from the package",
                        id=revision.id,
                        indicator=revision.indicator,
                        parent=parent,
                    )
                if by_id[parent].indicator != revision.indicator:
                    raise PackageError(
                        "content-invalid",
                        "revision {id} of answer {indicator} "
                        "descends from a revision of another answer",
                        id=revision.id,
                        indicator=revision.indicator,
                    )
        if (
            any(r.parent_id or r.merge_parent_id for r in revisions)
            and RevisionGraph(revisions).has_cycle()
        ):
            # Parents are checked above to belong to the same answer: the circle is within one.
            indicator = next(
                name
                for name in dict.fromkeys(r.indicator for r in revisions)
                if RevisionGraph([r for r in revisions if r.indicator == name]).has_cycle()
            )
            raise PackageError(
                "content-invalid",
                "the history of answer {indicator} in the package goes round in a circle",
                indicator=indicator,
            )


def _field_error(index: int, key: str, detail: str) -> PackageError:
    return JsonFields({}, f"revisions[{index}]", AUDIT).field_error(key, detail)
