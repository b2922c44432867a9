"""One question of the audit: the answer widget that fits its type, not applicable with a
reason, flag, department, comment and evidence notes, attached files, the actions of the plan
that target it (or its practice or standard), who changed it last, and its history; in a
follow-up audit, the previous audit's answer beside it, kept with Ctrl+K.

Every change is committed at once through the AutosaveController. A refused or failed change
is shown in a banner above the answer and what the user typed stays where it is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.answer import Answer
from app.models.framework import Indicator
from app.models.visible_text import VisibleText
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.autosave_controller import AutosaveController
from app.ui.workspace.question.answer_editor_slot import AnswerEditorSlot
from app.ui.workspace.question.answer_history_list import AnswerHistoryList
from app.ui.workspace.question.calculated_value_view import CalculatedValueView
from app.ui.workspace.question.choice_editor import ChoiceEditor
from app.ui.workspace.question.comment_editor import CommentEditor
from app.ui.workspace.question.department_row import DepartmentRow
from app.ui.workspace.question.evidence_list import EvidenceList
from app.ui.workspace.question.not_applicable_row import NotApplicableRow
from app.ui.workspace.question.plan_actions_note import PlanActionsNote
from app.ui.workspace.question.previous_answer_panel import PreviousAnswerPanel
from app.ui.workspace.question.value_editor import ValueEditor


class IndicatorPage(QScrollArea):
    advance_requested = Signal()
    changed = Signal(str)  # a saved change to this indicator

    def __init__(
        self,
        session: AuditSession,
        autosave: AutosaveController,
        errors: ErrorPresenter,
        content_language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._autosave = autosave
        self._language = content_language
        self.indicator: Indicator | None = None
        # The answer widget that fits the question (its `editor`).
        self.answer_slot = AnswerEditorSlot(session, lambda: self._language, self)
        self.answer_slot.value_chosen.connect(self._choice_made)
        self.answer_slot.value_committed.connect(self._value_typed)
        self.answer_slot.advance_requested.connect(self.advance_requested)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.breadcrumb = self._label("breadcrumb")
        self.code = self._label("codeBadge", wrap=False)
        self.mandatory = self._label("mandatoryTag", wrap=False)
        self.question = self._label("question")
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flag = QCheckBox()
        StyleRoles.give(self.flag, "flagToggle")
        self.flag.clicked.connect(self._flag_clicked)
        self.notice = self._label("infoBanner")
        self.problem = self._label("errorBanner")
        self.previous = PreviousAnswerPanel(self._describe_value)
        self.previous.keep_requested.connect(self.keep_previous)
        self.clear_button = QPushButton()
        StyleRoles.give(self.clear_button, "linkButton")
        self.clear_button.clicked.connect(self._clear_clicked)
        self.not_applicable_row = NotApplicableRow(
            lambda: self._answer() if self.indicator is not None else None
        )
        self.not_applicable_row.reason_given.connect(self._reason_given)
        self.not_applicable_row.withdrawn.connect(self._clear_clicked)
        self.answer_slot.not_applicable_requested.connect(self.not_applicable_row.key_pressed)
        # The row's parts, as the page's own (the tests and the keyboard flow reach them).
        self.not_applicable = self.not_applicable_row.box
        self.not_applicable_key = self.not_applicable_row.key
        self.reason = self.not_applicable_row.reason
        self.reason_problem = self.not_applicable_row.problem
        self.department_row = DepartmentRow(
            list(session.framework.departments), self._department_name
        )
        self.department_row.chosen.connect(self._department_chosen)
        # As the page's own (the tests and the keyboard flow reach them).
        self.department_label = self.department_row.label
        self.department = self.department_row.combo
        self.comment_label = QLabel()
        self.comment = CommentEditor()
        self.comment.setFixedHeight(82)
        self.comment_label.setBuddy(self.comment)
        self.comment.pause.connect(self.commit_comment)
        self.evidence_label = QLabel()
        self.evidence = EvidenceList(session, autosave, errors)
        self.evidence.changed.connect(lambda: self._saved())
        self.actions_note = PlanActionsNote(session)
        self.last_changed = self._label("muted")
        self.history_label = QLabel()
        self.history = AnswerHistoryList(self._describe_value, self._department_name)
        self.history.setMaximumHeight(130)
        self._build_layout()
        self.retranslate()

    @staticmethod
    def _label(name: str, wrap: bool = True) -> QLabel:
        label = QLabel()
        StyleRoles.give(label, name)
        label.setWordWrap(wrap)
        return label

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.code)
        header.addWidget(self.mandatory)
        header.addStretch()
        header.addWidget(self.flag)
        answer_row = QHBoxLayout()
        answer_row.addLayout(self.answer_slot.box, 1)
        answer_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        page.setObjectName("indicatorPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        for item in (
            self.breadcrumb,
            header,
            self.question,
            self.notice,
            self.problem,
            self.previous,
            answer_row,
            self.not_applicable_row,
            self.department_row,
            self.comment_label,
            self.comment,
            self.evidence_label,
            self.evidence,
            self.actions_note,
            self.last_changed,
            self.history_label,
            self.history,
        ):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        layout.addStretch()
        self.setWidget(page)

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.flag.setText(self.tr("Fla&g for later"))
        self.flag.setToolTip(self.tr("Mark this question to come back to it (Ctrl+L)"))
        self.mandatory.setText(self.tr("Mandatory"))
        self.department_row.retranslate()
        self.clear_button.setText(self.tr("Clea&r answer"))
        self.comment_label.setText(self.tr("&Comment and evidence notes"))
        self.comment.setPlaceholderText(
            self.tr("What you saw, who you asked, which documents you checked…")
        )
        self.evidence_label.setText(self.tr("Evidence files"))
        self.history_label.setText(self.tr("History"))
        if self.indicator is not None:
            self._show_state()

    def set_content_language(self, language: str) -> None:
        self._language = language
        if self.indicator is not None:
            self.show_indicator(self.indicator.name)

    # --- showing -------------------------------------------------------------------------------

    def show_indicator(self, name: str) -> None:
        self.flush()
        indicator = self._session.indicator(name)
        self.indicator = indicator
        framework = self._session.framework
        # Codes for the outer groups, words for the practice: short, and the full path in
        # the tooltip.
        chain = list(reversed(framework.ancestors(name)))
        labels = [f"{g.code} {framework.text(g.label, self._language)}".strip() for g in chain]
        self.breadcrumb.setText("  ›  ".join([g.display_code for g in chain[:-1]] + labels[-1:]))
        self.breadcrumb.setToolTip("\n".join(labels))
        self.code.setText(indicator.display_code)
        self.question.setText(framework.text(indicator.label, self._language))
        self.mandatory.setVisible(indicator.required)
        self.answer_slot.show_for(indicator, self.question.text())
        self.department_row.show_names()
        self.problem.hide()
        self.not_applicable_row.clear_problem()
        answer = self._answer()
        self.comment.show_text(answer.comment)
        self.evidence.show_indicator(name)
        self.show_actions()
        self._show_state()

    def show_actions(self) -> None:
        """The plan's actions for this question or a group it belongs to (after a change to
        the plan, too)."""
        if self.indicator is not None:
            self.actions_note.show_for(self.indicator)

    def _answer(self) -> Answer:
        return self._session.answer_of(self.indicator.name)

    def _show_state(self) -> None:
        """Everything that follows the stored answer, except the texts being typed."""
        answer = self._answer()
        indicator = self.indicator
        read_only = self._session.audit.is_finalized
        self.answer_slot.show_answer(indicator, answer, read_only)
        self.flag.setChecked(answer.flagged)
        self.not_applicable_row.show_answer(
            answer, read_only, indicator.is_answerable, self.answer_slot.not_applicable_key
        )
        editable = not read_only and indicator.is_answerable
        self.department_row.show_answer(answer, indicator, editable)
        for widget in (self.flag, self.clear_button):
            widget.setEnabled(editable)
        self.comment.setReadOnly(not editable)
        self.clear_button.setVisible(answer.is_answered)
        self._show_notice(read_only)
        self._show_previous(answer, read_only)
        if not indicator.is_answerable:
            self.last_changed.setText("")  # nothing is ever typed here
        elif answer.changed_at:
            self.last_changed.setText(
                self.tr("Last changed by %1 on %2")
                .replace("%1", VisibleText.for_name(answer.author))
                .replace("%2", AuditLabels.timestamp(answer.changed_at))
            )
        else:
            self.last_changed.setText(self.tr("Not answered yet"))
        self.history.show_revisions(
            self._session.history(indicator.name), self._session.evidence(indicator.name)
        )
        has_history = self.history.topLevelItemCount() > 0
        self.history.setVisible(has_history)
        self.history_label.setVisible(has_history)

    def _show_previous(self, answer: Answer, read_only: bool) -> None:
        session, name = self._session, self.indicator.name
        follow_up = session.follow_up
        previous = session.previous(name) if self.indicator.is_answerable else None
        if follow_up is None or previous is None:
            self.previous.show_previous(None, "", [], False, answer, read_only)
            return
        waiting = follow_up.needs_confirmation(name) and name not in session.answers
        self.previous.show_previous(
            previous,
            follow_up.previous_period,
            session.previous_evidence(name),
            waiting,
            answer,
            read_only,
        )

    def keep_previous(self) -> None:
        """Ctrl+K: the previous audit's answer becomes this audit's, by this user, now."""
        if (
            self.indicator is None
            or not self.previous.isVisible()
            or not self.previous.keep_button.isEnabled()
        ):
            return
        name = self.indicator.name
        if self._commit(lambda: self._session.keep_previous(name)):
            self.comment.show_text(self._answer().comment)

    def _show_notice(self, read_only: bool) -> None:
        if read_only:
            text = self.tr("This audit is finalized and read-only. Reopen it to make changes.")
        elif (
            self.indicator.is_answerable
            and self.indicator.name not in self._session.score().relevant
        ):
            text = self.tr(
                "This question does not apply, given the answers to earlier "
                "questions or the modules chosen. An answer is kept but not counted."
            )
        else:
            text = ""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @property
    def editor(self) -> ChoiceEditor | ValueEditor | CalculatedValueView | None:
        return self.answer_slot.editor

    def focus_answer(self) -> None:
        self.answer_slot.focus()

    # --- committing ----------------------------------------------------------------------------

    def _commit(self, change) -> bool:
        name = self.indicator.name
        if self._autosave.run(name, change):
            self._saved()
            return True
        self.problem.setText(self._autosave.last_error)
        self.problem.show()
        return False

    def _saved(self) -> None:
        self.problem.hide()
        self._show_state()
        self.changed.emit(self.indicator.name)

    def _choice_made(self, value: object) -> None:
        name = self.indicator.name
        if value is None:
            self._commit(lambda: self._session.clear(name))
        else:
            self._commit(lambda: self._session.answer(name, value))

    def _value_typed(self, text: str) -> None:
        name = self.indicator.name
        if self._commit(lambda: self._session.enter(name, text)) and isinstance(
            self.editor, ValueEditor
        ):
            self.editor.saved(self._answer().value)
            self.answer_slot.show_problem(self.indicator)

    def _clear_clicked(self) -> None:
        name = self.indicator.name
        self._commit(lambda: self._session.clear(name))

    def _flag_clicked(self, checked: bool) -> None:
        # Ctrl+L leaves the focus in the reason being typed: saved first, or the page redrawn
        # from the stored answer would untick "not applicable" and drop the reason.
        self.not_applicable_row.commit(typing=True)
        name = self.indicator.name
        self._commit(lambda: self._session.flag(name, checked))

    def toggle_flag(self) -> None:
        if self.flag.isEnabled():
            self.flag.click()

    def _reason_given(self, reason: str) -> None:
        name = self.indicator.name
        self._commit(lambda: self._session.mark_not_applicable(name, reason))

    def _department_chosen(self, key: str) -> None:
        name = self.indicator.name
        if key != (self._answer().department or self.indicator.department):
            self._commit(lambda: self._session.set_department(name, key))

    def commit_comment(self) -> None:
        self.comment.stop_waiting()
        if self.indicator is None or self.comment.isReadOnly():
            return
        text = self.comment.toPlainText()
        if text.strip() != self._answer().comment:
            name = self.indicator.name
            self._commit(lambda: self._session.comment(name, text))

    def flush(self) -> None:
        """Save what is being typed before the page shows another question."""
        if self.indicator is None:
            return
        self.commit_comment()
        self.answer_slot.flush()
        self.not_applicable_row.commit()

    # --- texts for the history -----------------------------------------------------------------

    def _describe_value(self, value: object) -> str:
        indicator = self.indicator
        if indicator is not None and indicator.is_select and value:
            return AuditLabels.choices(self._session.framework, indicator, value, self._language)
        return ValueEditor.display(value)

    def _department_name(self, key: str) -> str:
        text = self._session.framework.departments.get(key)
        return self._session.framework.text(text, self._language) if text else key
