"""The "New audit" dialog: who is assessed, by whom, for which period, with which framework.

The dialog creates the audit itself, so a refusal from the service (a period that ends before
it starts, for example) is shown inline and the typed values stay for correction.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.audit import Audit, AuditType
from app.models.errors import JalonError
from app.models.framework import Framework
from app.services.audit_service import AuditService
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.shell.language_manager import language_name


class NewAuditDialog(QDialog):
    def __init__(
        self,
        audits: AuditService,
        frameworks: list[Framework],
        ui_language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._audits = audits
        self._frameworks = frameworks
        self._ui_language = ui_language
        self.created: Audit | None = None
        self.setMinimumWidth(560)

        self.institution = QLineEdit()
        self.country = QLineEdit()
        self.audit_type = QComboBox()
        self.auditors = QLineEdit(audits.identity.author)  # the person creating it, to start
        self.has_period = QCheckBox()
        self.period_start = QDateEdit(calendarPopup=True)
        self.period_end = QDateEdit(calendarPopup=True)
        year = QDate.currentDate().year() - 1
        self.period_start.setDate(QDate(year, 1, 1))
        self.period_end.setDate(QDate(year, 12, 31))
        self.has_period.toggled.connect(self.period_start.setEnabled)
        self.has_period.toggled.connect(self.period_end.setEnabled)
        self.has_period.setChecked(True)
        self.framework = QComboBox()
        self.modules_box = QWidget()
        self.modules_layout = QVBoxLayout(self.modules_box)
        self.modules_layout.setContentsMargins(0, 0, 0, 0)
        self.module_checks: dict[str, QCheckBox] = {}
        self.content_language = QComboBox()
        self.problem = QLabel()
        StyleRoles.give(self.problem, "inlineError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        period = QHBoxLayout()
        period.addWidget(self.has_period)
        period.addWidget(self.period_start)
        self.period_to = QLabel()
        period.addWidget(self.period_to)
        period.addWidget(self.period_end)
        period.addStretch()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields = (
            self.institution,
            self.country,
            self.audit_type,
            self.auditors,
            period,
            self.framework,
            self.modules_box,
            self.content_language,
        )
        self.labels = [QLabel() for _field in fields]
        for label, field in zip(self.labels, fields, strict=True):
            # A label's "&" key needs a buddy, or the "&" shows as it is: the period's row
            # goes to its check box.
            label.setBuddy(field if isinstance(field, QWidget) else self.has_period)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for framework in frameworks:
            self.framework.addItem("", framework.id)
        self.framework.currentIndexChanged.connect(self._framework_changed)
        for kind in AuditType:
            self.audit_type.addItem("", kind.value)
        self.institution.textChanged.connect(self._validate)
        self.period_start.dateChanged.connect(self._validate)
        self.period_end.dateChanged.connect(self._validate)
        self.has_period.toggled.connect(self._validate)
        self.retranslate()
        self._framework_changed()
        self._validate()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New audit"))
        labels = (
            self.tr("&Institution:"),
            self.tr("&Country:"),
            self.tr("Audit &type:"),
            self.tr("&Auditors:"),
            self.tr("&Period assessed:"),
            self.tr("&Framework:"),
            self.tr("Optional modules:"),
            self.tr("Content &language:"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.institution.setPlaceholderText(self.tr("Name of the institution assessed"))
        self.country.setPlaceholderText(self.tr("Country name or code, e.g. Senegal or SN"))
        self.auditors.setPlaceholderText(self.tr("Names, separated by commas"))
        self.has_period.setText(self.tr("from"))
        for edit in (self.period_start, self.period_end):
            edit.setDisplayFormat(AuditLabels.date_pattern())  # a four-digit year
        self.period_to.setText(self.tr("to"))
        self.period_start.setAccessibleName(self.tr("Start of the period assessed"))
        self.period_end.setAccessibleName(self.tr("End of the period assessed"))
        for row, kind in enumerate(AuditType):
            self.audit_type.setItemText(row, AuditLabels.audit_type(kind))
        for row, framework in enumerate(self._frameworks):
            title = framework.text(framework.title, self._ui_language)
            self.framework.setItemText(row, f"{title} ({framework.id} {framework.version})")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create audit"))
        self._validate()

    # --- behaviour -----------------------------------------------------------------------------

    def selected_framework(self) -> Framework:
        return self._frameworks[max(0, self.framework.currentIndex())]

    def _framework_changed(self) -> None:
        framework = self.selected_framework()
        for check in self.module_checks.values():
            self.modules_layout.removeWidget(check)
            check.deleteLater()
        self.module_checks = {}
        for name, title in sorted(framework.modules.items()):
            check = QCheckBox(framework.text(title, self._ui_language))
            self.modules_layout.addWidget(check)
            self.module_checks[name] = check
        self.form.setRowVisible(self.modules_box, bool(framework.modules))
        self.content_language.clear()
        for code in framework.languages:
            self.content_language.addItem(language_name(code), code)
        preferred = (
            self._ui_language
            if self._ui_language in framework.languages
            else framework.default_language
        )
        self.content_language.setCurrentIndex(max(0, framework.languages.index(preferred)))

    def _validate(self) -> bool:
        problem = ""
        if not self.institution.text().strip():
            problem = self.tr("Enter the name of the institution.")
        elif self.has_period.isChecked() and self.period_end.date() < self.period_start.date():
            problem = self.tr("The period ends before it starts.")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        # An empty name is the normal state of a fresh dialog, not an error to shout about.
        self._show_problem(problem if self.institution.text().strip() else "")
        return not problem

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _create(self) -> None:
        if not self._validate():
            return
        period = (
            (
                self.period_start.date().toString(Qt.DateFormat.ISODate),
                self.period_end.date().toString(Qt.DateFormat.ISODate),
            )
            if self.has_period.isChecked()
            else ("", "")
        )
        try:
            self.created = self._audits.create(
                self.selected_framework(),
                self.institution.text(),
                self.country.text(),
                AuditType(self.audit_type.currentData()),
                tuple(name.strip() for name in self.auditors.text().split(",")),
                period[0],
                period[1],
                self.content_language.currentData(),
                frozenset(name for name, check in self.module_checks.items() if check.isChecked()),
            )
        except JalonError as error:
            self._show_problem(ErrorPresenter.message(error))
            return
        self.accept()
