"""Save what is being typed when Jalon is told to stop from outside the window.

A logout or an operating-system shutdown sends SIGTERM (SIGHUP when the terminal goes, SIGINT
on Ctrl+C); by default Python dies at once and the last keystrokes, not yet saved by the
half-second pause, are lost. Python runs a signal handler only when the interpreter gets
control, which Qt's event loop (C++) does not give it while it waits: the signal is therefore
also written to a socket (signal.set_wakeup_fd) that a QSocketNotifier watches, so the event
loop wakes up, saves, and quits cleanly.

The desktop session's manager asks applications to save before it ends (commitDataRequest):
the same save runs then, and the application keeps running until the session closes it.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication, QSessionManager

log = logging.getLogger("jalon.ui")

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)  # Windows has no SIGHUP


class ShutdownGuard(QObject):
    def __init__(self, app: QGuiApplication, save: Callable[[], None], quit: Callable[[], None]):
        """`save` writes what is being typed; `quit` closes the window and the event loop."""
        super().__init__(app)
        self._save = save
        self._quit = quit
        self._previous: dict[int, object] = {}
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_wakeup_fd = signal.set_wakeup_fd(self._writer.fileno())
        for number in STOP_SIGNALS:
            self._previous[number] = signal.signal(number, self._noted)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        app.commitDataRequest.connect(self.session_ending)

    @staticmethod
    def _noted(_number: int, _frame) -> None:
        """Python's half of the signal: the byte on the socket does the work."""

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        numbers = [n for n in received if n in STOP_SIGNALS]
        if not numbers:
            return
        log.info("stop signal %s received: saving and quitting", signal.Signals(numbers[0]).name)
        self._save_safely()
        self._quit()

    def session_ending(self, _manager: QSessionManager | None) -> None:
        """Qt's commitDataRequest: the session manager asks to save before the session ends."""
        log.info("the desktop session is ending: saving")
        self._save_safely()

    def _save_safely(self) -> None:
        try:
            self._save()
        except Exception:  # quitting must go on; the failure is in the log
            log.exception("saving before quitting failed")

    def release(self) -> None:
        """Put the signal handling back as it was (the application is over)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._old_wakeup_fd)
        self._reader.close()
        self._writer.close()
