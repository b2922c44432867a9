"""Plausibility of a follow-up audit's Organization Information against the previous audit:
figures (typed, and ratios the framework works out) that moved more than their limit block
finalization until corrected or confirmed with a note; the limit comes from the framework's
`plausible_change` column, else the default of ±50 %.

Figures worked out by hand. Last year: 12 branches, 140 staff (11.7 staff per branch).
This year: 12 branches kept; 300 staff is +114 % (300/140 - 1 = 1.143), and so is the ratio
(25.0 / 11.7 - 1 = 1.137), both beyond ±50 %; 200 staff is +42.9 % (and 16.7 per branch),
within it."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from app.composition import Application
from app.frameworks.framework_loader import load_framework
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.errors import JalonError
from app.models.framework import Framework, Indicator, QuestionType
from app.models.plausibility import plausibility_flags
from app.paths import AppPaths
from tests.jalon_cli import jalon


@pytest.fixture
def site(tmp_path, catalog):
    application = Application(AppPaths(tmp_path / "site"), author="Awa")
    application.catalog = catalog
    yield application
    application.close()


@pytest.fixture
def follow_up(site, catalog):
    framework = catalog.get("jalon_sp", "2026.2")
    before = site.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    session = site.audits.open(before.id)
    session.answer("org_branches", 12)
    session.answer("org_staff", 140)
    session = site.audits.open(site.follow_ups.create(before.id).id)
    session.keep_previous("org_branches")
    return session


def flagged(session) -> dict[str, tuple[float, float]]:
    return {f.indicator: (f.previous, f.current) for f in session.implausible_figures()}


def test_a_figure_and_the_ratio_worked_out_from_it_are_flagged(follow_up):
    follow_up.answer("org_staff", 300)
    assert flagged(follow_up) == {
        "org_staff": (140, 300),
        "org_ratio_staff_per_branch": (11.7, 25.0),
    }
    blockers = {b.indicator: b.message for b in follow_up.blockers()}
    assert blockers["org_staff"] == (
        "0.5 moved from 140 to 300 since the previous audit, more than 50 % (Jalon's default "
        "check); correct it or confirm it with a note"
    )
    assert "org_ratio_staff_per_branch" in blockers
    follow_up.answer("org_staff", 200)  # +42.9 %: plausible
    assert flagged(follow_up) == {}


def test_confirming_keeps_a_note_and_holds_for_that_value_only(follow_up, site):
    follow_up.answer("org_staff", 300)
    with pytest.raises(JalonError, match="say in a note why 0.5 changed"):
        follow_up.confirm_figure("org_staff", "  ")
    confirmation = follow_up.confirm_figure("org_staff", "Merged with the Ndar caisse in 2025")
    assert (confirmation.value, confirmation.note) == (300, "Merged with the Ndar caisse in 2025")
    event = [
        e for e in site.store.audits.events(follow_up.audit.id) if e.kind == "figure-confirmed"
    ][-1]
    assert event.author == "Awa" and event.detail["note"].startswith("Merged")
    assert set(flagged(follow_up)) == {"org_ratio_staff_per_branch"}
    follow_up.answer("org_staff", 310)  # another value: to be confirmed again
    assert set(flagged(follow_up)) == {"org_staff", "org_ratio_staff_per_branch"}
    with pytest.raises(JalonError, match="0.4 is not flagged"):
        follow_up.confirm_figure("org_branches", "no reason")


def test_an_audit_that_is_not_a_follow_up_has_nothing_to_check(site, catalog):
    audit = site.audits.create(catalog.get("jalon_sp", "2026.2"), "Mutuelle", "SN")
    session = site.audits.open(audit.id)
    session.answer("org_staff", 5000)
    assert session.implausible_figures() == []


def test_the_framework_sets_the_limit_per_question():
    """±10 % for the portfolio: 1,000,000 -> 1,150,000 (+15 %) is flagged; the staff's
    default ±50 % lets 100 -> 140 (+40 %) through; from zero, any change is flagged."""
    portfolio = Indicator("glp", QuestionType.DECIMAL, plausible_change=0.1)
    staff = Indicator("staff", QuestionType.INTEGER)
    branches = Indicator("branches", QuestionType.INTEGER)
    flags = plausibility_flags(
        [portfolio, staff, branches],
        {"glp": 1_150_000, "staff": 140, "branches": 2},
        {"glp": 1_000_000, "staff": 100, "branches": 0},
    )
    assert [(f.indicator, f.limit, f.from_framework) for f in flags] == [
        ("glp", 0.1, True),
        ("branches", 0.5, False),
    ]
    assert flags[0].change == pytest.approx(0.15) and flags[1].change is None


def test_the_plausible_change_column_is_read_and_written_back(tmp_path):
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "plausible_change"])
    survey.append(["decimal", "glp", "Gross loan portfolio", "0.1"])
    survey.append(["integer", "staff", "Staff", ""])
    book.create_sheet("choices").append(["list_name", "name", "label"])
    book.save(tmp_path / "form.xlsx")
    result = load_framework(tmp_path / "form.xlsx")
    assert result.problems == []  # a column Jalon knows, not reported as unsupported
    framework = result.framework
    assert framework.indicators["glp"].plausible_change == 0.1
    assert framework.indicators["staff"].plausible_change is None
    # Stored with the audit (as a dictionary) and read back, the limit stays.
    assert Framework.from_dict(framework.to_dict()).indicators["glp"].plausible_change == 0.1
    WorkbookWriter(framework).write(tmp_path / "written.xlsx")
    again = load_framework(tmp_path / "written.xlsx").framework
    assert again.indicators["glp"].plausible_change == 0.1


def test_the_command_line_lists_and_confirms(follow_up, site):
    follow_up.answer("org_staff", 300)
    folder = site.paths.data_dir
    audit = follow_up.audit.id
    site.close()
    listed = jalon(folder, "audit", "figures", audit[:8]).stdout
    assert "  0.5    140 -> 300  (limit ±50 %, default)  " in listed
    assert listed.splitlines()[-1] == "2 figure(s) to correct or confirm"
    refused = jalon(folder, "audit", "figures", audit[:8], "--confirm", "0.5", check=False)
    assert refused.returncode == 1 and "say in a note why 0.5 changed" in refused.stderr
    done = jalon(
        folder,
        "audit",
        "figures",
        audit[:8],
        "--confirm",
        "0.5",
        "--note",
        "Merged with another caisse",
    ).stdout
    assert done.startswith("Confirmed 0.5 = 300\n")
    assert done.splitlines()[-1] == "1 figure(s) to correct or confirm"
    # Saved for good: another run (another connection) sees the confirmation.
    again = jalon(folder, "audit", "figures", audit[:8]).stdout
    assert again.splitlines()[-1] == "1 figure(s) to correct or confirm"
    refused = jalon(folder, "audit", "finalize", audit[:8], check=False)
    finalize = refused.stdout + refused.stderr
    assert "0.31 moved from 11.7 to 25" in finalize and "0.5 moved" not in finalize
