"""An institution's timeline: its audits in time order, each with overall and per-dimension
scores, across framework versions."""

from __future__ import annotations

import pytest

from app.composition import Application
from app.paths import AppPaths


def test_the_timeline_lists_every_audit_in_time_order(tmp_path, catalog):
    application = Application(AppPaths(tmp_path), author="Awa")
    old, new = catalog.get("jalon_sp", "2026.1"), catalog.get("jalon_sp", "2026.2")
    later = application.audits.create(new, "Caisse du Fleuve", "SN", period_end="2025-12-31")
    earlier = application.audits.create(old, "CAISSE DU FLEUVE", "SN", period_end="2023-12-31")
    application.audits.create(new, "Mutuelle des Niayes", "SN")  # another institution
    session = application.audits.open(earlier.id)
    session.answer("q1_1_1_1", "yes")
    session.answer("q2_1_1_1", "no")  # d1 100 %, d2 0 %, overall 1/2
    application.audits.open(later.id).answer("q1_1_1_1", "partially")

    points = application.progress.timeline(later.institution_id)
    assert [(p.audit_id, p.when, p.framework_version) for p in points] == [
        (earlier.id, "2023-12-31", "2026.1"),
        (later.id, "2025-12-31", "2026.2"),
    ]
    assert points[0].overall == 50 and points[1].overall == 50
    assert dict(points[0].dimensions)["d1"] == 100 and dict(points[0].dimensions)["d2"] == 0
    assert dict(points[1].dimensions)["d2"] is None  # nothing scored there yet
    # Scored once for the timeline, as the audit's own live scorer scores it.
    assert points[0].coverage == pytest.approx(session.score().overall.coverage)
    assert points[0].coverage == pytest.approx(2 / session.score().overall.scored_total)
    application.close()
