"""Reopen a finalized audit, with a reason that is recorded in the audit's log.

Reopening removes the seal, so it must never happen silently: the Reopen button stays disabled
until a reason is typed, and a refusal is shown inline with the reason kept on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import JalonError
from app.services.audit_session import AuditSession
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.heading_label import HeadingLabel
from app.ui.common.style_roles import StyleRoles


class ReopenDialog(QDialog):
    reopened = Signal()  # the audit is a draft again

    def __init__(self, session: AuditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.heading = HeadingLabel(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reason_label.setBuddy(self.reason_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        StyleRoles.give(self.error_label, "inlineError")
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.reopen_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Enter in the reason starts a new line; Enter elsewhere cancels, except on the
        # Reopen button itself once the focus is on it (an auto-default button).
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.reason_edit.textChanged.connect(self._update_state)
        self.reopen_button.clicked.connect(self._reopen)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(520, 320)
        self.retranslate()
        self._update_state()
        self.reason_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen the audit"))
        self.heading.setText(
            self.tr("Reopen {institution}").format(institution=self._session.audit.institution)
        )
        self.explanation.setText(
            self.tr(
                "Reopening makes the audit editable again and removes its seal; finalizing it "
                "again will compute a new one. "
                "The reason is recorded in the audit's log with your name."
            )
        )
        self.reason_label.setText(self.tr("R&eason for reopening:"))
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the board asked to correct the answers on pricing")
        )
        self.reopen_button.setText(self.tr("&Reopen"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_state(self) -> None:
        self.reopen_button.setEnabled(bool(self.reason()))

    def _reopen(self) -> None:
        try:
            self._session.reopen(self.reason())
        except JalonError as error:
            self.error_label.setText(ErrorPresenter.message(error))
            self.error_label.show()
            return
        self.reopened.emit()
        self.accept()
