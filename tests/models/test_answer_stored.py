"""Answer.stored, the quick way storage makes answers, makes the same object as Answer(...)."""

from __future__ import annotations

import dataclasses

import pytest

from app.models.answer import Answer, InvalidValue

FIELDS = (
    "q1",
    InvalidValue("19a8"),
    "",
    "see annex",
    True,
    "finance",
    "r1",
    "ana",
    "dakar",
    "2026-12-06T10:00:00Z",
)


@pytest.mark.parametrize("value", ["yes", 12, 2.5, None, InvalidValue("19a8")])
def test_a_stored_answer_is_the_answer_its_fields_make(value):
    fields = (FIELDS[0], value, *FIELDS[2:])
    stored, made = Answer.stored(*fields), Answer(*fields)
    assert stored == made
    assert hash(stored) == hash(made)
    assert repr(stored) == repr(made)
    assert tuple(getattr(stored, f.name) for f in dataclasses.fields(Answer)) == fields
    assert (stored.has_value, stored.is_answered) == (made.has_value, made.is_answered)
    with pytest.raises(dataclasses.FrozenInstanceError):
        stored.value = "no"  # type: ignore[misc]
