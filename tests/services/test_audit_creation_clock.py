"""A new audit and its institution record carry the time of their creation: with this
computer's clock before any record Jalon could keep (a flat CMOS battery resets it to 1980 or
2000), the audit would carry that date into every package, where other installations refuse
it. Creating it is refused with a sentence, and nothing is written."""

from __future__ import annotations

import pytest

from app.models.errors import JalonError
from app.services import audit_service


def dump(application) -> list[str]:
    return list(application.store.database.connection.iterdump())


def test_an_audit_is_not_created_with_a_clock_set_before_2000(
    application, default_framework, monkeypatch
):
    audits = application.audits  # records this installation's id, as any first use does
    before = dump(application)
    monkeypatch.setattr(audit_service, "utc_now", lambda: "1980-01-01T00:00:12.000000Z")

    with pytest.raises(JalonError) as refused:
        audits.create(default_framework, "Caisse Rurale A", "SN")

    assert str(refused.value) == (
        "this computer's clock says 1980-01-01T00:00:12Z, before 2000-01-01: a new audit "
        "and its institution record would carry that date, and other installations would "
        "refuse their packages; set the date and time, then create the audit again"
    )
    assert dump(application) == before
    integrity = application.store.database.connection.execute("PRAGMA integrity_check")
    assert integrity.fetchall() == [("ok",)]
    monkeypatch.undo()
    created = audits.create(default_framework, "Caisse Rurale A", "SN")
    assert created.created_at >= "2000-01-01"
