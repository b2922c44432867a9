"""Answer widget for select_one (radio buttons) and select_multiple (check boxes) questions.

Made for the keyboard: 1–9 pick the n-th choice, a letter picks the choice it is shown beside
(the first free letter of its label), Enter asks to move on to the next question. Every pick
is reported at once through `value_chosen`, which the page commits immediately.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from app.models.framework import Indicator, QuestionType
from app.models.localized_text import LocalizedText


def shortcut_letters(labels: list[str]) -> list[str]:
    """For each label, the first letter not already taken by an earlier one ('' if none)."""
    taken: set[str] = set()
    letters = []
    for label in labels:
        letter = next((c for c in label.casefold() if c.isalpha() and c not in taken), "")
        taken.add(letter)
        letters.append(letter)
    return letters


class ChoiceEditor(QWidget):
    value_chosen = Signal(object)  # the choice name(s), or None when cleared
    advance_requested = Signal()

    def __init__(self, indicator: Indicator, text: Callable[[LocalizedText], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._indicator = indicator
        self._text = text
        self._multiple = indicator.type == QuestionType.SELECT_MULTIPLE
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self._multiple)
        self.buttons: list[QAbstractButton] = []
        self.keycaps: list[QLabel] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(6)
        for row in range(len(indicator.choices)):
            button = QCheckBox() if self._multiple else QRadioButton()
            button.setObjectName("choice")
            self.group.addButton(button, row)
            keycap = QLabel(str(row + 1) if row < 9 else "")
            keycap.setObjectName("keycap")
            keycap.setAlignment(Qt.AlignmentFlag.AlignCenter)
            keycap.setFixedWidth(22)
            layout.addWidget(keycap, row, 0)
            layout.addWidget(button, row, 1)
            self.buttons.append(button)
            self.keycaps.append(keycap)
        layout.setColumnStretch(1, 1)
        self.group.idClicked.connect(self._clicked)
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """Choice labels are content: shown in the audit's content language."""
        labels = [self._text(choice.label) or choice.name for choice in self._indicator.choices]
        self._letters = shortcut_letters(labels)
        for button, label, letter, row in zip(self.buttons, labels, self._letters,
                                              range(len(labels)), strict=True):
            button.setText(label)
            keys = [str(row + 1)] if row < 9 else []
            if letter:
                keys.append(letter.upper())
            button.setToolTip(self.tr("Key: %1").replace("%1", " / ".join(keys)))

    # --- value ---------------------------------------------------------------------------------

    def value(self) -> str | None:
        names = [self._indicator.choices[i].name for i, b in enumerate(self.buttons)
                 if b.isChecked()]
        return " ".join(names) if names else None

    def set_value(self, value: object) -> None:
        """Show a stored value without reporting it as a new choice."""
        chosen = set(str(value).split()) if value not in (None, "") else set()
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for button, choice in zip(self.buttons, self._indicator.choices, strict=True):
            button.setChecked(choice.name in chosen)
        self.group.setExclusive(exclusive)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not read_only)

    def focus_choice(self) -> None:
        checked = next((b for b in self.buttons if b.isChecked()), None)
        target = checked or (self.buttons[0] if self.buttons else self)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- input ---------------------------------------------------------------------------------

    def choose(self, row: int) -> None:
        """Pick the choice at `row` as if clicked (toggle it for multiple choice)."""
        if not 0 <= row < len(self.buttons) or not self.buttons[row].isEnabled():
            return
        button = self.buttons[row]
        button.setChecked(not button.isChecked() if self._multiple else True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._clicked(row)

    def _clicked(self, _row: int) -> None:
        self.value_chosen.emit(self.value())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance_requested.emit()
            return True
        text = event.text().casefold()
        if text.isdigit() and text != "0":
            self.choose(int(text) - 1)
            return True
        if text and text.isalpha() and text in self._letters:
            self.choose(self._letters.index(text))
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_texts()
        super().changeEvent(event)
