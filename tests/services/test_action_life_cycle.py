"""The action life cycle: planned → in progress → done → verified by a later audit, or dropped
with a reason; every change a revision with its author and time; the follow-up audit carries
the open actions; and, between two audits, whether each action's target improved — with
figures worked out by hand on the sample framework (tests/fixtures/sample_workbook.py)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.models.action_item import ActionStatus
from app.models.errors import JalonError
from app.models.progress import IndicatorChange
from app.models.seal import compute_seal


def test_every_step_is_a_revision_with_its_author_note_and_time(session):
    item = session.add_action(
        "q1", "Write the social strategy", owner="Fatou", due_date="2026-03-31"
    )
    assert item.status == ActionStatus.PLANNED
    started = session.update_action(
        item, status=ActionStatus.IN_PROGRESS, note="Board workshop held on 12 March"
    )
    done = session.update_action(
        started, status=ActionStatus.DONE, note="Strategy adopted; minutes in the evidence folder"
    )
    history = session.action_history(done)
    assert [(r.item.status, r.item.note, r.author) for r in history] == [
        (ActionStatus.PLANNED, "", "Tester"),
        (ActionStatus.IN_PROGRESS, "Board workshop held on 12 March", "Tester"),
        (ActionStatus.DONE, "Strategy adopted; minutes in the evidence folder", "Tester"),
    ]
    assert [r.created_at for r in history] == sorted(r.created_at for r in history)
    assert history[-1].item == session.actions()[0] == done
    # Saving the same state again writes no revision.
    assert session.update_action(done, note=done.note) == done
    assert len(session.action_history(done)) == 3


def test_a_step_is_credited_to_whoever_works_when_it_is_made(session):
    """The window changes the session's identity when the user gives another name."""
    item = session.add_action("q1", "Write the social strategy")
    session.identity = replace(session.identity, author="Awa")
    started = session.update_action(item, status=ActionStatus.IN_PROGRESS)
    assert [r.author for r in session.action_history(started)] == ["Tester", "Awa"]


def test_dropping_needs_a_reason_and_only_a_later_audit_verifies(session):
    item = session.add_action("q2", "Set yearly social targets")
    with pytest.raises(JalonError, match="needs the reason why it was dropped"):
        session.update_action(item, status=ActionStatus.DROPPED)
    with pytest.raises(JalonError, match="only a later audit verifies"):
        session.update_action(item, status=ActionStatus.VERIFIED)
    with pytest.raises(JalonError, match="not a date written YYYY-MM-DD"):
        session.update_action(item, due_date="2026-02-30")
    assert session.actions() == [item]  # nothing of the refused changes was kept
    assert len(session.action_history(item)) == 1

    dropped = session.update_action(
        item, status=ActionStatus.DROPPED, reason="The network sets the targets from 2026"
    )
    assert dropped.reason == "The network sets the targets from 2026"
    # Taken up again, it no longer carries the reason it was dropped for.
    taken_up = session.update_action(dropped, status=ActionStatus.PLANNED)
    assert taken_up.reason == ""
    assert [r.item.reason for r in session.action_history(item)] == [
        "",
        "The network sets the targets from 2026",
        "",
    ]


def test_an_action_is_overdue_when_past_due_and_not_done(session):
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    today = date.today().isoformat()
    item = session.add_action("q1", "Train the loan officers", due_date=yesterday)
    assert item.is_overdue(today)
    assert session.update_action(item, status=ActionStatus.IN_PROGRESS).is_overdue(today)
    assert not session.update_action(item, status=ActionStatus.DONE).is_overdue(today)
    assert not session.update_action(item, due_date=today).is_overdue(today)
    dropped = session.update_action(item, status=ActionStatus.DROPPED, reason="No budget")
    assert not dropped.is_overdue(today)


