"""Dates and numbers as the interface's locale writes them (four-digit years, thousands
separators, a decimal comma in French and Spanish), a calendar for dates, and the stored values
still canonical (ISO dates, plain numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.models.action_item import Priority
from app.ui.workspace.action_plan.action_dialog import ActionDialog
from app.ui.workspace.action_plan.action_table_model import DUE, PRIORITY, STATUS, ActionTableModel
from app.ui.workspace.calendar_button import CalendarButton

NARROW_SPACE = "\u202f"  # French thousands separator


def stored(application, workspace, code: str):
    return application.audits.open(workspace.session.audit.id).answer_of(code).value


def form_editor(workspace, code: str):
    workspace.go_to(code)
    form = workspace.pages.currentWidget()
    return form.editors[workspace.session.framework.find(code).name]


def type_and_leave(qtbot, editor, text: str) -> None:
    editor.field.setFocus()
    editor.field.selectAll()
    qtbot.keyClicks(editor.field, text)
    editor.commit()


def test_organization_numbers_and_dates_in_english(qtbot, application, workspace):
    session = workspace.session
    session.answer("0.18", "9150000000")
    session.answer("0.3", "1998")
    session.answer("0.1", "2025-12-31")
    portfolio = form_editor(workspace, "0.18")
    portfolio.set_value(stored(application, workspace, "0.18"))
    assert portfolio.field.text() == "9,150,000,000"
    year = form_editor(workspace, "0.3")
    year.set_value(stored(application, workspace, "0.3"))
    assert year.field.text() == "1998"  # a year has no separator
    # "38,450" is thirty-eight thousand in English, not 38.45.
    type_and_leave(qtbot, portfolio, "38,450")
    assert stored(application, workspace, "0.18") == 38450
    reporting = form_editor(workspace, "0.1")
    reporting.set_value(stored(application, workspace, "0.1"))
    assert reporting.field.text() == "12/31/2025"
    type_and_leave(qtbot, reporting, "1/15/2026")
    assert stored(application, workspace, "0.1") == "2026-01-15"
    type_and_leave(qtbot, reporting, "2026-02-20")  # ISO is always understood
    assert stored(application, workspace, "0.1") == "2026-02-20"
    # The calendar beside the field.
    assert reporting.calendar_button.isVisible()
    reporting.calendar_button.calendar.clicked.emit(QDate(2026, 3, 4))
    assert stored(application, workspace, "0.1") == "2026-03-04"
    assert reporting.field.text() == "3/4/2026"


def test_organization_numbers_and_dates_in_french(qtbot, application, languages, workspace):
    languages.apply("fr")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # the open form too
    session = workspace.session
    session.answer("0.18", "9150000000")
    session.answer("0.21", "4.8")
    session.answer("0.1", "2025-12-31")
    portfolio = form_editor(workspace, "0.18")
    portfolio.set_value(stored(application, workspace, "0.18"))
    assert portfolio.field.text() == f"9{NARROW_SPACE}150{NARROW_SPACE}000{NARROW_SPACE}000"
    par = form_editor(workspace, "0.21")
    par.set_value(stored(application, workspace, "0.21"))
    assert par.field.text() == "4,8"
    type_and_leave(qtbot, par, "5,25")
    assert stored(application, workspace, "0.21") == 5.25
    reporting = form_editor(workspace, "0.1")
    reporting.set_value(stored(application, workspace, "0.1"))
    assert reporting.field.text() == "31/12/2025"
    assert reporting.field.placeholderText() == "DD/MM/YYYY"
    type_and_leave(qtbot, reporting, "15/01/2026")
    assert stored(application, workspace, "0.1") == "2026-01-15"


def test_action_priority_status_and_due_date_follow_the_interface(session, languages):
    item = session.add_action("1.1.1", "Write the strategy", "CEO", "2020-01-31", Priority.LOW)
    model = ActionTableModel(session.framework, "en")
    model.set_items([item])
    texts = {}
    for language in ("en", "fr", "es"):
        languages.apply(language)
        texts[language] = [model.index(0, column).data() for column in (PRIORITY, STATUS, DUE)]
    assert texts["en"] == ["Low", "Planned, overdue", "1/31/2020 (overdue)"]
    assert texts["fr"] == ["Basse", "Prévue, en retard", "31/01/2020 (en retard)"]
    assert texts["es"] == ["Baja", "Prevista, vencida", "31/1/2020 (vencida)"]


def test_tab_leaves_a_date_through_its_calendar_button(qtbot, workspace):
    """Tab from a date goes to its calendar button, then on to the next question: it used
    to come back to the date, whose text the next typed answer then replaced."""
    workspace.window().show()
    qtbot.waitExposed(workspace.window())
    reporting = form_editor(workspace, "0.1")
    legal_form = form_editor(workspace, "0.2")
    reporting.setFocus()
    assert reporting.field.hasFocus()
    assert reporting.field.nextInFocusChain() is reporting.calendar_button
    reporting.calendar_button.setFocus()
    qtbot.keyClick(reporting.calendar_button, Qt.Key.Key_Tab)
    assert legal_form.field.hasFocus()


def test_every_field_of_the_action_dialog_has_its_own_letter(qtbot, session, languages):
    """Alt+W went to What and never to Who (and in French Priorité/Raison, in Spanish
    Qué/Quién and Para cuándo/Prioridad shared a letter): each label reaches its field."""
    dialog = ActionDialog(session, "en", None, "", None)
    qtbot.addWidget(dialog)
    for language in ("en", "fr", "es"):
        languages.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        texts = [label.text() for label in dialog._labels]
        letters = {QKeySequence.mnemonic(text).toString() for text in texts}
        assert "" not in letters and len(letters) == len(texts), texts


def test_a_date_error_gives_an_example_written_as_the_field_shows_dates(
    qtbot, languages, workspace
):
    """The message named YYYY-MM-DD while the field's hint showed M/D/YYYY (JJ/MM/AAAA in
    French): it now gives an example in the field's own format, which the field reads back."""
    expected = {
        "en": ("M/D/YYYY", "0.1 needs a date such as 12/31/2025, not 'Cooperative'"),
        "fr": ("DD/MM/YYYY", "0.1 attend une date comme 31/12/2025, pas 'Cooperative'"),
        "es": ("D/M/YYYY", "0.1 necesita una fecha como 31/12/2025, no 'Cooperative'"),
    }
    for language, (hint, message) in expected.items():
        languages.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        reporting = form_editor(workspace, "0.1")
        assert reporting.field.placeholderText() == hint
        reporting.field.setFocus()
        reporting.field.selectAll()
        qtbot.keyClicks(reporting.field, "Cooperative")
        assert reporting.message.text() == message
        example = message.split(" ")[-3].rstrip(",")
        reporting.field.selectAll()
        qtbot.keyClicks(reporting.field, example)
        assert reporting.message.isHidden()  # the example is a date the field takes


