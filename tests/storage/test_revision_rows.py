"""A revision's row: what the revisions table stores, built in one place and read back the same."""

from __future__ import annotations

import json
import pickle

from hypothesis import given
from hypothesis import strategies as st

from app.models.revision import Revision
from app.storage.revision_rows import RevisionRows, row_revision, value_json

values = st.one_of(
    st.none(), st.text(), st.integers(), st.floats(allow_nan=False, allow_infinity=False)
)


@given(values)
def test_a_value_is_stored_as_json_dumps_writes_it(value):
    assert value_json(value) == json.dumps(value)
    assert json.loads(value_json(value)) == value


def _revision(number: int, value) -> Revision:
    return Revision(
        id=f"r{number}",
        audit_id="a1",
        indicator=f"q{number}",
        parent_id=None,
        value=value,
        na_reason="",
        comment="à revoir" if number else "",
        flagged=bool(number % 2),
        department="Crédit",
        author="Awa",
        site="site-1",
        created_at=f"2026-11-22T10:00:0{number}Z",
    )


@given(st.lists(values, max_size=8))
def test_rows_read_back_as_the_revisions_they_came_from(listed):
    revisions = [_revision(n, v) for n, v in enumerate(listed)]
    rows = RevisionRows.of(revisions)
    assert [row_revision(row) for row in rows.rows] == revisions
    assert list(rows) == revisions and len(rows) == len(revisions)


def test_rows_sent_to_another_process_carry_rows_only_and_read_back_alike():
    revisions = [_revision(n, v) for n, v in enumerate(["oui", 12, 2.5, None])]
    sent = pickle.loads(pickle.dumps(RevisionRows.of(revisions)))
    assert sent._revisions is None  # objects are made on the receiving side, when read
    assert sent[1] == revisions[1] and tuple(sent) == tuple(revisions)
    assert sent == tuple(revisions) and sent == RevisionRows.of(revisions)


def test_the_scored_values_are_the_current_answers_value_and_na_reason(application, session):
    """What a benchmark reads of each audit: the same values and N/A reasons as current()."""
    names = [i.name for i in session.framework.iter_indicators() if i.is_scored][:4]
    session.answer(names[0], "yes")
    session.answer(names[1], "partially")
    session.comment(names[1], "à revoir")
    session.mark_not_applicable(names[2], "no such product")
    session.answer("org_staff", "42")
    revisions = application.store.revisions
    current = revisions.current(session.audit.id)
    scored = revisions.scored_values(session.audit.id)
    assert {n: (a.value, a.na_reason) for n, a in scored.items()} == {
        n: (a.value, a.na_reason) for n, a in current.items()
    }
    assert scored["org_staff"].value == 42 and scored[names[1]].comment == ""
