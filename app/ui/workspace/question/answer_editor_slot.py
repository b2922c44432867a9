"""Where the question page shows the answer widget that fits the question's type: choices, a
typed value (checked as it is typed, kept with its problem when it is not a value), a
calculated value (shown, never typed), or nothing for a note. Moving between questions that
take the same choices keeps the choice widget and binds it to the next question, so a step
builds no widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from app.models.answer import Answer
from app.models.framework import Indicator, QuestionType
from app.services.audit_session import AuditSession
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.workspace.question.answer_checker import AnswerChecker
from app.ui.workspace.question.calculated_value_view import CalculatedValueView
from app.ui.workspace.question.choice_editor import ChoiceEditor
from app.ui.workspace.question.value_editor import ValueEditor


class AnswerEditorSlot(QObject):
    value_chosen = Signal(object)  # a choice (None: cleared)
    value_committed = Signal(str)  # what was typed, to save
    advance_requested = Signal()  # Enter on the answer: the next question
    not_applicable_requested = Signal()  # the key after the last choice

    def __init__(
        self, session: AuditSession, language: Callable[[], str], parent: QObject | None = None
    ):
        """`language()`: the content language at the time of asking."""
        super().__init__(parent)
        self._session = session
        self._language = language
        self._checker = AnswerChecker(session, language)
        self.editor: ChoiceEditor | ValueEditor | CalculatedValueView | None = None
        self.box = QVBoxLayout()  # the page puts it where the answer goes
        self.box.setContentsMargins(0, 0, 0, 0)

    def show_for(self, indicator: Indicator, question: str) -> None:
        """The editor of `indicator`, named `question` for a screen reader (which reads the
        question with its answer)."""
        self._replace(indicator)
        if self.editor is not None:
            self.editor.setAccessibleName(question)
            if isinstance(self.editor, ValueEditor):
                self.editor.field.setAccessibleName(question)

    def _replace(self, indicator: Indicator) -> None:
        if isinstance(self.editor, ChoiceEditor) and self.editor.fits(indicator):
            self.editor.rebind(indicator)
            return
        if self.editor is not None:
            self.box.removeWidget(self.editor)
            self.editor.hide()  # deleted later: it must not be seen in the meantime
            self.editor.deleteLater()
            self.editor = None
        if indicator.is_select:
            editor = ChoiceEditor(
                indicator,
                lambda text: self._session.framework.text(text, self._language()),
                fold_unscored=True,
            )
            editor.value_chosen.connect(self.value_chosen)
            editor.not_applicable_requested.connect(self.not_applicable_requested)
        elif indicator.type == QuestionType.NOTE:
            return
        elif indicator.is_calculated:
            editor = CalculatedValueView(indicator)
        else:
            editor = ValueEditor(indicator, lambda text: self._checker.check(indicator, text))
            editor.value_committed.connect(self.value_committed)
        editor.advance_requested.connect(self.advance_requested)
        self.editor = editor
        self.box.addWidget(editor)
        editor.show()  # now, not on the next event loop pass: focus can go to it at once

    def show_answer(self, indicator: Indicator, answer: Answer, read_only: bool) -> None:
        """The stored answer, except in a field being typed in."""
        editor = self.editor
        if isinstance(editor, ChoiceEditor):
            editor.set_value(None if answer.is_not_applicable else answer.value)
            if indicator.choice_filter:
                offered = self._session.offered_choices(indicator.name)
                editor.set_offered({c.name for c in offered})
        elif isinstance(editor, ValueEditor) and not editor.field.hasFocus():
            editor.set_value(answer.value)
            self.show_problem(indicator)
        elif isinstance(editor, CalculatedValueView):
            editor.show_value(self._session.calculated(indicator.name))
        if editor is not None:
            editor.set_read_only(read_only)

    def show_problem(self, indicator: Indicator) -> None:
        """A value kept as typed shows why it is not an answer, under the field."""
        if isinstance(self.editor, ValueEditor):
            problem = self._session.problem_of(indicator.name, self._language())
            if problem is not None:
                self.editor.show_problem(ErrorPresenter.message(problem))

    @property
    def not_applicable_key(self) -> str:
        """The key that marks the question not applicable ("" where there is none)."""
        return self.editor.not_applicable_key if isinstance(self.editor, ChoiceEditor) else ""

    def focus(self) -> None:
        if isinstance(self.editor, ChoiceEditor):
            self.editor.focus_choice()
        elif self.editor is not None:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Save a value being typed (it is committed as if the field were left)."""
        if isinstance(self.editor, ValueEditor) and self.editor.is_dirty:
            self.editor.commit()
