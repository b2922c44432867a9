"""The review comments on one question (or Organization Information field), or on the audit as
a whole, with their replies: under the question at the head office and at the field site.

The head office adds a comment while the review is in progress, optionally marked "must be
corrected"; the site replies to the selected comment (else to the first one still open) while
the audit is returned for correction. Every comment and reply is saved at once, with its
author and time, by the same ReviewService as `jalon review comment` and `jalon review reply`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import JalonError
from app.models.review import COMMENTING_STATES, ReviewComment, ReviewRole, ReviewState
from app.services.audit_session import AuditSession
from app.services.review_service import ReviewService
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.review_labels import ReviewLabels
from app.ui.common.style_roles import StyleRoles

ID_ROLE = Qt.ItemDataRole.UserRole
MUST_CORRECT_MARK = "⚠"


class ReviewCommentPanel(QFrame):
    changed = Signal()  # a comment or a reply was saved

    def __init__(
        self,
        reviews: ReviewService,
        session: AuditSession,
        role: ReviewRole,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reviewCommentPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._reviews = reviews
        self._session = session
        self.role = role
        self.target = ""
        self._open: list[ReviewComment] = []
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel()
        StyleRoles.give(self.empty, "muted")
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setMaximumHeight(130)
        self.comments.setAlternatingRowColors(True)
        self.text = QLineEdit()
        self.text.returnPressed.connect(self.submit)
        self.must_correct = QCheckBox()
        self.must_correct.setVisible(role == ReviewRole.REVIEWER)
        self.button = QPushButton()
        self.button.clicked.connect(self.submit)
        self.problem = QLabel()
        StyleRoles.give(self.problem, "inlineError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        entry = QHBoxLayout()
        entry.addWidget(self.text, 1)
        entry.addWidget(self.must_correct)
        entry.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.comments)
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        self.retranslate()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        reviewer = self.role == ReviewRole.REVIEWER
        self.must_correct.setText(self.tr("Must be corrected"))
        self.button.setText(self.tr("Add comment") if reviewer else self.tr("Reply"))
        self.text.setPlaceholderText(
            self.tr("A comment for the site…")
            if reviewer
            else self.tr("Your reply to the selected comment…")
        )
        self.text.setAccessibleName(self.tr("Review comment") if reviewer else self.tr("Reply"))
        self.empty.setText(self.tr("No review comment here."))
        self.refresh()  # sets the title, which names the list for screen readers too

    # --- showing -------------------------------------------------------------------------------

    def show_for(self, target: str) -> None:
        """The comments on question `target` ("" for the audit as a whole)."""
        if target != self.target:
            self.text.clear()
            self.problem.hide()
        self.target = target
        self.refresh()

    def refresh(self) -> None:
        audit = self._session.audit
        review = self._reviews.review(audit)
        self._open = self._reviews.open_corrections(audit, review, self._session.answers)
        framework = self._session.framework
        if self.target:
            self.title.setText(
                self.tr("Review comments on %1").replace(
                    "%1", ReviewLabels.where(framework, self.target)
                )
            )
        else:
            self.title.setText(self.tr("Review comments on the whole audit"))
        self.comments.setAccessibleName(self.title.text())
        self.comments.clear()
        open_ids = {c.id for c in self._open}
        for comment, replies in review.threads():
            if comment.target != self.target:
                continue
            item = QListWidgetItem(self._thread_text(comment, replies, comment.id in open_ids))
            item.setData(ID_ROLE, comment.id)
            self.comments.addItem(item)
        has_comments = self.comments.count() > 0
        self.comments.setVisible(has_comments)
        self.empty.setVisible(not has_comments)
        self._update_entry(review.state, has_comments)

    def _thread_text(
        self, comment: ReviewComment, replies: list[ReviewComment], is_open: bool
    ) -> str:
        status = ReviewLabels.status(comment, replies, is_open)
        mark = f"{MUST_CORRECT_MARK} " if comment.must_correct else ""
        lines = [
            f"{mark}{comment.text}",
            f"— {ReviewLabels.signature(comment)}" + (f" · {status}" if status else ""),
        ]
        lines += [f"    ↳ {reply.text} — {ReviewLabels.signature(reply)}" for reply in replies]
        return "\n".join(lines)

    def _update_entry(self, state: ReviewState, has_comments: bool) -> None:
        if self.role == ReviewRole.REVIEWER:
            allowed = state in COMMENTING_STATES
        else:
            allowed = state == ReviewState.RETURNED and has_comments
        for widget in (self.text, self.must_correct, self.button):
            widget.setEnabled(allowed)

    # --- writing -------------------------------------------------------------------------------

    def submit(self) -> None:
        text = self.text.text().strip()
        if not text:
            return
        audit = self._session.audit
        try:
            if self.role == ReviewRole.REVIEWER:
                self._reviews.comment(audit, self.target, text, self.must_correct.isChecked())
            else:
                self._reviews.reply(audit, self._comment_to_answer(), text)
        except JalonError as error:
            self.problem.setText(ErrorPresenter.message(error))
            self.problem.show()
            return
        self.problem.hide()
        self.text.clear()
        self.must_correct.setChecked(False)
        self.refresh()
        self.changed.emit()

    def _comment_to_answer(self) -> ReviewComment:
        """The selected comment; else the first still open here; else the first here."""
        review = self._reviews.review(self._session.audit)
        here = [c for c, _replies in review.threads() if c.target == self.target]
        selected = self.comments.currentItem()
        if selected is not None:
            chosen = selected.data(ID_ROLE)
            return next(c for c in here if c.id == chosen)
        open_ids = {c.id for c in self._open}
        return next((c for c in here if c.id in open_ids), here[0])
