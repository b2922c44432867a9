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
from app.ui.common.style_roles import StyleRoles


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
    not_applicable_requested = Signal()  # the key after the last choice was pressed

    def __init__(
        self,
        indicator: Indicator,
        text: Callable[[LocalizedText], str],
        fold_unscored: bool = False,
        parent: QWidget | None = None,
    ):
        """With `fold_unscored`, the page offers "not applicable, with a reason" itself, so a
        scored question's choice that carries no points (the framework's own "not
        applicable") is hidden unless it is the stored answer: one way to say it, not two."""
        super().__init__(parent)
        self._indicator = indicator
        self._text = text
        self._multiple = indicator.type == QuestionType.SELECT_MULTIPLE
        self._fold_unscored = fold_unscored
        self._foldable = self._unscored(indicator)
        self._shown: list[int] = []
        self._letters: list[str] = []
        self._offered: set[str] | None = None  # what a choice_filter keeps; None: everything
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
            keycap = QLabel()
            StyleRoles.give(keycap, "keycap")
            keycap.setAlignment(Qt.AlignmentFlag.AlignCenter)
            keycap.setFixedWidth(22)
            layout.addWidget(keycap, row, 0)
            layout.addWidget(button, row, 1)
            self.buttons.append(button)
            self.keycaps.append(keycap)
        layout.setColumnStretch(1, 1)
        self.group.idClicked.connect(self._clicked)
        self._arrange()

    def _unscored(self, indicator: Indicator) -> set[int]:
        return {
            row
            for row, choice in enumerate(indicator.choices)
            if self._fold_unscored and indicator.is_scored and choice.score is None
        }

    def fits(self, indicator: Indicator) -> bool:
        """Whether `indicator` has exactly these choices, so this editor can show it."""
        return (
            indicator.type == self._indicator.type and indicator.choices == self._indicator.choices
        )

    def rebind(self, indicator: Indicator) -> None:
        """Show another question with the same choices: moving on to the next question of a
        yes/partially/no series reuses the widgets instead of building new ones."""
        self._indicator = indicator
        self._foldable = self._unscored(indicator)
        self._offered = None
        self.set_value(None)
        self._arrange()

    def set_offered(self, names: set[str] | None) -> None:
        """Show only the choices a cascading select offers given the earlier answers (and a
        stored answer that is no longer offered, so that it can be seen and changed)."""
        if names != self._offered:
            self._offered = names
            self._arrange()

    @property
    def not_applicable_key(self) -> str:
        """The digit that asks for "not applicable" ('' when the choices use them all)."""
        return str(len(self._shown) + 1) if len(self._shown) < 9 else ""

    def refresh_texts(self) -> None:
        """Choice labels are content: shown in the audit's content language."""
        self._arrange()

    def _arrange(self) -> None:
        """Which choices show, and the key (digit, letter) of each shown one."""
        offered = self._offered
        self._shown = [
            row
            for row, button in enumerate(self.buttons)
            if button.isChecked()
            or (
                row not in self._foldable
                and (offered is None or self._indicator.choices[row].name in offered)
            )
        ]
        labels = [self._text(choice.label) or choice.name for choice in self._indicator.choices]
        letters = shortcut_letters([labels[row] for row in self._shown])
        self._letters = [""] * len(self.buttons)
        for position, row in enumerate(self._shown):
            self._letters[row] = letters[position]
        for row, (button, keycap) in enumerate(zip(self.buttons, self.keycaps, strict=True)):
            shown = row in self._shown
            position = self._shown.index(row) if shown else -1
            digit = str(position + 1) if 0 <= position < 9 else ""
            button.setText(labels[row])
            button.setVisible(shown)
            keycap.setVisible(shown)
            keycap.setText(digit)
            keys = [k for k in (digit, self._letters[row].upper()) if k]
            button.setToolTip(self.tr("Key: %1").replace("%1", " / ".join(keys)))

    # --- value ---------------------------------------------------------------------------------

    def value(self) -> str | None:
        names = [
            self._indicator.choices[i].name for i, b in enumerate(self.buttons) if b.isChecked()
        ]
        return " ".join(names) if names else None

    def set_value(self, value: object) -> None:
        """Show a stored value without reporting it as a new choice."""
        chosen = set(str(value).split()) if value not in (None, "") else set()
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for button, choice in zip(self.buttons, self._indicator.choices, strict=True):
            button.setChecked(choice.name in chosen)
        self.group.setExclusive(exclusive)
        if self._foldable:
            self._arrange()

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
            position = int(text) - 1
            if position < len(self._shown):
                self.choose(self._shown[position])
            elif text == self.not_applicable_key:
                self.not_applicable_requested.emit()
            return True
        if text and text.isalpha() and text in self._letters:
            self.choose(self._letters.index(text))
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_texts()
        super().changeEvent(event)