def new_action_dialog(qtbot, session) -> ActionDialog:
    dialog = ActionDialog(session, "en", None, "1.1.1", None)
    qtbot.addWidget(dialog)
    dialog.what_edit.setText("Write the strategy")
    return dialog


def type_due_date(qtbot, dialog, text: str) -> None:
    dialog.due_edit.setFocus()
    dialog.due_edit.selectAll()
    qtbot.keyClicks(dialog.due_edit, text)


def test_a_typed_due_date_lands_as_typed(qtbot, session, languages):
    """Typing 10/1/2026 in the due date gave 10/6/1 (QDateEdit's sections); the due date is now
    typed like the question form's dates, with the same Calendar button, and stored ISO."""
    save = QDialogButtonBox.StandardButton.Save
    for language, typed in (("en", "10/1/2026"), ("fr", "1/10/2026"), ("es", "01/10/2026")):
        languages.apply(language)
        dialog = new_action_dialog(qtbot, session)
        assert isinstance(dialog.due_calendar, CalendarButton)
        type_due_date(qtbot, dialog, typed)
        assert dialog.due_edit.text() == typed
        assert dialog.chosen_due_date() == "2026-10-01"
        qtbot.mouseClick(dialog.buttons.button(save), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert session.actions()[-1].due_date == "2026-10-01"
    languages.apply("en")
    dialog = new_action_dialog(qtbot, session)
    dialog.show()
    type_due_date(qtbot, dialog, "10/1/26")  # a two-digit year is refused, not guessed
    assert not dialog.buttons.button(save).isEnabled()
    assert dialog.due_problem.isVisibleTo(dialog)
    assert dialog.due_problem.text() == "Write the due date like 12/31/2025, or leave it empty."
    assert dialog.keep()  # the rest is kept; the due date stays as it was (none)
    assert session.actions()[-1].due_date == ""
    dialog.due_calendar.calendar.clicked.emit(QDate(2027, 2, 3))
    assert dialog.due_edit.text() == "2/3/2027" and dialog.chosen_due_date() == "2027-02-03"
    dialog.due_edit.clear()  # no due date is still allowed
    assert dialog.buttons.button(save).isEnabled() and dialog.chosen_due_date() == ""
