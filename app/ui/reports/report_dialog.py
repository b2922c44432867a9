"""Reports and exports of an audit: choose what, in which language, where; watch it being
written off the GUI thread, cancel it if needed, then open the file or its folder.

The tidy export (tables of every audit for analysis, CSV or Parquet) writes into a folder
rather than a file, and may write only the audits changed since the last export there.

The work runs on the composition root's copy for a background thread (Application.for_worker),
with its own database connection: a connection belongs to the thread that opened it, and the
window stays responsive however long the export takes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.reports.progress import Progress
from app.reports.report_texts import REPORT_LANGUAGES
from app.services.tidy_export.tidy_export_service import TidyExportResult
from app.ui.common.background_task import BackgroundTask, TaskContext
from app.ui.common.export_dialog import ExportDialog
from app.ui.common.export_folder import ExportFolder
from app.ui.common.safe_file_name import safe_file_name
from app.ui.shell.language_manager import language_name

PDF, XLSX, WORKBOOK, CONSOLIDATED = "pdf", "xlsx", "workbook", "consolidated"
TIDY_PARQUET, TIDY_CSV = "parquet", "csv"  # folders of tables, named by their format
TIDY = (TIDY_PARQUET, TIDY_CSV)
SUFFIXES = {
    PDF: ".pdf",
    XLSX: ".xlsx",
    WORKBOOK: ".xlsx",
    CONSOLIDATED: ".xlsx",
    TIDY_PARQUET: "",
    TIDY_CSV: "",
}


class ReportDialog(ExportDialog):
    def __init__(self, application: Application, audit_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._application = application
        self._audit = application.audits.get(audit_id)
        self._folder = ExportFolder(application.paths)
        self.written: Path | None = None
        # How files and folders are opened; a test puts a recorder here instead.
        self.open_url = QDesktopServices.openUrl
        self.setMinimumWidth(560)

        self.kind = QComboBox()
        self.language = QComboBox()
        for code in REPORT_LANGUAGES:
            self.language.addItem(language_name(code), code)
        language = self._audit.content_language
        self.language.setCurrentIndex(
            REPORT_LANGUAGES.index(language) if language in REPORT_LANGUAGES else 0
        )
        self.target = QLineEdit()
        self.browse_button = QPushButton()
        self.incremental = QCheckBox()
        self.incremental.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.open_file_button = QPushButton()
        self.show_folder_button = QPushButton()
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.close_button = QPushButton()
        self.offer_after_writing(self.open_file_button)
        self.offer_after_writing(self.show_folder_button)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse_button)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target)
        self.form = QFormLayout()
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.target_label, target_row)
        self.form.addRow("", self.incremental)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.browse_button.clicked.connect(self._browse)
        self.create_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)  # cancels first while writing
        self.open_file_button.clicked.connect(self._open_file)
        self.show_folder_button.clicked.connect(self._show_folder)
        self.retranslate()
        self.target.setText(str(self._default_target(self.current_kind())))

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports and exports"))
        current = self.kind.currentData() or PDF
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("PDF report of this audit"), PDF)
        self.kind.addItem(self.tr("Excel export of this audit"), XLSX)
        if not self._audit.is_finalized:
            self.kind.addItem(self.tr("Fill-in workbook for people without Jalon"), WORKBOOK)
        self.kind.addItem(self.tr("Consolidated Excel export of all audits"), CONSOLIDATED)
        self.kind.addItem(self.tr("Tables of all audits for analysis (Parquet)"), TIDY_PARQUET)
        self.kind.addItem(self.tr("Tables of all audits for analysis (CSV)"), TIDY_CSV)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("&What:"))
        self.language_label.setText(self.tr("&Language:"))
        self.target_label.setText(self.tr("&Save as:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.incremental.setText(self.tr("Only audits changed since the last export"))
        self.open_file_button.setText(self.tr("&Open the file"))
        self.show_folder_button.setText(self.tr("Show in &folder"))
        self.create_button.setText(self.tr("C&reate"))
        self._update_close_button(self.is_running())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choosing ------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return self.kind.currentData() or PDF

    def _default_target(self, kind: str) -> Path:
        folder = self._folder.default()
        current = self.target.text().strip()
        if current:
            folder = Path(current).parent
        names = {
            PDF: self.tr("report"),
            XLSX: self.tr("export"),
            WORKBOOK: self.tr("questionnaire"),
            CONSOLIDATED: self.tr("all audits"),
            TIDY_PARQUET: self.tr("audit tables"),
            TIDY_CSV: self.tr("audit tables"),
        }
        if kind in TIDY and current and Path(current).suffix == "":
            return Path(current)  # switching between the two table formats keeps the folder
        stem = (
            names[kind]
            if kind in (CONSOLIDATED, *TIDY)
            else f"{self._audit.institution} - {names[kind]}"
        )
        return folder / (safe_file_name(stem) + SUFFIXES[kind])

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.target.setText(str(self._default_target(kind)))
        self.incremental.setVisible(kind in TIDY)
        self.language.setEnabled(kind not in TIDY)  # tables use stable ids, in no language
        self._reset_outcome()

    def _browse(self) -> None:
        kind = self.current_kind()
        if kind in TIDY:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the tables"), self.target.text()
            )
            if chosen:
                self.target.setText(chosen)
            return
        pattern = (
            self.tr("PDF files (*.pdf)") if kind == PDF else self.tr("Excel workbooks (*.xlsx)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.target.text(), pattern
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != SUFFIXES[kind]:
                path = path.with_name(path.name + SUFFIXES[kind])
            self.target.setText(str(path))

    # --- running -------------------------------------------------------------------------------

    def start(self) -> None:
        """Write the chosen file on a background thread."""
        if self.is_running():
            return
        text = self.target.text().strip()
        if not text:
            self._show_problem(self.tr("Choose where to save the file."))
            return
        kind, language = self.current_kind(), self.language.currentData()
        target = Path(text)
        incremental = self.incremental.isChecked()
        if kind not in TIDY and target.suffix.lower() != SUFFIXES[kind]:
            target = target.with_name(target.name + SUFFIXES[kind])
            self.target.setText(str(target))
        self._folder.remember(target)
        worker, audit_id = self._application.for_worker(), self._audit.id

        def work(context: TaskContext) -> Path:
            def step(done: int, total: int) -> None:
                context.progress(done, total, "")
                context.check_cancelled()

            progress = Progress(step)
            try:
                if kind in TIDY:
                    return worker.tidy_exports.export(target, kind, incremental, progress)
                reports = worker.reports
                if kind == PDF:
                    return reports.write_pdf(audit_id, target, language, progress)
                if kind == XLSX:
                    return reports.write_xlsx(audit_id, target, language, progress)
                if kind == WORKBOOK:
                    return reports.export_workbook(audit_id, target, language)
                reports.write_consolidated(target, language, progress=progress)
                return target
            finally:
                worker.close()

        self._reset_outcome()
        self._task = BackgroundTask(work, parent=self)
        self._task.progressed.connect(self._on_progress)
        self._task.succeeded.connect(self._on_written)
        self._task.failed.connect(lambda message, _error: self._show_problem(message))
        self._task.cancelled.connect(
            lambda: self.status.setText(self.tr("Cancelled: no file was written."))
        )
        self._task.finished.connect(self._on_finished)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Writing {file}…").format(file=target.name))
        self._task.start()
        self._set_running(True)

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_written(self, outcome: Path | TidyExportResult) -> None:
        if isinstance(outcome, TidyExportResult):
            self._on_tables_written(outcome)
            return
        self.written = Path(outcome)
        self.status.setText(self.tr("Written to {file}").format(file=str(self.written)))
        self.open_file_button.show()
        self.show_folder_button.show()
        self.open_file_button.setFocus()

    def _on_tables_written(self, result: TidyExportResult) -> None:
        self.written = result.folder
        if result.incremental and not (result.audits or result.removed):
            self.status.setText(
                self.tr(
                    "No audit changed since the last export to this folder: nothing was written."
                )
            )
            return
        self.status.setText(
            self.tr("%n audit(s) written to {folder}", "", result.audits).format(
                folder=str(result.folder)
            )
        )
        self.show_folder_button.show()
        self.show_folder_button.setFocus()

    def _on_finished(self) -> None:
        self.progress.hide()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.kind,
            self.target,
            self.browse_button,
            self.incremental,
            self.create_button,
        ):
            widget.setEnabled(not running)
        self.language.setEnabled(not running and self.current_kind() not in TIDY)
        self._update_close_button(running)

    def _update_close_button(self, running: bool) -> None:
        self.close_button.setText(self.tr("&Cancel") if running else self.tr("&Close"))

    def _close_while_running(self) -> None:
        """Close or Escape while writing cancels first; the dialog stays open until the task
        has stopped."""
        self._task.cancel()
        self.status.setText(self.tr("Cancelling…"))

    def _open_file(self) -> None:
        if self.written is not None:
            self.open_url(QUrl.fromLocalFile(str(self.written)))

    def _show_folder(self) -> None:
        if self.written is not None:
            folder = self.written if self.written.is_dir() else self.written.parent
            self.open_url(QUrl.fromLocalFile(str(folder)))
