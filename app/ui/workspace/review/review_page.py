"""The Review tab of an audit under review: its state, what can be done next, every review
comment and reply in one list, and the comments on the audit as a whole.

At the head office (ReviewRole.REVIEWER): start the review, return the audit to the site
(which records the return and writes the signed review package in one step, as `jalon review
return`), accept it, or reject it with a reason. At the field site (ReviewRole.SITE): after
importing the head office's review, reply to its comments (here or beside each question) and
resubmit, which writes the corrected audit's package. The same services back `jalon review`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.models.errors import JalonError
from app.models.review import NEXT_STATES, Review, ReviewEvent, ReviewRole, ReviewState
from app.models.visible_text import VisibleText
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.export_folder import ExportFolder
from app.ui.common.review_labels import ReviewLabels
from app.ui.common.safe_file_name import safe_file_name
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.review.review_comment_panel import MUST_CORRECT_MARK, ReviewCommentPanel

if TYPE_CHECKING:
    from app.ui.workspace.audit_workspace import AuditWorkspace

TARGET_ROLE = Qt.ItemDataRole.UserRole
SUFFIX = ".jalon"


class ReviewPage(QWidget):
    jump_requested = Signal(str)  # the question a comment is about
    changed = Signal()  # the review's state or comments changed

    def __init__(
        self,
        application: Application,
        session: AuditSession,
        role: ReviewRole,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._application = application
        self._reviews = application.reviews
        self._session = session
        self._folder = ExportFolder(application.paths)
        self.role = role
        self._stale = False  # an answer was saved while the tab was not on screen
        self.state_label = QLabel()
        font = QFont(self.state_label.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        self.state_label.setFont(font)
        self.state_label.setObjectName("reviewState")
        self.badge = QLabel()  # the state in the workspace's header (attach)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.open_count = QLabel()
        self.open_count.setWordWrap(True)
        self.start_button = QPushButton()
        self.return_button = QPushButton()
        self.accept_button = QPushButton()
        self.reject_reason = QLineEdit()
        self.reject_button = QPushButton()
        self.resubmit_button = QPushButton()
        self.start_button.clicked.connect(lambda: self._step(self._reviews.start))
        self.accept_button.clicked.connect(lambda: self._step(self._reviews.accept))
        self.reject_button.clicked.connect(self.reject)
        self.return_button.clicked.connect(lambda: self._send(self.return_to_site))
        self.resubmit_button.clicked.connect(lambda: self._send(self.resubmit))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        StyleRoles.give(self.outcome, "infoBanner")
        self.outcome.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        StyleRoles.give(self.problem, "errorBanner")
        self.problem.hide()
        self.list_title = QLabel()
        self.list_title.setFont(font)
        self.comments = QTreeWidget()
        self.comments.setColumnCount(4)
        self.comments.setRootIsDecorated(True)
        self.comments.setWordWrap(True)
        self.comments.setAlternatingRowColors(True)
        self.comments.setUniformRowHeights(False)
        header = self.comments.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the text wraps
        self.comments.itemActivated.connect(self._activated)
        self.whole = ReviewCommentPanel(self._reviews, session, role)
        self.question_panel: ReviewCommentPanel | None = None  # under each question (attach)
        self.whole.changed.connect(self._comments_changed)
        self._build_layout()
        self.retranslate()

    @classmethod
    def attach(cls, workspace: AuditWorkspace, application: Application) -> ReviewPage | None:
        """Give an audit under review its Review tab and the comments under each question;
        nothing for an audit nobody reviews."""
        session = workspace.session
        role = application.reviews.role(session.audit)
        if role is None:
            return None
        page = cls(application, session, role)
        panel = ReviewCommentPanel(application.reviews, session, role)
        panel.setObjectName("questionReviewComments")
        page.jump_requested.connect(workspace.go_to)
        page.changed.connect(panel.refresh)
        panel.changed.connect(page.refresh)
        workspace.navigator.set_review_source(page.review_marks)
        for source in (page.changed, panel.changed):
            source.connect(workspace.navigator.refresh)
        # An answer saved again may close a correction asked on it: the comments under the
        # question say so at once, as the question tree does.
        workspace.autosave.saved.connect(panel.refresh)
        workspace.autosave.saved.connect(page.follow_saved_answer)
        workspace.add_page(page)
        workspace.add_question_panel(panel)
        workspace.header.add_badge(page.badge)
        page.question_panel = panel
        return page

    def follow_saved_answer(self) -> None:
        """An answer was saved: the count of open corrections, and the Resubmit button that
        waits on it, follow it at once when the tab is on screen, else when it is shown (the
        tab is not rebuilt at every answer given on the questionnaire)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def review_marks(self) -> dict[str, bool]:
        """The questions with review comments, True where a correction is still open."""
        audit = self._session.audit
        review = self._reviews.review(audit)
        still_open = {
            c.id for c in self._reviews.open_corrections(audit, review, self._session.answers)
        }
        marks: dict[str, bool] = {}
        for comment, _replies in review.threads():
            if comment.target:
                marks[comment.target] = marks.get(comment.target, False) or (
                    comment.id in still_open
                )
        return marks

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        if self.role == ReviewRole.REVIEWER:
            for button in (self.start_button, self.return_button, self.accept_button):
                actions.addWidget(button)
            actions.addSpacing(12)
            actions.addWidget(self.reject_reason, 1)
            actions.addWidget(self.reject_button)
        else:
            actions.addWidget(self.resubmit_button)
            actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.state_label)
        layout.addWidget(self.detail)
        layout.addWidget(self.open_count)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addWidget(self.list_title)
        layout.addWidget(self.comments, 1)
        layout.addWidget(self.whole)

    def title(self) -> str:
        return self.tr("Review")

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start the review"))
        self.return_button.setText(self.tr("Return to the site…"))
        self.accept_button.setText(self.tr("Accept"))
        self.reject_button.setText(self.tr("Reject"))
        self.reject_reason.setPlaceholderText(self.tr("Reason for a rejection"))
        self.reject_reason.setAccessibleName(self.tr("Reason for a rejection"))
        self.resubmit_button.setText(self.tr("Resubmit to the head office…"))
        self.list_title.setText(self.tr("Every review comment"))
        self.comments.setAccessibleName(self.list_title.text())
        self.comments.setHeaderLabels(
            [self.tr("Where"), self.tr("Comment"), self.tr("Status"), self.tr("By")]
        )
        self.refresh()

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        audit = self._session.audit
        review = self._reviews.review(audit)
        self.state_label.setText(
            self.tr("Review: %1").replace("%1", ReviewLabels.state(review.state, after_review=True))
        )
        self.badge.setText(self.state_label.text())
        self.detail.setText(self._detail(review))
        open_corrections = self._reviews.open_corrections(audit, review, self._session.answers)
        self.open_count.setText(
            self.tr(
                "%n correction(s) asked by the head office still open: answer the question again "
                "or reply to the comment.",
                "",
                len(open_corrections),
            )
            if open_corrections
            else self.tr("No correction is open.")
        )
        self._fill_comments(review, {c.id for c in open_corrections})
        self._update_buttons(review.state, bool(open_corrections))
        self.whole.refresh()

    def _detail(self, review: Review) -> str:
        latest = review.latest
        if latest is None:
            return self.tr("Received in a package; nobody has started reviewing it.")
        text = (
            self.tr("Since %1, by %2.")
            .replace("%1", AuditLabels.timestamp(latest.created_at))
            .replace("%2", VisibleText.for_name(latest.author))
        )
        if latest.state == ReviewState.REJECTED and latest.reason:
            text += " " + self.tr("Reason: %1").replace("%1", latest.reason)
        if latest.signed_by:  # it came in a package: the author is a claim, the key a proof
            text += "\n" + self._signed(latest)
        return text

    def _signed(self, step: ReviewEvent) -> str:
        """ "Claimed: Bintou Sow, site 3f2a9c1e; signed by Field site, key 9B55…", as
        `jalon review show` says it."""
        name = self._application.trust.name_of(step.signed_by)
        return (
            self.tr("Claimed: %1, site %2; signed by %3, key %4.")
            .replace("%1", VisibleText.for_name(step.author))
            .replace("%2", VisibleText.for_name(step.site[:8]))
            .replace(
                "%3",
                VisibleText.for_name(name) if name else self.tr("a key not in the trust store"),
            )
            .replace("%4", step.signed_by)
        )

    def _fill_comments(self, review: Review, open_ids: set[str]) -> None:
        self.comments.clear()
        framework = self._session.framework
        for comment, replies in review.threads():
            mark = f"{MUST_CORRECT_MARK} " if comment.must_correct else ""
            item = QTreeWidgetItem(
                [
                    ReviewLabels.where(framework, comment.target),
                    mark + comment.text,
                    ReviewLabels.status(comment, replies, comment.id in open_ids),
                    ReviewLabels.signature(comment),
                ]
            )
            item.setData(0, TARGET_ROLE, comment.target)
            item.setToolTip(1, comment.text)
            for reply in replies:
                child = QTreeWidgetItem(["", reply.text, "", ReviewLabels.signature(reply)])
                child.setData(0, TARGET_ROLE, reply.target)
                child.setToolTip(1, reply.text)
                item.addChild(child)
            self.comments.addTopLevelItem(item)
        self.comments.expandAll()

    def _update_buttons(self, state: ReviewState, corrections_open: bool) -> None:
        following = NEXT_STATES[state]
        self.start_button.setEnabled(ReviewState.IN_REVIEW in following)
        self.return_button.setEnabled(ReviewState.RETURNED in following)
        self.accept_button.setEnabled(ReviewState.ACCEPTED in following)
        self.reject_button.setEnabled(ReviewState.REJECTED in following)
        self.reject_reason.setEnabled(ReviewState.REJECTED in following)
        # Resubmitting waits for every correction: the button says why, rather than asking
        # for a file name and then refusing.
        self.resubmit_button.setEnabled(
            ReviewState.RESUBMITTED in following and not corrections_open
        )
        self.resubmit_button.setToolTip(self.open_count.text() if corrections_open else "")

    def _activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.jump_requested.emit(target)

    def _comments_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # --- steps ---------------------------------------------------------------------------------

    def _step(self, step) -> bool:
        try:
            step(self._session.audit)
        except JalonError as error:
            self._show_problem(ErrorPresenter.message(error))
            return False
        self.problem.hide()
        self.refresh()
        self.changed.emit()
        return True

    def reject(self) -> None:
        reason = self.reject_reason.text()
        if self._step(lambda audit: self._reviews.reject(audit, reason)):
            self.reject_reason.clear()

    def _send(self, write) -> None:
        """Ask where to write the package, then write it."""
        audit = self._session.audit
        default = self._folder.default() / safe_file_name(
            f"{audit.institution}-{audit.short_id}{SUFFIX}"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package as"), str(default), self.tr("Jalon packages (*.jalon)")
        )
        if chosen:
            path = Path(chosen)
            write(path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX))

    def return_to_site(self, target: Path) -> None:
        """Record the return for correction and write the signed review package."""
        self._write(
            lambda: self._application.review_post.return_to_site(self._session.audit, target),
            target,
        )

    def resubmit(self, target: Path) -> None:
        """Record the resubmission and write the corrected audit's package."""
        self._write(
            lambda: self._application.review_post.resubmit(self._session.audit, target), target
        )

    def _write(self, step, target: Path) -> None:
        try:
            written = step()
        except JalonError as error:
            self._show_problem(ErrorPresenter.message(error))
            return
        self._folder.remember(target)
        self.problem.hide()
        self.outcome.setText(
            self.tr("Written to %1 (SHA-256 %2…). Send this file; it is signed with your key.")
            .replace("%1", str(written.path))
            .replace("%2", written.sha256[:16])
        )
        self.outcome.show()
        self.refresh()
        self.changed.emit()

    def _show_problem(self, message: str) -> None:
        self.outcome.hide()
        self.problem.setText(message)
        self.problem.show()
