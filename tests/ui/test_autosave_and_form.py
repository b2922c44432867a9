"""Autosave, refused and failed writes, and the Organization Information form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.answer import InvalidValue
from app.ui.workspace.organization.organization_form_page import OrganizationFormPage


def test_a_failed_write_is_shown_and_the_typed_answer_stays(qtbot, application, window, workspace):
    workspace.go_to("1.1.1.1")
    page = workspace.page
    page.comment.setPlainText("Seen the strategy document")
    # The disk becomes read-only under Jalon's feet (a write-protected stick, for example).
    application.store.database.execute("PRAGMA query_only = ON")
    page.commit_comment()
    assert page.problem.isVisible()
    assert "read-only" in page.problem.text()
    assert page.comment.toPlainText() == "Seen the strategy document"
    assert window.save_status.text().startswith("Not saved: ")
    assert window.save_status.property("error") is True
    page.editor.choose(0)
    assert page.editor.buttons[0].isChecked()  # what the user chose stays on screen
    assert workspace.session.answer_of("1.1.1.1").value is None

    application.store.database.execute("PRAGMA query_only = OFF")
    page.editor.choose(0)
    assert not page.problem.isVisible()
    assert window.save_status.text().startswith("Saved ")
    page.commit_comment()
    assert (
        application.audits.open(workspace.session.audit.id).answer_of("1.1.1.1").comment
        == "Seen the strategy document"
    )


def test_organization_information_is_a_form_with_inline_validation(qtbot, application, workspace):
    workspace.go_to("0.1")
    form = workspace.pages.currentWidget()
    assert isinstance(form, OrganizationFormPage)
    assert form.labels["org_reporting_date"].text() == "0.1  Reporting date *"
    missing_before = form.summary.text()

    staff, officers = form.editors["org_staff"], form.editors["org_loan_officers"]
    staff.field.setFocus()
    qtbot.keyClicks(staff.field, "12")
    qtbot.keyClick(staff.field, Qt.Key.Key_Tab)
    stored = application.audits.open(workspace.session.audit.id)
    assert stored.answer_of("org_staff").value == 12
    assert form.summary.text() != missing_before

    # A rule that depends on another field: no more loan officers than staff.
    officers.field.setFocus()
    qtbot.keyClicks(officers.field, "40")
    assert officers.message.isVisible()
    assert officers.message.text().startswith("0.6")
    qtbot.keyClick(officers.field, Qt.Key.Key_Tab)
    # Kept as typed (not an answer), and still shown with its problem for correction.
    assert application.audits.open(workspace.session.audit.id).answer_of(
        "org_loan_officers"
    ).value == InvalidValue("40")
    assert officers.field.text() == "40"
    assert officers.message.isVisible() and officers.message.text().startswith("0.6")
    officers.field.setFocus()
    officers.field.selectAll()
    qtbot.keyClicks(officers.field, "7")
    qtbot.keyClick(officers.field, Qt.Key.Key_Return)
    assert not officers.message.isVisible()
    assert (
        application.audits.open(workspace.session.audit.id).answer_of("org_loan_officers").value
        == 7
    )


def test_form_hides_fields_that_do_not_apply_and_follows_tab(qtbot, workspace):
    workspace.go_to("0.16")
    form = workspace.pages.currentWidget()
    other = form.editors["org_currency_other"]
    row = form.fields["org_currency_other"]  # the field with last time's value under it
    assert form.form.isRowVisible(row) is False
    form.editors["org_currency"].choose(4)  # "Other"
    assert form.form.isRowVisible(row) is True
    other.field.setFocus()
    qtbot.waitUntil(lambda: workspace.current == "org_currency_other")
    assert workspace.navigator.tree.currentIndex().data().startswith("0.17")


def test_date_field_message(qtbot, workspace):
    workspace.go_to("0.1")
    field = workspace.pages.currentWidget().editors["org_reporting_date"]
    field.field.setFocus()
    qtbot.keyClicks(field.field, "31/12/2025")
    assert field.message.text() == "0.1 needs a date such as 12/31/2025, not '31/12/2025'"
    assert QApplication.focusWidget() is field.field
