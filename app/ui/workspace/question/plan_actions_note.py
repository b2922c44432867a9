"""The action plan's actions that concern the question on screen (it, its practice or its
standard), with their status (overdue and to verify said in words) and due date: under the
question, so that whoever answers it again sees what was planned."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from app.models.action_item import ActionItem
from app.models.framework import Indicator
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.action_plan.action_table_model import ActionTableModel


class PlanActionsNote(QLabel):
    def __init__(self, session: AuditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        StyleRoles.give(self, "infoBanner")
        self.setWordWrap(True)

    def show_for(self, indicator: Indicator) -> None:
        framework = self._session.framework
        concerned = {indicator.name, *(g.name for g in framework.ancestors(indicator.name))}
        today = date.today().isoformat()
        lines = [
            self._line(item, today) for item in self._session.actions() if item.target in concerned
        ]
        self.setText("\n".join([self.tr("Action plan:"), *lines]) if lines else "")
        self.setVisible(bool(lines))

    def _line(self, item: ActionItem, today: str) -> str:
        line = f"• {item.title} — {ActionTableModel.status_words(item, today)}"
        if item.due_date:
            line += " · " + self.tr("due {date}").format(date=AuditLabels.date(item.due_date))
        return line
