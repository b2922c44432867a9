"""A progress window for a BackgroundTask: shows how far it is, offers Cancel, closes itself.

    dialog = TaskProgressDialog(task, self.tr("Building the report…"), parent=self)
    task.start()            # the dialog appears after a short delay if the work is not done

Opened with open() (window-modal, non-blocking) so tests and the event loop never wait on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.common.background_task import BackgroundTask

SHOW_AFTER_MS = 400  # quick work finishes without a window flashing up


class TaskProgressDialog(QProgressDialog):
    def __init__(self, task: BackgroundTask, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._task = task
        self.setLabelText(label)
        self.retranslate()
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the first progress report says how much there is
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        task.progressed.connect(self._on_progress)
        task.finished.connect(self.close)
        self.canceled.connect(self._on_cancel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The caller's label is the caller's to translate; the frame is this dialog's."""
        self.setWindowTitle(self.tr("Please wait"))
        self.setCancelButtonText(self.tr("Cancel"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        if message:
            self.setLabelText(message)

    def _on_cancel(self) -> None:
        self._task.cancel()
        self.setLabelText(self.tr("Cancelling…"))
