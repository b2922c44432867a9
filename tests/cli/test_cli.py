"""The command line on a real data directory: commands run in-process through click, and two
smoke tests start the real `jalon` program as a user does."""

import json

import pytest

from tests.fixtures.sample_workbook import CHOICES, SURVEY, write_sample
from tests.jalon_cli import jalon, jalon_process


@pytest.fixture
def sample(tmp_path):
    return write_sample(tmp_path / "sample.xlsx")


def test_new_answer_and_score_give_hand_computed_percentages(tmp_path, sample):
    data = tmp_path / "data"
    created = jalon_process(  # the real program once: entry point, environment, exit code
        data,
        "audit",
        "new",
        "--institution",
        "Mutuelle Épargne",
        "--country",
        "BJ",
        "--framework",
        sample,
    )
    audit_id = created.stdout.split()[2]
    assert "Created audit" in created.stdout
    jalon(data, "audit", "answer", audit_id, "1.1.1", "yes")
    jalon(data, "audit", "answer", audit_id, "1.1.2", "partially")
    saved = jalon(data, "audit", "answer", audit_id, "1.2.1", "no")
    assert "Saved 1.2.1 = no" in saved.stdout
    scores = json.loads(jalon(data, "score", audit_id, "--json").stdout)
    # q1 1/1, q2 0.5 x 2 = 1/2, q3 0/1  ->  2 / 4
    assert scores["nodes"]["1"]["percent"] == 50.0
    assert scores["nodes"]["1.1"]["percent"] == pytest.approx(66.6667, abs=1e-3)
    jalon(data, "audit", "answer", audit_id, "1.1.2", "--na", "No targets required by law")
    scores = json.loads(jalon(data, "score", audit_id, "--json").stdout)
    # q2 leaves the denominator: q1 1/1, q3 0/1 -> 50 %; s1 100 %
    assert scores["nodes"]["1"]["percent"] == 50.0
    assert scores["nodes"]["1.1"]["percent"] == 100.0
    assert scores["nodes"]["1"]["possible"] == 2
    history = jalon(data, "audit", "history", audit_id, "1.1.2").stdout.splitlines()
    assert len(history) == 2 and "Awa" in history[0] and "N/A" in history[1]


def test_errors_are_one_clear_line_and_a_non_zero_exit(tmp_path, sample):
    data = tmp_path / "data"
    audit_id = jalon(
        data, "audit", "new", "--institution", "X", "--framework", sample
    ).stdout.split()[2]
    bad = jalon(data, "audit", "answer", audit_id, "1.1.1", "maybe", check=False)
    assert bad.returncode == 1
    assert bad.stderr.strip() == (
        "Error: 'maybe' is not a choice of 1.1.1; expected one of: yes, partially, no, na"
    )
    missing = jalon(data, "audit", "show", "ffffffff", check=False)
    assert missing.returncode == 1 and missing.stderr.strip() == "Error: no audit 'ffffffff'"
    assert "Traceback" not in bad.stderr + missing.stderr


def test_validate_lists_every_error_and_writes_nothing(tmp_path):
    survey = [row[:] for row in SURVEY]
    survey[3][1] = "q1"
    choices = [row[:] for row in CHOICES]
    choices[0][5] = "one"
    broken = write_sample(tmp_path / "broken.xlsx", survey=survey, choices=choices)
    data = tmp_path / "data"
    result = jalon(data, "framework", "validate", broken, check=False)
    assert result.returncode == 1
    assert (
        "broken.xlsx: error: sheet survey, row 5, column B (name): name 'q1' is already "
        "used on row 4" in result.stdout
    )
    assert "sheet choices, row 2, column F (score): score 'one' is not a number" in result.stdout
    assert not (data / "jalon.sqlite3").exists()


def test_validate_accepts_the_bundled_frameworks_strictly(tmp_path):
    from app.paths import resources_dir

    for workbook in sorted((resources_dir() / "frameworks").glob("*.xlsx")):
        result = jalon(tmp_path, "framework", "validate", "--strict", workbook)
        assert "0 error(s), 0 warning(s)" in result.stdout


def test_finalize_lists_blockers_then_succeeds_and_verifies(tmp_path, sample):
    data = tmp_path / "data"
    audit_id = jalon(
        data, "audit", "new", "--institution", "X", "--framework", sample
    ).stdout.split()[2]
    blocked = jalon(data, "audit", "finalize", audit_id, check=False)
    assert blocked.returncode == 1 and "1.2.1 is mandatory and has no answer" in blocked.stderr
    jalon(data, "audit", "answer", audit_id, "1.2.1", "yes")
    done = jalon(data, "audit", "finalize", audit_id)
    assert "Finalized audit" in done.stdout and "Awa" in done.stdout
    assert "matches its seal" in jalon(data, "audit", "verify", audit_id).stdout
    refused = jalon(data, "audit", "answer", audit_id, "1.1.1", "no", check=False)
    assert refused.returncode == 1 and "reopen it with a reason" in refused.stderr


def test_desktop_app_without_a_display_says_so(tmp_path):
    result = jalon_process(tmp_path, check=False)
    assert result.returncode == 3
    assert "needs a graphical display" in result.stderr


def test_framework_export_writes_an_editable_workbook(tmp_path):
    target = tmp_path / "copy.xlsx"
    assert "Wrote" in jalon(tmp_path, "framework", "export", "jalon_sie", "--xlsx", target).stdout
    assert "0 error(s)" in jalon(tmp_path, "framework", "validate", target).stdout


def test_open_names_the_audit_like_the_other_commands(tmp_path, sample):
    refused = jalon(tmp_path, "open", "zzzz", check=False)
    assert refused.returncode == 1
    assert refused.stderr.strip() == "Error: no audit 'zzzz'"
    created = jalon(tmp_path, "audit", "new", "--institution", "Kolda", "--framework", sample)
    prefix = created.stdout.split()[2][:6]
    # Found by its prefix; then the desktop app needs a display, which this process has not.
    opened = jalon_process(tmp_path, "open", prefix, check=False)
    assert opened.returncode == 3
    assert "needs a graphical display" in opened.stderr


def test_audit_list_tells_an_audit_from_its_follow_up_by_the_period_assessed(tmp_path, sample):
    data = tmp_path / "data"
    jalon(
        data,
        "audit",
        "new",
        "--institution",
        "CR Kolda",
        "--framework",
        sample,
        "--period-start",
        "2025-01-01",
        "--period-end",
        "2025-12-31",
    )
    jalon(data, "audit", "new", "--institution", "CR Kolda", "--framework", sample)
    rows = jalon(data, "audit", "list").stdout.splitlines()
    assert sorted(row.split("CR Kolda")[1].strip() for row in rows) == [
        "no period yet",
        "period 2025-01-01 to 2025-12-31",
    ]
