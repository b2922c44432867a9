"""Logging to a rotating file under the data directory: details for support, never a
traceback on a user's screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "jalon.log"


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
        handler: logging.Handler = RotatingFileHandler(
            directory / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        logger.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return directory / LOG_FILE


def release_log_files() -> None:
    """Closes the open log file so the medium can be removed (Windows refuses to eject a
    stick with an open file); the next log record reopens it."""
    for handler in logging.getLogger("jalon").handlers:
        if isinstance(handler, logging.FileHandler):
            handler.close()
