"""Save what is being typed when Jalon is told to stop from outside the window.

A logout or an operating-system shutdown sends SIGTERM (SIGHUP when the terminal goes, SIGINT
on Ctrl+C); by default Python dies at once and the last keystrokes, not yet saved by the
half-second pause, are lost. Python runs a signal handler only when the interpreter gets
control, which Qt's event loop (C++) does not give it while it waits: the signal is therefore
also written to a pipe (signal.set_wakeup_fd) that a QSocketNotifier watches, so the event
loop wakes up, saves, and quits cleanly. On Windows, where the wake-up end must be a socket, a
socket pair stands in for the pipe; elsewhere a pipe spares the start-up the socket module.

The desktop session's manager asks applications to save before it ends (commitDataRequest):
the same save runs then, and the application keeps running until the session closes it.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QSessionManager

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
        self._wakeup = WakeupChannel()
        self._old_wakeup_fd = signal.set_wakeup_fd(self._wakeup.writer)
        for number in STOP_SIGNALS:
            self._previous[number] = signal.signal(number, self._noted)
        self._notifier = QSocketNotifier(self._wakeup.reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        app.commitDataRequest.connect(self.session_ending)

    @staticmethod
    def _noted(_number: int, _frame) -> None:
        """Python's half of the signal: the byte on the socket does the work."""

    def _woken(self) -> None:
        try:
            received = self._wakeup.read()
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
        self._wakeup.close()


class WakeupChannel:
    """The two non-blocking ends the signal's number travels through: their descriptors, a
    read of what arrived, and closing both."""

    def __init__(self) -> None:
        if os.name == "nt":
            import socket  # Windows: set_wakeup_fd takes a socket only

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.reader, self.writer = (end.fileno() for end in self._sockets)
        else:
            self._sockets = None
            self.reader, self.writer = os.pipe()
            for end in (self.reader, self.writer):
                os.set_blocking(end, False)

    def read(self) -> bytes:
        if self._sockets is not None:
            return self._sockets[0].recv(64)
        return os.read(self.reader, 64)

    def close(self) -> None:
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            os.close(self.reader)
            os.close(self.writer)
