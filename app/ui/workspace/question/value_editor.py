"""Answer widget for integer, decimal, date and text questions, with inline validation.

While the user types, the text is checked (type, then the question's constraint) and any
problem is written right under the field. The text is committed when editing finishes (Enter,
Tab, leaving the field, or half a second after the last keystroke); a text that fails the checks
is saved as typed (not as an answer) and stays in the field, with its problem, for correction.

Numbers and dates are shown and read the way the interface's locale writes them (thousands
separators, a decimal comma in French and Spanish, a four-digit year), with a calendar beside
a date; what is stored stays canonical (a plain number, an ISO date).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models.answer import AnswerValue, InvalidValue
from app.models.errors import JalonError
from app.models.framework import Indicator, QuestionType
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.calendar_button import CalendarButton
from app.ui.workspace.typing_pause import TypingPause


class ValueEditor(QWidget):
    value_committed = Signal(str)
    advance_requested = Signal()

    def __init__(
        self, indicator: Indicator, check: Callable[[str], None], parent: QWidget | None = None
    ):
        """`check(text)` raises JalonError when the text is not an acceptable answer."""
        super().__init__(parent)
        self._indicator = indicator
        self._check = check
        self._shown = ""
        self.field = QLineEdit()
        StyleRoles.give(self.field, "valueField")
        # Set before the field has a parent: set later, Qt 6 moves the field in the focus
        # chain in a way that makes Tab from the calendar button come back to the field.
        self.setFocusProxy(self.field)
        if indicator.type in (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.DATE):
            self.field.setMaximumWidth(260)
        self.message = QLabel()
        StyleRoles.give(self.message, "inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.calendar_button: CalendarButton | None = None
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.field, 1)
        if indicator.type == QuestionType.DATE:
            self.calendar_button = CalendarButton(self.field)
            self.calendar_button.picked.connect(self.commit)
            row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.message)
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
            QuestionType.DATE: AuditLabels.date_pattern().upper(),
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
        """A stored number as the interface's locale writes it: 9,150,000,000 in English,
        9 150 000 000 and 4,8 in French (read back by _canonical); no separator below 10,000."""
        if value is None:
            return ""
        if isinstance(value, InvalidValue):
            return value.typed
        if isinstance(value, bool) or not isinstance(value, int | float):
            return str(value)
        locale = QLocale()
        if abs(value) < 10_000:  # a year, a count of branches: 1998, not 1,998
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        if isinstance(value, int):
            return locale.toString(value)
        return locale.toString(value, "g", 15)

    def _canonical(self, text: str) -> str:
        """What the user typed in the locale's way, as the stored form's text: a date as
        YYYY-MM-DD, a number without separators and with a decimal point. Text the locale
        does not read is passed on as typed, for the answer's own checks (an ISO date or a
        number with a decimal point is always understood)."""
        text = text.strip()
        if not text:
            return text
        if self._indicator.type == QuestionType.DATE:
            return AuditLabels.read_date(text) or text
        locale = QLocale()
        if self._indicator.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
            number, ok = locale.toDouble(text)
            if ok:
                return str(int(number)) if number.is_integer() else repr(number)
        return text

    def set_value(self, value: AnswerValue) -> None:
        if self._indicator.type == QuestionType.DATE and isinstance(value, str) and value:
            self._shown = (
                AuditLabels.date(value)
                if QDate.fromString(value, Qt.DateFormat.ISODate).isValid()
                else value
            )
        else:
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
        text = self._canonical(self.field.text())
        try:
            if text:
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
        text = self.field.text()
        self.value_committed.emit(self._canonical(text) if self._validate() else text.strip())

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is not self.field
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
        ):
            return super().eventFilter(watched, event)
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            # Enter saves (editingFinished fires) and asks to move on when the value is good.
            self.commit()
            if self.message.isHidden():
                self.advance_requested.emit()
            return True
        return super().eventFilter(watched, event)
