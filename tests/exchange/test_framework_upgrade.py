"""A draft audit of jalon_sp 2026.1 upgraded to 2026.2 along the shipped crosswalk: every answer
kept or its fate recorded, scores as worked out by hand, and the upgraded audit's package
merging both ways with a site that did not upgrade."""

from __future__ import annotations

import pytest

from app.models.crosswalk import Relation
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.import_receipt import ReceiptStatus
from app.models.upgrade_plan import Outcome, has_content
from app.models.upgrade_record import UPGRADED
from app.services.merge.merge_planner import NOTE_NOT_UPGRADED_THERE, NOTE_UPGRADE_FOLLOWED
from tests.exchange.conftest import introduce, state_of
from tests.reports.audit_builder import answer_all


@pytest.fixture(scope="module")
def versions(catalog):
    return catalog.get("jalon_sp", "2026.1"), catalog.get("jalon_sp", "2026.2")


def codes(framework, practice: str) -> list[str]:
    group = framework.find(practice)
    return [child.code for child in group.children]


def test_upgrade_keeps_every_answer_or_says_why(application, versions):
    old, new = versions
    audit = application.audits.create(old, "Caisse de Kolda", "SN")
    session = application.audits.open(audit.id)
    answer_all(session)  # every relevant question of 2026.1, some N/A, comments, flags
    session.answer("3.2.2.1", "yes")
    session.answer("4.3.2.2", "no")  # disagrees with 3.2.2.1: the merge must say so
    session.comment("5.3.1.2", "Plan seen at head office")
    before = {r.id for r in application.store.revisions.all_for_audit(audit.id)}
    answered = {n for n, a in session.answers.items() if has_content(a)}

    preview = application.upgrades.preview(session.audit, new)
    assert application.audits.get(audit.id).framework_hash == old.content_hash  # no change yet
    assert {r.id for r in application.store.revisions.all_for_audit(audit.id)} == before

    upgraded, plan = application.upgrades.upgrade(session.audit, new, "network release")
    assert plan.moves == preview.moves
    assert upgraded.framework_hash == new.content_hash
    # Every answered question of 2026.1 has a recorded fate; 4.3.2.2 and the three figures
    # 2026.2 works out instead of asking are not carried, and each says why.
    assert {m.source for m in plan.moves} == answered
    assert {m.source: m.message for m in plan.moves if m.outcome == Outcome.NOT_CARRIED} == {
        "org_women_clients_pct": "0.12 is retired in 2026.2; its answer is no longer assessed",
        "org_avg_loan": "0.19 is retired in 2026.2; its answer is no longer assessed",
        "org_par30_pct": "0.20 is retired in 2026.2; its answer is no longer assessed",
        "q4_3_2_2": "4.3.2.2 answered no, but 3.2.2.1 keeps yes; 3.2.2.1 is flagged for review",
    }
    retired = [m for m in plan.moves if m.relation == Relation.RETIRED]
    assert retired and all(m.note.has(lang) for m in retired for lang in ("en", "fr", "es"))
    # Nothing lost: every earlier revision is still there, the new ones are the upgrader's.
    after = application.store.revisions.all_for_audit(audit.id)
    assert before <= {r.id for r in after}
    added = [r for r in after if r.id not in before]
    assert [(r.indicator, r.value, r.flagged, r.author) for r in added] == [
        ("q3_2_2_1", "yes", True, "Tester")
    ]
    reopened = application.audits.open(audit.id)
    assert reopened.answers["q5_3_1_2"].comment == "Plan seen at head office"
    assert sorted(i.code for i in reopened.no_longer_assessed()) == [
        "0.12",
        "0.19",
        "0.20",
        "4.3.2.2",
    ]
    assert [r.value for r in reopened.history("4.3.2.2")][-1] == "no"
    [event] = [e for e in application.audits.events(upgraded) if e.kind == UPGRADED]
    assert event.detail["reason"] == "network release"
    assert event.detail["earlier_questions"] == [
        "org_avg_loan",
        "org_par30_pct",
        "org_women_clients_pct",
        "q4_3_2_2",
    ]


def test_scores_after_the_upgrade_are_those_worked_out_by_hand(application, versions):
    old, new = versions
    # The two practices the merge touches, as both versions hold them (all weights 1).
    assert codes(old, "3.2.2") == ["3.2.2.1", "3.2.2.2", "3.2.2.3"]
    assert codes(old, "4.3.2") == ["4.3.2.1", "4.3.2.2", "4.3.2.3"]
    assert codes(new, "3.2.2") == ["3.2.2.1", "3.2.2.2", "3.2.2.3"]
    assert codes(new, "4.3.2") == ["4.3.2.1", "4.3.2.3"]
    audit = application.audits.create(old, "Caisse de Ziguinchor", "SN")
    session = application.audits.open(audit.id)
    for code, value in {
        "3.2.2.2": "yes",
        "3.2.2.3": "no",
        "4.3.2.1": "yes",
        "4.3.2.2": "no",
        "4.3.2.3": "partially",
    }.items():
        session.answer(code, value)
    card = session.score()
    assert card[old.find("3.2.2").name].percent == pytest.approx(100 * 1 / 2)  # yes, no
    assert card[old.find("4.3.2").name].percent == pytest.approx(100 * 1.5 / 3)  # yes no part.

    application.upgrades.upgrade(session.audit, new)
    card = application.audits.open(audit.id).score()
    # 3.2.2.1 was empty: it takes 4.3.2.2's 'no' -> (0 + 1 + 0) / 3; 4.3.2 loses its 'no'.
    assert card[new.find("3.2.2").name].percent == pytest.approx(100 * 1 / 3)
    assert card[new.find("4.3.2").name].percent == pytest.approx(100 * 1.5 / 2)


