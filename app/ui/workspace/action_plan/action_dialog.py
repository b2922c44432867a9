"""Add or edit one action of the plan: target, what, who, by when, priority, status — with a
note (what was done, where the evidence is), the reason when it is dropped, and the history of
its changes (who, when, what step).

The due date is typed as the question form's dates are (a line edit and its Calendar button,
read the way the interface writes dates), so a date lands as typed; empty means none.

Verified is offered only for an action carried over from the previous audit's plan: only a
later audit verifies.

The dialog saves through the session itself, so a refused save (finalized audit, unknown
target) is shown inline and the dialog stays open with everything the user typed.

What is typed is as durable as a comment: once the action has a target and a description (and
a reason, when it is dropped), it is written half a second after the last change (TypingPause),
and at once when the audit or the window closes or Jalon is told to stop (`keep`, through the
workspace's flush and ShutdownGuard). Save closes the dialog with the action as shown; Cancel,
Esc or the window's close button put back what the action was when the dialog opened (a new
action is removed again).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.action_item import ActionItem, ActionStatus, Priority
from app.models.errors import JalonError
from app.models.example_date import DATE_EXAMPLE
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.action_plan.action_history_list import ActionHistoryList
from app.ui.workspace.action_plan.action_table_model import ActionTableModel
from app.ui.workspace.action_plan.action_target_box import ActionTargetBox
from app.ui.workspace.calendar_button import CalendarButton
from app.ui.workspace.typing_pause import TypingPause

DEFAULT_DUE_DAYS = 90  # a quarter: the usual rhythm of a board's follow-up of an action plan
# What Cancel does not put back: the action's identity and the record of its changes.
NOT_EDITED = ("id", "audit_id", "created_at", "updated_at", "deleted_at")


class ActionDialog(QDialog):
    saved = Signal(object)  # the ActionItem as stored (at a typing pause, or on Save)
    edited = Signal()  # the user changed a field
    reverted = Signal()  # Cancel put back what the action was (or removed the new one)

    def __init__(
        self,
        session: AuditSession,
        language: str,
        item: ActionItem | None = None,
        target: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._item = item  # the action as stored now
        self._opened_with = item  # as it was when the dialog opened; None: a new action
        self._cancelling = False
        self.target_box = ActionTargetBox(session.framework, language)
        self.what_edit = QLineEdit()
        self.owner_edit = QLineEdit()
        # Typed as the question form's dates are, so "10/1/2026" lands as typed; empty: no
        # due date.
        self.due_edit = QLineEdit()
        self.due_edit.setMaximumWidth(260)
        self.due_calendar = CalendarButton(self.due_edit)
        self.due_problem = QLabel()
        StyleRoles.give(self.due_problem, "inlineError")  # one short line: not wrapped or cut
        self.due_problem.hide()
        self.priority_box = QComboBox()
        self.status_box = QComboBox()
        for priority in Priority:
            self.priority_box.addItem("", priority)
        for status in ActionStatus:
            if status != ActionStatus.VERIFIED or (item is not None and item.carried_from):
                self.status_box.addItem("", status)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.reason_edit = QLineEdit()
        self.history_list = ActionHistoryList()
        self.history_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        StyleRoles.give(self.error_label, "inlineError")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )

        self._fill_owners()
        self._build_layout()
        self._load(item, target)
        self.what_edit.textChanged.connect(self._update_state)
        self.target_box.currentTextChanged.connect(self._update_state)
        self.due_edit.textChanged.connect(self._update_state)
        self.status_box.currentIndexChanged.connect(self._update_state)
        self.reason_edit.textChanged.connect(self._update_state)
        for changed in (
            self.target_box.currentTextChanged,
            self.what_edit.textChanged,
            self.owner_edit.textChanged,
            self.due_edit.textChanged,
            self.priority_box.currentIndexChanged,
            self.status_box.currentIndexChanged,
            self.note_edit.textChanged,
            self.reason_edit.textChanged,
        ):
            changed.connect(self.edited)
        self._typing = TypingPause(self.edited, self)
        self._typing.paused.connect(self.keep)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.cancel)
        self.retranslate()
        self._update_state()

    # --- building ------------------------------------------------------------------------------

    def _fill_owners(self) -> None:
        owners = sorted({a.owner for a in self._session.actions() if a.owner}, key=str.casefold)
        completer = QCompleter(owners, self.owner_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_edit.setCompleter(completer)

    def _build_layout(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        due_row = QHBoxLayout()
        due_row.setSpacing(4)
        due_row.addWidget(self.due_edit, 1)
        due_row.addWidget(self.due_calendar)
        due_row.addStretch()
        fields = (
            self.target_box,
            self.what_edit,
            self.owner_edit,
            due_row,
            self.priority_box,
            self.status_box,
            self.note_edit,
            self.reason_edit,
        )
        self._labels = [QLabel() for _ in fields]
        for label, field in zip(self._labels, fields, strict=True):
            self.form.addRow(label, field)
            label.setBuddy(field if isinstance(field, QWidget) else self.due_edit)
        self.form.insertRow(4, "", self.due_problem)  # under the due date
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_list)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _load(self, item: ActionItem | None, target: str) -> None:
        targeted = self.target_box.select(item.target if item else target)
        self.what_edit.setText(item.title if item else "")
        self.owner_edit.setText(item.owner if item else "")
        due = item.due_date if item else ""
        if item is None:
            due = (date.today() + timedelta(days=DEFAULT_DUE_DAYS)).isoformat()
        self.due_edit.setText(AuditLabels.date(due) if due else "")
        self.priority_box.setCurrentIndex(
            self.priority_box.findData(item.priority if item else Priority.MEDIUM)
        )
        self.status_box.setCurrentIndex(
            self.status_box.findData(item.status if item else ActionStatus.PLANNED)
        )
        self.note_edit.setPlainText(item.note if item else "")
        self.reason_edit.setText(item.reason if item else "")
        history = self._session.action_history(item) if item else []
        self.history_label.setVisible(bool(history))
        self.history_list.setVisible(bool(history))
        (self.what_edit if targeted else self.target_box).setFocus()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setPlaceholderText(AuditLabels.date_pattern().upper())
        self.due_edit.setToolTip(self.tr("Leave empty when the action has no due date."))
        self._show_due_problem()
        self.setWindowTitle(self.tr("Edit action") if self._item else self.tr("New action"))
        labels = (
            self.tr("&Indicator or practice:"),
            self.tr("&What:"),
            self.tr("Wh&o:"),
            self.tr("&By when:"),
            self.tr("&Priority:"),
            self.tr("&Status:"),
            self.tr("&Note or evidence:"),
            self.tr("&Reason for dropping:"),
        )
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        self.target_box.retranslate()
        self.what_edit.setPlaceholderText(
            self.tr("For example: train loan officers on the complaints procedure")
        )
        self.owner_edit.setPlaceholderText(self.tr("Person or team responsible"))
        self.note_edit.setPlaceholderText(
            self.tr("What was done, where the evidence of completion is, what was found")
        )
        self.reason_edit.setPlaceholderText(self.tr("Needed to drop the action: why it is dropped"))
        self.history_label.setText(self.tr("History of this action:"))
        self._show_history()
        with QSignalBlocker(self.priority_box), QSignalBlocker(self.status_box):
            for index in range(self.priority_box.count()):
                self.priority_box.setItemText(
                    index, ActionTableModel.priority_text(self.priority_box.itemData(index))
                )
            for index in range(self.status_box.count()):
                self.status_box.setItemText(
                    index, ActionTableModel.status_text(self.status_box.itemData(index))
                )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_history(self) -> None:
        """Every change of the action, latest first (none for a new one)."""
        item = self._item
        history = self._session.action_history(item) if item is not None else []
        self.history_list.show_history(history, bool(item is not None and item.carried_from))

    # --- saving --------------------------------------------------------------------------------

    def chosen_target(self) -> str | None:
        return self.target_box.chosen()

    def chosen_status(self) -> ActionStatus:
        return ActionStatus(self.status_box.currentData())

    def chosen_due_date(self) -> str | None:
        """The due date typed, as YYYY-MM-DD; "" for none; None when the text is not a date."""
        text = self.due_edit.text().strip()
        if not text:
            return ""
        return AuditLabels.read_date(text) or None

    def _update_state(self) -> None:
        self.reason_edit.setEnabled(self.chosen_status() == ActionStatus.DROPPED)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self._ready() and self.chosen_due_date() is not None
        )
        self._show_due_problem()

    def _show_due_problem(self) -> None:
        """Under the due date while its text is not a date: the format the field's hint shows."""
        unreadable = self.chosen_due_date() is None
        if unreadable:
            self.due_problem.setText(
                self.tr("Write the due date like %1, or leave it empty.").replace(
                    "%1", AuditLabels.date(DATE_EXAMPLE)
                )
            )
        self.due_problem.setVisible(unreadable)

    def _ready(self) -> bool:
        """The fields make an action: a target, a description, a reason if it is dropped."""
        dropping = self.chosen_status() == ActionStatus.DROPPED
        return (
            self.chosen_target() is not None
            and bool(self.what_edit.text().strip())
            and (not dropping or bool(self.reason_edit.text().strip()))
        )

    def _save(self) -> None:
        if self.chosen_target() is None:
            self._show_error(self.tr("Choose an indicator or practice from the list."))
        elif not self.what_edit.text().strip():
            self._show_error(self.tr("Describe the action to take."))
        elif self.chosen_due_date() is None:
            self.due_edit.setFocus()  # its problem is shown under it
        elif self.keep():
            self.accept()

    def keep(self) -> bool:
        """Write the action as the fields show it, without closing: at a typing pause, and
        when the audit or the window closes or Jalon is stopped. False when it cannot be
        written (not an action yet; a refusal, shown in the dialog)."""
        self._typing.stop()
        if not self._ready():
            return False
        due = self.chosen_due_date()
        if due is None:  # not a date yet: the rest is kept, the due date stays as stored
            due = self._item.due_date if self._item else ""
        values = {
            "target": self.chosen_target(),
            "title": self.what_edit.text().strip(),
            "owner": self.owner_edit.text().strip(),
            "due_date": due,
            "priority": Priority(self.priority_box.currentData()),
        }
        step = {
            "status": self.chosen_status(),
            "note": self.note_edit.toPlainText(),
            "reason": self.reason_edit.text(),
        }
        try:
            if self._item is None:
                item = self._session.add_action(**values)
                item = self._session.update_action(item, **step)
            else:
                item = self._session.update_action(self._item, **step, **values)
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            return False
        self.error_label.hide()
        if item != self._item:  # the session writes nothing when nothing changed
            self._item = item
            self.saved.emit(item)
        return True

    def cancel(self) -> None:
        """Cancel, Esc or the window's close button: the action goes back to what it was
        when the dialog opened (a new one is removed again), then the dialog closes."""
        if self._revert():
            self._cancelling = True
            self.reject()

    def reject(self) -> None:
        """Closed without Save. Unless the person cancelled, what is typed is kept: Qt also
        closes the dialog when the window closes or Jalon is stopped."""
        if not self._cancelling:
            self.keep()
        super().reject()

    def _revert(self) -> bool:
        self._typing.stop()
        if self._item is None or self._item == self._opened_with:
            return True
        try:
            if self._opened_with is None:
                self._session.delete_action(self._item)
            else:
                self._session.update_action(
                    self._item,
                    **{
                        field.name: getattr(self._opened_with, field.name)
                        for field in fields(ActionItem)
                        if field.name not in NOT_EDITED
                    },
                )
        except JalonError as error:
            self._show_error(ErrorPresenter.message(error))
            return False
        self._item = self._opened_with
        self.reverted.emit()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():  # the person closed the window: as Cancel
            if not self._revert():
                event.ignore()
                return
            self._cancelling = True
        super().closeEvent(event)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
