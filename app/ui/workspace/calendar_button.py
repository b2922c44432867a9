"""The Calendar button beside a date typed in a line edit: the question form's dates and an
action's due date are typed and picked alike.

The date stays typed text, read the way the interface writes dates (AuditLabels.read_date):
what a person types lands as typed, unlike a QDateEdit whose sections take "10/1/2026" as
10/6/1. The calendar drops down from the button, or with Alt+Down from the field, opened on
the field's date (today when it holds none); a picked date is written into the field in the
interface's format.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QToolButton, QWidgetAction

from app.ui.common.audit_labels import AuditLabels


class CalendarButton(QToolButton):
    picked = Signal()  # a date was picked and written into the field

    def __init__(self, field: QLineEdit):
        super().__init__()
        self.setObjectName("calendarButton")
        self._field = field
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._date_picked)
        self.calendar.activated.connect(self._date_picked)
        menu = QMenu(self)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._about_to_show)
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        field.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Calendar"))
        self.setToolTip(self.tr("Pick the date in a calendar (Alt+Down)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _about_to_show(self) -> None:
        day = QDate.fromString(AuditLabels.read_date(self._field.text()), Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _date_picked(self, day: QDate) -> None:
        self.menu().hide()
        self._field.setText(AuditLabels.date(day.toString(Qt.DateFormat.ISODate)))
        self._field.setFocus(Qt.FocusReason.PopupFocusReason)
        self.picked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and self.isEnabled()
        ):
            self.showMenu()
            return True
        return super().eventFilter(watched, event)
