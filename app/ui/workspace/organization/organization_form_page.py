"""A section of facts (such as Organization Information) shown as one form: every field at
once, mandatory ones marked, problems written under the field they concern, fields that do
not apply hidden (e.g. "other currency" until "Other" is chosen).

Each field is saved when it is left or when typing pauses, like every other answer. In a
follow-up audit, each field carried over shows last time's value under it; Ctrl+K on the field
confirms it unchanged (a revision by this user, now), and "to confirm" stays beside it until
then: the audit cannot be finalized before. A figure (typed or worked out) that moved more
than its limit since then is flagged under it, with both values and the limit's source; a note
typed beside it (Enter) confirms it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import JalonError
from app.models.follow_up import PreviousAnswer
from app.models.framework import Group, Indicator, QuestionType
from app.models.plausibility import ConfirmedFigure, PlausibilityFlag
from app.models.visible_text import VisibleText
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.autosave_controller import AutosaveController
from app.ui.workspace.question.answer_checker import AnswerChecker
from app.ui.workspace.question.calculated_value_view import CalculatedValueView
from app.ui.workspace.question.choice_editor import ChoiceEditor
from app.ui.workspace.question.value_editor import ValueEditor


class OrganizationFormPage(QScrollArea):
    changed = Signal(str)
    field_focused = Signal(str)

    def __init__(
        self,
        session: AuditSession,
        section: Group,
        autosave: AutosaveController,
        content_language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self.section = section
        self._autosave = autosave
        self._language = content_language
        self._checker = AnswerChecker(session, lambda: self._language)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title = QLabel()
        StyleRoles.give(self.title, "question")
        self.summary = QLabel()
        StyleRoles.give(self.summary, "muted")
        self.summary.setWordWrap(True)  # it grows with the count of fields to correct
        self.notice = QLabel()
        StyleRoles.give(self.notice, "infoBanner")
        self.notice.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(10)
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, ChoiceEditor | ValueEditor | CalculatedValueView] = {}
        self.previous: dict[str, QLabel] = {}  # last time's value, under a carried field
        self.fields: dict[str, QWidget] = {}  # editor and previous value: the form's row
        self.flags: dict[str, QLabel] = {}  # a figure that moved implausibly far
        self.notes: dict[str, QLineEdit] = {}  # why it did: Enter confirms the figure
        self.confirmations: dict[str, QLabel] = {}  # who confirmed such a figure, and why
        for indicator in self._indicators(section):
            self._add_field(indicator)
        page = QWidget()
        page.setObjectName("indicatorPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addLayout(self.form)
        layout.addStretch()
        self.setWidget(page)
        self.refresh()

    @staticmethod
    def _indicators(group: Group) -> list[Indicator]:
        found: list[Indicator] = []
        for child in group.children:
            if isinstance(child, Group):
                found.extend(OrganizationFormPage._indicators(child))
            elif child.type != QuestionType.NOTE and child.is_shown:
                found.append(child)
        return found

    def _add_field(self, indicator: Indicator) -> None:
        name = indicator.name
        if not self._session.framework.in_scope(name, self._session.audit.modules):
            return
        if indicator.is_select:
            editor = ChoiceEditor(indicator, self._text)
            editor.value_chosen.connect(lambda value, n=name: self._save(n, value))
        elif indicator.is_calculated:
            editor = CalculatedValueView(indicator, compact=True)  # a ratio of the fields above
        else:
            editor = ValueEditor(indicator, lambda text, i=indicator: self._checker.check(i, text))
            editor.value_committed.connect(lambda text, n=name: self._save(n, text, typed=True))
            editor.field.installEventFilter(self)
        editor.setProperty("indicator", name)
        label = QLabel()
        label.setWordWrap(True)
        label.setBuddy(editor)
        label.setMinimumWidth(220)
        label.setMaximumWidth(320)
        previous = QLabel()
        StyleRoles.give(previous, "previousValue")
        previous.setTextFormat(Qt.TextFormat.PlainText)
        previous.setWordWrap(True)
        previous.hide()
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(previous)
        flag = QLabel()
        StyleRoles.give(flag, "inlineError")
        flag.setWordWrap(True)
        flag.hide()
        note = QLineEdit()
        note.hide()
        note.returnPressed.connect(lambda n=name: self.confirm_figure(n))
        # A figure confirmed (here or at another site): who, when and why, in the muted
        # style of last time's value, not the red of a problem.
        confirmed = QLabel()
        StyleRoles.give(confirmed, "previousValue")
        confirmed.setTextFormat(Qt.TextFormat.PlainText)
        confirmed.setWordWrap(True)
        confirmed.hide()
        column.addWidget(flag)
        column.addWidget(note)
        column.addWidget(confirmed)
        self.flags[name] = flag
        self.confirmations[name] = confirmed
        self.notes[name] = note
        self.labels[name] = label
        self.editors[name] = editor
        self.previous[name] = previous
        self.fields[name] = field
        self.form.addRow(label, field)

    def _text(self, text) -> str:
        return self._session.framework.text(text, self._language)

    # --- language and content ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def set_content_language(self, language: str) -> None:
        self._language = language
        for editor in self.editors.values():
            if isinstance(editor, ChoiceEditor):
                editor.refresh_texts()
        self.refresh()

    def refresh(self) -> None:
        """Labels, stored values, which fields apply, and the count of missing ones."""
        session, framework = self._session, self._session.framework
        card = session.score()
        relevant = card.relevant
        read_only = session.audit.is_finalized
        self.title.setText(f"{self.section.display_code}  {self._text(self.section.label)}")
        missing = invalid = 0
        flags = {f.indicator: f for f in session.implausible_figures()}
        confirmed = {c.flag.indicator: c for c in session.confirmed_figures()}
        for name, editor in self.editors.items():
            indicator = framework.indicators[name]
            applies = name in relevant or indicator.is_calculated
            self.form.setRowVisible(self.fields[name], applies)
            self._show_previous(name, indicator)
            self._show_flag(name, flags.get(name) if applies else None, read_only)
            self._show_confirmed(name, confirmed.get(name) if applies else None)
            answer = session.answer_of(name)
            label = f"{indicator.display_code}  {self._text(indicator.label)}"
            self.labels[name].setText(label + (" *" if indicator.required else ""))
            if isinstance(editor, ValueEditor):  # its label is not beside the field itself
                editor.field.setAccessibleName(label)
            self.labels[name].setToolTip(self._text(indicator.hint))
            editor.setToolTip(self._text(indicator.hint))
            if isinstance(editor, CalculatedValueView):
                editor.show_value(card.values.get(name, ""))
            elif isinstance(editor, ChoiceEditor) or not editor.field.hasFocus():
                editor.set_value(answer.value)
                if isinstance(editor, ValueEditor):
                    self._show_problem(name, editor)
            if isinstance(editor, ChoiceEditor) and indicator.choice_filter:
                editor.set_offered({c.name for c in session.offered_choices(name)})
            editor.set_read_only(read_only)
            if applies and indicator.required and not answer.is_answered:
                missing += 1
            if applies and answer.is_invalid:
                invalid += 1
        summary = self.tr(
            "Fields marked * are mandatory. %n mandatory field(s) still empty.", "", missing
        )
        if invalid:
            summary += " " + self.tr("%n field(s) kept as typed need correcting.", "", invalid)
        self.summary.setText(summary)
        self.notice.setText(
            self.tr("This audit is finalized and read-only. Reopen it to make changes.")
        )
        self.notice.setVisible(read_only)

    def _show_previous(self, name: str, indicator: Indicator) -> None:
        session = self._session
        follow_up = session.follow_up
        previous = session.previous(name) if follow_up is not None else None
        line = self.previous[name]
        if previous is None:
            line.hide()
            return
        waiting = follow_up.needs_confirmation(name) and name not in session.answers
        shown = self._value_text(indicator, previous)
        period = AuditLabels.date(follow_up.previous_period)
        if waiting:
            text = self.tr("%1: %2 · to confirm (Ctrl+K keeps it)")
        else:
            text = self.tr("%1: %2")
        line.setText(text.replace("%1", period).replace("%2", shown))
        line.setProperty("toConfirm", waiting)
        line.style().unpolish(line)
        line.style().polish(line)
        line.show()

    def _show_flag(self, name: str, flag: PlausibilityFlag | None, read_only: bool) -> None:
        label, note = self.flags[name], self.notes[name]
        label.setVisible(flag is not None)
        note.setVisible(flag is not None and not read_only)
        if flag is None:
            return
        change = "" if flag.change is None else f" ({100 * flag.change:+.0f} %)"
        limit = f"±{100 * flag.limit:g} %"
        if flag.from_framework:
            text = self.tr(
                "Moved from %1 to %2 since the previous audit%3, more than the %4 "
                "the framework allows for it."
            )
        else:
            text = self.tr(
                "Moved from %1 to %2 since the previous audit%3, more than %4 "
                "(Jalon's default check)."
            )
        label.setText(
            text.replace("%1", ValueEditor.display(_plain(flag.previous)))
            .replace("%2", ValueEditor.display(_plain(flag.current)))
            .replace("%3", change)
            .replace("%4", limit)
        )
        note.setPlaceholderText(self.tr("Why it changed so much? Enter confirms the figure"))
        note.setAccessibleName(self.tr("Why the figure changed"))

    def _show_confirmed(self, name: str, confirmed: ConfirmedFigure | None) -> None:
        line = self.confirmations[name]
        line.setVisible(confirmed is not None)
        if confirmed is None:
            return
        flag = confirmed.flag
        line.setText(
            self.tr("Moved from %1 to %2 since the previous audit; confirmed by %3 on %4: %5")
            .replace("%1", ValueEditor.display(_plain(flag.previous)))
            .replace("%2", ValueEditor.display(_plain(flag.current)))
            .replace("%3", VisibleText.for_name(confirmed.author))
            .replace("%4", AuditLabels.date(confirmed.confirmed_at[:10]))
            .replace("%5", VisibleText.for_documents(confirmed.note))
        )

    def confirm_figure(self, name: str) -> None:
        """A note typed under a flagged figure, Enter: the figure is confirmed with it."""
        try:
            self._session.confirm_figure(name, self.notes[name].text())
        except JalonError as error:
            self.flags[name].setText(ErrorPresenter.message(error))
            return
        self.notes[name].clear()
        self.refresh()
        self.changed.emit(name)
        self.focus_field(name)

    def _value_text(self, indicator: Indicator, previous: PreviousAnswer) -> str:
        if previous.na_reason:
            return self.tr("not applicable (%1)").replace("%1", previous.na_reason)
        if indicator.is_select and previous.value:
            return AuditLabels.choices(
                self._session.framework, indicator, previous.value, self._language
            )
        if indicator.type == QuestionType.DATE and isinstance(previous.value, str):
            return AuditLabels.date(previous.value)
        return ValueEditor.display(previous.value) or "–"

    # --- editing -------------------------------------------------------------------------------

    def keep_previous(self, name: str) -> None:
        """Ctrl+K on a carried field: last time's value confirmed unchanged."""
        if (
            name not in self.previous
            or not self.previous[name].isVisible()
            or self._session.audit.is_finalized
        ):
            return
        if self._autosave.run(name, lambda: self._session.keep_previous(name)):
            editor = self.editors[name]
            if isinstance(editor, ValueEditor):  # shown as kept, even in the focused field
                editor.set_value(self._session.answer_of(name).value)
            self.refresh()
            self.changed.emit(name)

    def focus_field(self, name: str) -> None:
        editor = self.editors.get(name)
        if editor is None:
            return
        self.ensureWidgetVisible(editor, 0, 60)
        if isinstance(editor, ChoiceEditor):
            editor.focus_choice()
        else:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, ValueEditor) and editor.is_dirty:
                editor.commit()

    def _save(self, name: str, value: object, typed: bool = False) -> None:
        """Save a choice, or (`typed`) a field's text: kept as typed when it is not valid."""
        editor = self.editors[name]
        if value is None or value == "":
            saved = self._autosave.run(name, lambda: self._session.clear(name))
        elif typed:
            saved = self._autosave.run(name, lambda: self._session.enter(name, str(value)))
        else:
            saved = self._autosave.run(name, lambda: self._session.answer(name, value))
        if not saved:
            if isinstance(editor, ValueEditor):
                editor.show_problem(self._autosave.last_error)
            return
        if isinstance(editor, ValueEditor):
            editor.saved(self._session.answer_of(name).value)
            self._show_problem(name, editor)
        self.refresh()
        self.changed.emit(name)

    def _show_problem(self, name: str, editor: ValueEditor) -> None:
        problem = self._session.problem_of(name, self._language)
        if problem is not None:
            editor.show_problem(ErrorPresenter.message(problem))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            name = watched.parent().property("indicator") if watched.parent() else None
            if name:
                self.field_focused.emit(name)
        return super().eventFilter(watched, event)


def _plain(value: float) -> float | int:
    """A whole figure without its ".0" (staff 300, not 300.0)."""
    return int(value) if value.is_integer() else value
