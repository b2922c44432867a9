"""Audit ▸ Upgrade to a newer framework version…: the versions that hold a crosswalk from the
audit's one, a preview of what becomes of every answer (kept, carried, not carried and why),
then the upgrade, with a reason kept in the audit's log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.crosswalk import Relation
from app.models.errors import JalonError
from app.models.upgrade_plan import Outcome, UpgradePlan
from app.ui.common.error_presenter import ErrorPresenter

if TYPE_CHECKING:
    from app.composition import Application
    from app.models.framework import Framework


class UpgradeDialog(QDialog):
    upgraded = Signal(str)  # the audit's id

    def __init__(self, application: Application, audit_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._application = application
        self._audit = application.audits.get(audit_id)
        self._current = application.audits.framework_of(self._audit)
        self._targets = application.frameworks.newer_versions(self._current)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.target = QComboBox()
        for framework in self._targets:
            self.target.addItem(f"{framework.id} {framework.version}", framework.content_hash)
        self.target.currentIndexChanged.connect(lambda _index: self.preview())
        self.reason = QLineEdit()
        self.target_label, self.reason_label = QLabel(), QLabel()
        self.target_label.setBuddy(self.target)  # names the fields for a screen reader
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.target_label, self.target)
        form.addRow(self.reason_label, self.reason)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.moves = QPlainTextEdit()
        self.moves.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.upgrade_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.upgrade_button.clicked.connect(self.upgrade)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.moves, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.retranslate()
        self.preview()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Upgrade to a newer framework version"))
        self.explanation.setText(
            self.tr(
                "The audit of {institution} uses {framework} {version}. Its answers move to the "
                "newer version along the version's crosswalk; answers that cannot move stay in "
                "the history. Nothing is deleted."
            ).format(
                institution=self._audit.institution,
                framework=self._current.id,
                version=self._current.version,
            )
        )
        self.target_label.setText(self.tr("Upgrade to:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.moves.setAccessibleName(self.tr("How the answers move"))
        self.upgrade_button.setText(self.tr("&Upgrade"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.preview()
        super().changeEvent(event)

    def selected(self) -> Framework | None:
        index = self.target.currentIndex()
        return self._targets[index] if 0 <= index < len(self._targets) else None

    def preview(self) -> None:
        target = self.selected()
        if target is None:
            self._refuse(
                self.tr(
                    "No newer version of {framework} with a crosswalk from {version} "
                    "is bundled or installed."
                ).format(framework=self._current.id, version=self._current.version)
            )
            return
        try:
            plan = self._application.upgrades.preview(self._audit, target)
        except JalonError as error:
            self._refuse(ErrorPresenter.message(error))
            return
        self._show(plan)
        self.upgrade_button.setEnabled(True)

    def upgrade(self) -> None:
        target = self.selected()
        if target is None:
            return
        try:
            self._audit, plan = self._application.upgrades.upgrade(
                self._audit, target, self.reason.text()
            )
        except JalonError as error:
            self._refuse(ErrorPresenter.message(error))
            return
        self._show(plan)
        self.summary.setText(
            self.tr("Upgraded to {framework} {version}.").format(
                framework=target.id, version=target.version
            )
            + " "
            + self.summary.text()
        )
        self.upgrade_button.setEnabled(False)
        self.target.setEnabled(False)
        self.upgraded.emit(self._audit.id)

    def _refuse(self, message: str) -> None:
        self.summary.setText(message)
        self.moves.clear()
        self.upgrade_button.setEnabled(False)

    def _show(self, plan: UpgradePlan) -> None:
        self.summary.setText(
            self.tr(
                "{kept} answer(s) kept, {carried} carried to another question, {dropped} not "
                "carried (kept in the history as no longer assessed)."
            ).format(
                kept=plan.count(Outcome.KEPT),
                carried=plan.count(Outcome.CARRIED),
                dropped=plan.count(Outcome.NOT_CARRIED),
            )
        )
        lines = []
        for move in plan.moves:
            if move.outcome == Outcome.KEPT and move.relation == Relation.SAME:
                continue
            template = QCoreApplication.translate("errors", move.template)
            try:
                line = template.format(**move.params)
            except (KeyError, IndexError, ValueError):
                line = move.message
            if move.note:  # the crosswalk's note says why, in the audit's content language
                line += f" — {plan.new.text(move.note, self._audit.content_language)}"
            lines.append(line)
        self.moves.setPlainText("\n".join(lines))
