"""The navigator tree: a correct Qt model, honest progress and markers, combinable filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.models.question_counts import QuestionCounts
from app.ui.workspace.navigator.answer_state import AnswerState
from app.ui.workspace.navigator.navigator_filter_proxy import (
    ALL,
    FLAGGED,
    MISSING,
    STATUS_FILTERS,
    NavigatorFilterProxy,
)
from app.ui.workspace.navigator.navigator_panel import NavigatorPanel
from app.ui.workspace.navigator.navigator_tree_model import (
    BADGE_ROLE,
    COMPLETE_ROLE,
    NAME_ROLE,
    SCORE_ROLE,
    STATE_ROLE,
    NavigatorTreeModel,
)


@pytest.mark.qt_log_level_fail("WARNING")
def test_models_pass_the_qt_model_tester(qtbot, session):
    model = NavigatorTreeModel(session)
    proxy = NavigatorFilterProxy(model)
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
        for m in (model, proxy)
    ]
    session.answer("1.1.1.1", "yes")
    session.flag("1.1.1.2")
    model.refresh()
    proxy.set_criteria(status="flagged")
    proxy.set_criteria(query="strategy")
    proxy.set_criteria(status="all", query="")
    model.set_content_language("fr")
    assert len(testers) == 2


def test_tree_shows_progress_markers_and_scores(qtbot, session):
    model = NavigatorTreeModel(session)
    dimension = model.index_of("d1")
    assert dimension.data().startswith("1  ")
    progress = model.index_of("d1", NavigatorTreeModel.PROGRESS)
    total = session.score()["d1"].total
    assert progress.data() == f"0/{total}"
    assert model.index_of("d1", NavigatorTreeModel.SCORE).data(SCORE_ROLE) is None
    assert model.is_missing("q1_1_1_1")
    session.answer("1.1.1.1", "partially")
    with qtbot.waitSignal(model.dataChanged):
        model.refresh()
    assert model.index_of("q1_1_1_1").data(STATE_ROLE) == AnswerState.PARTIAL.value
    assert model.index_of("d1", NavigatorTreeModel.SCORE).data() == "50.0%"
    assert progress.data().startswith("1/")
    # 1.1.1.2 applies only after yes or partially; before that it is shown as not applying.
    assert model.state("q1_1_1_2") is AnswerState.UNANSWERED
    session.answer("1.1.1.1", "no")
    model.refresh()
    assert model.state("q1_1_1_2") is AnswerState.IRRELEVANT
    assert "Does not apply" in model.index_of("q1_1_1_2").data(Qt.ItemDataRole.ToolTipRole)


def test_modules_not_chosen_are_left_out(application, default_framework):
    without = application.audits.open(application.audits.create(default_framework, "A").id)
    with_gender = application.audits.open(
        application.audits.create(default_framework, "B", modules=frozenset({"gender"})).id
    )
    module_questions = [
        i.name
        for i in default_framework.iter_indicators()
        if default_framework.module_of(i.name) == "gender"
    ]
    assert module_questions
    assert not set(module_questions) & set(NavigatorTreeModel(without).indicator_order)
    assert set(module_questions) <= set(NavigatorTreeModel(with_gender).indicator_order)


def test_filters_combine_and_show_counts(qtbot, session):
    session.answer("1.1.1.1", "yes")
    session.answer("1.1.2.1", "no")
    session.answer("1.1.2.2", "partially")
    session.mark_not_applicable("1.1.1.3", "the strategy has no product chapter yet")
    session.flag("1.1.2.1")
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    counts = panel.proxy.counts()
    assert (counts["yes"], counts["no"], counts["partial"], counts["na"], counts["flagged"]) == (
        1,
        1,
        1,
        1,
        1,
    )
    assert counts["missing"] == session.score().overall.required_missing
    assert panel.status.itemText(panel.status.findData("flagged")) == "Flagged (1)"

    panel.set_filter(status="no")
    assert panel.visible_indicators() == ["q1_1_2_1"]
    assert not panel.summary.isHidden() and panel.summary.text().startswith("1 of ")
    panel.set_filter(status="flagged")
    assert panel.visible_indicators() == ["q1_1_2_1"]
    panel.set_filter(status="unanswered", department="finance")
    finance = panel.visible_indicators()
    assert finance and all(session.framework.indicators[n].department == "finance" for n in finance)
    # Text search across codes, labels and guidance, in every language, without accents.
    panel.set_filter(query="1.1.2")
    assert panel.visible_indicators() == ["q1_1_2_1", "q1_1_2_2", "q1_1_2_3"]
    panel.set_filter(query="cibles mesurables")  # French label of practice 1.1.2's questions
    found = panel.visible_indicators()
    panel.set_filter(query="CIBLES MESURABLES")
    assert panel.visible_indicators() == found
    panel.set_filter(status="yes", query="strategy")
    assert panel.visible_indicators() == ["q1_1_1_1"]
    assert panel.status.itemText(panel.status.currentIndex()).startswith("Yes (1)")


def test_answered_question_stays_visible_while_on_screen(qtbot, session):
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    panel.set_filter(status="unanswered")
    panel.select("q1_1_1_1")
    session.answer("1.1.1.1", "yes")
    panel.refresh()
    assert "q1_1_1_1" in panel.visible_indicators()
    panel.select("q1_1_2_1")
    assert "q1_1_1_1" not in panel.visible_indicators()
    assert panel.tree.currentIndex().data(NAME_ROLE) == "q1_1_2_1"


def test_search_box_of_the_workspace_filters_the_tree(qtbot, workspace):
    qtbot.keyClick(workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.navigator.search.hasFocus()
    qtbot.keyClicks(workspace.navigator.search, "board minutes")
    shown = workspace.navigator.visible_indicators()
    assert shown and len(shown) < 20
    workspace.go_to(shown[0])
    workspace.next()
    assert workspace.current == shown[1]


def test_rows_and_counts_follow_each_change_as_a_fresh_tree_shows_them(qtbot, session):
    """The tree rewrites only the rows whose appearance moved and keeps the status counts as
    answers change: after each kind of change, every row reads as in a tree built afresh, and
    the counts equal a count of every question."""
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        NAME_ROLE,
        STATE_ROLE,
        SCORE_ROLE,
        COMPLETE_ROLE,
        BADGE_ROLE,
    ]
    changes = [
        lambda: session.answer("1.1.1.1", "yes"),
        lambda: session.flag("1.1.1.2"),
        lambda: session.answer("1.1.1.1", "no"),  # 1.1.1.2 and 1.1.1.3 stop applying
        lambda: session.mark_not_applicable("1.1.2.1", "no such product"),
        lambda: session.answer("1.1.2.2", "partially"),
        lambda: session.flag("1.1.1.2", False),
        lambda: session.clear("1.1.2.1"),
    ]
    for change in changes:
        change()
        panel.refresh()
        fresh = NavigatorTreeModel(session)
        for node_id in range(len(fresh.nodes)):
            for column in range(3):
                shown = panel.model.index_of_id(node_id, column)
                expected = fresh.index_of_id(node_id, column)
                assert [shown.data(r) for r in roles] == [expected.data(r) for r in roles]
        card = session.score()
        expected_counts = dict.fromkeys(STATUS_FILTERS, 0)
        for name in panel.model.indicator_order:
            indicator = session.framework.indicators[name]
            state = (
                AnswerState.of(indicator, session.answers.get(name), name in card.relevant)
                if indicator.is_answerable
                else None
            )
            expected_counts[ALL] += name in card.relevant  # the questions that apply
            if state is not None and state.value in expected_counts:
                expected_counts[state.value] += 1
            expected_counts[FLAGGED] += panel.model.is_flagged(name)
            expected_counts[MISSING] += indicator.required and state is AnswerState.UNANSWERED
        assert panel.proxy.counts() == expected_counts
        assert expected_counts[ALL] == QuestionCounts.of(card.overall).questions


def test_scores_show_as_pills_in_the_score_column(qtbot, session):
    """A complete practice's score is a filled pill in its level's colour; a partial one is
    outlined on white."""
    for code in ("1.1.1.1", "1.1.1.2", "1.1.1.3"):
        session.answer(code, "yes")
    session.answer("1.1.2.1", "no")
    panel = NavigatorPanel(session)
    qtbot.addWidget(panel)
    panel.resize(440, 640)
    panel.show()
    qtbot.waitExposed(panel)
    panel.select("q1_1_2_1")
    tree = panel.tree
    image = tree.viewport().grab().toImage()

    def colours_in_score_cell(name: str) -> set[str]:
        rect = tree.visualRect(
            panel.proxy.mapFromSource(panel.model.index_of(name, NavigatorTreeModel.SCORE))
        )
        return {
            image.pixelColor(x, y).name()
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        }

    complete, partial = colours_in_score_cell("d1_s1_p1"), colours_in_score_cell("d1_s1_p2")
    assert "#2e7d32" in complete  # 100 %: filled green
    assert "#c62828" in partial and "#ffffff" in partial  # 0 %: red outline on white
    assert "#c62828" not in complete and "#2e7d32" not in partial
