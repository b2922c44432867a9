"""Errors reach the user as translated sentences; long work runs off the GUI thread."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.models.errors import JalonError
from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.services.merge.action_plan_merge import NOTE_ACTION_KEPT
from app.services.merge.merge_planner import NOTE_METADATA
from app.ui.common.background_task import BackgroundTask, TaskCancelled
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.task_progress_dialog import TaskProgressDialog
from app.ui.exchange.receipt_table_model import receipt_details


def test_domain_errors_are_translated_then_filled_in(qtbot, languages):
    error = JalonError(
        "the period ends ({end}) before it starts ({start})", start="2025-01-01", end="2024-12-31"
    )
    assert (
        ErrorPresenter.message(error)
        == "The period ends (2024-12-31) before it starts (2025-01-01)"
    )
    languages.apply("fr")
    assert (
        ErrorPresenter.message(error)
        == "La période se termine (2024-12-31) avant de commencer (2025-01-01)"
    )
    languages.apply("es")
    assert ErrorPresenter.message(error).startswith("El período termina (2024-12-31)")


def test_unexpected_errors_say_where_the_details_are(languages):
    text = ErrorPresenter.message(KeyError("x"))
    assert "KeyError" in text and "log file" in text and "Traceback" not in text


def test_exception_escaping_a_slot_shows_a_message_and_is_logged(qtbot, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)
    presenter = ErrorPresenter(parent)
    presenter.install()
    try:
        with caplog.at_level(logging.ERROR, logger="jalon.ui"):
            try:
                raise ZeroDivisionError("division by zero")
            except ZeroDivisionError:
                sys.excepthook(*sys.exc_info())
    finally:
        presenter.uninstall()
    boxes = parent.findChildren(QMessageBox)
    assert boxes and boxes[0].isVisible()
    assert "ZeroDivisionError" in boxes[0].text() and "Traceback" not in boxes[0].text()
    assert "Traceback" in caplog.text  # the details went to the log
    boxes[0].close()


def test_background_task_runs_off_the_gui_thread_with_progress(qtbot):
    threads, reports = [], []

    def work(context):
        threads.append(QThread.currentThread())
        for step in range(3):
            context.progress(step + 1, 3, f"step {step + 1}")
        return "done"

    task = BackgroundTask(work)
    task.progressed.connect(lambda done, total, text: reports.append((done, total, text)))
    with qtbot.waitSignal(task.succeeded) as result, qtbot.waitSignal(task.finished):
        task.start()
    assert result.args == ["done"]
    assert threads[0] is not QThread.currentThread()
    assert reports == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert not task.is_running


def test_background_task_can_be_cancelled_from_its_dialog(qtbot):
    started, release = threading.Event(), threading.Event()

    def work(context):
        started.set()
        release.wait(5)
        context.check_cancelled()
        return "not reached"

    task = BackgroundTask(work)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = TaskProgressDialog(task, "Building the report…", parent)
    cancelled = []
    task.cancelled.connect(lambda: cancelled.append(True))
    task.start()
    assert started.wait(5)
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    release.set()
    qtbot.waitUntil(lambda: cancelled == [True])
    qtbot.waitUntil(lambda: not task.is_running)


@pytest.mark.parametrize(
    "raised, logged",
    [
        (JalonError("cannot read {file}: {reason}", file="a.xlsx", reason="gone"), False),
        (RuntimeError("boom"), True),
    ],
)
def test_background_task_failure_is_a_message(qtbot, caplog, languages, raised, logged):
    def work(_context):
        raise raised

    task = BackgroundTask(work)
    with (
        caplog.at_level(logging.ERROR, logger="jalon.ui"),
        qtbot.waitSignal(task.failed) as failure,
    ):
        task.start()
    message, error = failure.args
    assert error is raised
    assert message == ("Cannot read a.xlsx: gone" if not logged else ErrorPresenter.message(raised))
    assert ("background task failed" in caplog.text) == logged


def test_task_cancelled_is_its_own_outcome(qtbot):
    def work(_context):
        raise TaskCancelled

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.cancelled), qtbot.waitSignal(task.finished):
        task.start()


def test_receipt_reasons_and_merge_notes_read_as_sentences_in_the_users_language(languages):
    receipt = ImportReceipt(
        file="caisse.jalon",
        status=ReceiptStatus.UPDATED,
        created_at="2025-04-01T10:00:00Z",
        notes=(NOTE_METADATA, NOTE_ACTION_KEPT),
    )
    assert receipt_details(receipt) == (
        "The audit's description differs in the package; this installation's is kept. "
        "An action of the plan is older in the package; this installation's is kept."
    )
    languages.apply("fr")
    assert receipt_details(receipt).startswith(
        "La description de l'audit diffère dans le paquet\u00a0; celle de cette installation "
        "est conservée. Une action du plan"
    )
    languages.apply("es")
    assert receipt_details(receipt).startswith("La descripción de la auditoría difiere")
