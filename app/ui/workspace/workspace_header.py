"""The strip above an open audit: who is assessed, against what, where it stands, and the
overall score, always honest about being partial until every scored question is answered."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.models.question_counts import QuestionCounts
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.elided_label import ElidedLabel
from app.ui.workspace.workspace_actions import WorkspaceActions


class WorkspaceHeader(QFrame):
    def __init__(
        self,
        session: AuditSession,
        actions: WorkspaceActions,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        StyleRoles.give(self, "workspaceHeader")
        self._session = session
        self._language = language
        # The names give way on a small screen (elided, whole in the tooltip): the score and
        # the Finalize and Close buttons always stay in sight.
        self.title = ElidedLabel()
        StyleRoles.give(self.title, "auditTitle")
        self.details = ElidedLabel()
        StyleRoles.give(self.details, "muted")
        self.status = QLabel()
        StyleRoles.give(self.status, "statusBadge")
        self.score = QLabel()
        StyleRoles.give(self.score, "headerScore")
        self.coverage = QLabel()
        StyleRoles.give(self.coverage, "muted")
        self.finalize = QToolButton()
        self.finalize.setDefaultAction(actions.finalize)
        self.reopen = QToolButton()
        self.reopen.setDefaultAction(actions.reopen)
        self.close = QToolButton()
        self.close.setDefaultAction(actions.close_audit)
        for button in (self.finalize, self.reopen, self.close):
            StyleRoles.give(button, "headerButton")

        names = QVBoxLayout()
        names.setSpacing(2)
        title_row = self._title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(self.status)
        title_row.addStretch()
        names.addLayout(title_row)
        names.addWidget(self.details)
        score = QVBoxLayout()
        score.setSpacing(0)
        score.addWidget(self.score)
        score.addWidget(self.coverage)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(names, 1)
        layout.addLayout(score)
        layout.addSpacing(16)
        layout.addWidget(self.finalize)
        layout.addWidget(self.reopen)
        layout.addWidget(self.close)
        self.refresh()

    def add_badge(self, badge: QLabel) -> None:
        """A further badge beside the status (the review's state), kept up to date by whoever
        adds it."""
        StyleRoles.give(badge, "statusBadge")
        self._title_row.insertWidget(self._title_row.count() - 1, badge)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def set_content_language(self, language: str) -> None:
        self._language = language
        self.refresh()

    def refresh(self) -> None:
        audit, framework = self._session.audit, self._session.framework
        self.title.set_full_text(audit.institution)
        parts = [AuditLabels.audit_type(audit.audit_type)]
        if audit.country:
            parts.insert(0, AuditLabels.country(audit.country))
        if audit.period_start or audit.period_end:
            parts.append(
                self.tr("%1 to %2")
                .replace("%1", AuditLabels.date(audit.period_start))
                .replace("%2", AuditLabels.date(audit.period_end))
            )
        parts.append(f"{framework.text(framework.title, self._language)} {framework.version}")
        self.details.set_full_text("  ·  ".join(parts))
        self.status.setText(AuditLabels.status(audit.status))
        if self.status.property("finalized") != audit.is_finalized:
            self.status.setProperty("finalized", audit.is_finalized)
            self.status.style().unpolish(self.status)  # the badge's colour follows the status
            self.status.style().polish(self.status)
        self.refresh_score()
        self.finalize.setVisible(not audit.is_finalized)
        self.reopen.setVisible(audit.is_finalized)

    def refresh_score(self) -> None:
        """After an answer: only the score and the progress can have moved."""
        overall = self._session.score().overall
        counts = QuestionCounts.of(overall)
        self.score.setText(self.tr("Score %1").replace("%1", AuditLabels.score(overall.percent)))
        answered = AuditLabels.scored_answered(counts)
        if overall.percent is not None and overall.is_partial:
            answered += " · " + self.tr("partial")
        self.coverage.setText(answered)
        explained = AuditLabels.counts_explained(counts)
        self.coverage.setToolTip(explained)
        self.score.setToolTip(explained)
