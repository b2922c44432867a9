"""A value that fails its type or rule is kept as typed, never erased: shown with its problem
in the form, the tree, the dashboard's "still missing" and the finalize blockers; not counted
or scored; exported as typed with its problem; blocking finalization until it is corrected;
said when the audit is closed; and carried in packages and histories as what it is."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.exchange.packaged_revisions import PackagedRevisions
from app.models.answer import InvalidValue
from app.services.report_service import ReportService
from app.storage.revision_rows import revision_row, row_revision
from app.ui.workspace.finalize_dialog import FinalizeDialog


def _type(qtbot, form, name: str, text: str) -> None:
    field = form.editors[name].field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _tooltip(workspace, name: str) -> str:
    model = workspace.navigator.model
    return model.index_of(name).data(Qt.ItemDataRole.ToolTipRole) or ""


def test_invalid_organization_information_is_kept_shown_and_blocks_finalizing(
    qtbot, application, window, workspace, tmp_path
):
    workspace.go_to("0.3")
    form = workspace.pages.currentWidget()
    _type(qtbot, form, "org_year_founded", "19a8")
    _type(qtbot, form, "org_women_staff_pct", "145")
    _type(qtbot, form, "org_staff", "12")  # another field saved: nothing above is erased
    audit_id = workspace.session.audit.id

    stored = application.audits.open(audit_id)
    assert stored.answer_of("org_year_founded").value == InvalidValue("19a8")
    assert stored.answer_of("org_women_staff_pct").value == InvalidValue("145")
    assert stored.answer_of("org_staff").value == 12
    year, percent = form.editors["org_year_founded"], form.editors["org_women_staff_pct"]
    assert year.field.text() == "19a8" and year.message.isVisible()
    assert year.message.text() == "0.3 needs a number, not '19a8'"
    assert percent.field.text() == "145" and percent.message.isVisible()
    assert "2 field(s) kept as typed need correcting." in form.summary.text()

    # The tree marks them, with the problem in the tooltip.
    assert "Kept as typed, not a valid answer: 0.3 needs a number" in _tooltip(
        workspace, "org_year_founded"
    )
    # Not answers: not counted as answered, not scored.
    assert not stored.answer_of("org_year_founded").is_answered
    # The dashboard's "still missing" counts and names them.
    workspace.tabs.setCurrentIndex(1)
    missing = workspace.dashboard.missing
    section = next(
        missing.topLevelItem(r)
        for r in range(missing.topLevelItemCount())
        if missing.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) == "org"
    )
    assert not section.isHidden()
    assert "0.7" in section.toolTip(0) and "0.3 needs a number" in section.toolTip(0)

    # Finalize lists them as blockers.
    dialog = FinalizeDialog(workspace.session, "en")
    qtbot.addWidget(dialog)
    messages = [b.message for b in dialog.blockers()]
    assert (
        "0.3: '19a8' is not a valid answer (0.3 needs a number, not '19a8'); correct it" in messages
    )
    assert any(m.startswith("0.7: '145' is not a valid answer") for m in messages)

    # Exported as typed, with the problem.
    target = tmp_path / "kolda.xlsx"
    ReportService(application.store, application.audits).write_xlsx(audit_id, target, "en")
    cells = [
        str(c.value)
        for row in load_workbook(target).worksheets[1].iter_rows()
        for c in row
        if c.value is not None
    ]
    assert "19a8 (as typed; not valid: a whole number is expected)" in cells

    # Closing the audit says so; reopening shows the text and its problem again.
    window.close_audit()
    assert window.save_status.property("error") is True
    assert window.save_status.text().startswith(
        "2 answer(s) of Caisse Populaire de Test kept as typed need correcting before finalizing: "
    )
    window.open_audit(audit_id)
    window.workspace.go_to("0.3")
    again = window.workspace.pages.currentWidget().editors["org_year_founded"]
    assert again.field.text() == "19a8" and again.message.isVisible()

    # Corrected: an answer again, and no longer a blocker.
    _type(qtbot, window.workspace.pages.currentWidget(), "org_year_founded", "1998")
    corrected = application.audits.open(audit_id)
    assert corrected.answer_of("org_year_founded").value == 1998
    assert not any(b.indicator == "org_year_founded" for b in corrected.blockers())


def test_a_value_kept_as_typed_travels_in_the_database_and_in_packages(session):
    session.enter("0.3", "19a8")
    revision = session.history("0.3")[-1]
    assert revision.value == InvalidValue("19a8")
    assert row_revision(revision_row(revision)) == revision
    as_packaged = revision.to_dict()
    assert as_packaged["value"] == {"invalid": "19a8"}
    assert PackagedRevisions.read(as_packaged, 0, session.audit.id, "") == revision
