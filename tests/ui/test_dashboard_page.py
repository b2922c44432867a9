"""The dashboard shows live scores from the real session: answer, refresh, read the widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.ui.common.audit_labels import AuditLabels
from app.ui.workspace.dashboard.dashboard_page import DashboardPage
from tests.audit_filler import answer_everything


@pytest.fixture
def page(qtbot, session):
    widget = DashboardPage(session, "en")
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def bar(page, name):
    return next(entry for entry in page.bars.entries() if entry.key == name)


def test_a_new_audit_shows_no_score_yet(page, session):
    assert page.score_label.text() == AuditLabels.score(None)
    assert page.coverage_marker.text() == "No scored answer yet"
    entries = page.bars.entries()
    assert [e.key for e in entries] == [f"d{n}" for n in range(1, 8)]  # scored dimensions only
    assert all(e.value is None and e.caption == "not started" for e in entries)
    assert page.radar.entries() == entries
    assert page.lowest.isHidden() and not page.lowest_empty.isHidden()
    missing = session.score().overall.required_missing
    assert str(missing) in page.missing_summary.text()
    assert page.missing.missing_counts()["d1"] == session.score()["d1"].required_missing


def test_scores_appear_from_the_first_answer_and_are_marked_partial(page, session):
    session.answer("1.1.1.1", "partially")
    page.refresh()
    assert page.score_label.text() == AuditLabels.score(50)
    assert page.coverage_marker.text().startswith("Partial — ")
    coverage = 100 * session.score().overall.coverage
    assert AuditLabels.percent(coverage) in page.coverage_marker.text()
    first = bar(page, "d1")
    assert first.value == 50 and first.partial and first.caption.startswith("partial · ")
    assert first.label == "1  Define and monitor social goals"
    assert bar(page, "d2").value is None
    assert page.lowest.shown_practices() == ["d1_s1_p1"]
    assert page.lowest.topLevelItem(0).text(1) == AuditLabels.score(50)
    assert page.lowest.topLevelItem(0).text(2) == "1 of 3"
    before = page.missing.missing_counts()["d1"]
    session.answer("1.1.1.2", "no")
    page.refresh()
    assert page.missing.missing_counts()["d1"] == before - 1
    assert page.score_label.text() == AuditLabels.score(25)


def test_lowest_practices_are_sorted_and_a_full_score_leaves_the_list(page, session):
    session.answer("1.1.1.1", "yes")
    session.answer("1.1.2.1", "no")
    session.answer("2.1.1.1", "partially")
    page.refresh()
    assert page.lowest.shown_practices() == ["d1_s1_p2", "d2_s1_p1"]  # 100 % is not listed
    session.answer("1.1.2.1", "yes")
    page.refresh()
    assert page.lowest.shown_practices() == ["d2_s1_p1"]


def test_complete_coverage_is_marked_complete(page, session):
    answer_everything(session, choice=1)  # every scored question "partially"
    page.refresh()
    assert page.coverage_marker.text() == "Complete — every scored question is answered"
    assert page.score_label.text() == AuditLabels.score(50)
    assert all(e.caption == "complete" and not e.partial for e in page.bars.entries())
    assert page.missing_summary.text() == "Every mandatory question is answered."
    assert page.missing.isHidden()


def test_clicks_ask_to_jump_or_to_plan_an_action(page, session, qtbot):
    session.answer("1.1.1.1", "no")
    page.refresh()
    item = page.lowest.topLevelItem(0)
    rect = page.lowest.visualItemRect(item)
    with qtbot.waitSignal(page.jump_requested) as jump:
        qtbot.mouseClick(page.lowest.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert jump.args == ["d1_s1_p1"]
    button = page.lowest.itemWidget(item, 3)
    with qtbot.waitSignal(page.action_requested) as action:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert action.args == ["d1_s1_p1"]
    # "Still missing" jumps to the first unanswered mandatory question of the dimension.
    row = next(
        page.missing.topLevelItem(r)
        for r in range(page.missing.topLevelItemCount())
        if page.missing.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) == "d1"
    )
    with qtbot.waitSignal(page.jump_requested) as jump:
        qtbot.mouseClick(
            page.missing.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.missing.visualItemRect(row).center(),
        )
    framework = session.framework
    expected = next(
        b.indicator for b in session.blockers() if framework.ancestors(b.indicator)[-1].name == "d1"
    )
    assert jump.args == [expected]


def test_chart_clicks_jump_to_the_dimension(page, session, qtbot):
    session.answer("1.1.1.1", "yes")
    page.refresh()
    page.bars.grab()  # paint, so hit areas are known
    row_height = page.bars.height() // (len(page.bars.entries()) + 1)
    with qtbot.waitSignal(page.jump_requested) as jump:
        qtbot.mouseClick(page.bars, Qt.MouseButton.LeftButton, pos=QPoint(30, row_height // 2))
    assert jump.args == ["d1"]
    page.radar.grab()
    top_label = page.radar._label_rects[0].center().toPoint()
    with qtbot.waitSignal(page.jump_requested) as jump:
        qtbot.mouseClick(page.radar, Qt.MouseButton.LeftButton, pos=top_label)
    assert jump.args == ["d1"]


def test_content_language_changes_the_labels(page, session):
    session.answer("1.1.1.1", "no")
    page.set_content_language("fr")
    assert bar(page, "d1").label == "1  Définir et suivre les objectifs sociaux"
    assert page.lowest.topLevelItem(0).text(0).startswith("1.1.1  La stratégie sociale")


def test_a_finalized_audit_offers_no_action_button(page, session):
    answer_everything(session)
    session.answer("1.1.1.1", "no")
    session.finalize()
    page.refresh()
    assert page.lowest.shown_practices()[0] == "d1_s1_p1"
    assert not page.lowest.itemWidget(page.lowest.topLevelItem(0), 3).isEnabled()


def test_language_change_event_retranslates_in_place(page, session):
    session.answer("1.1.1.1", "no")
    page.refresh()
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.score_title.text() == "Overall score"
    assert page.lowest.shown_practices() == ["d1_s1_p1"]


def test_charts_render_with_and_without_data(page, session):
    for widget in (page.radar, page.bars):
        assert not widget.grab().isNull()
    answer_everything(session, choice=2)
    page.refresh()
    for widget in (page.radar, page.bars):
        assert not widget.grab().isNull()
    assert all(e.value == 0 for e in page.bars.entries())


def test_enter_on_a_row_jumps_like_a_click(page, session, qtbot):
    session.answer("1.1.1.1", "no")
    page.refresh()
    page.lowest.setCurrentItem(page.lowest.topLevelItem(0))
    with qtbot.waitSignal(page.jump_requested) as jump:
        qtbot.keyClick(page.lowest, Qt.Key.Key_Return)
    assert jump.args == ["d1_s1_p1"]
    row = next(
        page.missing.topLevelItem(r)
        for r in range(page.missing.topLevelItemCount())
        if page.missing.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) == "d1"
    )
    page.missing.setCurrentItem(row)
    with qtbot.waitSignal(page.jump_requested) as jump:
        qtbot.keyClick(page.missing, Qt.Key.Key_Enter)
    assert jump.args == [page.missing.first_missing("d1")]
