"""m003: revisions keyed by (audit, id). A file written before it keeps every revision, its
order and its current answers; afterwards the answers' link to a revision is still enforced."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.store import Store

FIXTURES = Path(__file__).parent / "fixtures"

AUDIT_A, AUDIT_B = "audit-a", "audit-b"
SAME_TIME = "2025-03-01T09:00:00.000000Z"


def _revision(rev_id, audit_id, indicator, value, parent=None, created_at=SAME_TIME):
    return (
        rev_id,
        audit_id,
        indicator,
        parent,
        None,
        json.dumps(value),
        "",
        "",
        0,
        "",
        "Awa",
        "site-1",
        created_at,
    )


def _file_before_m003(path):
    """A database as Jalon wrote it with migrations m001 and m002 (the released schema v2
    file, written by that version's code), holding two more audits."""
    shutil.copyfile(FIXTURES / "schema_v2.sqlite3", path)
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO frameworks VALUES ('h', 'f', '1', 'F', '{}', 'now')")
    for audit_id in (AUDIT_A, AUDIT_B):
        connection.execute(
            "INSERT INTO audits (id, framework_hash, institution, audit_type, "
            "content_language, status, created_at, updated_at) "
            "VALUES (?, 'h', 'Inst', 'self', 'en', 'draft', 'now', 'now')",
            (audit_id,),
        )
    # Inserted out of id order, all at the same time: the rowid keeps their order.
    rows = [
        _revision("r9", AUDIT_A, "1.1", "no"),
        _revision("r1", AUDIT_A, "1.1", "yes", parent="r9"),
        _revision("r5", AUDIT_A, "1.2", 4),
        _revision("r7", AUDIT_B, "1.1", "partially"),
    ]
    connection.executemany("INSERT INTO revisions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    connection.executemany(
        "INSERT INTO answers VALUES (?,?,?)",
        [(AUDIT_A, "1.1", "r1"), (AUDIT_A, "1.2", "r5"), (AUDIT_B, "1.1", "r7")],
    )
    connection.commit()
    connection.close()


def test_revisions_and_answers_survive_the_new_key(tmp_path):
    path = tmp_path / "j.sqlite3"
    _file_before_m003(path)

    store = Store(Database(path, tmp_path / "backups"))
    try:
        history = store.revisions.all_for_audit(AUDIT_A)
        assert [r.id for r in history] == ["r9", "r1", "r5"]
        assert history[1].parent_id == "r9"
        current = store.revisions.current(AUDIT_A)
        assert {k: a.value for k, a in current.items()} == {"1.1": "yes", "1.2": 4}
        assert store.revisions.head(AUDIT_B, "1.1").id == "r7"
        assert list((tmp_path / "backups").iterdir()), "no backup was made before migrating"
    finally:
        store.close()


def test_an_answer_must_still_point_at_a_revision_of_its_audit(tmp_path):
    path = tmp_path / "j.sqlite3"
    _file_before_m003(path)
    database = Database(path, tmp_path / "backups")
    try:
        for other in ("r7", "r1"):  # in the other audit; of the other answer
            with pytest.raises(sqlite3.IntegrityError), database.transaction():
                database.execute(
                    "UPDATE answers SET revision_id = ? WHERE audit_id = ? AND indicator = '1.2'",
                    (other, AUDIT_A),
                )
        with database.transaction():  # the same id in two audits is no clash
            database.connection.execute(
                "INSERT INTO revisions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*_revision("r7", AUDIT_A, "1.3", "yes"), ""),
            )  # signed_by came with m005
        assert database.execute("SELECT count(*) FROM revisions WHERE id = 'r7'").fetchone() == (2,)
        assert database.integrity_problems() == []
        violations = database.execute("PRAGMA foreign_key_check").fetchall()
        assert violations == []
    finally:
        database.close()
