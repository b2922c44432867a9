"""Who is working: the person's name and organisation, asked on first start (prefilled from
the system) and changed later from File ▸ Preferences.

Every later revision is credited to that name, new audits list it among their auditors and a
new signing key names the person and their organisation; revisions made before keep the name
they recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.models.errors import JalonError
from app.services.identity import Identity
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.heading_label import HeadingLabel
from app.ui.common.style_roles import StyleRoles


class PersonDialog(QDialog):
    def __init__(self, application: Application, first_start: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._application = application
        self._first_start = first_start
        name, organisation = application.person()
        self.heading = HeadingLabel(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.name_edit = QLineEdit(name or Identity.system_name())
        self.organisation_edit = QLineEdit(organisation)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation_edit)
        self.override_note = QLabel()
        StyleRoles.give(self.override_note, "muted")
        self.override_note.setWordWrap(True)
        self.problem = QLabel()
        StyleRoles.give(self.problem, "inlineError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_state)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.organisation_label, self.organisation_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.override_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        self._update_state()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Welcome to Jalon") if self._first_start else self.tr("Preferences")
        )
        self.heading.setText(self.tr("Who is working on this computer?"))
        self.explanation.setText(
            self.tr(
                "Your name is recorded with every answer you change, listed among the auditors of "
                "the audits you create and shown with the packages you sign. Changes made before "
                "keep the name they were made with."
            )
        )
        self.name_label.setText(self.tr("&Your name:"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.organisation_edit.setPlaceholderText(self.tr("For example: Caisse Rurale de Kolda"))
        # A name given for scripts wins over this one: say so rather than seem to ignore it.
        override = Identity.override()
        self.override_note.setText(
            self.tr(
                "JALON_USER is set to \u201c%1\u201d on this computer: changes are recorded under "
                "that name while it is set."
            ).replace("%1", override)
        )
        self.override_note.setVisible(bool(override))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Later") if self._first_start else self.tr("Cancel")
        )

    def _update_state(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name_edit.text().strip())
        )

    def accept(self) -> None:
        try:
            self._application.set_person(self.name_edit.text(), self.organisation_edit.text())
        except JalonError as error:
            self.problem.setText(ErrorPresenter.message(error))
            self.problem.show()
            return
        super().accept()
