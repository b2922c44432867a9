"""A follow-up audit: Organization Information carried to confirm, previous answers shown and
kept one at a time, or (a network's choice) all carried to confirm; across framework versions
through the crosswalk; and across sites in a package."""

from __future__ import annotations

import pytest

from app.composition import Application
from app.models.errors import JalonError
from app.paths import AppPaths
from tests.jalon_cli import jalon


@pytest.fixture
def site(tmp_path, catalog):
    application = Application(AppPaths(tmp_path / "site"), author="Awa")
    application.catalog = catalog
    yield application
    application.close()


def previous_audit(application, framework):
    """Last year's audit: three Organization Information fields and three indicators."""
    audit = application.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    session = application.audits.open(audit.id)
    session.answer("org_branches", 12)
    session.answer("org_staff", 140)
    session.answer("org_legal_form", "Mutuelle d'épargne et de crédit")
    session.update("q1_1_2_1", value="partially", comment="Targets set for 2024 only")
    session.mark_not_applicable("q1_1_2_2", "No social targets yet")
    session.answer("q5_2_1_2", "yes")
    return audit


def test_organization_information_is_carried_to_confirm(site, catalog):
    framework = catalog.get("jalon_sp", "2026.2")
    before = previous_audit(site, framework)
    created = site.follow_ups.create(before.id)
    assert created.institution_id == before.institution_id
    session = site.audits.open(created.id)
    assert session.answers == {}  # nothing is an answer of the new audit yet
    assert [i.name for i in session.to_confirm()] == ["org_legal_form", "org_branches", "org_staff"]
    blockers = {b.indicator: b.message for b in session.blockers()}
    assert blockers["org_branches"] == (
        "0.4 was carried over from the previous audit; confirm it or change it"
    )
    assert session.previous("org_branches").value == 12

    kept = session.keep_previous("org_branches")
    assert kept.value == 12 and kept.author == "Awa"
    assert len(session.history("org_branches")) == 1  # a revision of its own, made now
    session.answer("org_staff", 151)  # changed rather than confirmed: no longer waiting
    assert [i.name for i in session.to_confirm()] == ["org_legal_form"]
    assert "org_branches" not in {b.indicator for b in session.blockers()}


def test_previous_answers_are_shown_and_kept_one_at_a_time(site, catalog):
    framework = catalog.get("jalon_sp", "2026.2")
    before = previous_audit(site, framework)
    session = site.audits.open(site.follow_ups.create(before.id).id)
    shown = session.previous("q1_1_2_1")
    assert (shown.value, shown.comment, shown.author) == (
        "partially",
        "Targets set for 2024 only",
        "Awa",
    )
    assert session.follow_up.previous_period == "2024-12-31"
    # Indicators are shown, not carried: they neither block nor count.
    assert "q1_1_2_1" not in {i.name for i in session.to_confirm()}
    assert session.score().overall.percent is None
    session.keep_previous("q1_1_2_2")
    assert session.answers["q1_1_2_2"].na_reason == "No social targets yet"
    session.keep_previous("q1_1_2_1")
    assert session.answers["q1_1_2_1"].comment == "Targets set for 2024 only"
    assert session.score()["q1_1_2_1"].points == 0.5
    with pytest.raises(JalonError, match="has no answer from a previous audit to keep"):
        session.keep_previous("q1_1_1_1")


def test_starting_from_previous_answers_counts_them_once_confirmed(site, catalog):
    framework = catalog.get("jalon_sp", "2026.2")
    before = previous_audit(site, framework)
    session = site.audits.open(site.follow_ups.create(before.id, carried=True).id)
    waiting = [i.name for i in session.to_confirm()]
    assert {"q1_1_2_1", "q1_1_2_2", "q5_2_1_2", "org_branches"} <= set(waiting)
    assert session.score().overall.percent is None  # carried, not confirmed: not counted
    session.keep_previous("q5_2_1_2")
    assert session.score().overall.percent == 100
    assert "q5_2_1_2" not in {i.name for i in session.to_confirm()}


def test_a_follow_up_on_a_newer_version_goes_through_the_crosswalk(site, catalog):
    old, new = catalog.get("jalon_sp", "2026.1"), catalog.get("jalon_sp", "2026.2")
    before = previous_audit(site, old)
    session = site.audits.open(before.id)
    session.answer("q3_2_2_1", "yes")  # merged with 4.3.2.2 in 2026.2: answered afresh
    session.answer("org_avg_loan", 450000)  # retired in 2026.2
    follow = site.audits.open(site.follow_ups.create(before.id, new, carried=True).id)
    assert follow.framework.version == "2026.2"
    assert follow.previous("q5_2_1_2").value == "yes"  # reworded: still the same question
    assert follow.previous("q3_2_2_1") is None
    assert "org_avg_loan" not in follow.follow_up.answers

    newer = site.audits.create(new, "Caisse du Fleuve", "SN")
    with pytest.raises(JalonError, match="its follow-up can use that version or a newer one"):
        site.follow_ups.create(newer.id, old)


def test_follow_up_and_keep_from_the_command_line(tmp_path, catalog):
    folder = tmp_path / "cli"
    application = Application(AppPaths(folder), author="Awa")
    before = previous_audit(application, catalog.get("jalon_sp", "2026.1"))
    application.close()
    created = jalon(folder, "audit", "follow-up", before.id[:8], "--framework", "2026.2").stdout
    assert "Created follow-up audit" in created and "(jalon_sp 2026.2); 3 carried" in created
    new_id = created.split()[3]
    blocked = jalon(folder, "audit", "finalize", new_id, check=False)
    assert "0.4 was carried over from the previous audit; confirm it or change it" in (
        blocked.stderr
    )
    kept = jalon(folder, "audit", "keep", new_id, "0.4").stdout
    assert kept.splitlines() == ["Kept 0.4 = 12", "2 carried answer(s) still to confirm"]
    assert jalon(folder, "audit", "keep", new_id, "all").stdout.endswith(
        "0 carried answer(s) still to confirm\n"
    )


def test_the_follow_up_takes_its_period_from_the_command_line(tmp_path, catalog):
    """`jalon audit follow-up` had no option for the new audit's period: it takes the same
    --period-start/--period-end as `jalon audit new`, and refuses a date that is not one,
    creating nothing."""
    folder = tmp_path / "cli"
    application = Application(AppPaths(folder), author="Awa")
    before = previous_audit(application, catalog.get("jalon_sp", "2026.1"))
    application.close()
    assert "--period-start" in jalon(folder, "audit", "follow-up", "--help").stdout
    refused = jalon(
        folder, "audit", "follow-up", before.id[:8], "--period-end", "2025-13-01", check=False
    )
    assert refused.returncode != 0
    assert "the period's end '2025-13-01' is not a date such as 2025-12-31" in refused.stderr
    assert "Traceback" not in refused.stderr
    written = jalon(
        folder, "audit", "new", "--institution", "X", "--period-start", "1/1/2025", check=False
    )
    assert "the period's start '1/1/2025' is not a date such as 2025-12-31" in written.stderr
    assert len(jalon(folder, "audit", "list").stdout.splitlines()) == 1  # nothing created
    created = jalon(
        folder,
        "audit",
        "follow-up",
        before.id[:8],
        "--period-start",
        "2025-01-01",
        "--period-end",
        "2025-12-31",
    ).stdout
    new_id = created.split()[3]
    listed = jalon(folder, "audit", "list").stdout.splitlines()
    assert [line for line in listed if line.startswith(new_id[:8])][0].endswith(
        "period 2025-01-01 to 2025-12-31"
    )
