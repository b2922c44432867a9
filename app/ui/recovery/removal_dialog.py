"""Prepare for removal (portable mode): make the database whole on the stick, close it, and say
plainly whether the stick can be pulled out now.

prepare() runs Application.prepare_removal, which closes the database through the
application's own close (also taking the end-of-session backup) whatever the outcome. While
this window is up nothing opens it again, and the user can remove the stick. Then either Quit
(accept), or Keep working (reject, also Escape or the window's close button): the main window
reopens the database and the stick must be prepared again before removal. "Try again" (when
something stopped the preparation, e.g. another Jalon window on the same data) prepares once
more.

The checks run on the GUI thread: the connection being closed belongs to it, and the
integrity check of a portable installation's database takes a fraction of a second.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.services.removal_service import RemovalReport
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.heading_label import HeadingLabel
from app.ui.common.style_roles import StyleRoles


class RemovalDialog(QDialog):
    def __init__(self, application: Application, parent: QWidget | None = None):
        super().__init__(parent)
        self._application = application
        self.report: RemovalReport | None = None
        self.heading = HeadingLabel(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel()
        StyleRoles.give(self.problems, "errorBanner")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.quit_button = QPushButton()
        self.retry_button = QPushButton()
        self.keep_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button.clicked.connect(self.accept)
        self.keep_button.clicked.connect(self.reject)
        self.retry_button.clicked.connect(self.prepare)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    @property
    def ready(self) -> bool:
        return self.report is not None and self.report.ready

    def prepare(self) -> RemovalReport:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = self._application.prepare_removal()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.retranslate()
        return self.report

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prepare for removal"))
        self.quit_button.setText(self.tr("&Quit Jalon"))
        self.keep_button.setText(self.tr("&Keep working"))
        self.retry_button.setText(self.tr("&Try again"))
        report = self.report
        self.retry_button.setVisible(report is not None and not report.ready)
        self.problems.setVisible(report is not None and not report.ready)
        if report is None:
            self.heading.setText(self.tr("Preparing for removal…"))
            self.explanation.clear()
            return
        folder = str(report.database.parent)
        if report.ready:
            self.heading.setText(self.tr("You can remove the drive now"))
            self.explanation.setText(
                self.tr(
                    "Every saved answer is written in {file}, checked, and the database is closed. "
                    "Use your system's \u201ceject\u201d command if it has one, then remove the "
                    "drive holding {folder}.\n\nQuit Jalon now, or keep working: the database will "
                    "be opened again, and you will need to prepare again before removing the "
                    "drive."
                ).format(file=str(report.database), folder=folder)
            )
            self.retry_button.setDefault(False)
            self.quit_button.setDefault(True)
            return
        self.heading.setText(self.tr("Do not remove the drive yet"))
        self.explanation.setText(
            self.tr(
                "Jalon could not make sure that {folder} is safe to remove. Solve what is shown "
                "below, then try again."
            ).format(folder=folder)
        )
        self.problems.setText("\n\n".join(ErrorPresenter.message(p) for p in report.problems))
        self.quit_button.setDefault(False)
        self.retry_button.setDefault(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
