import sqlite3

import pytest

from app.frameworks.framework_loader import load_framework
from app.models.audit import AuditStatus
from app.models.errors import AnswerError, JalonError
from tests.audit_filler import answer_everything
from tests.fixtures.sample_workbook import SURVEY, write_sample


def test_every_change_is_a_revision_and_the_head_is_the_answer(session, application):
    session.answer("1.1.1", "no")
    session.answer("1.1.1", "yes")
    session.comment("1.1.1", "Strategy approved in March")
    history = session.history("1.1.1")
    assert [r.value for r in history] == ["no", "yes", "yes"]
    assert history[1].parent_id == history[0].id and history[2].parent_id == history[1].id
    assert all(r.author == "Tester" and r.site for r in history)
    reopened = application.audits.open(session.audit.id)
    answer = reopened.answer_of("1.1.1")
    assert (answer.value, answer.comment) == ("yes", "Strategy approved in March")


def test_an_unchanged_answer_writes_nothing(session):
    session.answer("1.1.1", "yes")
    session.answer("1.1.1", "yes")
    assert len(session.history("1.1.1")) == 1


def test_bad_answers_are_refused_and_nothing_is_written(session, application):
    with pytest.raises(AnswerError, match="not a choice"):
        session.answer("1.1.1", "maybe")
    with pytest.raises(AnswerError, match="not accepted"):
        session.answer("2.2", "140")  # a share of women over 100 %
    with pytest.raises(AnswerError, match="needs a number"):
        session.answer("2.2", "lots")
    with pytest.raises(AnswerError, match="reason"):
        session.mark_not_applicable("1.1.1", "  ")
    assert application.store.revisions.count(session.audit.id) == 0


def test_decimal_comma_is_accepted(application, tmp_path):
    survey = [row if row[1] != "q6" else ["decimal", *row[1:]] for row in SURVEY]
    framework = load_framework(write_sample(tmp_path / "decimal.xlsx", survey)).framework
    audit = application.audits.create(framework, "Caisse Populaire de Test")
    assert application.audits.open(audit.id).answer("2.2", "42,5").value == 42.5


def test_not_applicable_needs_a_reason_and_is_recorded(session):
    answer = session.mark_not_applicable("1.1.1", "No branches yet")
    assert answer.is_not_applicable and answer.na_reason == "No branches yet"
    assert session.score()["q1"].possible == 0


def test_finalize_is_blocked_until_mandatory_items_are_answered(session):
    blockers = session.blockers()
    assert [(b.template, b.code) for b in blockers] == [
        ("{code} is mandatory and has no answer", "1.2.1")
    ]
    with pytest.raises(JalonError, match="cannot be finalized"):
        session.finalize()
    answer_everything(session)
    assert session.blockers() == []
    audit = session.finalize()
    assert audit.status == AuditStatus.FINALIZED and len(audit.seal) == 64
    assert session.seal_intact()
    with pytest.raises(JalonError, match="finalized"):
        session.answer("1.1.1", "no")


def test_reopen_needs_a_reason_and_is_logged(session, application):
    answer_everything(session)
    session.finalize()
    with pytest.raises(JalonError, match="reason"):
        session.reopen("")
    session.reopen("Board asked for a correction")
    events = application.audits.events(session.audit)
    assert [e.kind for e in events] == ["created", "finalized", "reopened"]
    assert events[-1].detail["reason"] == "Board asked for a correction"
    session.answer("1.1.1", "no")


def test_a_change_made_outside_jalon_breaks_the_seal(session, application):
    answer_everything(session)
    session.finalize()
    raw = sqlite3.connect(application.paths.database)
    raw.execute("UPDATE revisions SET value = '\"no\"' WHERE indicator = 'q1'")
    raw.commit()
    raw.close()
    assert not application.audits.open(session.audit.id).seal_intact()


def test_evidence_is_stored_once_by_content(session, tmp_path):
    file = tmp_path / "policy.pdf"
    file.write_bytes(b"%PDF-1.4 policy")
    first = session.attach_evidence("1.1.1", file)
    second = session.attach_evidence("1.1.2", file)
    assert first.sha256 == second.sha256
    assert session.evidence_data(first) == b"%PDF-1.4 policy"
    session.remove_evidence(first)
    assert [e.indicator for e in session.evidence()] == [second.indicator]


def test_actions_are_linked_to_framework_nodes(session):
    item = session.add_action(
        "1.1", "Write the social strategy", owner="CEO", due_date="2027-03-31"
    )
    assert session.actions() == [item]
    with pytest.raises(JalonError, match="not part of framework"):
        session.add_action("9.9.9", "Nothing")


def test_duplicate_copies_answers_into_a_new_draft(session, application):
    session.answer("1.1.1", "partially")
    copy = application.audits.duplicate(session.audit, period_start="2027-01-01")
    opened = application.audits.open(copy.id)
    assert opened.answer_of("1.1.1").value == "partially"
    assert copy.id != session.audit.id


def test_audit_reference_by_prefix(application, session):
    assert application.audits.get(session.audit.id[:8]).id == session.audit.id
    with pytest.raises(JalonError, match="at least"):
        application.audits.get("ab")
