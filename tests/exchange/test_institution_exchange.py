"""Packages carry the audit's institution: the receiver records it under the same id, follows
the merges made on its side, and still takes packages made before institutions existed."""

from __future__ import annotations

from dataclasses import replace

from app.models.import_receipt import ReceiptStatus
from app.models.institution import institution_id_for
from tests.exchange.conftest import introduce


def test_the_institution_travels_with_its_audit(make_site, tmp_path, default_framework):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    record = field.store.institutions.get(audit.institution_id)
    field.store.institutions.save(
        replace(
            record, network="RMF Sénégal", legal_type="mutuelle", identifiers=(("rmf", "SN-014"),)
        )
    )
    package = tmp_path / "fleuve.jalon"
    field.packages.export(audit, package)
    assert office.merges.merge_file(package).status == ReceiptStatus.ACCEPTED

    arrived = office.audits.get(audit.id)
    assert arrived.institution_id == audit.institution_id
    received = office.institutions.get(audit.institution_id)
    assert (
        received.name,
        received.country,
        received.network,
        received.legal_type,
        received.identifiers,
    ) == ("Caisse du Fleuve", "SN", "RMF Sénégal", "mutuelle", (("rmf", "SN-014"),))


def test_a_package_lands_in_the_institution_its_own_was_merged_into(
    make_site, tmp_path, default_framework
):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    # The head office knows the caisse under its full name; the field wrote an abbreviation.
    known = office.audits.create(default_framework, "Caisse d'Épargne du Fleuve", "SN")
    first = field.audits.create(default_framework, "CEF", "SN")
    field.packages.export(first, tmp_path / "first.jalon")
    office.merges.merge_file(tmp_path / "first.jalon")
    office.institutions.merge(first.institution_id, known.institution_id)
    assert office.audits.get(first.id).institution_id == known.institution_id

    # The field's next audit still names its own record: it joins the merged one.
    second = field.audits.create(default_framework, "CEF", "SN")
    field.packages.export(second, tmp_path / "second.jalon")
    assert office.merges.merge_file(tmp_path / "second.jalon").status == (ReceiptStatus.ACCEPTED)
    assert office.audits.get(second.id).institution_id == known.institution_id
    merged = office.institutions.get(known.institution_id)
    assert merged.former_names == ("CEF",)
    assert [a.id for a in office.institutions.audits(merged)] == [known.id, first.id, second.id]


def test_a_package_without_an_institution_still_imports(
    make_site, tmp_path, default_framework, monkeypatch
):
    """As a package of a version before institutions: no record, no institution id."""
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Mutuelle  des Niayes", "sn")
    monkeypatch.setattr(field.store.institutions, "get", lambda _id: None)
    field.packages.export(replace(audit, institution_id=""), tmp_path / "old.jalon")
    receipt = office.merges.merge_file(tmp_path / "old.jalon")
    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    # Found by name and country, under the id every installation derives for them.
    arrived = office.audits.get(audit.id)
    assert arrived.institution_id == institution_id_for("mutuelle des niayes", "SN")
    assert office.institutions.get(arrived.institution_id).name == "Mutuelle des Niayes"


def test_a_follow_up_travels_with_what_it_carries(make_site, tmp_path, catalog):
    """Started at the field, confirmed in part at the head office: both see the same."""
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    framework = catalog.get("jalon_sp", "2026.2")
    previous = field.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    session = field.audits.open(previous.id)
    session.answer("org_branches", 12)
    session.answer("org_staff", 140)
    follow = field.follow_ups.create(previous.id)
    field.packages.export(field.audits.get(follow.id), tmp_path / "follow.jalon")
    assert office.merges.merge_file(tmp_path / "follow.jalon").status == ReceiptStatus.ACCEPTED

    at_office = office.audits.open(follow.id)
    assert at_office.follow_up == field.audits.open(follow.id).follow_up
    assert at_office.previous("org_staff").value == 140  # the previous audit is not here
    at_office.keep_previous("org_staff")
    office.packages.export(office.audits.get(follow.id), tmp_path / "back.jalon")
    assert field.merges.merge_file(tmp_path / "back.jalon").status == ReceiptStatus.UPDATED
    at_field = field.audits.open(follow.id)
    assert [i.name for i in at_field.to_confirm()] == ["org_branches"]
    assert [i.name for i in at_office.to_confirm()] == ["org_branches"]


def test_a_package_cannot_file_its_audit_under_another_institution(
    make_site, tmp_path, default_framework, monkeypatch
):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    theirs = office.audits.create(default_framework, "Banque Rurale du Nord", "SN")
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    record = field.store.institutions.get(audit.institution_id)
    forged = replace(record, id=theirs.institution_id)  # an id the office knows otherwise
    monkeypatch.setattr(field.store.institutions, "get", lambda _id: forged)
    field.packages.export(replace(audit, institution_id=forged.id), tmp_path / "forged.jalon")
    assert office.merges.merge_file(tmp_path / "forged.jalon").status == ReceiptStatus.ACCEPTED
    arrived = office.audits.get(audit.id)
    assert arrived.institution_id == institution_id_for("Caisse du Fleuve", "SN")
    assert office.institutions.get(theirs.institution_id).name == "Banque Rurale du Nord"
