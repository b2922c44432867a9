"""The answer widgets on their own: several choices with the keyboard, typed values checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models.errors import AnswerError
from app.models.framework import Choice, Indicator, QuestionType
from app.models.localized_text import LocalizedText
from app.ui.workspace.question.choice_editor import ChoiceEditor
from app.ui.workspace.question.value_editor import ValueEditor


def text(localized: LocalizedText) -> str:
    return localized.get("en")


def channels() -> Indicator:
    names = ("branch", "agent", "mobile")
    return Indicator(
        "q_channels",
        QuestionType.SELECT_MULTIPLE,
        code="3.3.1.9",
        choices=tuple(Choice(n, LocalizedText({"en": n.title()}), 1.0) for n in names),
    )


def test_multiple_choice_toggles_with_number_keys(qtbot):
    editor = ChoiceEditor(channels(), text)
    qtbot.addWidget(editor)
    chosen = []
    editor.value_chosen.connect(chosen.append)
    qtbot.keyClick(editor, Qt.Key.Key_1)
    qtbot.keyClick(editor.buttons[0], Qt.Key.Key_3)
    qtbot.keyClick(editor.buttons[0], Qt.Key.Key_1)
    assert chosen == ["branch", "branch mobile", "mobile"]
    assert [b.isChecked() for b in editor.buttons] == [False, False, True]
    editor.set_value("agent branch")
    assert [b.isChecked() for b in editor.buttons] == [True, True, False]
    assert editor.keycaps[2].text() == "3"


def test_value_editor_checks_while_typing_and_commits_on_enter(qtbot):
    indicator = Indicator("q_staff", QuestionType.INTEGER, code="0.5")

    def check(raw: str) -> None:
        if not raw.strip().lstrip("-").isdigit():
            raise AnswerError("{code} needs a number, not {value!r}", code="0.5", value=raw)

    editor = ValueEditor(indicator, check)
    qtbot.addWidget(editor)
    committed, advanced = [], []
    editor.value_committed.connect(committed.append)
    editor.advance_requested.connect(lambda: advanced.append(True))
    qtbot.keyClicks(editor.field, "12a")
    assert editor.message.text() == "0.5 needs a number, not '12a'"
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    # Saved as typed (never lost), the problem still shown, and Enter does not move on.
    assert committed == ["12a"] and advanced == []
    assert not editor.message.isHidden() and editor.field.text() == "12a"
    qtbot.keyClick(editor.field, Qt.Key.Key_Backspace)
    assert editor.message.isHidden()
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    assert committed == ["12a", "12"] and advanced == [True]


@pytest.mark.parametrize(
    "value, shown",
    [
        (None, ""),
        (12, "12"),
        (1998, "1998"),
        (1234567.5, "1,234,567.5"),
        (38450, "38,450"),
        ("2025-12-31", "2025-12-31"),
    ],
)
def test_stored_values_are_shown_as_they_can_be_typed_back(qtbot, languages, value, shown):
    assert ValueEditor.display(value) == shown
    if isinstance(value, int | float):  # the editor reads its own display back
        editor = ValueEditor(Indicator("q", QuestionType.DECIMAL, code="0.9"), lambda _t: None)
        qtbot.addWidget(editor)
        committed = []
        editor.value_committed.connect(committed.append)
        editor.field.setText(shown)
        editor.commit()
        assert committed == [str(value)]
