"""Bringing a filled-in workbook back: choose the file and the mode, see every change and every
problem (with its sheet, row and column) before anything is written, then apply.

Reading and checking a workbook, and applying it (a backup of the database first, then every
change in one transaction), run on a background thread with a progress window, so a large
workbook or database never freezes the window. The dialog cannot be closed while an import is
being applied: the open audit is read again once it is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.reports.fill_in.workbook_import_plan import ImportMode, WorkbookPreview, WorkbookProblem
from app.ui.common.background_task import BackgroundTask, TaskContext
from app.ui.common.task_progress_dialog import TaskProgressDialog


class WorkbookImportDialog(QDialog):
    imported = Signal(int)  # number of changes recorded: the audit's answers changed

    def __init__(self, application: Application, audit_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._application = application
        self._audit_id = audit_id
        self._task: BackgroundTask | None = None
        self.preview: WorkbookPreview | None = None
        self.setMinimumSize(760, 520)

        self.source = QLineEdit()
        self.browse_button = QPushButton()
        self.fill_mode = QRadioButton()
        self.overwrite_mode = QRadioButton()
        self.fill_mode.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.fill_mode)
        self.modes.addButton(self.overwrite_mode)
        self.preview_button = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = _table(5)
        self.problems_label = QLabel()
        self.problems = _table(4)
        self.problems.hide()
        self.problems_label.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.setEnabled(False)
        self.close_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        self.file_label = QLabel()
        self.file_label.setBuddy(self.source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.file_label)
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.browse_button)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.fill_mode)
        mode_row.addWidget(self.overwrite_mode)
        mode_row.addStretch(1)
        mode_row.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(source_row)
        layout.addLayout(mode_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 3)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self._browse)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.source.returnPressed.connect(self.refresh_preview)
        self.modes.buttonToggled.connect(self._mode_toggled)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a fill-in workbook"))
        self.file_label.setText(self.tr("&Workbook:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.fill_mode.setText(self.tr("&Fill only questions without an answer"))
        self.overwrite_mode.setText(self.tr("&Overwrite answers that differ"))
        self.preview_button.setText(self.tr("&Preview"))
        self.apply_button.setText(self.tr("&Apply the changes"))
        self.close_button.setText(self.tr("&Close"))
        self.changes.setAccessibleName(self.tr("Changes the workbook brings"))
        self.problems.setAccessibleName(self.tr("Problems found in the workbook"))
        self.changes.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Code"),
                self.tr("What"),
                self.tr("Now in Jalon"),
                self.tr("From the workbook"),
            ]
        )
        self.problems_label.setText(
            self.tr("Problems (nothing can be imported until they are corrected in the workbook):")
        )
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self._show(self.preview)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- preview -------------------------------------------------------------------------------

    def mode(self) -> ImportMode:
        return ImportMode.OVERWRITE if self.overwrite_mode.isChecked() else ImportMode.FILL

    def set_source(self, path: Path) -> None:
        self.source.setText(str(path))
        self.refresh_preview()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the filled-in workbook"),
            self.source.text(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.set_source(Path(chosen))

    def _mode_toggled(self, _button, checked: bool) -> None:
        if checked and self.source.text().strip():
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Read the workbook and show what importing it would change; writes nothing."""
        self.outcome.clear()
        text = self.source.text().strip()
        if not text or self.is_running():
            return
        source, mode = Path(text), self.mode()
        self.preview = None
        self._show(None)
        self._run(
            lambda service: service.preview_workbook(self._audit_id, source, mode),
            self.tr("Reading the workbook…"),
            self._previewed,
        )

    def _previewed(self, preview: WorkbookPreview) -> None:
        self.preview = preview
        self._show(preview)

    def is_running(self) -> bool:
        return self._task is not None and self._task.is_running

    def _run(self, work, label: str, done) -> None:
        """`work(service)` on a background thread, on a connection of its own; `done(result)`
        back on this one. A refusal is written under the tables."""
        worker = self._application.for_worker()

        def in_background(_context: TaskContext):
            try:
                return work(worker.reports)
            finally:
                worker.close()

        task = BackgroundTask.detached(in_background)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        task.finished.connect(self._update_buttons)
        self._task = task
        TaskProgressDialog(task, label, self).open()
        task.start()
        self._update_buttons()

    def _failed(self, message: str, _error: object) -> None:
        self.outcome.setText(message)

    def _update_buttons(self) -> None:
        running = self.is_running()
        for widget in (
            self.source,
            self.browse_button,
            self.fill_mode,
            self.overwrite_mode,
            self.preview_button,
            self.close_button,
        ):
            widget.setEnabled(not running)
        self.apply_button.setEnabled(
            not running and self.preview is not None and self.preview.can_apply
        )

    def reject(self) -> None:
        if self.is_running():
            return  # an import being applied must finish: the audit is read again after it
        super().reject()

    def _show(self, preview: WorkbookPreview | None) -> None:
        self.changes.setRowCount(0)
        self.problems.setRowCount(0)
        if preview is None:
            self.summary.clear()
            self.apply_button.setEnabled(False)
            return
        what = {
            "answer": self.tr("Answer"),
            "not_applicable": self.tr("Not applicable"),
            "comment": self.tr("Comment"),
        }
        for change in preview.changes:
            _append(
                self.changes,
                [str(change.row), change.code, what[change.field], change.before, change.after],
            )
        for problem in preview.problems:
            _append(
                self.problems,
                [
                    problem.sheet,
                    "" if problem.row is None else str(problem.row),
                    problem.column or "",
                    problem_text(problem),
                ],
            )
        self.problems.setVisible(bool(preview.problems))
        self.problems_label.setVisible(bool(preview.problems))
        parts = [self.tr("%n change(s) to apply.", "", len(preview.changes))]
        if preview.kept:
            parts.append(
                self.tr(
                    "%n answer(s) differ from the workbook but are kept: only "
                    "questions without an answer are filled.",
                    "",
                    len(preview.kept),
                )
            )
        if preview.problems:
            parts.append(self.tr("%n problem(s) found.", "", len(preview.problems)))
        elif not preview.changes:
            parts.append(self.tr("The workbook brings nothing new."))
        self.summary.setText(" ".join(parts))
        self.apply_button.setEnabled(preview.can_apply)

    # --- applying ------------------------------------------------------------------------------

    def apply(self) -> None:
        """Record the previewed changes as revisions by the current user, all or nothing."""
        if self.preview is None or not self.preview.can_apply or self.is_running():
            return
        source, mode, previewed = Path(self.source.text().strip()), self.mode(), self.preview
        self._run(
            lambda service: service.import_workbook(
                self._audit_id, source, mode, previewed=previewed
            ),
            self.tr("Backing up the database, then applying the changes…"),
            self._applied,
        )

    def _applied(self, applied: WorkbookPreview) -> None:
        count = len(applied.changes)
        self.preview = None
        self._show(None)
        self.outcome.setText(self.tr("%n change(s) recorded in the audit.", "", count))
        self.imported.emit(count)


def problem_text(problem: WorkbookProblem) -> str:
    """A workbook problem in the interface language (templates are translated as errors)."""
    template = QCoreApplication.translate("errors", problem.template)
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return problem.message


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _append(table: QTableWidget, values: list[str]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setToolTip(value)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, column, item)
