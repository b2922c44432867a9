"""What the export dialogs share (app/ui/common/export_dialog.py): the dialog cannot be closed
while its task writes, a subclass decides what such a close does, and starting again clears the
last outcome (status, problem, the buttons offered after writing)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton, QVBoxLayout

from app.ui.common.background_task import BackgroundTask, TaskContext
from app.ui.common.export_dialog import ExportDialog


class WritingDialog(ExportDialog):
    """A subclass as the real ones are: it starts its task, shows problems, starts again."""

    def __init__(self, cancel_on_close: bool = False):
        super().__init__()
        self.cancel_on_close = cancel_on_close
        self.release = threading.Event()  # the "file" is written once this is set
        self.show_folder = QPushButton("Show in folder")
        self.offer_after_writing(self.show_folder)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.problem, self.buttons):
            layout.addWidget(widget)

    def start(self) -> None:
        def work(context: TaskContext) -> str:
            self.release.wait(20)
            context.check_cancelled()
            return "report.pdf"

        self._reset_outcome()
        self._task = BackgroundTask(work, parent=self)
        self._task.succeeded.connect(self._written)
        self._task.failed.connect(lambda message, _error: self._show_problem(message))
        self._task.start()

    def _written(self, written: str) -> None:
        self.written = written
        self.status.setText(f"Written to {written}")
        self.show_folder.show()

    def _close_while_running(self) -> None:
        if self.cancel_on_close:
            self._task.cancel()

    def fail(self, message: str) -> None:
        self._show_problem(message)


def test_a_close_while_writing_waits_until_the_task_is_done(qtbot):
    dialog = WritingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    dialog.reject()  # Escape, Close, the window's close button
    assert dialog.isVisible() and dialog.is_running()
    dialog.release.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert dialog.written == "report.pdf" and dialog.show_folder.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_subclass_may_cancel_instead(qtbot):
    dialog = WritingDialog(cancel_on_close=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    dialog.reject()
    dialog.release.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert dialog.isVisible() and dialog.written is None  # cancelled: nothing was written


def test_starting_again_clears_the_outcome_and_hides_the_offered_buttons(qtbot):
    dialog = WritingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.show_folder.isVisible()  # offered only after writing
    dialog.release.set()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert dialog.show_folder.isVisible() and dialog.status.text() == "Written to report.pdf"
    dialog.fail("The disk is full")
    assert dialog.problem.isVisible() and dialog.status.text() == ""
    dialog.release.clear()
    dialog.start()
    assert dialog.written is None and not dialog.problem.isVisible()
    assert not dialog.show_folder.isVisible() and dialog.status.text() == ""
    dialog.release.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
