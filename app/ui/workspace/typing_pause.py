"""When typing stops: half a second after the last keystroke in a text field.

Text fields (comments, reasons, Organization Information values) are saved at that moment, so
a power cut or a `kill -9` in the middle of a long note loses at most the last half second of
typing. Leaving the field, closing the audit or the window, a termination signal and the end of
the desktop session save at once without waiting (see ShutdownGuard).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

PAUSE_MS = 500


class TypingPause(QObject):
    paused = Signal()

    def __init__(self, edited: SignalInstance, parent: QObject):
        """`edited` is the field's signal for a change made by the user."""
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.paused)
        edited.connect(self._timer.start)

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
