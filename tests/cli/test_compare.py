"""`jalon compare A B` on a real database: the table, the JSON, and the refusals."""

from __future__ import annotations

import json

import pytest

from app.composition import Application
from app.paths import AppPaths
from tests.jalon_cli import jalon


@pytest.fixture
def data_dir(tmp_path, catalog):
    """Two audits of one caisse (spelled differently) on jalon_sp 2026.2, and another caisse.
    Practice 1.1.2: q1_1_2_1 yes before; q1_1_2_1 no and q1_1_2_2 yes after."""
    application = Application(AppPaths(tmp_path), author="Awa")
    framework = catalog.get("jalon_sp", "2026.2")
    before = application.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    after = application.audits.create(framework, "CAISSE DU FLEUVE", "SN", period_end="2025-12-31")
    other = application.audits.create(framework, "Mutuelle des Niayes", "SN")
    application.audits.open(before.id).answer("q1_1_2_1", "yes")
    session = application.audits.open(after.id)
    session.answer("q1_1_2_1", "no")
    session.answer("q1_1_2_2", "yes")
    older = application.audits.create(catalog.get("jalon_sp", "2026.1"), "Caisse du Fleuve", "SN")
    application.close()
    return tmp_path, before.id, after.id, other.id, older.id


def test_the_json_tells_the_raw_change_from_the_change_of_practice(data_dir):
    folder, before, after, *_ = data_dir
    document = json.loads(jalon(folder, "compare", before[:8], after[:8], "--json").stdout)
    practice = next(n for n in document["nodes"] if n["code"] == "1.1.2")
    # 1/1 = 100 % -> (0 + 1)/2 = 50 %: -50 points raw; over q1_1_2_1 alone 100 % -> 0 %.
    assert practice["before"]["percent"] == 100 and practice["after"]["percent"] == 50
    assert practice["change"] == -50 and practice["practice_change"] == -100
    assert practice["newly_assessed"] == 1
    changes = {i["code"]: (i["before"], i["after"], i["change"]) for i in document["indicators"]}
    assert changes == {"1.1.2.1": (1, 0, "regressed"), "1.1.2.2": (None, 1, "newly assessed")}
    assert document["across_versions"] is False


def test_the_table(data_dir):
    folder, before, after, *_ = data_dir
    table = jalon(folder, "compare", before, after, "--depth", "3").stdout
    assert table.splitlines()[0] == (
        f"CAISSE DU FLEUVE: {before[:8]} (2024-12-31, jalon_sp 2026.2) -> "
        f"{after[:8]} (2025-12-31, jalon_sp 2026.2)"
    )
    assert "    1.1.2" in table
    practice = next(line for line in table.splitlines() if line.startswith("    1.1.2 "))
    # Coverage: 1 of 3 before (q1_1_2_3 applies after a yes), 2 of 2 after (not after a no).
    assert practice.split()[-6:] == ["100.0%", "(33%)", "50.0%", "(100%)", "-50.0", "-100.0*"]
    assert "Indicators: 0 improved, 1 regressed, 0 unchanged, 1 newly assessed" in table
    assert "  regressed          1.1.2.1   100% ->   0%" in table


def test_audits_of_two_institutions_are_not_compared(data_dir):
    folder, before, _after, other, _older = data_dir
    failed = jalon(folder, "compare", before, other, check=False)
    assert failed.returncode == 1
    assert "are audits of different institutions" in failed.stderr
    assert "Traceback" not in failed.stderr


def test_a_later_version_is_compared_back_only_through_a_crosswalk(data_dir):
    folder, before, _after, _other, older = data_dir
    forward = jalon(folder, "compare", older, before, "--json").stdout
    assert json.loads(forward)["across_versions"] is True
    backward = jalon(folder, "compare", before, older, check=False)
    assert backward.returncode == 1
    assert "needs a crosswalk between the two versions" in backward.stderr
