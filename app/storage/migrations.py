"""Append-only schema migrations. Never edit or reorder a released migration: add a new one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("jalon")


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
