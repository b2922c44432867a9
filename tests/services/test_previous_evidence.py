"""A follow-up audit shows the previous audit's evidence files beside each question, under the
question's name in either framework version."""

from __future__ import annotations

from app.composition import Application
from app.paths import AppPaths


def test_previous_evidence_is_listed_beside_the_question(tmp_path, catalog):
    site = Application(AppPaths(tmp_path / "site"), author="Awa")
    site.catalog = catalog
    before = site.audits.create(
        catalog.get("jalon_sp", "2026.1"), "Caisse", "SN", period_end="2024-12-31"
    )
    session = site.audits.open(before.id)
    session.answer("q1_1_2_1", "yes")
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(b"%PDF-1.4 board minutes")
    session.attach_evidence("q1_1_2_1", minutes)
    created = site.follow_ups.create(before.id, catalog.get("jalon_sp", "2026.2"))
    follow_up = site.audits.open(created.id)
    assert [link.filename for link in follow_up.previous_evidence("q1_1_2_1")] == ["minutes.pdf"]
    assert follow_up.previous_evidence("q1_1_2_2") == []
    plain = site.audits.open(
        site.audits.create(catalog.get("jalon_sp", "2026.2"), "Autre", "SN").id
    )
    assert plain.previous_evidence("q1_1_2_1") == []
    site.close()