def test_a_seal_of_a_plan_made_before_the_life_cycle_still_holds(session):
    """Audits finalized by earlier releases were sealed with a planned action written "open":
    the seal of the same plan is the same now."""
    item = session.add_action("q1", "Write the social strategy", owner="Fatou")
    sealed = compute_seal(session.audit, [], [item], [])
    content = {
        "audit": {
            "id": session.audit.id,
            "framework_hash": session.audit.framework_hash,
            "institution": session.audit.institution,
            "country": session.audit.country,
            "audit_type": session.audit.audit_type.value,
            "auditors": list(session.audit.auditors),
            "period": [session.audit.period_start, session.audit.period_end],
            "modules": sorted(session.audit.modules),
        },
        "revisions": [],
        "actions": [[item.id, "q1", "Write the social strategy", "Fatou", "", "medium", "open"]],
        "evidence": [],
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert sealed == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _first_audit(application, framework, answers: dict[str, str]):
    audit = application.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    session = application.audits.open(audit.id)
    for name, value in answers.items():
        session.answer(name, value)
    return session


def test_a_follow_up_carries_the_open_actions_to_verify(application, sample_framework):
    first = _first_audit(application, sample_framework, {"q1": "no"})
    planned = first.add_action("q1", "Write the social strategy", due_date="2025-06-30")
    done = first.update_action(
        first.add_action("s1", "Set targets"),
        status=ActionStatus.DONE,
        note="Targets in the 2025 plan",
    )
    first.update_action(
        first.add_action("q3", "Collect data"),
        status=ActionStatus.DROPPED,
        reason="Done by the network",
    )
    first.delete_action(first.add_action("q4", "Removed"))

    follow_up = application.follow_ups.create(first.audit.id)
    later = application.audits.open(follow_up.id)
    carried = {item.carried_from: item for item in later.actions()}
    assert set(carried) == {planned.id, done.id}  # not the dropped one, nor the removed one
    assert (carried[done.id].status, carried[done.id].note, carried[done.id].target) == (
        ActionStatus.DONE,
        "Targets in the 2025 plan",
        "s1",
    )
    assert carried[planned.id].due_date == "2025-06-30"
    assert [r.author for r in later.action_history(carried[done.id])] == ["Tester"]

    verified = later.update_action(
        carried[done.id],
        status=ActionStatus.VERIFIED,
        note="Targets seen in the 2025 business plan",
    )
    assert verified.status == ActionStatus.VERIFIED
    # The previous audit's plan is as it was: its verification is the later audit's.
    assert application.audits.open(first.audit.id).actions()[1].status == ActionStatus.DONE


def test_whether_each_action_target_improved_by_hand(application, sample_framework):
    """Audit A: q1 no, q2 partially, q3 yes (q4 unanswered). Audit B: q1 yes, q2 partially,
    q3 yes, q4 no.

    - q1: 0 → 1, improved; q2: 0.5 → 0.5, unchanged; q4: not scored → 0, newly assessed.
    - s1 (q1 weight 1, q2 weight 2): A (0 + 1) / 3 = 33.3 %, B (1 + 1) / 3 = 66.7 %: improved.
    - s2: raw 100 % (q3 only) → 50 % (q3 yes, q4 no), but like-for-like over q3, scored in
      both, 100 % → 100 %: unchanged — the drop comes from answering more, not from practice.
    - d2: nothing answered in either audit: not assessed (None).
    """
    first = _first_audit(
        application, sample_framework, {"q1": "no", "q2": "partially", "q3": "yes"}
    )
    targets = ("q1", "q2", "q4", "s1", "s2", "d2")
    actions = {t: first.add_action(t, f"Action on {t}") for t in targets}
    first.update_action(actions["q1"], status=ActionStatus.DONE)
    follow_up = application.follow_ups.create(first.audit.id)
    later = application.audits.open(follow_up.id)
    for name, value in {"q1": "yes", "q2": "partially", "q3": "yes", "q4": "no"}.items():
        later.answer(name, value)
    q1_carried = next(i for i in later.actions() if i.carried_from == actions["q1"].id)
    later.update_action(q1_carried, status=ActionStatus.VERIFIED)

    compared = application.progress.compare(first.audit.id, follow_up.id)
    s2 = compared.progress.node("s2")
    assert (s2.before.percent, s2.after.percent) == (100.0, 50.0)
    outcome = {a.action.target: a.change for a in compared.actions}
    assert outcome == {
        "q1": IndicatorChange.IMPROVED,
        "q2": IndicatorChange.UNCHANGED,
        "q4": IndicatorChange.NEWLY_ASSESSED,
        "s1": IndicatorChange.IMPROVED,
        "s2": IndicatorChange.UNCHANGED,
        "d2": None,
    }
    statuses = {
        a.action.target: (a.action.status, a.later and a.later.status) for a in compared.actions
    }
    assert statuses["q1"] == (ActionStatus.DONE, ActionStatus.VERIFIED)
    assert statuses["q2"] == (ActionStatus.PLANNED, ActionStatus.PLANNED)


def test_a_text_saved_before_todays_limits_does_not_stop_a_step(session):
    """An owner of 300 characters, saved before input was checked: the action still moves on,
    and only a text that is changed must fit today's limit."""
    item = session.add_action("q1", "Write the social strategy")
    session._store.actions.save(replace(item, owner="O" * 300))
    old = session.actions()[0]
    done = session.update_action(old, status=ActionStatus.DONE, note="Adopted")
    assert (done.status, len(done.owner)) == (ActionStatus.DONE, 300)
    with pytest.raises(JalonError, match="owner is 301 characters long; at most 200"):
        session.update_action(done, owner="O" * 301)
