"""A page damaged anywhere in the database stops every command that opens it, with the way out
(restore a backup), even a command that would never have read that page; and nothing is
written into the damaged file."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from app.cli.main import cli
from app.storage.storage_error import DatabaseDamagedError
from tests.reliability.damage import damage_old_history, damage_table

RECOVERY = "is damaged or not a Jalon database"
WAY_OUT = "jalon backup restore"


def _files(data_dir) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in data_dir.iterdir() if f.is_file()}


@pytest.fixture
def damaged(application, session, data_dir):
    """An audit with several rounds of comments (a long history over many pages), then a page
    of its oldest revisions damaged while Jalon was closed."""
    questions = [i.name for i in session.framework.iter_indicators() if len(i.choices) > 1]
    for round_ in range(4):
        for name in questions:
            session.comment(name, f"note {round_} " * 30)
    application.close()
    damage_old_history(application.paths.database)
    return session.audit.id[:8]


@pytest.mark.parametrize(
    "command",
    [
        ["audit", "list"],
        ["audit", "show", "{audit}"],
        ["export", "xlsx", "{audit}", "{tmp}/audit.xlsx"],
        ["audit", "answer", "{audit}", "{question}", "--comment", "written anyway?"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_a_damaged_page_stops_the_command_with_the_way_out(
    damaged, data_dir, tmp_path, default_framework, command
):
    question = next(i.name for i in default_framework.iter_indicators() if len(i.choices) > 1)
    arguments = [part.format(audit=damaged, tmp=tmp_path, question=question) for part in command]
    before = _files(data_dir)
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), *arguments])
    assert result.exit_code == 1, result.output
    assert RECOVERY in result.output and WAY_OUT in result.output
    assert "Traceback" not in result.output
    assert _files(data_dir) == before  # nothing written into the damaged file, no WAL left
    assert not (tmp_path / "audit.xlsx").exists()


def test_a_page_damaged_while_jalon_runs_stops_the_save_with_the_way_out(application, session):
    """The damage happens after the start's check (a failing stick): the save that meets it is
    refused as damage, and the screen keeps what it showed."""
    name = next(i.name for i in session.framework.iter_indicators() if len(i.choices) > 1)
    session.answer(name, session.indicator(name).choices[0].name)
    database = application.store.database
    assert database.checkpoint()
    damage_table(database.path, "revisions")
    other = sqlite3.connect(database.path)  # another window's commit: this one rereads pages
    other.execute("INSERT INTO installation (key, value) VALUES ('touched', '')")
    other.commit()
    other.close()
    shown = dict(session.answers)
    with pytest.raises(DatabaseDamagedError, match=WAY_OUT):
        session.answer(name, session.indicator(name).choices[1].name)
    assert session.answers == shown
