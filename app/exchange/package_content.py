"""audit.json: an audit with its full revision history, action plan, log, evidence list and
finalization seal — serialised for a package and read back with every field checked."""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.exchange.exchange_error import PackageError
from app.exchange.json_fields import MAX_TEXT, JsonFields
from app.exchange.merge.revision_graph import RevisionGraph
from app.exchange.package_manifest import AUDIT, is_sha256
from app.exchange.strict_json import StrictJson
from app.models.action_item import LEGACY_PLANNED, ActionItem, ActionStatus, Priority
from app.models.action_revision import ActionRevision
from app.models.answer import InvalidValue, value_from_json
from app.models.audit import Audit, AuditEvent, AuditStatus, AuditType
from app.models.institution import Institution
from app.models.review import ReviewComment, ReviewEvent, ReviewState
from app.models.revision import Revision
from app.models.seal import compute_seal

CONTENT_FORMAT = "jalon-audit"
CONTENT_VERSION = 1
MAX_ITEMS = 1_000_000


@dataclass(frozen=True)
class PackagedEvidence:
    id: str
    indicator: str
    sha256: str
    filename: str
    size: int
    added_by: str
    added_at: str


@dataclass(frozen=True)
class PackageContent:
    audit: Audit
    revisions: Sequence[Revision]  # a tuple, or rows when sent between processes
    actions: tuple[ActionItem, ...] = ()
    events: tuple[AuditEvent, ...] = ()
    evidence: tuple[PackagedEvidence, ...] = ()
    # The head office's review and the site's replies: not part of the audit's seal (a review
    # comments on a sealed audit without changing it).
    review_events: tuple[ReviewEvent, ...] = ()
    review_comments: tuple[ReviewComment, ...] = ()
    # The audit's institution record. Packages made before institutions existed have none:
    # the receiver then finds the institution by name and country.
    institution: Institution | None = None
    # Every change of the actions of the plan. Packages made before the life cycle have none.
    action_revisions: tuple[ActionRevision, ...] = ()

    def seal(self) -> str:
        return compute_seal(
            self.audit, self.revisions, self.actions, [e.sha256 for e in self.evidence]
        )

    def ids_held_by_id(self) -> tuple[list[str], list[str]]:
        """The ids of its actions and of its evidence links: what a database keys by id
        alone, whatever the audit (see MergeRepository.state)."""
        return [a.id for a in self.actions], [e.id for e in self.evidence]

    def to_bytes(self) -> bytes:
        a = self.audit
        document = {
            "format": CONTENT_FORMAT,
            "version": CONTENT_VERSION,
            "audit": {
                "id": a.id,
                "framework_hash": a.framework_hash,
                "institution": a.institution,
                "country": a.country,
                "audit_type": a.audit_type.value,
                "auditors": list(a.auditors),
                "period_start": a.period_start,
                "period_end": a.period_end,
                "content_language": a.content_language,
                "modules": sorted(a.modules),
                "status": a.status.value,
                "created_at": a.created_at,
                "updated_at": a.updated_at,
                "created_by": a.created_by,
                "finalized_at": a.finalized_at,
                "finalized_by": a.finalized_by,
                "seal": a.seal,
                "institution_id": a.institution_id,
            },
            "revisions": [r.to_dict() for r in self.revisions],
            "actions": [
                {
                    "id": i.id,
                    **_action_state(i),
                    "created_at": i.created_at,
                    "updated_at": i.updated_at,
                    "carried_from": i.carried_from,
                }
                for i in self.actions
            ],
            "events": [
                {"kind": e.kind, "detail": e.detail, "author": e.author, "created_at": e.created_at}
                for e in self.events
            ],
            "evidence": [e.__dict__ for e in self.evidence],
        }
        if self.review_events or self.review_comments:  # absent otherwise: as before reviews
            document["review_events"] = [
                {
                    "id": e.id,
                    "state": e.state.value,
                    "reason": e.reason,
                    "author": e.author,
                    "site": e.site,
                    "created_at": e.created_at,
                }
                for e in self.review_events
            ]
            document["review_comments"] = [
                {
                    "id": c.id,
                    "target": c.target,
                    "text": c.text,
                    "must_correct": c.must_correct,
                    "reply_to": c.reply_to,
                    "author": c.author,
                    "site": c.site,
                    "created_at": c.created_at,
                }
                for c in self.review_comments
            ]
        if self.action_revisions:  # absent otherwise: as before the action life cycle
            document["action_revisions"] = [
                {
                    "id": r.id,
                    "action_id": r.action_id,
                    **_action_state(r.item),
                    "author": r.author,
                    "site": r.site,
                    "created_at": r.created_at,
                }
                for r in self.action_revisions
            ]
        if self.institution is not None:
            document["institution"] = _institution_document(self.institution)
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, signed_by: str = "") -> PackageContent:
        """`signed_by`: the key id of the package's signer, recorded on every revision."""
        document = StrictJson(AUDIT).loads(data)
        root = JsonFields(document, "the document", AUDIT)
        if root.get("format") != CONTENT_FORMAT or root.get("version") != CONTENT_VERSION:
            raise root.error(
                "does not declare format {name} version {version}",
                name=CONTENT_FORMAT,
                version=CONTENT_VERSION,
            )
        audit = _audit(JsonFields(root.obj("audit"), "audit", AUDIT))
        lists = {
            key: root.items(key)
            for key in (
                "revisions",
                "actions",
                "events",
                "evidence",
                "review_events",
                "review_comments",
                "action_revisions",
            )
        }
        if any(len(items) > MAX_ITEMS for items in lists.values()):
            raise root.error("holds more than {n} items in a list", n=MAX_ITEMS)
        content = cls(
            audit=audit,
            revisions=tuple(
                _revision(item, n, audit.id, signed_by) for n, item in enumerate(lists["revisions"])
            ),
            actions=tuple(
                _action(JsonFields(item, f"actions[{n}]", AUDIT), audit.id)
                for n, item in enumerate(lists["actions"])
            ),
            events=tuple(
                _event(JsonFields(item, f"events[{n}]", AUDIT), audit.id)
                for n, item in enumerate(lists["events"])
            ),
            evidence=tuple(
                _evidence(JsonFields(item, f"evidence[{n}]", AUDIT))
                for n, item in enumerate(lists["evidence"])
            ),
            review_events=tuple(
                _review_event(JsonFields(item, f"review_events[{n}]", AUDIT), audit.id, signed_by)
                for n, item in enumerate(lists["review_events"])
            ),
            review_comments=tuple(
                _review_comment(
                    JsonFields(item, f"review_comments[{n}]", AUDIT), audit.id, signed_by
                )
                for n, item in enumerate(lists["review_comments"])
            ),
            institution=_institution(root, audit),
        )
        actions = {a.id: a for a in content.actions}
        if len(actions) != len(content.actions):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists action {id} twice",
                id=_first_repeated([a.id for a in content.actions]),
            )
        content = dataclasses.replace(
            content,
            action_revisions=tuple(
                _action_revision(JsonFields(item, f"action_revisions[{n}]", AUDIT), actions)
                for n, item in enumerate(lists["action_revisions"])
            ),
        )
        content._check_history()
        content._check_evidence()
        content._check_action_history()
        content._check_review()
        return content

    def _check_action_history(self) -> None:
        ids = [r.id for r in self.action_revisions]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists action revision {id} twice",
                id=_first_repeated(ids),
            )
        current = {a.id: a for a in self.actions}
        for revision in self.action_revisions:
            # An action's current state is its latest change: a later one cannot be older.
            if revision.created_at > current[revision.action_id].updated_at:
                raise PackageError(
                    "content-invalid",
                    "action revision {id} of action {action} "
                    "is later than the action's current state",
                    id=revision.id,
                    action=revision.action_id,
                )

    def _check_review(self) -> None:
        ids = [e.id for e in self.review_events] + [c.id for c in self.review_comments]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists review record {id} twice",
                id=_first_repeated(ids),
            )
        comments = {c.id: c for c in self.review_comments}
        for comment in self.review_comments:
            # A review travels whole: a reply's comment is always in the same package.
            if comment.reply_to and comment.reply_to not in comments:
                raise PackageError(
                    "content-invalid",
                    "review comment {id} replies to "
                    "{parent}, which is not a reviewer's comment in the package",
                    id=comment.id,
                    parent=comment.reply_to,
                )
            if comment.reply_to and comments[comment.reply_to].is_reply:
                raise PackageError(
                    "content-invalid",
                    "review comment {id} replies to a reply; a reply answers a reviewer's comment",
                    id=comment.id,
                )

    def _check_evidence(self) -> None:
        # Which of two links under one id is meant cannot be told (the second failed the
        # database's unique key half-way through a merge: "unexpected problem").
        ids = [e.id for e in self.evidence]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists evidence file {id} twice",
                id=_first_repeated(ids),
            )

    def _check_history(self) -> None:
        ids = [r.id for r in self.revisions]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists revision {id} twice",
                id=_first_repeated(ids),
            )
        by_id = {r.id: r for r in self.revisions}
        for revision in self.revisions:
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
            any(r.parent_id or r.merge_parent_id for r in self.revisions)
            and RevisionGraph(self.revisions).has_cycle()
        ):
            # Parents are checked above to belong to the same answer: the circle is within one.
            indicator = next(
                name
                for name in dict.fromkeys(r.indicator for r in self.revisions)
                if RevisionGraph([r for r in self.revisions if r.indicator == name]).has_cycle()
            )
            raise PackageError(
                "content-invalid",
                "the history of answer {indicator} in the package goes round in a circle",
                indicator=indicator,
            )


