"""Answer widget for integer, decimal, date and text questions, with inline validation.

While the user types, the text is checked (type, then the question's constraint) and any
problem is written right under the field. The text is committed when editing finishes (Enter,
Tab, leaving the field, or half a second after the last keystroke); a text that fails the checks
is saved as typed (not as an answer) and stays in the field, with its problem, for correction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models.answer import AnswerValue, InvalidValue
from app.models.errors import JalonError
from app.models.framework import Indicator, QuestionType
from app.ui.error_presenter import ErrorPresenter
from app.ui.typing_pause import TypingPause


class ValueEditor(QWidget):
    value_committed = Signal(str)
    advance_requested = Signal()

    def __init__(self, indicator: Indicator, check: Callable[[str], None],
                 parent: QWidget | None = None):
        """`check(text)` raises JalonError when the text is not an acceptable answer."""
        super().__init__(parent)
        self._indicator = indicator
        self._check = check
        self._shown = ""
        self.field = QLineEdit()
        self.field.setObjectName("valueField")
        if indicator.type in (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.DATE):
            self.field.setMaximumWidth(260)
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        self.setFocusProxy(self.field)
        self.field.textEdited.connect(self._validate)
        self.field.editingFinished.connect(self.commit)
        self._typing = TypingPause(self.field.textEdited, self)
        self._typing.paused.connect(self.commit)
        self.field.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        placeholders = {
            QuestionType.INTEGER: self.tr("A whole number"),
            QuestionType.DECIMAL: self.tr("A number"),
            QuestionType.DATE: self.tr("YYYY-MM-DD"),
            QuestionType.TEXT: self.tr("Type the answer"),
        }
        self.field.setPlaceholderText(placeholders.get(self._indicator.type, ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- value ---------------------------------------------------------------------------------

    @staticmethod
    def display(value: AnswerValue) -> str:
        """A stored value as it is typed: decimal comma in French, no thousands separators
        (which the parser would not read back)."""
        if value is None:
            return ""
        if isinstance(value, InvalidValue):
            return value.typed
        if isinstance(value, float):
            locale = QLocale()
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            return locale.toString(value, "g", 15)
        return str(value)

    def set_value(self, value: AnswerValue) -> None:
        self._shown = self.display(value)
        self.field.setText(self._shown)
        self.show_problem("")

    def saved(self, value: AnswerValue) -> None:
        """The typed text was saved as `value`: shown as stored, unless the user is still
        typing (a pause saved it), whose text is not rewritten under the cursor."""
        if self.field.hasFocus():
            self._shown = self.field.text()
            self.show_problem("")
        else:
            self.set_value(value)

    def text(self) -> str:
        return self.field.text()

    def set_read_only(self, read_only: bool) -> None:
        self.field.setReadOnly(read_only)

    @property
    def is_dirty(self) -> bool:
        return self.field.text().strip() != self._shown.strip()

    def mark_saved(self) -> None:
        self._shown = self.field.text()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.field.setProperty("invalid", bool(text))
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)

    def _validate(self) -> bool:
        text = self.field.text()
        try:
            if text.strip():
                self._check(text)
        except JalonError as error:
            self.show_problem(ErrorPresenter.message(error))
            return False
        self.show_problem("")
        return True

    def commit(self) -> None:
        """Report the typed text for saving when it changed: a value that fails the checks is
        saved too, kept as typed, with its problem shown under the field."""
        self._typing.stop()
        if self.field.isReadOnly() or not self.is_dirty:
            return
        self._validate()
        self.value_committed.emit(self.field.text())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            # Enter saves (editingFinished fires) and asks to move on when the value is good.
            self.commit()
            if self.message.isHidden():
                self.advance_requested.emit()
            return True
        return super().eventFilter(watched, event)