def test_a_preview_or_a_finalized_audit_changes_nothing(application, versions):
    old, new = versions
    audit = application.audits.create(old, "Caisse de Thiès", "SN")
    session = application.audits.open(audit.id)
    answer_all(session)
    session.finalize()
    with pytest.raises(JalonError, match="finalized"):
        application.upgrades.preview(application.audits.get(audit.id), new)
    assert application.audits.get(audit.id).framework_hash == old.content_hash
    with pytest.raises(JalonError, match="holds no crosswalk"):
        draft = application.audits.create(new, "Caisse de Fatick", "SN")
        application.upgrades.preview(draft, old)


def test_upgraded_package_merges_with_a_site_that_did_not_upgrade(make_site, tmp_path, versions):
    old, new = versions
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(old, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    session.answer("3.2.2.2", "yes")
    session.answer("4.3.2.2", "partially")
    shared = tmp_path / "shared.jalon"
    field.packages.export(session.audit, shared)
    assert office.merges.merge_file(shared).status == ReceiptStatus.ACCEPTED

    # The field upgrades; the office, still on 2026.1, goes on answering.
    field.upgrades.upgrade(field.audits.get(audit.id), new)
    field.audits.open(audit.id).answer("4.3.2.1", "yes")
    remote = office.audits.open(audit.id)
    remote.answer("4.3.2.3", "no")
    remote.answer("4.3.2.2", "no")  # a question 2026.2 no longer has

    # The office's package, still of 2026.1, reaches the upgraded field.
    not_upgraded = tmp_path / "not-upgraded.jalon"
    office.packages.export(office.audits.get(audit.id), not_upgraded)
    receipt = field.merges.merge_file(not_upgraded)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    assert NOTE_NOT_UPGRADED_THERE in receipt.notes
    assert field.audits.get(audit.id).framework_hash == new.content_hash
    answers = field.store.revisions.current(audit.id)
    assert answers["q4_3_2_3"].value == "no" and answers["q4_3_2_1"].value == "yes"
    assert answers["q3_2_2_1"].value == "partially"  # carried from 4.3.2.2 by the upgrade
    # The office's later answer to 4.3.2.2 joins the history, no longer assessed.
    assert answers["q4_3_2_2"].value == "no"
    assert [i.code for i in field.audits.open(audit.id).no_longer_assessed()] == ["4.3.2.2"]

    # The field's upgraded package reaches the office, which has never had 2026.2.
    assert office.store.frameworks.get(new.content_hash) is None
    upgraded = tmp_path / "upgraded.jalon"
    field.packages.export(field.audits.get(audit.id), upgraded)
    receipt = office.merges.merge_file(upgraded)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    assert NOTE_UPGRADE_FOLLOWED in receipt.notes
    assert office.audits.get(audit.id).framework_hash == new.content_hash  # from the snapshot
    assert office.store.frameworks.get(new.content_hash) is not None
    assert state_of(field, audit.id) == state_of(office, audit.id)
    assert office.merges.merge_file(upgraded).status == ReceiptStatus.ALREADY_PRESENT


def test_an_upgraded_audits_actions_travel_when_the_upgrade_records_their_targets(
    make_site, tmp_path, versions
):
    """An action may stay on a question the newer version removed (4.3.2.2): the upgrade's
    record names it, so the package is accepted now that an upgraded audit's action targets
    are checked (the hostile corpus's "upgraded audit's action on no question or practice" is
    the refusal)."""
    old, new = versions
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(old, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    session.answer("4.3.2.2", "partially")
    session.add_action("4.3.2.2", "Write the complaints procedure")
    session.add_action("4.3.2", "Train the loan officers")  # a practice both versions have
    field.upgrades.upgrade(field.audits.get(audit.id), new)
    [event] = [e for e in field.audits.events(field.audits.get(audit.id)) if e.kind == UPGRADED]
    assert event.detail["earlier_groups"] == []  # 2026.2 removed no group of 2026.1
    path = tmp_path / "upgraded.jalon"
    field.packages.export(field.audits.get(audit.id), path)
    receipt = office.merges.merge_file(path)
    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    assert sorted(a.target for a in office.store.actions.for_audit(audit.id)) == sorted(
        a.target for a in field.store.actions.for_audit(audit.id)
    )


def with_practice_renamed(framework: Framework, name: str) -> Framework:
    """`framework` as a later version in which practice `name` is known under a new name
    (its questions unchanged, so its crosswalk still holds): the upgrade removes the group."""

    def rename(items: list[dict]) -> None:
        for item in items:
            if item.get("group") == name:
                item["group"] = f"{name}_renamed"
            rename(item.get("items", []))

    document = framework.to_dict()
    rename(document["items"])
    document["version"] = f"{framework.version}-renamed"
    return Framework.from_dict(document)


def test_an_action_on_a_practice_the_upgrade_removed_travels_with_the_audit(
    make_site, tmp_path, versions
):
    """The upgrade's record lists the groups the newer version lacks (`earlier_groups`), so an
    action that stays on one of them is still accepted by the head office."""
    old, new = versions
    practice = old.find("1.1.1").name
    newer = with_practice_renamed(new, practice)
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(old, "Caisse du Fleuve", "SN")
    field.audits.open(audit.id).add_action("1.1.1", "Write the social strategy")
    field.upgrades.upgrade(field.audits.get(audit.id), newer)
    [event] = [e for e in field.audits.events(field.audits.get(audit.id)) if e.kind == UPGRADED]
    assert event.detail["earlier_groups"] == [practice]
    path = tmp_path / "upgraded.jalon"
    field.packages.export(field.audits.get(audit.id), path)
    receipt = office.merges.merge_file(path)
    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    assert [a.target for a in office.store.actions.for_audit(audit.id)] == [practice]
