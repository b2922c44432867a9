"""Evidence files attached to one indicator: attach, open with the system viewer, remove.

Files are stored inside the database (content-addressed), so an audit carried on a stick keeps
them. Attaching reads, hashes and commits files of up to 50 MB on a background thread with a
progress window (EvidenceAttachment). Opening one writes a copy to a temporary folder and hands
it to the desktop.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import JalonError
from app.models.evidence_link import EvidenceLink
from app.models.visible_text import VisibleText
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.background_task import BackgroundTask, TaskContext
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.safe_file_name import safe_file_name
from app.ui.common.task_progress_dialog import TaskProgressDialog
from app.ui.workspace.autosave_controller import AutosaveController


class EvidenceList(QWidget):
    changed = Signal()

    def __init__(
        self,
        session: AuditSession,
        autosave: AutosaveController,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._autosave = autosave
        self._errors = errors
        self._indicator = ""
        self._links: list[EvidenceLink] = []
        self._task: BackgroundTask | None = None
        self._attaching_to = ""  # the question the running attachment is for
        # Replaceable so that tests answer without a native dialog waiting for a click.
        self.choose_files: Callable[[], list[str]] = self._choose_files
        self.confirm: Callable[[str], bool] = self._confirm
        self.open_file: Callable[[Path], bool] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )

        self.list = QListWidget()
        self.list.setMaximumHeight(86)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("A&ttach file…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self._fill()

    # --- data ----------------------------------------------------------------------------------

    def show_indicator(self, name: str) -> None:
        self._indicator = name
        self._links = self._session.evidence(name)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for link in self._links:
            size = QLocale().formattedDataSize(link.size)
            # A name that came in a package may hold a right-to-left override ("\u202egpj.exe"
            # reads "exe.jpg"): shown as an escape, here and wherever the name appears.
            item = QListWidgetItem(f"{VisibleText.for_name(link.filename)}   ({size})")
            item.setToolTip(
                self.tr("Added by %1 on %2")
                .replace("%1", VisibleText.for_name(link.added_by))
                .replace("%2", AuditLabels.timestamp(link.added_at))
            )
            self.list.addItem(item)
        self.list.setVisible(bool(self._links))
        self._update_buttons()

    def _update_buttons(self) -> None:
        draft = not self._session.audit.is_finalized
        selected = self.list.currentRow() >= 0
        self.attach_button.setEnabled(draft and not self.attaching)
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(draft and selected)

    def selected(self) -> EvidenceLink | None:
        row = self.list.currentRow()
        return self._links[row] if 0 <= row < len(self._links) else None

    # --- actions -------------------------------------------------------------------------------

    @property
    def attaching(self) -> bool:
        return self._task is not None and self._task.is_running

    def attach(self) -> None:
        paths = [Path(p) for p in self.choose_files()]
        if not paths or self.attaching:
            return
        name = self._indicator
        try:
            attachment = self._session.evidence_attachment(name)
        except JalonError as error:
            self._autosave.failed_elsewhere(name, ErrorPresenter.message(error))
            return

        def work(context: TaskContext) -> list[EvidenceLink]:
            return attachment.attach(paths, context.progress, lambda: context.cancelled)

        # The files are attached even if the audit is closed meanwhile; bound methods (not
        # lambdas) so that Qt drops the connections when this list is deleted.
        task = BackgroundTask.detached(work)
        self._attaching_to = name
        task.succeeded.connect(self._attached)
        task.cancelled.connect(self._attached)
        task.failed.connect(self._attach_failed)
        task.finished.connect(self._update_buttons)
        self._task = task
        TaskProgressDialog(task, self.tr("Attaching %n file(s)…", "", len(paths)), self).open()
        task.start()
        self._update_buttons()

    def _attached(self, _links: object = None) -> None:
        name = self._attaching_to
        self._autosave.saved_elsewhere(name)
        if name == self._indicator:
            self.show_indicator(name)
            self.changed.emit()

    def _attach_failed(self, message: str, _error: object) -> None:
        name = self._attaching_to
        self._autosave.failed_elsewhere(name, message)
        if name == self._indicator:
            self.show_indicator(name)  # files before the one refused are attached

    def open_selected(self) -> None:
        link = self.selected()
        if link is None:
            return
        folder = Path(tempfile.gettempdir()) / "jalon-evidence" / link.sha256[:16]
        # The copy handed to the desktop is named as shown, so a file manager or viewer never
        # shows the name reversed either.
        target = folder / safe_file_name(VisibleText.for_name(link.filename))

        try:
            data = self._session.evidence_data(link)
            folder.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as error:
            self._errors.show(
                JalonError(
                    "cannot write a copy of {file} to open it: {reason}",
                    file=link.filename,
                    reason=error.strerror,
                )
            )
            return
        except JalonError as error:
            self._errors.show(error)
            return
        self.open_file(target)

    def remove_selected(self) -> None:
        link = self.selected()
        if link is None or not self.confirm(VisibleText.for_name(link.filename)):
            return
        self._autosave.run(self._indicator, lambda: self._session.remove_evidence(link))
        self.show_indicator(self._indicator)
        self.changed.emit()

    def _choose_files(self) -> list[str]:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        return files

    def _confirm(self, filename: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove evidence"),
            self.tr(
                "Remove %1 from this question? The file itself stays where it was on your computer."
            ).replace("%1", filename),
        )
        return answer == QMessageBox.StandardButton.Yes
