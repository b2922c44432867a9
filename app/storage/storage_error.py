"""Errors of the storage layer, phrased for the user."""

from __future__ import annotations

from app.models.errors import JalonError


class StorageError(JalonError):
    """The database cannot be used (damaged, locked, full disk, read-only medium...)."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of Jalon."""


class DatabaseDamagedError(StorageError):
    """The database file is damaged; the start-up recovery offers to restore a backup."""
