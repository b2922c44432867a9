"""The follow-up cycle in the desktop application, on real audits in a real database, driven
from the keyboard: a follow-up audit started from the audit list, carried Organization
Information confirmed with Ctrl+K, a previous answer kept with Ctrl+K, carried answers shown as
such, and unconfirmed ones listed where finalization stops."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.composition import Application
from app.models.action_item import ActionStatus
from app.paths import AppPaths
from app.services.key_service import PASSPHRASE_ENV
from app.ui.common.audit_labels import AuditLabels
from app.ui.home.follow_up_dialog import FollowUpDialog
from app.ui.workspace.finalize_dialog import FinalizeDialog
from app.ui.workspace.navigator.answer_state import AnswerState
from app.ui.workspace.organization.organization_form_page import OrganizationFormPage
from tests.exchange.conftest import PASSPHRASE, introduce


def previous_audit(application, catalog, tmp_path):
    """Last year's audit: two figures, an answer with its comment and an evidence file."""
    framework = catalog.get("jalon_sp", "2026.2")
    audit = application.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    session = application.audits.open(audit.id)
    session.answer("org_branches", 12)
    session.answer("org_staff", 140)
    session.update("q1_1_2_1", value="partially", comment="Targets set for 2024 only")
    minutes = tmp_path / "board minutes.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    session.attach_evidence("q1_1_2_1", minutes)
    return audit


def stored(application, audit_id: str, name: str):
    """The answer as the database holds it (a fresh session, not the window's memory)."""
    return application.audits.open(audit_id).answer_of(name)


def ctrl_k(qtbot, window) -> None:
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )


