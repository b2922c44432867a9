"""A figure of a follow-up audit confirmed at the field site, sent to the head office in a
package: the confirmation and its note arrive with their author, importing the package again
changes nothing, and a confirmation that crosses in the post with another value of the figure
holds for the value it confirmed only, as the merge rules for answers decide that value.

Figures as in tests/services/test_plausibility.py: last year 12 branches and 140 staff; this
year 300 staff (+114 %, beyond the default ±50 %), and so the staff per branch, 25.0 against
11.7, is flagged too."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.models.import_receipt import ReceiptStatus
from app.reports.report_format import ReportFormatter
from app.services.merge.conflict_service import Resolution
from tests.exchange.conftest import introduce, state_of
from tests.jalon_cli import jalon

NOTE = "Merged with the Ndiaffate caisse in March 2025"


# The receipts of the imports themselves: a re-import adds one, saying "already present".
RECEIPTS = ('INSERT INTO "import_log"', "INSERT INTO \"sqlite_sequence\" VALUES('import_log'")


def _dump(site) -> list[str]:
    """The whole database as SQL, every table and row but the receipts of the imports."""
    return [
        line for line in site.store.database.connection.iterdump() if not line.startswith(RECEIPTS)
    ]


def _state(site, audit_id: str) -> dict:
    """What two converged installations must agree on about the audit, its log included."""
    events = site.store.audits.events(audit_id)
    return state_of(site, audit_id) | {
        "events": sorted((e.kind, repr(e.detail), e.author, e.created_at) for e in events)
    }


def _flagged(site, audit_id: str) -> dict[str, float]:
    return {f.indicator: f.current for f in site.audits.open(audit_id).implausible_figures()}


def _confirmations(site, audit_id: str) -> list[tuple]:
    return sorted(
        (e.detail["indicator"], e.detail["value"], e.detail["note"], e.author)
        for e in site.store.audits.events(audit_id)
        if e.kind == "figure-confirmed"
    )


@pytest.fixture
def sites(make_site, catalog):
    """(field, office, the follow-up audit's id): the follow-up, started at the field with
    300 staff, already merged once at the office, as a site sends its draft."""
    field, office = make_site("field", "Awa Diop"), make_site("office", "Bintou Sow")
    introduce(field, office)
    framework = catalog.get("jalon_sp", "2026.2")
    before = field.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    previous = field.audits.open(before.id)
    previous.answer("org_branches", 12)
    previous.answer("org_staff", 140)
    session = field.audits.open(field.follow_ups.create(before.id).id)
    session.keep_previous("org_branches")
    session.answer("org_staff", 300)
    return field, office, session.audit.id


def _send(source, target, audit_id: str, path):
    source.packages.export(source.audits.get(audit_id), path)
    return target.merges.merge_file(path)


def test_a_confirmation_and_its_note_reach_the_head_office_and_a_reimport_changes_nothing(
    sites, tmp_path, make_site
):
    field, office, audit_id = sites
    assert _send(field, office, audit_id, tmp_path / "draft.jalon").status == (
        ReceiptStatus.ACCEPTED
    )
    assert _flagged(office, audit_id) == {"org_staff": 300, "org_ratio_staff_per_branch": 25.0}

    at_field = field.audits.open(audit_id)
    at_field.confirm_figure("0.5", NOTE)
    at_field.confirm_figure("org_ratio_staff_per_branch", "Follows from the merger")
    package = tmp_path / "confirmed.jalon"
    assert _send(field, office, audit_id, package).status == ReceiptStatus.UPDATED
    assert _confirmations(office, audit_id) == [
        ("org_ratio_staff_per_branch", 25.0, "Follows from the merger", "Awa Diop"),
        ("org_staff", 300, NOTE, "Awa Diop"),
    ]
    assert _confirmations(office, audit_id) == _confirmations(field, audit_id)
    assert _flagged(office, audit_id) == {}
    blockers = office.audits.open(audit_id).blockers()
    assert not any("since the previous audit" in b.message for b in blockers)
    # The reviewer reads who confirmed what, and why (the desktop's form shows the same line:
    # tests/ui/test_follow_up_desktop.py).
    [ratio, staff] = sorted(
        office.audits.open(audit_id).confirmed_figures(), key=lambda c: c.flag.indicator
    )
    assert (staff.flag.previous, staff.flag.current, staff.note, staff.author) == (
        140,
        300,
        NOTE,
        "Awa Diop",
    )
    assert ratio.note == "Follows from the merger"
    office.close()  # the command line opens the database on its own
    listed = jalon(office.paths.data_dir, "audit", "figures", audit_id[:8]).stdout.splitlines()
    today = staff.confirmed_at[:10]
    assert listed == [
        f"  0.5    140 -> 300  confirmed by Awa Diop on {today}: {NOTE}",
        f"  0.31   11.7 -> 25  confirmed by Awa Diop on {today}: Follows from the merger",
        "0 figure(s) to correct or confirm",
    ]
    office = make_site("office", "Bintou Sow")
    # And in the reviewer's PDF (read back by pypdf) and Excel export (by openpyxl), in French.
    pdf = office.reports.write_pdf(audit_id, tmp_path / "fleuve.pdf", "fr")
    flat = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    date = ReportFormatter("fr").date(today)
    assert (
        f"Passé de 140 à 300 depuis l'audit précédent ; confirmé par Awa Diop le {date} : {NOTE}"
        in flat
    )
    book = load_workbook(office.reports.write_xlsx(audit_id, tmp_path / "fleuve.xlsx", "en"))
    rows = {row[1]: row for row in book["Organization information"].iter_rows(values_only=True)}
    assert rows["Code"][5] == "Change confirmed"
    assert rows["0.5"][3:6] == (
        300,
        None,
        f"Moved from 140 to 300 since the previous audit; confirmed by Awa Diop on "
        f"{ReportFormatter('en').date(today)}: {NOTE}",
    )
    assert rows["0.4"][5] is None  # 12 branches, as last year: nothing to confirm

    dump = _dump(office)
    assert office.merges.merge_file(package).status == ReceiptStatus.ALREADY_PRESENT
    assert _dump(office) == dump


def test_a_confirmation_crossing_a_correction_holds_for_the_value_it_confirmed(sites, tmp_path):
    """The office corrects 300 to 310 while the field confirms 300: 310 descends from 300, so
    both sites take it, and the confirmation, which names 300, no longer covers the figure."""
    field, office, audit_id = sites
    _send(field, office, audit_id, tmp_path / "draft.jalon")
    field.audits.open(audit_id).confirm_figure("org_staff", NOTE)
    office.audits.open(audit_id).answer("org_staff", 310)
    confirmed, corrected = tmp_path / "confirmed.jalon", tmp_path / "corrected.jalon"
    field.packages.export(field.audits.get(audit_id), confirmed)
    office.packages.export(office.audits.get(audit_id), corrected)
    assert office.merges.merge_file(confirmed).status == ReceiptStatus.UPDATED
    assert field.merges.merge_file(corrected).status == ReceiptStatus.UPDATED

    assert _state(field, audit_id) == _state(office, audit_id)
    for site in (field, office):
        assert site.store.revisions.current(audit_id)["org_staff"].value == 310
        assert _confirmations(site, audit_id) == [("org_staff", 300, NOTE, "Awa Diop")]
        assert _flagged(site, audit_id)["org_staff"] == 310  # to confirm again, at 310
    dumps = _dump(field), _dump(office)
    assert office.merges.merge_file(confirmed).status == ReceiptStatus.ALREADY_PRESENT
    assert field.merges.merge_file(corrected).status == ReceiptStatus.ALREADY_PRESENT
    assert (_dump(field), _dump(office)) == dumps


def test_a_confirmed_value_against_another_becomes_a_conflict_and_the_choice_decides(
    sites, tmp_path, catalog
):
    """The field changes 300 to 320 and confirms 320; the office changes 300 to 310. Two
    divergent changes of one answer are a conflict (it blocks finalization before anything
    else); once a person keeps 320 the field's confirmation covers it, had they kept 310 the
    figure would be flagged again."""
    field, office, audit_id = sites
    _send(field, office, audit_id, tmp_path / "draft.jalon")
    at_field = field.audits.open(audit_id)
    at_field.answer("org_staff", 320)
    at_field.confirm_figure("org_staff", NOTE)
    office.audits.open(audit_id).answer("org_staff", 310)
    confirmed, corrected = tmp_path / "confirmed.jalon", tmp_path / "corrected.jalon"
    field.packages.export(field.audits.get(audit_id), confirmed)
    office.packages.export(office.audits.get(audit_id), corrected)
    assert office.merges.merge_file(confirmed).status == ReceiptStatus.CONFLICTS
    assert field.merges.merge_file(corrected).status == ReceiptStatus.CONFLICTS
    assert _state(field, audit_id) == _state(office, audit_id)

    session = office.audits.open(audit_id)
    staff = next(b for b in session.blockers() if b.indicator == "org_staff")
    assert staff.message == (
        "0.5 has two conflicting answers from different sites; resolve the conflict first"
    )
    assert _confirmations(office, audit_id) == [("org_staff", 320, NOTE, "Awa Diop")]
    framework = catalog.get("jalon_sp", "2026.2")
    [view] = office.conflicts.list(session.audit, framework)
    mine_is_310 = view.mine.value == 310
    office.conflicts.resolve(
        view.conflict,
        session.audit,
        framework,
        Resolution.KEEP_THEIRS if mine_is_310 else Resolution.KEEP_MINE,
    )
    assert office.store.revisions.current(audit_id)["org_staff"].value == 320
    assert "org_staff" not in _flagged(office, audit_id)  # the field's confirmation covers it
    # Back at the field, the resolution settles the conflict there too, and the same way.
    assert _send(office, field, audit_id, tmp_path / "resolved.jalon").status == (
        ReceiptStatus.UPDATED
    )
    assert field.store.revisions.current(audit_id)["org_staff"].value == 320
    assert "org_staff" not in _flagged(field, audit_id)
