"""Translated words of a review: its states, and one comment or reply as a line of text (the
same words in the list of all comments and in the panel beside a question)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.framework import Framework
from app.models.review import ReviewComment, ReviewState
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels


class ReviewLabels:
    @staticmethod
    def state(state: ReviewState, after_review: bool = False) -> str:
        """A review state's name alone (a column of states), or `after_review`, following
        "Review:" where it agrees with the word: French "revue" is feminine ("Revue :
        acceptée"), while the column reads "Accepté". Literal texts, so lupdate finds both."""
        translate = QCoreApplication.translate
        names = {
            ReviewState.RECEIVED: (
                translate("ReviewLabels", "Received"),
                translate("ReviewLabels", "Received", "after Review:"),
            ),
            ReviewState.IN_REVIEW: (
                translate("ReviewLabels", "In review"),
                translate("ReviewLabels", "In review", "after Review:"),
            ),
            ReviewState.RETURNED: (
                translate("ReviewLabels", "Returned for correction"),
                translate("ReviewLabels", "Returned for correction", "after Review:"),
            ),
            ReviewState.RESUBMITTED: (
                translate("ReviewLabels", "Resubmitted"),
                translate("ReviewLabels", "Resubmitted", "after Review:"),
            ),
            ReviewState.ACCEPTED: (
                translate("ReviewLabels", "Accepted"),
                translate("ReviewLabels", "Accepted", "after Review:"),
            ),
            ReviewState.REJECTED: (
                translate("ReviewLabels", "Rejected"),
                translate("ReviewLabels", "Rejected", "after Review:"),
            ),
        }
        return names[state][after_review] if state in names else str(state)

    @staticmethod
    def where(framework: Framework, target: str) -> str:
        """The question's code, or "Whole audit" for a comment on the audit as a whole."""
        if not target:
            return QCoreApplication.translate("ReviewLabels", "Whole audit")
        node = framework.indicators.get(target)
        return node.display_code if node is not None else target

    @staticmethod
    def signature(comment: ReviewComment) -> str:
        """ "Bintou Sow, 06/12/2026 10:13": who wrote it, and when."""
        return (
            f"{VisibleText.for_name(comment.author)}, {AuditLabels.timestamp(comment.created_at)}"
        )

    @staticmethod
    def status(comment: ReviewComment, replies: list[ReviewComment], is_open: bool) -> str:
        translate = QCoreApplication.translate
        if not comment.must_correct:
            return translate("ReviewLabels", "Replied") if replies else ""
        if is_open:
            return translate("ReviewLabels", "Must be corrected — open")
        if replies:
            return translate("ReviewLabels", "Must be corrected — replied")
        return translate("ReviewLabels", "Must be corrected — answered again")