def _first_repeated(ids: list[str]) -> str:
    seen: set[str] = set()
    for record_id in ids:
        if record_id in seen:
            return record_id
        seen.add(record_id)
    return ""


def _audit(f: JsonFields) -> Audit:
    return Audit(
        id=f.text("id", required=True, limit=100),
        framework_hash=f.text("framework_hash"),
        institution=f.text("institution", required=True),
        country=f.text("country"),
        audit_type=AuditType(f.choice("audit_type", [t.value for t in AuditType])),
        auditors=f.text_list("auditors"),
        period_start=f.text("period_start"),
        period_end=f.text("period_end"),
        content_language=f.text("content_language"),
        modules=frozenset(f.text_list("modules")),
        status=AuditStatus(f.choice("status", [s.value for s in AuditStatus])),
        created_at=f.text("created_at", required=True),
        updated_at=f.text("updated_at"),
        created_by=f.text("created_by"),
        finalized_at=f.text("finalized_at"),
        finalized_by=f.text("finalized_by"),
        seal=f.text("seal"),
        institution_id=f.text("institution_id", limit=100),
    )


def _institution_document(institution: Institution) -> dict[str, Any]:
    i = institution
    return {
        "id": i.id,
        "name": i.name,
        "country": i.country,
        "former_names": list(i.former_names),
        "legal_type": i.legal_type,
        "network": i.network,
        "identifiers": dict(i.identifiers),
        "created_at": i.created_at,
        "updated_at": i.updated_at,
    }


