"""Writing one merged package in one durable transaction: the audit, new revisions, moved
heads, recomputed conflicts, actions, events, evidence and the receipt — all or nothing.

Bulk statements (executemany) rather than the per-row repositories: a head office merges
thousands of packages of hundreds of revisions each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from app.models.action_item import ActionItem
from app.models.action_revision import ActionRevision
from app.models.audit import Audit, AuditEvent
from app.models.conflict import Conflict
from app.models.evidence_link import EvidenceLink
from app.models.framework import Framework
from app.models.import_receipt import ImportReceipt
from app.models.institution import Institution
from app.models.review import Review, ReviewComment, ReviewEvent
from app.models.revision import Revision
from app.storage.action_repository import ActionRepository
from app.storage.audit_repository import AuditRepository
from app.storage.conflict_repository import ConflictRepository
from app.storage.database import Database
from app.storage.evidence_repository import EvidenceRepository
from app.storage.framework_repository import FrameworkRepository
from app.storage.import_log_repository import ImportLogRepository
from app.storage.institution_repository import InstitutionRepository
from app.storage.quarantine_repository import QuarantineRepository
from app.storage.review_repository import ReviewRepository
from app.storage.revision_repository import RevisionRepository
from app.storage.revision_rows import INSERT as INSERT_REVISION
from app.storage.revision_rows import RevisionRows, revision_row

# Page cache while merging many packages (SQLite's default: 2 MB). Each package adds rows at
# one random place (its audit's) of two large indexes, about 400 MB at 10,000 packages: with a
# 64 MB cache the pages were read back from the operating system again and again, and a head
# office's merge slowed by a tenth as the database grew. The cache fills only as the database
# does, and shrinks back to the usual size when the merge ends.
BULK_CACHE_KIB = 256 * 1024
_IDS_PER_QUERY = 500  # well below SQLite's limit of bound parameters
_INSERT_HEAD = "INSERT INTO answers (audit_id, indicator, revision_id) VALUES (?,?,?)"
_HEADS_OF_NEW_AUDIT = (
    "INSERT INTO answers (audit_id, indicator, revision_id) "
    "SELECT audit_id, indicator, id FROM revisions WHERE audit_id = ?"
)
_UPSERT_HEAD = (
    _INSERT_HEAD + " ON CONFLICT(audit_id, indicator) DO UPDATE SET "
    "revision_id = excluded.revision_id"
)


@dataclass
class AuditState:
    """What this installation holds of one audit, as the merge needs it."""

    audit: Audit | None
    revisions: list[Revision]
    actions: list[ActionItem]
    events: list[AuditEvent]
    evidence_ids: set[str]  # every link, removed ones included
    evidence_hashes: list[str]  # of the links in use (what a seal covers)
    review: Review | None = None  # the head office's review and the site's replies
    # the ids of the actions' changes, each with the id of its action
    action_revisions: dict[str, str] = field(default_factory=dict)
    # Ids a package brings that belong to ANOTHER audit here (id -> that audit's id): an action
    # or evidence link is stored under its id alone, so writing it would move it to this audit.
    actions_elsewhere: dict[str, str] = field(default_factory=dict)
    evidence_elsewhere: dict[str, str] = field(default_factory=dict)


@dataclass
class MergeBatch:
    audit_id: str
    receipt: ImportReceipt
    imported_by: str
    framework: Framework | None = None  # stored first when this installation lacks it
    new_audit: Audit | None = None
    institution: Institution | None = None  # the record a package carries with its audit
    audit_update: Audit | None = None
    revisions: RevisionRows = field(default_factory=lambda: RevisionRows([]))  # the new ones
    heads: dict[str, str] = field(default_factory=dict)  # revision id per moved answer
    changed_at: str = ""  # the latest moved head's time: the audit's updated_at follows it
    conflicts: dict[str, list[Conflict]] = field(default_factory=dict)
    actions: list[ActionItem] = field(default_factory=list)
    action_revisions: list[ActionRevision] = field(default_factory=list)  # the new ones
    events: list[AuditEvent] = field(default_factory=list)
    evidence: list[tuple[EvidenceLink, bytes]] = field(default_factory=list)
    review_events: list[ReviewEvent] = field(default_factory=list)  # the new ones
    review_comments: list[ReviewComment] = field(default_factory=list)
    released_quarantine: str | None = None


class MergeRepository:
    def __init__(self, database: Database, frameworks: FrameworkRepository):
        self._database = database
        self._frameworks = frameworks
        self._audits = AuditRepository(database)
        self._institutions = InstitutionRepository(database)
        self._revisions = RevisionRepository(database)
        self._actions = ActionRepository(database)
        self._evidence = EvidenceRepository(database)
        self._conflicts = ConflictRepository(database)
        self._log = ImportLogRepository(database)
        self._quarantine = QuarantineRepository(database)
        self._reviews = ReviewRepository(database)

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """A larger page cache for the duration of a merge of many packages: each one adds
        hundreds of rows at one random place (its audit's) of each large index."""
        connection = self._database.connection
        previous = connection.execute("PRAGMA cache_size").fetchone()[0]
        connection.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            yield
        finally:
            connection.execute(f"PRAGMA cache_size = {int(previous)}")

    def state(
        self, audit_id: str, action_ids: Iterable[str] = (), evidence_ids: Iterable[str] = ()
    ) -> AuditState:
        """What is held of audit `audit_id`, and which of a package's `action_ids` and
        `evidence_ids` are another audit's here."""
        elsewhere = {
            "actions": self._owners("actions", audit_id, action_ids),
            "evidence": self._owners("evidence", audit_id, evidence_ids),
        }
        audit = self._audits.get(audit_id)
        if audit is None:
            return AuditState(
                None,
                [],
                [],
                [],
                set(),
                [],
                actions_elsewhere=elsewhere["actions"],
                evidence_elsewhere=elsewhere["evidence"],
            )
        rows = self._database.execute("SELECT id FROM evidence WHERE audit_id = ?", (audit_id,))
        return AuditState(
            audit,
            self._revisions.all_for_audit(audit_id),
            self._actions.for_audit(audit_id, include_deleted=True),
            self._audits.events(audit_id),
            {row[0] for row in rows},
            [link.sha256 for link in self._evidence.for_audit(audit_id)],
            self._reviews.review(audit_id),
            self._actions.revision_ids(audit_id),
            elsewhere["actions"],
            elsewhere["evidence"],
        )

    def _owners(self, table: str, audit_id: str, ids: Iterable[str]) -> dict[str, str]:
        """Of `ids` (rows of `table`, keyed by id alone), those of another audit than
        `audit_id`, each with the audit it belongs to."""
        wanted = sorted(set(ids))
        owners: dict[str, str] = {}
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start : start + _IDS_PER_QUERY]
            rows = self._database.execute(
                f"SELECT id, audit_id FROM {table} WHERE audit_id != ? "
                f"AND id IN ({', '.join('?' * len(chunk))})",
                (audit_id, *chunk),
            )
            owners.update((row[0], row[1]) for row in rows)
        return owners

    def apply(self, batch: MergeBatch) -> None:
        now = batch.receipt.created_at
        with self._database.transaction():
            if batch.framework is not None:
                self._frameworks.save(batch.framework, now)
            if batch.new_audit is not None:
                institution_id = self._institutions.adopt(batch.new_audit, batch.institution, now)
                self._audits.insert(replace(batch.new_audit, institution_id=institution_id))
            if batch.audit_update is not None:
                self._audits.update(batch.audit_update)
            connection = self._database.connection
            connection.executemany(INSERT_REVISION, batch.revisions.rows)
            audit_id = batch.audit_id
            if batch.new_audit is not None and len(batch.heads) == len(batch.revisions):
                # A new audit whose every revision is its answer's only one (heads are
                # distinct revisions, one per answer): the usual first exchange. SQLite copies
                # them in one statement, without a round of Python per row.
                self._database.execute(_HEADS_OF_NEW_AUDIT, (audit_id,))
            else:
                # A new audit has no current answers to replace, and a plain insert costs a
                # third of an upsert (whose foreign-key checks dominated a head office's merge).
                connection.executemany(
                    _INSERT_HEAD if batch.new_audit is not None else _UPSERT_HEAD,
                    [(audit_id, indicator, head) for indicator, head in batch.heads.items()],
                )
            if batch.changed_at and batch.new_audit is None:
                self._database.execute(
                    "UPDATE audits SET updated_at = ? WHERE id = ? AND updated_at < ?",
                    (batch.changed_at, audit_id, batch.changed_at),
                )
            self._conflicts.replace_many(
                batch.audit_id, batch.conflicts, new_audit=batch.new_audit is not None
            )
            self._actions.write(batch.actions, batch.action_revisions)
            for event in batch.events:
                self._audits.log(event)
            for link, data in batch.evidence:
                self._evidence.attach(link, data)
            self._reviews.add(batch.review_events, batch.review_comments)
            if batch.released_quarantine is not None:
                self._quarantine.release(batch.released_quarantine, now)
            self._log.add(batch.receipt, batch.imported_by)

    def resolve(self, revision: Revision, head: Revision, conflicts: list[Conflict]) -> None:
        """Store a conflict's resolution: the joining revision, the answer's head and its
        recomputed conflicts, together."""
        with self._database.transaction():
            self._database.execute(INSERT_REVISION, revision_row(revision))
            self._revisions.set_head(head)
            self._conflicts.replace(revision.audit_id, revision.indicator, conflicts)
