"""Every released schema upgrades: a database file written by each earlier version of Jalon
(tests/storage/fixtures/schema_vN.sqlite3, made by that version's own code: see
build_schema_fixtures.py) is opened by today's Jalon, which keeps everything it held."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.composition import Application
from app.paths import AppPaths
from app.storage.database import SCHEMA_VERSION
from app.storage.migrations import declared_names

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = sorted(int(f.stem.removeprefix("schema_v")) for f in FIXTURES.glob("schema_v*.sqlite3"))


def test_there_is_a_file_of_every_released_schema():
    assert list(range(1, SCHEMA_VERSION + 1)) == RELEASED


@pytest.fixture(params=RELEASED, ids=lambda version: f"v{version}")
def upgraded(request, tmp_path):
    """Today's Jalon on a copy of the file written by schema version `request.param`."""
    version = request.param
    paths = AppPaths(tmp_path / "data")
    paths.database.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / f"schema_v{version}.sqlite3", paths.database)
    application = Application(paths, author="Moussa")
    expected = json.loads((FIXTURES / f"schema_v{version}.json").read_text(encoding="utf-8"))
    yield version, application, expected
    application.close()


def test_an_old_file_keeps_every_audit_answer_comment_evidence_and_action(upgraded):
    version, application, expected = upgraded
    assert {a.id: a.institution for a in application.audits.list()} == expected["audits"]
    session = application.audits.open(expected["audit"])
    answers = {
        name: {
            "value": a.value,
            "comment": a.comment,
            "flagged": a.flagged,
            "na_reason": a.na_reason,
        }
        for name, a in session.answers.items()
    }
    assert answers == expected["answers"]
    assert {name: len(session.history(name)) for name in expected["history"]} == expected["history"]
    assert [[e.indicator, e.filename, e.sha256] for e in session.evidence()] == expected["evidence"]
    assert [[a.target, a.title, a.owner] for a in session.actions()] == expected["actions"]


def test_an_old_file_is_brought_to_todays_schema_whole(upgraded):
    version, application, expected = upgraded
    application.audits.list()  # opens, and migrates
    database = application.store.database
    connection = database.connection
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r[0] for r in connection.execute("SELECT name FROM _sqlite_migrations")] == (
        declared_names()
    )
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    backups = list(application.paths.backups.glob("*before-migration.sqlite3"))
    if version < SCHEMA_VERSION:  # the file as it was, kept before the upgrade
        assert len(backups) == 1
        kept = sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)
        assert kept.execute("PRAGMA user_version").fetchone()[0] == version
        kept.close()
    else:
        assert backups == []


def test_an_upgraded_file_takes_new_work(upgraded):
    version, application, expected = upgraded
    session = application.audits.open(expected["audit"])
    name = next(iter(expected["history"]))
    before = len(session.history(name))
    session.comment(name, "revu après la mise à jour")
    application.close()
    session = application.audits.open(expected["audit"])
    assert len(session.history(name)) == before + 1
    assert session.answers[name].comment == "revu après la mise à jour"
    assert application.store.database.integrity_problems() == []


def test_every_action_of_an_old_file_has_its_history(upgraded):
    """Before schema 8 an action had no history and a planned one was written "open": each
    reads as planned, with one step holding its state (its author was not recorded). From
    schema 8 on, every step is kept as it was written."""
    version, application, expected = upgraded
    session = application.audits.open(expected["audit"])
    steps = [
        [r.item.status.value, r.item.note, r.author]
        for item in session.actions()
        for r in session.action_history(item)
    ]
    if "action_steps" in expected:
        assert steps == expected["action_steps"]
    else:
        assert steps == [["planned", "", ""]] * len(expected["actions"])
    # The history is the action's: its last step is the action as it stands.
    for item in session.actions():
        assert session.action_history(item)[-1].item == item
