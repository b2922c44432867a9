"""`jalon action …` on a real database: an action moved through its life cycle from the command
line, its history, the list with overdue and to-verify marks, a follow-up's verification and
`jalon compare` telling what became of the plan; refusals name what is wrong."""

from __future__ import annotations

import json

import pytest

from app.composition import Application
from app.paths import AppPaths
from tests.fixtures.sample_workbook import write_sample
from tests.jalon_cli import jalon


@pytest.fixture
def data_dir(tmp_path, catalog):
    application = Application(AppPaths(tmp_path), author="Awa")
    framework = catalog.get("jalon_sp", "2026.2")
    audit = application.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    application.audits.open(audit.id).answer("q1_1_2_1", "no")
    application.close()
    return tmp_path, audit.id


def test_an_action_through_its_life_cycle(data_dir):
    folder, audit = data_dir
    added = jalon(
        folder,
        "action",
        "add",
        audit[:8],
        "1.1.2.1",
        "Set social targets",
        "--owner",
        "Fatou",
        "--due",
        "2020-06-30",
    ).stdout
    assert added.startswith("Added action ") and "for 1.1.2.1: Set social targets" in added
    action = added.split()[2]
    listed = jalon(folder, "action", "list", audit[:8]).stdout.splitlines()
    assert listed[0].split()[:4] == [action, "1.1.2.1", "planned,", "OVERDUE"]
    assert listed[-1] == "1 action(s)"

    jalon(
        folder,
        "action",
        "set",
        audit[:8],
        action,
        "--status",
        "in-progress",
        "--note",
        "Workshop with the board",
    )
    refused = jalon(folder, "action", "set", audit[:8], action, "--status", "dropped", check=False)
    assert refused.returncode != 0
    assert "a dropped action needs the reason why it was dropped" in refused.stderr
    refused = jalon(folder, "action", "set", audit[:8], action, "--status", "verified", check=False)
    assert "only a later audit verifies an action" in refused.stderr
    refused = jalon(folder, "action", "set", audit[:8], action, "--due", "2025-13-01", check=False)
    assert "the due date '2025-13-01' is not a date written YYYY-MM-DD" in refused.stderr
    done = jalon(
        folder,
        "action",
        "set",
        audit[:8],
        action,
        "--status",
        "done",
        "--note",
        "Targets in the 2025 plan",
    ).stdout
    assert done.split()[:2] == [action, "done"]

    history = jalon(folder, "action", "history", audit[:8], action).stdout.splitlines()
    steps = [line.split()[2:4] for line in history[1:]]
    assert steps == [["Awa", "planned"], ["Awa", "in-progress"], ["Awa", "done"]]
    assert history[-1].endswith("Targets in the 2025 plan")
    document = json.loads(jalon(folder, "action", "list", audit, "--json").stdout)
    assert [(a["status"], a["overdue"], a["note"]) for a in document] == [
        ("done", False, "Targets in the 2025 plan")
    ]
    missing = jalon(folder, "action", "set", audit[:8], "zzzz", "--status", "done", check=False)
    assert f"audit {audit[:8]} has no action 'zzzz'" in missing.stderr


def test_the_follow_up_verifies_and_compare_tells_what_became_of_the_plan(data_dir):
    folder, audit = data_dir
    action = jalon(folder, "action", "add", audit, "1.1.2.1", "Set social targets").stdout.split()[
        2
    ]
    jalon(folder, "action", "set", audit, action, "--status", "done")
    created = jalon(folder, "audit", "follow-up", audit).stdout.split()[3]
    listed = jalon(folder, "action", "list", created, "--status", "done").stdout.splitlines()
    assert "done, to verify" in listed[0]
    carried = listed[0].split()[0]
    jalon(
        folder,
        "action",
        "set",
        created,
        carried,
        "--status",
        "verified",
        "--note",
        "Targets seen in the business plan",
    )
    application = Application(AppPaths(folder), author="Awa")
    application.audits.open(created).answer("q1_1_2_1", "yes")
    application.close()

    table = jalon(folder, "compare", audit, created).stdout
    assert f"Action plan of {audit[:8]}: status then -> now, and its target" in table
    line = next(line for line in table.splitlines() if "Set social targets" in line)
    assert line.split()[:5] == ["done", "->", "verified", "1.1.2.1", "improved"]
    document = json.loads(jalon(folder, "compare", audit, created, "--json").stdout)
    assert document["actions"] == [
        {
            "action": document["actions"][0]["action"],
            "target": "q1_1_2_1",
            "title": "Set social targets",
            "status_before": "done",
            "status_after": "verified",
            "target_change": "improved",
        }
    ]


def test_a_carried_action_marked_done_stops_finalize_until_verified(tmp_path):
    """Done last period is a claim the follow-up audit verifies before it is sealed, as the
    desktop's finalize dialog says (tests/ui/test_follow_up_desktop.py); an action carried
    over still in progress just goes on."""
    folder = tmp_path / "data"
    sample = write_sample(tmp_path / "sample.xlsx")
    audit = jalon(
        folder, "audit", "new", "--institution", "Caisse du Fleuve", "--framework", sample
    ).stdout.split()[2]
    strategy = jalon(folder, "action", "add", audit, "1.1.1", "Write the strategy").stdout
    jalon(folder, "action", "set", audit, strategy.split()[2], "--status", "done")
    data = jalon(folder, "action", "add", audit, "1.2", "Collect client data").stdout
    jalon(folder, "action", "set", audit, data.split()[2], "--status", "in-progress")
    later = jalon(folder, "audit", "follow-up", audit).stdout.split()[3]
    jalon(folder, "audit", "answer", later, "1.2.1", "yes")  # the sample's mandatory question

    blocked = jalon(folder, "audit", "finalize", later, check=False)
    assert blocked.returncode == 1
    assert blocked.stderr.splitlines() == [
        "  1.1.1: the action “Write the strategy”, carried over from the previous audit as "
        "done, waits to be verified; verify it, or set it back to in progress, or drop it "
        "with a reason",
        "Error: cannot finalize: 1 item(s) need attention",
    ]
    carried = jalon(folder, "action", "list", later, "--status", "done").stdout.split()[0]
    jalon(folder, "action", "set", later, carried, "--status", "verified", "--note", "Seen")
    assert "Finalized audit" in jalon(folder, "audit", "finalize", later).stdout


def test_a_carried_action_is_named_even_behind_many_unanswered_questions(tmp_path):
    """`audit finalize` lists at most 20 of what stops the audit: the action carried over as
    done (which comes last) is among them, not hidden in "… and N more"."""
    folder = tmp_path / "data"
    audit = jalon(folder, "audit", "new", "--institution", "Caisse du Fleuve").stdout.split()[2]
    strategy = jalon(folder, "action", "add", audit, "1.1.1", "Write the strategy").stdout
    jalon(folder, "action", "set", audit, strategy.split()[2], "--status", "done")
    later = jalon(folder, "audit", "follow-up", audit).stdout.split()[3]

    blocked = jalon(folder, "audit", "finalize", later, check=False)
    lines = blocked.stderr.splitlines()
    assert blocked.returncode == 1
    assert len(lines) == 22 and lines[-2].startswith("  … and ")
    assert any("the action “Write the strategy”" in line for line in lines[:20])
