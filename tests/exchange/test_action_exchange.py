"""Actions of the plan in packages: their life cycle fields and history read back strictly
(a hostile value is refused naming the entry and the field), and two sites updating the same
actions converge, in any order and after re-import, with every step kept."""

from __future__ import annotations

import json

import pytest

from app.exchange.exchange_error import PackageError
from app.exchange.package_content import PackageContent
from app.models.action_item import ActionItem, ActionStatus
from app.models.action_revision import ActionRevision
from app.models.audit import Audit
from app.models.import_receipt import ReceiptStatus
from tests.exchange.conftest import introduce

AUDIT = Audit(id="a1", framework_hash="f" * 64, institution="Caisse", created_at="2025-01-01")
ACTION = ActionItem(
    "x1",
    "a1",
    "q1",
    "Train officers",
    due_date="2025-06-30",
    status=ActionStatus.DONE,
    created_at="2025-01-02T00:00:00Z",
    updated_at="2025-01-03T00:00:00Z",
    note="Done in May",
)
CARRIED = ActionItem(
    "x2",
    "a1",
    "q2",
    "Set targets",
    status=ActionStatus.VERIFIED,
    created_at="2025-01-02T00:00:00Z",
    updated_at="2025-01-02T00:00:00Z",
    carried_from="x0",
)
PLANNED = ActionItem(
    "x1",
    "a1",
    "q1",
    "Train officers",
    due_date="2025-06-30",
    created_at="2025-01-02T00:00:00Z",
    updated_at="2025-01-02T00:00:00Z",
)


def content() -> PackageContent:
    return PackageContent(
        AUDIT,
        (),
        actions=(ACTION, CARRIED),
        action_revisions=(
            ActionRevision("r1", PLANNED, "Awa", "s1"),
            ActionRevision("r2", ACTION, "Moussa", "s2"),
            ActionRevision("r3", CARRIED, "Awa", "s1"),
        ),
    )


def edited(where: str, index: int, **changes) -> bytes:
    document = json.loads(content().to_bytes())
    document[where][index].update(changes)
    return json.dumps(document).encode()


def test_actions_and_their_history_read_back_equal():
    assert PackageContent.from_bytes(content().to_bytes()) == content()


def test_a_planned_action_of_an_earlier_release_reads_as_planned():
    document = json.loads(content().to_bytes())
    document["actions"][0].update(status="open")
    for key in ("note", "reason", "carried_from"):  # fields earlier releases did not write
        del document["actions"][0][key]
    del document["action_revisions"]
    read = PackageContent.from_bytes(json.dumps(document).encode())
    assert (read.actions[0].status, read.actions[0].note) == (ActionStatus.PLANNED, "")
    assert read.action_revisions == ()


@pytest.mark.parametrize(
    "data, where",
    [
        (edited("actions", 0, status="finished"), "actions[0].status must be one of planned"),
        (edited("actions", 0, due_date="2025-02-30"), "actions[0].due_date must be a date"),
        (edited("actions", 0, due_date="31/12/2025"), "actions[0].due_date must be a date"),
        (edited("actions", 0, note=["a list"]), "actions[0].note must be a text"),
        (edited("actions", 0, status="dropped"), "actions[0].reason must say why"),
        (edited("actions", 1, carried_from=""), "actions[1].status is verified, but only a later"),
        (edited("actions", 1, carried_from="x" * 101), "actions[1].carried_from must be a text"),
        (
            edited("action_revisions", 0, action_id="nowhere"),
            "action_revisions[0].action_id must be the id of an action",
        ),
        (
            edited("action_revisions", 0, status="verified"),
            "action_revisions[0].status is verified, but only a later",
        ),
        (edited("action_revisions", 0, reason=7), "action_revisions[0].reason must be a text"),
        (edited("action_revisions", 0, created_at=""), "action_revisions[0].created_at must be"),
        (edited("action_revisions", 0, author={"a": 1}), "action_revisions[0].author must be"),
        (edited("action_revisions", 1, id="r1"), "lists action revision r1 twice"),
        (edited("actions", 1, id="x1"), "lists action x1 twice"),
        (
            edited("action_revisions", 0, created_at="2025-01-09T00:00:00Z"),
            "action revision r1 of action x1 is later than the action's current state",
        ),
    ],
)
def test_a_hostile_action_value_is_refused_with_its_entry_and_field(data, where):
    with pytest.raises(PackageError) as caught:
        PackageContent.from_bytes(data)
    assert caught.value.kind == "content-invalid"
    assert where in str(caught.value)


