"""Append-only schema migrations. Never edit or reorder a released migration: add a new one."""

from __future__ import annotations

import hashlib
import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("jalon")  # app/storage/database.py's SCHEMA_VERSION counts them


def declared_names() -> list[str]:
    """The names of the migrations below, in order of application (those that sqlite-utils
    would still apply to an empty database)."""
    return [migration.name for migration in MIGRATIONS.pending(Database(memory=True))]


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE installation (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE frameworks (
            hash TEXT PRIMARY KEY,
            framework_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            definition TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE audits (
            id TEXT PRIMARY KEY,
            framework_hash TEXT NOT NULL REFERENCES frameworks(hash),
            institution TEXT NOT NULL,
            country TEXT NOT NULL DEFAULT '',
            audit_type TEXT NOT NULL,
            auditors TEXT NOT NULL DEFAULT '[]',
            period_start TEXT NOT NULL DEFAULT '',
            period_end TEXT NOT NULL DEFAULT '',
            content_language TEXT NOT NULL,
            modules TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            finalized_at TEXT NOT NULL DEFAULT '',
            finalized_by TEXT NOT NULL DEFAULT '',
            seal TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE revisions (
            id TEXT PRIMARY KEY,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            parent_id TEXT,
            merge_parent_id TEXT,
            value TEXT NOT NULL,
            na_reason TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            flagged INTEGER NOT NULL DEFAULT 0,
            department TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            site TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX revisions_by_answer ON revisions(audit_id, indicator);
        CREATE TABLE answers (
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            revision_id TEXT NOT NULL REFERENCES revisions(id),
            PRIMARY KEY (audit_id, indicator)
        ) WITHOUT ROWID;
        CREATE TABLE evidence_files (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE evidence (
            id TEXT PRIMARY KEY,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES evidence_files(sha256),
            filename TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            removed_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX evidence_by_audit ON evidence(audit_id, indicator);
        CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            target TEXT NOT NULL,
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX actions_by_audit ON actions(audit_id);
        CREATE TABLE audit_events (
            id INTEGER PRIMARY KEY,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            author TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX events_by_audit ON audit_events(audit_id);
        """,
    )


def _run(db: Database, script: str) -> None:
    # One statement at a time: executescript() would commit the surrounding transaction and
    # break the guarantee that a file is never left half-migrated.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m002_exchange(db: Database) -> None:
    """Signing keys, the trust store, merge conflicts, the import log and the quarantine."""
    _run(
        db,
        """
        CREATE TABLE signing_keys (
            key_id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            public_key TEXT NOT NULL,
            protection TEXT NOT NULL,
            file TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX signing_keys_by_owner ON signing_keys(owner, created_at);
        CREATE TABLE trusted_signers (
            key_id TEXT PRIMARY KEY,
            public_key TEXT NOT NULL,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            valid_from TEXT NOT NULL DEFAULT '',
            valid_until TEXT NOT NULL DEFAULT '',
            institutions TEXT NOT NULL DEFAULT '[]',
            revoked_at TEXT NOT NULL DEFAULT '',
            revoked_reason TEXT NOT NULL DEFAULT '',
            own INTEGER NOT NULL DEFAULT 0,
            added_by TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        );
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            revision_a TEXT NOT NULL,
            revision_b TEXT NOT NULL,
            status TEXT NOT NULL,
            resolution_id TEXT
        );
        CREATE INDEX conflicts_by_answer ON conflicts(audit_id, indicator);
        CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            status TEXT NOT NULL,
            package_id TEXT NOT NULL DEFAULT '',
            package_sha256 TEXT NOT NULL DEFAULT '',
            audit_id TEXT NOT NULL DEFAULT '',
            institution TEXT NOT NULL DEFAULT '',
            signer_key_id TEXT NOT NULL DEFAULT '',
            signer_name TEXT NOT NULL DEFAULT '',
            revisions_added INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            problem TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            params TEXT NOT NULL DEFAULT '{}',
            notes TEXT NOT NULL DEFAULT '[]',
            imported_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX import_log_by_audit ON import_log(audit_id);
        CREATE TABLE quarantine (
            id TEXT PRIMARY KEY,
            package_sha256 TEXT NOT NULL UNIQUE,
            package_id TEXT NOT NULL,
            audit_id TEXT NOT NULL,
            institution TEXT NOT NULL DEFAULT '',
            signer_key_id TEXT NOT NULL,
            signer_name TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',
            file_name TEXT NOT NULL,
            data BLOB NOT NULL,
            held_at TEXT NOT NULL,
            released_at TEXT NOT NULL DEFAULT ''
        )
        """,
    )


@MIGRATIONS()
def m003_revisions_by_audit(db: Database) -> None:
    """Revisions keyed by (audit, answer, id) instead of by id alone.

    A revision is only ever looked up within its answer's history (a parent belongs to the
    same answer), but a global key on random UUIDs put each of a merged package's hundreds of
    revisions on a different page of one ever-growing index: a head office merging 10,000
    packages slowed to under 90 packages/s on that index alone. Keyed by audit, a package's
    rows land together, and the key also serves the per-answer history (one index fewer to
    write). The answers' link to their head revision follows the new key. Rows keep their
    rowids (the order of revisions made at the same time)."""
    columns = (
        "id, audit_id, indicator, parent_id, merge_parent_id, value, na_reason, comment, "
        "flagged, department, author, site, created_at"
    )
    _run(
        db,
        f"""
        CREATE TABLE revisions_by_audit (
            id TEXT NOT NULL,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            parent_id TEXT,
            merge_parent_id TEXT,
            value TEXT NOT NULL,
            na_reason TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            flagged INTEGER NOT NULL DEFAULT 0,
            department TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            site TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (audit_id, indicator, id)
        );
        INSERT INTO revisions_by_audit (rowid, {columns})
            SELECT rowid, {columns} FROM revisions ORDER BY rowid;
        CREATE TABLE answers_by_audit (
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            revision_id TEXT NOT NULL,
            PRIMARY KEY (audit_id, indicator),
            FOREIGN KEY (audit_id, indicator, revision_id)
                REFERENCES revisions_by_audit(audit_id, indicator, id)
        ) WITHOUT ROWID;
        INSERT INTO answers_by_audit (audit_id, indicator, revision_id)
            SELECT audit_id, indicator, revision_id FROM answers;
        DROP TABLE answers;
        DROP TABLE revisions;
        ALTER TABLE revisions_by_audit RENAME TO revisions;
        ALTER TABLE answers_by_audit RENAME TO answers
        """,
    )


@MIGRATIONS()
def m004_removed_actions(db: Database) -> None:
    """A removed action is kept, marked with the time of its removal, so that the removal
    travels in packages like any other change of the action plan."""
    _run(db, "ALTER TABLE actions ADD COLUMN deleted_at TEXT NOT NULL DEFAULT ''")


@MIGRATIONS()
def m005_revision_signers(db: Database) -> None:
    """A revision's author and site are what it claims; the key that signed the package it
    arrived in is what is proven: recorded per revision, and per receipt the authors a
    package's new revisions claim."""
    _run(
        db,
        """
        ALTER TABLE revisions ADD COLUMN signed_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE import_log ADD COLUMN authors TEXT NOT NULL DEFAULT '[]';
        """,
    )


@MIGRATIONS()
def m006_institutions(db: Database) -> None:
    """Institutions become records of their own, and every audit belongs to one.

    Existing audits are grouped by normalised name (case, accents and spacing ignored) and
    country; each group becomes one institution, named as its most recently changed audit
    spells it, with the other spellings kept as former names. A group made of several
    spellings is marked for a person to confirm (`jalon institution list`). The ids are
    derived from the normalised name and country, so that installations upgrading the same
    audits give their institutions the same ids."""
    from app.models.institution import institution_id_for, normalised_country

    _run(
        db,
        """
        CREATE TABLE institutions (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT NOT NULL DEFAULT '',
            former_names TEXT NOT NULL DEFAULT '[]',
            legal_type TEXT NOT NULL DEFAULT '',
            network TEXT NOT NULL DEFAULT '',
            identifiers TEXT NOT NULL DEFAULT '{}',
            merged_into TEXT NOT NULL DEFAULT '',
            to_confirm INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        ALTER TABLE audits ADD COLUMN institution_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX audits_by_institution ON audits(institution_id)
        """,
    )
    groups: dict[str, list[tuple[str, str, str, str, str]]] = {}
    rows = db.execute(
        "SELECT id, institution, country, created_at, updated_at FROM audits "
        "ORDER BY updated_at DESC, id"
    ).fetchall()
    for row in rows:
        groups.setdefault(institution_id_for(row[1], row[2]), []).append(row)
    for institution_id, audits in groups.items():
        spellings = list(dict.fromkeys(" ".join(a[1].split()) for a in audits))
        db.execute(
            "INSERT INTO institutions (id, name, country, former_names, to_confirm, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
            (
                institution_id,
                spellings[0],
                normalised_country(audits[0][2]),
                json.dumps(spellings[1:], ensure_ascii=False),
                int(len(spellings) > 1),
                min(a[3] for a in audits),
                max(a[4] for a in audits),
            ),
        )
        db.execute(
            f"UPDATE audits SET institution_id = ? WHERE id IN ({', '.join('?' for _ in audits)})",
            (institution_id, *(a[0] for a in audits)),
        )


@MIGRATIONS()
def m007_reviews(db: Database) -> None:
    """The head office's review of received audits: state events and comments (replies are
    comments that answer another). Append-only rows keyed by a random id, like revisions, so
    that two installations' records merge by union."""
    _run(
        db,
        """
        CREATE TABLE review_events (
            id TEXT NOT NULL,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            site TEXT NOT NULL,
            created_at TEXT NOT NULL,
            signed_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (audit_id, id)
        );
        CREATE TABLE review_comments (
            id TEXT NOT NULL,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            target TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            must_correct INTEGER NOT NULL DEFAULT 0,
            reply_to TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            site TEXT NOT NULL,
            created_at TEXT NOT NULL,
            signed_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (audit_id, id)
        );
        """,
    )


@MIGRATIONS()
def m008_action_life_cycle(db: Database) -> None:
    """Actions get a life cycle (planned → in progress → done → verified, or dropped with a
    reason), a note, the previous audit's action they continue, and a history of every change.

    A planned action was written "open" before: it reads "planned" now. Each existing action
    gets one revision holding its state as it is, without author (who made it was not kept).
    The revision's id is derived from that state, so that two installations upgrading the same
    action give its revision the same id, and their packages join without a duplicate."""
    _run(
        db,
        """
        ALTER TABLE actions ADD COLUMN note TEXT NOT NULL DEFAULT '';
        ALTER TABLE actions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE actions ADD COLUMN carried_from TEXT NOT NULL DEFAULT '';
        UPDATE actions SET status = 'planned' WHERE status = 'open';
        CREATE TABLE action_revisions (
            id TEXT NOT NULL,
            audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            action_id TEXT NOT NULL,
            target TEXT NOT NULL,
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            deleted_at TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (audit_id, action_id, id)
        )
        """,
    )
    columns = (
        "audit_id, id, target, title, owner, due_date, priority, status, deleted_at, updated_at"
    )
    for row in db.execute(f"SELECT {columns} FROM actions").fetchall():
        revision_id = hashlib.sha256(
            json.dumps(list(row), ensure_ascii=False).encode("utf-8")
        ).hexdigest()[:32]
        db.execute(
            "INSERT INTO action_revisions (id, audit_id, action_id, target, title, owner, "
            "due_date, priority, status, deleted_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (revision_id, *row),
        )
