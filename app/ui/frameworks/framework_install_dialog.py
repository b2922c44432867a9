"""File ▸ Install a framework…: a workbook a network sent is validated first, its id, version,
size and hash shown with every problem found (sheet, row, column), and installed only when it
has no error; new audits then offer it beside the bundled frameworks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import JalonError
from app.ui.common.error_presenter import ErrorPresenter

if TYPE_CHECKING:
    from app.frameworks.problem import Problem
    from app.models.framework import Framework
    from app.services.framework_service import FrameworkService


class FrameworkInstallDialog(QDialog):
    installed = Signal(str)  # the framework's id

    def __init__(self, frameworks: FrameworkService, parent: QWidget | None = None):
        super().__init__(parent)
        self._frameworks = frameworks
        self._framework: Framework | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.identity_value, self.size_value, self.hash_value = QLabel(), QLabel(), QLabel()
        self.hash_value.setWordWrap(True)
        self.identity_label, self.size_label, self.hash_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.identity_label, self.identity_value)
        form.addRow(self.size_label, self.size_value)
        form.addRow(self.hash_label, self.hash_value)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.install_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.install_button.setEnabled(False)
        self.install_button.clicked.connect(self.install)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(file_row)
        layout.addLayout(form)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Install a framework"))
        self.explanation.setText(
            self.tr(
                "Choose a framework workbook (.xlsx), for example one your network sent. It is "
                "checked first; check its id, version and hash with whoever sent it."
            )
        )
        self.choose_button.setText(self.tr("&Choose…"))
        self.file_edit.setAccessibleName(self.tr("Framework workbook"))
        self.problems.setAccessibleName(self.tr("Problems found in the workbook"))
        self.identity_label.setText(self.tr("Framework:"))
        self.size_label.setText(self.tr("Questions:"))
        self.hash_label.setText(self.tr("Hash:"))
        self.install_button.setText(self.tr("&Install"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Framework workbook"), "", self.tr("Workbooks (*.xlsx *.xls)")
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> bool:
        """Validate `path` and show what it holds; True when it can be installed."""
        self.file_edit.setText(str(path))
        self.status.clear()
        result = self._frameworks.validate(path)
        self._framework = result.framework
        self.problems.setPlainText("\n".join(self._describe(p) for p in result.problems))
        framework = result.framework
        if framework is None:
            for label in (self.identity_value, self.size_value, self.hash_value):
                label.clear()
            self.status.setText(
                self.tr("%n error(s): this workbook cannot be installed.", "", len(result.errors))
            )
        else:
            title = framework.text(framework.title, framework.default_language)
            self.identity_value.setText(f"{framework.id} {framework.version} — {title}")
            self.size_value.setText(str(len(framework.indicators)))
            self.hash_value.setText(framework.content_hash)
            if not result.problems:
                self.problems.setPlainText(self.tr("No problem found."))
        self.install_button.setEnabled(framework is not None)
        return framework is not None

    def install(self) -> None:
        if self._framework is None:
            return
        framework = self._framework
        try:
            done = self._frameworks.install(framework)
        except JalonError as error:
            self.status.setText(ErrorPresenter.message(error))
            return
        self.install_button.setEnabled(False)
        if done.already_installed:
            self.status.setText(
                self.tr("{framework} {version} is already installed.").format(
                    framework=framework.id, version=framework.version
                )
            )
        else:
            self.status.setText(
                self.tr("{framework} {version} is installed: new audits can use it.").format(
                    framework=framework.id, version=framework.version
                )
            )
            self.installed.emit(framework.id)

    def _describe(self, problem: Problem) -> str:
        template = QCoreApplication.translate("errors", problem.template)
        try:
            message = template.format(**problem.params)
        except (KeyError, IndexError, ValueError):
            message = problem.message
        where = []
        if problem.sheet:
            where.append(self.tr("sheet {sheet}").format(sheet=problem.sheet))
        if problem.row is not None:
            where.append(self.tr("row {row}").format(row=problem.row))
        if problem.column:
            where.append(self.tr("column {column}").format(column=problem.column))
        kind = self.tr("error") if problem.severity == "error" else self.tr("warning")
        return f"{kind}: {', '.join(where)}: {message}" if where else f"{kind}: {message}"
