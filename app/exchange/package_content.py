"""audit.json: an audit with its full revision history, action plan, log, evidence list and
finalization seal — serialised for a package and read back with every field checked.

Each part is read and written by the module named after it: the audit, its log and its
institution record (packaged_audit.py), the answers' history (packaged_revisions.py), the
action plan (packaged_actions.py), the evidence list (packaged_evidence.py) and the review
(packaged_review.py). This module puts the document together and takes it apart."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass

from app.exchange.exchange_error import PackageError
from app.exchange.json_fields import JsonFields, first_repeated
from app.exchange.package_manifest import AUDIT
from app.exchange.packaged_actions import PackagedActions
from app.exchange.packaged_audit import PackagedAudit
from app.exchange.packaged_evidence import PackagedEvidence
from app.exchange.packaged_review import PackagedReview
from app.exchange.packaged_revisions import PackagedRevisions
from app.exchange.strict_json import StrictJson
from app.models.action_item import ActionItem
from app.models.action_revision import ActionRevision
from app.models.audit import Audit, AuditEvent
from app.models.institution import Institution
from app.models.review import ReviewComment, ReviewEvent
from app.models.revision import Revision
from app.models.seal import compute_seal

CONTENT_FORMAT = "jalon-audit"
CONTENT_VERSION = 1
MAX_ITEMS = 1_000_000


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
        document: dict[str, object] = {
            "format": CONTENT_FORMAT,
            "version": CONTENT_VERSION,
            "audit": PackagedAudit.document(self.audit),
            "revisions": [r.to_dict() for r in self.revisions],
            "actions": [PackagedActions.document(i) for i in self.actions],
            "events": [PackagedAudit.event_document(e) for e in self.events],
            "evidence": [e.__dict__ for e in self.evidence],
        }
        if self.review_events or self.review_comments:  # absent otherwise: as before reviews
            document["review_events"] = [
                PackagedReview.event_document(e) for e in self.review_events
            ]
            document["review_comments"] = [
                PackagedReview.comment_document(c) for c in self.review_comments
            ]
        if self.action_revisions:  # absent otherwise: as before the action life cycle
            document["action_revisions"] = [
                PackagedActions.revision_document(r) for r in self.action_revisions
            ]
        if self.institution is not None:
            document["institution"] = PackagedAudit.institution_document(self.institution)
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
        audit = PackagedAudit.read(JsonFields(root.obj("audit"), "audit", AUDIT))
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
                PackagedRevisions.read(item, n, audit.id, signed_by)
                for n, item in enumerate(lists["revisions"])
            ),
            actions=tuple(
                PackagedActions.read(JsonFields(item, f"actions[{n}]", AUDIT), audit.id)
                for n, item in enumerate(lists["actions"])
            ),
            events=tuple(
                PackagedAudit.read_event(JsonFields(item, f"events[{n}]", AUDIT), audit.id)
                for n, item in enumerate(lists["events"])
            ),
            evidence=tuple(
                PackagedEvidence.read(JsonFields(item, f"evidence[{n}]", AUDIT))
                for n, item in enumerate(lists["evidence"])
            ),
            review_events=tuple(
                PackagedReview.read_event(
                    JsonFields(item, f"review_events[{n}]", AUDIT), audit.id, signed_by
                )
                for n, item in enumerate(lists["review_events"])
            ),
            review_comments=tuple(
                PackagedReview.read_comment(
                    JsonFields(item, f"review_comments[{n}]", AUDIT), audit.id, signed_by
                )
                for n, item in enumerate(lists["review_comments"])
            ),
            institution=PackagedAudit.read_institution(root, audit),
        )
        actions = {a.id: a for a in content.actions}
        if len(actions) != len(content.actions):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists action {id} twice",
                id=first_repeated([a.id for a in content.actions]),
            )
        content = dataclasses.replace(
            content,
            action_revisions=tuple(
                PackagedActions.read_revision(
                    JsonFields(item, f"action_revisions[{n}]", AUDIT), actions
                )
                for n, item in enumerate(lists["action_revisions"])
            ),
        )
        PackagedRevisions.check_history(content.revisions)
        PackagedEvidence.check_ids(content.evidence)
        PackagedActions.check_history(content.actions, content.action_revisions)
        PackagedReview.check(content.review_events, content.review_comments)
        return content
