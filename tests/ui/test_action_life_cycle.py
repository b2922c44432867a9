"""The action life cycle on the desktop: the dialog moves an action through its steps with a
note, refuses to drop without a reason, offers verification only in the follow-up audit that
carried the action, and shows the history; the plan is filtered by status, overdue actions say
so in words and in colour; the question shows the actions that concern it; the Progress tab
tells what became of the earlier plan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.action_item import ActionStatus, Priority
from app.reports.report_texts import ReportTexts
from app.ui.workspace.action_plan.action_filter_proxy import ActionFilter
from app.ui.workspace.action_plan.action_plan_page import ActionPlanPage
from app.ui.workspace.action_plan.action_table_model import (
    DUE,
    STATUS,
    TITLE,
    ActionTableModel,
)
from app.ui.workspace.progress.progress_page import ProgressPage

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


def shown(page: ActionPlanPage, column: int) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def open_page(qtbot, session) -> ActionPlanPage:
    page = ActionPlanPage(session, "en")
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def edit(qtbot, page: ActionPlanPage, title: str):
    row = shown(page, TITLE).index(title)
    page.table.selectRow(row)
    page.edit_selected()
    qtbot.waitExposed(page.dialog)
    return page.dialog


def choose_status(dialog, status: ActionStatus) -> None:
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(status))


def save(qtbot, page, dialog) -> None:
    with qtbot.waitSignal(page.actions_changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: page.dialog is None)


@pytest.fixture
def page(qtbot, session):
    session.add_action("1.1.1", "Write the social strategy", "CEO", YESTERDAY)
    session.add_action("1.1.2", "Set targets", "Board", "2099-12-31")
    return open_page(qtbot, session)


def test_a_step_with_its_note_and_a_drop_that_needs_a_reason(page, session, qtbot):
    dialog = edit(qtbot, page, "Write the social strategy")
    assert dialog.status_box.findData(ActionStatus.VERIFIED) == -1  # only a later audit
    choose_status(dialog, ActionStatus.IN_PROGRESS)
    qtbot.keyClicks(dialog.note_edit, "Board workshop held")
    save(qtbot, page, dialog)
    assert session.actions()[0].note == "Board workshop held"

    dialog = edit(qtbot, page, "Set targets")
    choose_status(dialog, ActionStatus.DROPPED)
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.reason_edit.isEnabled() and not save_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "The network sets them")
    assert save_button.isEnabled()
    save(qtbot, page, dialog)
    row = shown(page, TITLE).index("Set targets")
    assert shown(page, STATUS)[row] == "Dropped"
    assert page.proxy.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Dropped: The network sets them"
    )

    dialog = edit(qtbot, page, "Set targets")  # its history, latest first, with the author
    steps = [dialog.history_list.item(n).text() for n in range(dialog.history_list.count())]
    assert len(steps) == 2
    assert steps[0].endswith("Tester: Dropped — The network sets them")
    assert steps[1].endswith("Tester: Planned")
    dialog.reject()


def test_overdue_in_words_and_colour_and_the_filter(page, session, qtbot):
    row = shown(page, TITLE).index("Write the social strategy")
    assert shown(page, STATUS)[row] == "Planned, overdue"
    assert shown(page, DUE)[row].endswith("(overdue)")
    assert page.proxy.index(row, STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 overdue" in page.summary.text()

    box = page.filter_box
    box.setCurrentIndex(box.findData(ActionFilter.OVERDUE))
    assert shown(page, TITLE) == ["Write the social strategy"]
    session.update_action(session.actions()[1], status=ActionStatus.DONE)
    page.refresh()
    box.setCurrentIndex(box.findData(ActionStatus.DONE))
    assert shown(page, TITLE) == ["Set targets"]
    box.setCurrentIndex(box.findData(ActionFilter.ALL))
    assert len(shown(page, TITLE)) == 2


def test_the_follow_up_lists_the_inherited_actions_to_verify(qtbot, application, session):
    session.update_action(
        session.add_action("1.1.1", "Publish the tariffs"),
        status=ActionStatus.DONE,
        note="On the branch walls",
    )
    session.add_action("1.1.2", "Train the officers")
    follow_up = application.audits.open(application.follow_ups.create(session.audit.id).id)
    follow_up.add_action("1.2.1", "A new action of this year")
    page = open_page(qtbot, follow_up)
    assert "2 carried over from the previous audit, to verify" in page.summary.text()
    page.filter_box.setCurrentIndex(page.filter_box.findData(ActionFilter.TO_VERIFY))
    assert sorted(shown(page, STATUS)) == ["Done, to verify", "Planned, to verify"]

    dialog = edit(qtbot, page, "Publish the tariffs")
    assert dialog.note_edit.toPlainText() == "On the branch walls"
    history = dialog.history_list
    assert history.item(history.count() - 1).text() == (
        "Carried over from the previous audit's plan"
    )
    choose_status(dialog, ActionStatus.VERIFIED)
    dialog.note_edit.setPlainText("Seen in two branches")
    save(qtbot, page, dialog)
    assert shown(page, TITLE) == ["Train the officers"]  # still to verify
    assert "1 carried over from the previous audit, to verify" in page.summary.text()


def test_the_question_shows_the_actions_that_concern_it(workspace, session, qtbot):
    session.add_action("1.1.1.1", "Write the strategy", due_date=YESTERDAY)
    session.add_action("1.1.1", "Train the board")  # its practice
    session.add_action("2.1.1.1", "Elsewhere")
    workspace.go_to("1.1.1.1")
    note = workspace.page.actions_note
    assert note.isVisible()
    lines = note.text().splitlines()
    assert lines[0] == "Action plan:"
    assert lines[1].startswith("• Write the strategy — Planned, overdue · due ")
    assert lines[2] == "• Train the board — Planned"
    workspace.go_to("1.1.2.1")
    assert not workspace.page.actions_note.isVisible()


def test_the_progress_tab_tells_what_became_of_the_earlier_plan(
    qtbot, application, default_framework
):
    first = application.audits.open(
        application.audits.create(
            default_framework, "Caisse du Fleuve", "SN", period_end="2024-12-31"
        ).id
    )
    first.answer("1.1.1.1", "no")
    first.update_action(first.add_action("1.1.1.1", "Write the strategy"), status=ActionStatus.DONE)
    later = application.audits.open(application.follow_ups.create(first.audit.id).id)
    later.answer("1.1.1.1", "yes")
    later.update_action(later.actions()[0], status=ActionStatus.VERIFIED)
    page = ProgressPage(later, application.progress, application.institutions)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.actions.isVisible()
    row = page.actions.topLevelItem(0)
    assert [row.text(n) for n in range(4)] == ["Write the strategy", "Done", "Verified", "Improved"]


def test_the_window_and_the_reports_name_statuses_and_priorities_alike(languages):
    for language in ("en", "fr", "es"):
        languages.apply(language)
        texts = ReportTexts(language)
        assert [ActionTableModel.status_text(s) for s in ActionStatus] == [
            texts.name(s) for s in ActionStatus
        ]
        assert [ActionTableModel.priority_text(p) for p in Priority] == [
            texts.name(p) for p in Priority
        ]
    assert ReportTexts("fr").name(ActionStatus.DROPPED) == "Abandonnée"