def test_a_follow_up_audit_is_started_from_the_audit_list(
    qtbot, window, application, catalog, tmp_path
):
    before = previous_audit(application, catalog, tmp_path)
    window.home.reload(select_id=before.id)
    assert window.home.follow_up_button.isEnabled()
    qtbot.keyClick(
        window.home.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.tools.dialog
    assert isinstance(dialog, FollowUpDialog)
    qtbot.waitExposed(dialog)
    # The previous audit's own version, then the newer ones that map from it (none newer).
    assert dialog.framework.count() == 1
    assert dialog.framework.currentText().endswith("2026.2 (as the previous audit)")
    assert not dialog.carried.isChecked()
    qtbot.keyClick(dialog.framework, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    session = window.workspace.session
    assert session.audit.id != before.id
    assert session.audit.institution_id == before.institution_id
    assert session.follow_up.previous_audit == before.id
    assert window.home.model.row_of(session.audit.id) >= 0


def test_carried_organization_information_is_confirmed_with_the_keyboard(
    qtbot, window, application, catalog, tmp_path
):
    before = previous_audit(application, catalog, tmp_path)
    created = application.follow_ups.create(before.id)
    window.home.reload()
    window.open_audit(created.id)
    workspace = window.workspace
    workspace.go_to("org_branches")
    form = workspace.pages.currentWidget()
    assert isinstance(form, OrganizationFormPage)
    assert form.previous["org_branches"].text() == "12/31/2024: 12 · to confirm (Ctrl+K keeps it)"
    assert workspace.navigator.model.state("org_staff") is AnswerState.TO_CONFIRM
    qtbot.waitUntil(lambda: form.editors["org_branches"].isAncestorOf(QApplication.focusWidget()))
    ctrl_k(qtbot, window)
    kept = stored(application, created.id, "org_branches")
    assert (kept.value, kept.author) == (12, "Tester")
    assert form.previous["org_branches"].text() == "12/31/2024: 12"
    assert form.editors["org_branches"].field.text() == "12"
    # What is left to confirm stops finalization, listed by code.
    workspace.open_finalize_dialog()
    finalize = workspace.dialog
    assert isinstance(finalize, FinalizeDialog)
    messages = [b.message for b in finalize.blockers()]
    assert "0.5 was carried over from the previous audit; confirm it or change it" in messages
    assert not any(m.startswith("0.4 ") for m in messages)
    finalize.reject()
    workspace.go_to("org_staff")
    qtbot.waitUntil(lambda: form.editors["org_staff"].isAncestorOf(QApplication.focusWidget()))
    ctrl_k(qtbot, window)
    assert stored(application, created.id, "org_staff").value == 140
    assert workspace.navigator.model.state("org_staff") is not AnswerState.TO_CONFIRM
    assert "org_staff" not in {b.indicator for b in workspace.session.blockers()}


def test_a_previous_answer_is_shown_and_kept_with_one_key(
    qtbot, window, application, catalog, tmp_path
):
    before = previous_audit(application, catalog, tmp_path)
    created = application.follow_ups.create(before.id)
    window.home.reload()
    window.open_audit(created.id)
    workspace = window.workspace
    workspace.go_to("q1_1_2_1")
    workspace.focus_answer()
    panel = workspace.page.previous
    assert panel.isVisible()
    assert panel.title.text() == "Previous audit (12/31/2024)"
    assert panel.value.text() == "<b>Partially</b> · by Tester"
    assert panel.comment.text() == "Comment: Targets set for 2024 only"
    assert panel.evidence.text() == "Evidence: board minutes.pdf"
    assert not panel.tag.isVisible()  # shown, not carried: nothing to confirm
    assert stored(application, created.id, "q1_1_2_1").value is None  # not copied
    ctrl_k(qtbot, window)
    kept = stored(application, created.id, "q1_1_2_1")
    assert (kept.value, kept.comment, kept.author) == (
        "partially",
        "Targets set for 2024 only",
        "Tester",
    )
    assert panel.keep_button.text() == "Kept" and not panel.keep_button.isEnabled()
    assert workspace.page.comment.toPlainText() == "Targets set for 2024 only"
    assert workspace.page.history.topLevelItemCount() == 1  # a revision of its own, now
    workspace.go_to("q1_1_1_1")
    assert not workspace.page.previous.isVisible()  # nothing answered there last time
    ctrl_k(qtbot, window)
    assert stored(application, created.id, "q1_1_1_1").value is None


def test_carried_answers_are_shown_as_to_confirm(qtbot, window, application, catalog, tmp_path):
    before = previous_audit(application, catalog, tmp_path)
    created = application.follow_ups.create(before.id, carried=True)
    window.home.reload()
    window.open_audit(created.id)
    workspace = window.workspace
    model = workspace.navigator.model
    assert model.state("q1_1_2_1") is AnswerState.TO_CONFIRM
    index = model.index_of("q1_1_2_1")
    assert "Carried from the previous audit, to confirm" in index.data(Qt.ItemDataRole.ToolTipRole)
    workspace.go_to("q1_1_2_1")
    assert workspace.page.previous.tag.isVisible()
    assert workspace.page.previous.tag.text() == "Carried, to confirm"
    assert workspace.session.score()["q1_1_2_1"].points == 0  # not counted until confirmed
    workspace.focus_answer()
    ctrl_k(qtbot, window)
    assert model.state("q1_1_2_1") is AnswerState.PARTIAL
    assert not workspace.page.previous.tag.isVisible()
    assert workspace.session.score()["q1_1_2_1"].points == 0.5


def test_a_figure_that_moved_too_far_is_confirmed_with_a_note(
    qtbot, window, application, catalog, tmp_path
):
    """140 staff last year, 300 now: +114 %, beyond the default ±50 %."""
    before = previous_audit(application, catalog, tmp_path)
    created = application.follow_ups.create(before.id)
    window.home.reload()
    window.open_audit(created.id)
    workspace = window.workspace
    workspace.go_to("org_staff")
    form = workspace.pages.currentWidget()
    field = form.editors["org_staff"].field
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.keyClicks(field, "300")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.flags["org_staff"].isVisible())
    assert form.flags["org_staff"].text() == (
        "Moved from 140 to 300 since the previous audit (+114 %), more than ±50 % (Jalon's "
        "default check)."
    )
    note = form.notes["org_staff"]
    # The flag appears once the figure is left; the note sits between it and the next field.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is note
    qtbot.keyClick(note, Qt.Key.Key_Return)  # no note: refused, said under the figure
    assert form.flags["org_staff"].text().startswith("Say in a note why 0.5 changed")
    qtbot.keyClicks(note, "Merged with the Ndiaffate caisse")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert not form.flags["org_staff"].isVisible()
    confirmed = [
        e for e in application.store.audits.events(created.id) if e.kind == "figure-confirmed"
    ]
    assert confirmed[-1].detail["note"] == "Merged with the Ndiaffate caisse"


def test_a_carried_action_marked_done_is_listed_where_finalization_stops(
    qtbot, window, application, catalog, tmp_path
):
    """As `jalon audit finalize` says (tests/cli/test_action_commands.py): the follow-up audit
    verifies what the previous one called done before it is sealed."""
    before = previous_audit(application, catalog, tmp_path)
    first = application.audits.open(before.id)
    first.update_action(first.add_action("d1_s1", "Publish the mission"), status=ActionStatus.DONE)
    first.update_action(
        first.add_action("q1_1_2_1", "Set targets"), status=ActionStatus.IN_PROGRESS
    )
    created = application.follow_ups.create(before.id)
    window.home.reload()
    window.open_audit(created.id)
    workspace = window.workspace
    workspace.open_finalize_dialog()
    finalize = workspace.dialog
    message = (
        "1.1: the action “Publish the mission”, carried over from the previous audit as done, "
        "waits to be verified; verify it, or set it back to in progress, or drop it with a "
        "reason"
    )
    assert [b.message for b in finalize.blockers() if "the action" in b.message] == [message]
    tree = finalize.blocker_tree
    items = [
        tree.topLevelItem(t).child(c)
        for t in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(t).childCount())
    ]
    item = next(i for i in items if i.text(0) == message)
    assert item.parent().text(0).startswith("1  ")  # under its dimension, like a question
    tree.scrollToItem(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    standard = workspace.session.framework.nodes["d1_s1"]
    assert workspace.current == next(standard.iter_indicators()).name  # where it shows
    carried = next(a for a in workspace.session.actions() if a.title == "Publish the mission")
    workspace.session.update_action(carried, status=ActionStatus.VERIFIED, note="On the website")
    assert not any("the action" in b.message for b in workspace.session.blockers())


def test_a_figure_confirmed_at_the_field_shows_who_and_why_at_the_head_office(
    qtbot, window, application, catalog, tmp_path, monkeypatch
):
    """The follow-up audit's package reaches the head office (this window's installation):
    the confirmed figure is no longer flagged there, and its form says who confirmed it, when
    and why (`jalon audit figures` says the same:
    tests/exchange/test_figure_confirmation_exchange.py)."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    field = Application(AppPaths(tmp_path / "field"), author="Awa Diop")
    field.catalog = catalog
    introduce(field, application)
    before = previous_audit(field, catalog, tmp_path)
    session = field.audits.open(field.follow_ups.create(before.id).id)
    session.answer("org_staff", 300)
    note = "Merged with the Ndiaffate caisse in March 2025"
    session.confirm_figure("org_staff", note)
    field.packages.export(field.audits.get(session.audit.id), tmp_path / "follow-up.jalon")
    field.close()
    application.merges.merge_file(tmp_path / "follow-up.jalon")

    window.home.reload()
    window.open_audit(session.audit.id)
    workspace = window.workspace
    workspace.go_to("org_staff")
    form = workspace.pages.currentWidget()
    assert isinstance(form, OrganizationFormPage)
    [confirmed] = workspace.session.confirmed_figures()
    assert form.confirmations["org_staff"].isVisible()
    assert form.confirmations["org_staff"].text() == (
        "Moved from 140 to 300 since the previous audit; confirmed by Awa Diop on "
        f"{AuditLabels.date(confirmed.confirmed_at[:10])}: {note}"
    )
    assert not form.flags["org_staff"].isVisible() and not form.notes["org_staff"].isVisible()
