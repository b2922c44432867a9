"""The "New follow-up audit" dialog: the next audit of an institution, started from one of its
audits, on the same framework version or a newer one that holds a crosswalk from it.

It says what the follow-up takes over (Organization Information to confirm, the previous
answers beside each question, kept with Ctrl+K) and offers the network's choice to start from
the previous answers, each carried and counted only once confirmed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.models.errors import JalonError
from app.models.framework import Framework
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles


class FollowUpDialog(QDialog):
    created = Signal(str)  # the new audit's id

    def __init__(self, application: Application, audit_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._application = application
        self.previous = application.audits.get(audit_id)
        earlier = application.audits.framework_of(self.previous)
        # The previous audit's own version first, then newer ones that map from it.
        self.frameworks: list[Framework] = [earlier] + [
            framework
            for framework, _bundled in application.frameworks.everything()
            if framework.content_hash != earlier.content_hash
            and framework.crosswalk_from(earlier) is not None
        ]
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.framework_label = QLabel()
        self.framework = QComboBox()
        self.framework_label.setBuddy(self.framework)
        self.carried = QCheckBox()
        self.explanation = QLabel()
        StyleRoles.give(self.explanation, "muted")
        self.explanation.setWordWrap(True)
        self.problem = QLabel()
        StyleRoles.give(self.problem, "inlineError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.framework_label, self.framework)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.carried)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)
        self.retranslate()
        self.framework.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        previous = self.previous
        self.setWindowTitle(self.tr("New follow-up audit"))
        self.summary.setText(
            self.tr("The next audit of %1, following the audit of %2.")
            .replace("%1", previous.institution)
            .replace("%2", AuditLabels.date(previous.period_end or previous.created_at[:10]))
        )
        self.framework_label.setText(self.tr("&Framework version:"))
        chosen = self.framework.currentIndex()
        self.framework.clear()
        for number, framework in enumerate(self.frameworks):
            text = (
                f"{framework.text(framework.title, previous.content_language)} {framework.version}"
            )
            if number == 0:
                text = self.tr("%1 (as the previous audit)").replace("%1", text)
            self.framework.addItem(text)
        self.framework.setCurrentIndex(max(chosen, 0))
        self.carried.setText(self.tr("&Start from the previous answers (each to confirm)"))
        self.explanation.setText(
            self.tr(
                "Organization Information is carried over: each field shows last time's value, "
                "Ctrl+K confirms it, and the audit cannot be finalized before every one is "
                "confirmed or changed. The previous answer, its comment and evidence are shown "
                "beside each question; Ctrl+K keeps it. Started from the previous answers, every "
                "answer is carried, to confirm, and counts in the score only once confirmed."
            )
        )

    def _create(self) -> None:
        framework = self.frameworks[self.framework.currentIndex()]
        try:
            created = self._application.follow_ups.create(
                self.previous.id, framework, self.carried.isChecked()
            )
        except JalonError as error:
            self.problem.setText(ErrorPresenter.message(error))
            self.problem.show()
            return
        self.created.emit(created.id)
        self.accept()
