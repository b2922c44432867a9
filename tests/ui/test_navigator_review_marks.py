"""Review comments in the question tree: a question with comments carries a bubble, one where
a correction is still asked a bubble with "!" (a different shape, not only a colour), both say
so in their tooltip, and the filter "With review comments" shows those questions. The marks
follow comments added under the question and answers that close a correction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage

from app.ui.workspace.navigator.navigator_filter_proxy import ALL
from app.ui.workspace.navigator.navigator_tree_model import REVIEWED, NavigatorTreeModel
from app.ui.workspace.navigator.status_icons import StatusIcons
from app.ui.workspace.review.review_comment_panel import ReviewCommentPanel
from app.ui.workspace.review.review_page import ReviewPage

DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
PROGRESS = NavigatorTreeModel.PROGRESS


@pytest.fixture
def reviewed(application, default_framework, window):
    """An audit in review here: a correction asked on 1.1.1.1, a remark on 1.1.1.2, a comment
    on the whole audit; opened in the window."""
    audit = application.audits.create(default_framework, "Caisse Rurale de Kolda", "SN")
    reviews = application.reviews
    reviews.start(audit)
    reviews.comment(audit, "q1_1_1_1", "No evidence of the board's approval", must_correct=True)
    reviews.comment(audit, "q1_1_1_2", "Say which year", must_correct=False)
    reviews.comment(audit, "", "Good work overall", must_correct=False)
    window.open_audit(audit.id)
    return window


def _white(icon: QIcon) -> list[bool]:
    """Where the icon is drawn white: the sign inside the bubble, whatever its colour."""
    image = (
        icon.pixmap(StatusIcons.ICON_SIZE).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    )
    return [
        (colour := image.pixelColor(x, y)).alpha() > 200
        and min(colour.red(), colour.green(), colour.blue()) > 200
        for x in range(image.width())
        for y in range(image.height())
    ]


def test_the_tree_marks_questions_with_review_comments(reviewed):
    navigator = reviewed.workspace.navigator
    model = navigator.model
    correction = model.index_of("q1_1_1_1", PROGRESS)
    remark = model.index_of("q1_1_1_2", PROGRESS)
    assert model.review_marks == {"q1_1_1_1": True, "q1_1_1_2": False}
    assert "Review: a correction is asked here." in correction.data(TOOLTIP)
    assert "Review: comments here." in remark.data(TOOLTIP)
    assert "Review: a correction is asked here." in model.index_of("q1_1_1_1").data(TOOLTIP)
    # The two marks differ by their shape ("!" or three dots), not only by their colour.
    asked, commented = correction.data(DECORATION), remark.data(DECORATION)
    assert isinstance(asked, QIcon) and isinstance(commented, QIcon)
    assert any(_white(asked)) and any(_white(commented))
    assert _white(asked) != _white(commented)
    # A question without comments has no mark.
    assert model.index_of("q1_2_1_1", PROGRESS).data(DECORATION) is None


def test_the_filter_shows_the_questions_with_review_comments(reviewed):
    navigator = reviewed.workspace.navigator
    row = navigator.status.findData(REVIEWED)
    assert navigator.status.itemText(row) == "With review comments (2)"
    # (The question on screen stays shown whatever the filter: be on a commented one.)
    reviewed.workspace.go_to("q1_1_1_1")
    navigator.set_filter(status=REVIEWED)
    assert navigator.visible_indicators() == ["q1_1_1_1", "q1_1_1_2"]
    navigator.set_filter(status=ALL)
    assert len(navigator.visible_indicators()) > 2


def test_the_marks_follow_new_comments_and_answers(reviewed, qtbot):
    workspace = reviewed.workspace
    navigator = workspace.navigator
    # A comment added under a question (the real panel) marks it at once.
    workspace.go_to("q1_2_1_1")
    [page] = [
        workspace.tabs.widget(i)
        for i in range(workspace.tabs.count())
        if isinstance(workspace.tabs.widget(i), ReviewPage)
    ]
    panel = page.question_panel
    panel.text.setText("Which policy?")
    panel.must_correct.setChecked(True)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert navigator.model.review_marks["q1_2_1_1"] is True
    assert navigator.model.index_of("q1_2_1_1", PROGRESS).data(DECORATION) is not None
    row = navigator.status.findData(REVIEWED)
    assert navigator.status.itemText(row) == "With review comments (3)"
    # Answered again after the comment, the correction is no longer open: a plain bubble.
    workspace.session.answer("q1_1_1_1", "yes")
    navigator.refresh()
    assert navigator.model.review_marks["q1_1_1_1"] is False
    assert "Review: comments here." in navigator.model.index_of("q1_1_1_1", PROGRESS).data(TOOLTIP)


def test_an_answer_saved_on_screen_closes_its_correction_in_the_tree_at_once(reviewed):
    """Through the question's own editor (save, then the workspace's refresh), not by calling
    the navigator: the tree reads the open corrections from the answers just saved."""
    workspace = reviewed.workspace
    model = workspace.navigator.model
    workspace.go_to("q1_1_1_1")
    assert model.review_marks["q1_1_1_1"] is True
    workspace.page.editor.choose(0)
    assert workspace.session.answers["q1_1_1_1"].value == "yes"
    assert model.review_marks == {"q1_1_1_1": False, "q1_1_1_2": False}
    tooltip = model.index_of("q1_1_1_1", PROGRESS).data(TOOLTIP)
    assert "Review: comments here." in tooltip and "a correction is asked" not in tooltip
    # The comments under the question say it too, without moving away and back.
    [panel] = [
        p
        for p in reviewed.findChildren(ReviewCommentPanel)
        if p.objectName() == "questionReviewComments"
    ]
    assert "Must be corrected — answered again" in panel.comments.item(0).text()
    # And the Review tab, once shown, counts no correction open any more.
    [page] = [
        workspace.tabs.widget(i)
        for i in range(workspace.tabs.count())
        if isinstance(workspace.tabs.widget(i), ReviewPage)
    ]
    workspace.tabs.setCurrentWidget(page)
    assert page.open_count.text() == "No correction is open."


def test_an_audit_nobody_reviews_has_no_marks(window, session):
    window.open_audit(session.audit.id)
    navigator = window.workspace.navigator
    assert navigator.model.review_marks == {}
    assert navigator.status.itemText(navigator.status.findData(REVIEWED)) == (
        "With review comments (0)"
    )
