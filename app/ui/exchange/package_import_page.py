"""Importing packages: choose files or folders, verify and merge them in the background with a
progress bar and Cancel, and read a receipt per package as each one is done.

The merge runs on a worker thread, on the composition root's copy for it
(Application.for_worker) with its own connection to the database (SQLite connections stay on
the thread that opened them); the page only shows what the worker reports. Keys are unlocked
before, on the GUI thread, through the application's one passphrase prompt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.exchange.package_opener import PackageOpener
from app.models.errors import JalonError
from app.models.import_receipt import ImportReceipt
from app.ui.common.background_task import BackgroundTask, TaskContext
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.exchange.receipt_table_model import ReceiptTableModel


class PackageImportPage(QWidget):
    receipt_ready = Signal(object)  # ImportReceipt, emitted from the worker, shown here
    merged = Signal(list)  # every receipt of a finished run
    audits_changed = Signal()  # something was merged: lists and open audits should reload

    def __init__(
        self, application: Application, audit_id: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._app = application
        self._audit_id = audit_id
        self._errors = ErrorPresenter(self)
        self._task: BackgroundTask | None = None
        self.files: list[Path] = []

        self.title = QLabel()
        StyleRoles.give(self.title, "pageTitle")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.file_list = QListWidget()
        self.add_button = QPushButton()
        self.folder_button = QPushButton()
        self.clear_button = QPushButton()
        self.quarantine_box = QCheckBox()
        self.merge_button = QPushButton()
        StyleRoles.give(self.merge_button, "primary")
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = ReceiptTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReceiptTableModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        for column in (ReceiptTableModel.RESULT, ReceiptTableModel.WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.folder_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        run = QHBoxLayout()
        run.addWidget(self.quarantine_box)
        run.addStretch(1)
        run.addWidget(self.merge_button)
        run.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.file_list, 1)
        layout.addLayout(run)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)

        self.add_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        self.clear_button.clicked.connect(self.clear_files)
        self.merge_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.receipt_ready.connect(self.model.add)
        self.retranslate()
        self.model.set_receipts(application.merges.log(audit_id=audit_id))
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Import packages"))
        self.file_list.setAccessibleName(self.tr("Packages chosen"))
        self.table.setAccessibleName(self.tr("Receipts"))
        self.hint.setText(
            self.tr(
                "Choose .jalon packages received from other installations. Each one is verified "
                "(signature, signer, every file) before anything is merged; each gets a receipt."
            )
        )
        self.add_button.setText(self.tr("Add &packages…"))
        self.folder_button.setText(self.tr("Add a &folder…"))
        self.clear_button.setText(self.tr("C&lear list"))
        self.quarantine_box.setText(
            self.tr(
                "Hold packages from unknown or revoked signers in quarantine instead of refusing "
                "them"
            )
        )
        self.merge_button.setText(self.tr("&Verify and merge"))
        self.cancel_button.setText(self.tr("Cancel"))

    # --- choosing ------------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            found = sorted(path.glob("*.jalon")) if path.is_dir() else [path]
            for item in found:
                if item not in self.files:
                    self.files.append(item)
                    self.file_list.addItem(str(item))
        self._update_buttons()

    def clear_files(self) -> None:
        self.files.clear()
        self.file_list.clear()
        self._update_buttons()

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Packages to import"), "", self.tr("Jalon packages (*.jalon)")
        )
        self.add_files([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of packages"))
        if folder:
            self.add_files([Path(folder)])

    # --- running -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.is_running

    def start(self) -> None:
        if self.running or not self.files:
            return
        files = list(self.files)
        try:
            # Keys are unlocked here, where a passphrase can be asked, never on the worker.
            keys = (
                self._app.keys.decryption_keys()
                if any(PackageOpener.is_encrypted(p) for p in files)
                else []
            )
            worker = self._app.for_worker()
        except JalonError as error:
            self._errors.show(error)
            return
        quarantine = self.quarantine_box.isChecked()
        self.model.set_receipts([])

        def work(context: TaskContext) -> list[ImportReceipt]:
            try:

                def report(done: int, total: int, receipt: ImportReceipt) -> None:
                    context.progress(done, total, receipt.file)
                    self.receipt_ready.emit(receipt)

                return worker.merges.merge(
                    files, report, lambda: context.cancelled, quarantine, keys
                )
            finally:
                worker.close()

        self._task = BackgroundTask(work, self)
        self._task.progressed.connect(self._on_progress)
        self._task.succeeded.connect(self._on_done)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self._update_buttons)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.status.setText(self.tr("Verifying and merging %n package(s)…", "", len(files)))
        self._task.start()
        self._update_buttons()

    def cancel(self) -> None:
        if self.running and self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Stopping after the current package…"))

    def stop_then(self, callback: Callable[[], None]) -> None:
        """Cancel a running merge and call `callback` once the worker has stopped (at once
        when nothing runs): the page must outlive a worker that still reports to it."""
        if self.running and self._task is not None:
            self._task.finished.connect(callback)
            self.cancel()
        else:
            callback()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_done(self, receipts: list[ImportReceipt]) -> None:
        merged = sum(r.merged for r in receipts)
        text = self.tr("%n package(s) handled", "", len(receipts))
        if len(receipts) < len(self.files):
            text = (
                self.tr("Cancelled: %1 of %2 packages handled; the others were not touched.")
                .replace("%1", str(len(receipts)))
                .replace("%2", str(len(self.files)))
            )
        elif merged:
            text += self.tr("; %n merged", "", merged)
        self.status.setText(text + ".")
        self.merged.emit(receipts)
        if merged:
            self.audits_changed.emit()

    def _on_failed(self, message: str, error: object) -> None:
        self.status.setText(message)

    def _update_buttons(self) -> None:
        running = self.running
        self.merge_button.setEnabled(bool(self.files) and not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.add_button, self.folder_button, self.clear_button, self.quarantine_box):
            widget.setEnabled(not running)
