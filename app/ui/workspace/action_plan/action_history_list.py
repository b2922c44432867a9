"""The history of one action of the plan, latest first: when, who, what step (planned, done,
dropped…), with its note or the reason it was dropped; for an action carried over from the
previous audit's plan, a last line says its earlier steps are there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

from app.models.action_item import ActionStatus
from app.models.action_revision import ActionRevision
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels
from app.ui.workspace.action_plan.action_table_model import ActionTableModel


class ActionHistoryList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_history(self, revisions: list[ActionRevision], carried: bool) -> None:
        """`revisions`: the action's changes, oldest first; `carried`: it comes from the
        previous audit's plan."""
        self.clear()
        for revision in reversed(revisions):
            step = revision.item
            text = self.tr("{when} · {author}: {status}").format(
                when=AuditLabels.timestamp(revision.created_at),
                author=VisibleText.for_name(revision.author) or self.tr("(not recorded)"),
                status=ActionTableModel.status_text(step.status),
            )
            detail = step.reason if step.status == ActionStatus.DROPPED else step.note
            self.addItem(f"{text} — {detail}" if detail else text)
        if carried:  # its earlier steps are in the previous audit
            self.addItem(self.tr("Carried over from the previous audit's plan"))