def _history(site, audit_id):
    return sorted(
        (r.id, r.item.status.value, r.item.note, r.author)
        for r in site.store.actions.revisions(audit_id)
    )


def test_two_sites_update_actions_and_converge_in_any_order(make_site, tmp_path, default_framework):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    target = next(default_framework.iter_indicators()).name
    first = session.add_action(target, "Write the complaints procedure")
    second = session.add_action(target, "Train the loan officers")
    field.packages.export(field.audits.get(audit.id), tmp_path / "start.jalon")
    assert office.merges.merge_file(tmp_path / "start.jalon").status == ReceiptStatus.ACCEPTED

    # The office moves the first action on; the field, later, the second one and the first.
    there = office.audits.open(audit.id)
    there.update_action(
        there.actions()[0], status=ActionStatus.IN_PROGRESS, note="Draft sent to the board"
    )
    session.update_action(second, status=ActionStatus.DROPPED, reason="Covered by the network")
    session.update_action(first, status=ActionStatus.DONE, note="Adopted on 3 May")
    field.packages.export(field.audits.get(audit.id), tmp_path / "field.jalon")
    office.packages.export(office.audits.get(audit.id), tmp_path / "office.jalon")
    at_office = office.merges.merge_file(tmp_path / "field.jalon")
    at_field = field.merges.merge_file(tmp_path / "office.jalon")
    assert at_office.status == at_field.status == ReceiptStatus.UPDATED
    # The first action was changed on both sides (the second only at the field): both
    # receipts say so once.
    both = (
        "an action of the plan was changed on both installations; the most recent change "
        "is shown, and every change of both is kept in its history"
    )
    assert at_office.notes.count(both) == at_field.notes.count(both) == 1

    for site in (field, office):
        heads = {
            a.title: (a.status, a.note, a.reason) for a in site.audits.open(audit.id).actions()
        }
        assert heads == {
            "Write the complaints procedure": (ActionStatus.DONE, "Adopted on 3 May", ""),
            "Train the loan officers": (ActionStatus.DROPPED, "", "Covered by the network"),
        }
    # Every step of both sites is kept on both, with its author.
    assert _history(field, audit.id) == _history(office, audit.id)
    steps = [(status, author) for _id, status, _note, author in _history(field, audit.id)]
    assert sorted(steps) == sorted(
        [
            ("planned", "Field"),
            ("planned", "Field"),
            ("in-progress", "Office"),
            ("done", "Field"),
            ("dropped", "Field"),
        ]
    )
    # Re-importing either package changes nothing.
    assert office.merges.merge_file(tmp_path / "field.jalon").status == (
        ReceiptStatus.ALREADY_PRESENT
    )
    assert field.merges.merge_file(tmp_path / "office.jalon").status == (
        ReceiptStatus.ALREADY_PRESENT
    )


def test_a_follow_up_started_here_verifies_actions_updated_there(
    make_site, tmp_path, default_framework
):
    """The follow-up audit is started at the field; the office updates the carried actions;
    the field gets them back, whichever package arrives first."""
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    target = next(default_framework.iter_indicators()).name
    previous = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    plan = field.audits.open(previous.id)
    plan.update_action(plan.add_action(target, "Publish the tariffs"), status=ActionStatus.DONE)
    follow_up = field.follow_ups.create(previous.id)
    field.packages.export(field.audits.get(follow_up.id), tmp_path / "follow-up.jalon")
    office.merges.merge_file(tmp_path / "follow-up.jalon")
    there = office.audits.open(follow_up.id)
    carried = there.actions()[0]
    assert carried.carried_from == plan.actions()[0].id
    there.update_action(carried, status=ActionStatus.VERIFIED, note="Tariffs on the branch wall")
    office.packages.export(office.audits.get(follow_up.id), tmp_path / "verified.jalon")
    receipt = field.merges.merge_file(tmp_path / "verified.jalon")
    assert receipt.status == ReceiptStatus.UPDATED
    assert not any("changed on both installations" in note for note in receipt.notes)
    here = field.audits.open(follow_up.id).actions()[0]
    assert (here.status, here.note) == (ActionStatus.VERIFIED, "Tariffs on the branch wall")
    assert _history(field, follow_up.id) == _history(office, follow_up.id)