def _institution(root: JsonFields, audit: Audit) -> Institution | None:
    if "institution" not in root.obj_keys():
        return None
    f = JsonFields(root.obj("institution"), "institution", AUDIT)
    institution_id = f.text("id", required=True, limit=100)
    if institution_id != audit.institution_id:
        raise f.field_error("id", "must be the institution_id of the audit in the package")
    identifiers = f.obj("identifiers")
    if not all(
        isinstance(k, str) and isinstance(v, str) and len(k) <= 100 and len(v) <= 500
        for k, v in identifiers.items()
    ):
        raise f.field_error("identifiers", "must map names to texts")
    return Institution(
        id=institution_id,
        name=f.text("name", required=True, limit=500),
        country=f.text("country", limit=100),
        former_names=f.text_list("former_names"),
        legal_type=f.text("legal_type", limit=500),
        network=f.text("network", limit=500),
        identifiers=tuple(sorted(identifiers.items())),
        created_at=f.text("created_at"),
        updated_at=f.text("updated_at"),
    )


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


def _revision(item: object, index: int, audit_id: str, signed_by: str) -> Revision:
    # The hot path of reading a package (hundreds of revisions each): plain type checks rather
    # than a JsonFields per item, with the same messages when something is wrong.
    if type(item) is not dict:
        raise JsonFields({}, f"revisions[{index}]", AUDIT).error("must be an object")
    get = item.get
    for key in _REVISION_TEXTS:
        text = get(key, "")
        if type(text) is not str or len(text) > MAX_TEXT:
            raise _field(index, key, "must be a text")
    for key, limit in (("id", 100), ("indicator", 500), ("created_at", 100)):
        text = get(key)
        if type(text) is not str or not text or len(text) > limit:
            raise _field(index, key, "must be a text that is not empty")
    for key in ("parent_id", "merge_parent_id"):
        text = get(key)
        if text is not None and (type(text) is not str or not text or len(text) > 100):
            raise _field(index, key, "must be a text or null")
    value = get("value")
    if type(value) is dict:  # an entry kept as typed, marked {"invalid": text}
        try:
            value = value_from_json(value)
        except ValueError:
            raise _field(
                index, "value", 'must be a text, a finite number, null or {"invalid": text}'
            ) from None
        if isinstance(value, InvalidValue) and len(value.typed) > MAX_TEXT:
            raise _field(index, "value", "must be a text, a finite number or null")
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
        raise _field(index, "value", "must be a text, a finite number or null")
    flagged = get("flagged", False)
    if type(flagged) is not bool:
        raise _field(index, "flagged", "must be true or false")
    if get("audit_id") != audit_id:
        raise _field(index, "audit_id", "must be the id of the audit in the package")
    if get("merge_parent_id") is not None and get("merge_parent_id") in (
        get("parent_id"),
        get("id"),
    ):
        raise _field(index, "merge_parent_id", "joins a revision with itself")
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


def _field(index: int, key: str, detail: str) -> PackageError:
    return JsonFields({}, f"revisions[{index}]", AUDIT).field_error(key, detail)


