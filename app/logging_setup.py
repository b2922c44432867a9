"""Logging to a rotating file under the data directory: details for support, never a
traceback on a user's screen."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE = "jalon.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLogFile(logging.Handler):
    """The rotating log file, opened at the first record: most starts write none, and the
    standard rotating handler's module (with the socket and pickle modules it loads for its
    network handlers) costs about 5% of the desktop's start-up (docs/benchmarks.md)."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            try:
                self._file = RotatingFileHandler(
                    self.path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
                )
            except OSError:
                return
            self._file.setFormatter(logging.Formatter(FORMAT))
        self._file.handle(record)

    def close(self) -> None:
        """Closes the file if it is open; the next record reopens it."""
        if self._file is not None:
            self._file.close()
        super().close()


def configure_logging(directory: Path) -> Path | None:
    """Send the `jalon` logger to `directory/jalon.log`; returns the file, or None if the
    folder cannot be written (then nothing is logged rather than anything shown)."""
    logger = logging.getLogger("jalon")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory / LOG_FILE, "a", encoding="utf-8"):
            pass  # writable: checked now, as the file is written only at the first record
    except OSError:
        logger.addHandler(logging.NullHandler())
        return None
    logger.addHandler(RotatingLogFile(directory / LOG_FILE))
    return directory / LOG_FILE


def release_log_files() -> None:
    """Closes the open log file so the medium can be removed (Windows refuses to eject a
    stick with an open file); the next log record reopens it."""
    for handler in logging.getLogger("jalon").handlers:
        if isinstance(handler, RotatingLogFile):
            handler.close()