def _action_state(item: ActionItem) -> dict[str, Any]:
    """The changeable fields of an action, as a package writes them (in an action and in each
    of its revisions)."""
    return {
        "target": item.target,
        "title": item.title,
        "owner": item.owner,
        "due_date": item.due_date,
        "priority": item.priority.value,
        "status": item.status.value,
        "note": item.note,
        "reason": item.reason,
        "deleted_at": item.deleted_at,
    }


_STATUS_SPELLINGS = [*(s.value for s in ActionStatus), LEGACY_PLANNED]


def _action(f: JsonFields, audit_id: str) -> ActionItem:
    return _checked_action(
        f,
        ActionItem(
            id=f.text("id", required=True, limit=100),
            audit_id=audit_id,
            created_at=f.text("created_at"),
            updated_at=f.text("updated_at"),
            carried_from=f.text("carried_from", limit=100),
            **_action_fields(f),
        ),
    )


def _action_revision(f: JsonFields, actions: dict[str, ActionItem]) -> ActionRevision:
    action_id = f.text("action_id", required=True, limit=100)
    action = actions.get(action_id)
    if action is None:
        raise f.field_error("action_id", "must be the id of an action in the package")
    item = _checked_action(
        f,
        dataclasses.replace(
            action, updated_at=f.text("created_at", required=True, limit=100), **_action_fields(f)
        ),
    )
    return ActionRevision(
        f.text("id", required=True, limit=100),
        item,
        f.text("author", limit=500),
        f.text("site", limit=100),
    )


def _action_fields(f: JsonFields) -> dict[str, Any]:
    due_date = f.text("due_date", limit=10)
    if due_date and not _is_date(due_date):
        raise f.field_error("due_date", "must be a date written YYYY-MM-DD, or empty")
    return {
        "target": f.text("target", required=True),
        "title": f.text("title", required=True),
        "owner": f.text("owner"),
        "due_date": due_date,
        "priority": Priority(f.choice("priority", [p.value for p in Priority])),
        "status": ActionStatus.parse(f.choice("status", _STATUS_SPELLINGS)),
        "note": f.text("note"),
        "reason": f.text("reason"),
        "deleted_at": f.text("deleted_at"),
    }


def _checked_action(f: JsonFields, item: ActionItem) -> ActionItem:
    if item.status == ActionStatus.DROPPED and not item.reason:
        raise f.field_error("reason", "must say why the action was dropped (status dropped)")
    if item.status == ActionStatus.VERIFIED and not item.carried_from:
        raise f.field_error(
            "status",
            "is verified, but only a later audit verifies an action "
            "carried over from a previous audit (carried_from is empty)",
        )
    return item


def _is_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _event(f: JsonFields, audit_id: str) -> AuditEvent:
    return AuditEvent(
        audit_id,
        f.text("kind", required=True, limit=100),
        f.obj("detail"),
        f.text("author"),
        f.text("created_at", required=True),
    )


def _review_event(f: JsonFields, audit_id: str, signed_by: str) -> ReviewEvent:
    return ReviewEvent(
        id=f.text("id", required=True, limit=100),
        audit_id=audit_id,
        state=ReviewState(f.choice("state", [s.value for s in ReviewState])),
        reason=f.text("reason"),
        author=f.text("author"),
        site=f.text("site"),
        created_at=f.text("created_at", required=True, limit=100),
        signed_by=signed_by,
    )


def _review_comment(f: JsonFields, audit_id: str, signed_by: str) -> ReviewComment:
    return ReviewComment(
        id=f.text("id", required=True, limit=100),
        audit_id=audit_id,
        target=f.text("target", limit=500),
        text=f.text("text", required=True),
        must_correct=f.boolean("must_correct"),
        reply_to=f.text("reply_to", limit=100),
        author=f.text("author"),
        site=f.text("site"),
        created_at=f.text("created_at", required=True, limit=100),
        signed_by=signed_by,
    )


def _evidence(f: JsonFields) -> PackagedEvidence:
    sha256 = f.text("sha256")
    if not is_sha256(sha256):
        raise f.field_error("sha256", "must be a SHA-256 in lowercase hexadecimal")
    filename = f.text("filename", required=True, limit=500)
    if any(c in filename for c in "/\\\0") or filename in (".", ".."):
        # Only a name is kept; whoever saves the file later must not be steered elsewhere.
        raise f.field_error("filename", "must be a plain file name, without folders")
    return PackagedEvidence(
        id=f.text("id", required=True, limit=100),
        indicator=f.text("indicator", required=True),
        sha256=sha256,
        filename=filename,
        size=f.count("size"),
        added_by=f.text("added_by"),
        added_at=f.text("added_at"),
    )
