"""Errors of package exchange, phrased for the user and tagged with a stable kind.

The kind (e.g. "path-traversal") lets the command line, the import screen and the tests tell
failures apart without parsing English sentences; the template is what the user reads.
"""

from __future__ import annotations

from app.boundary.regular_file import FileRefused
from app.models.errors import JalonError


class PackageError(JalonError):
    """A package that cannot be trusted or read. Nothing has been written when it is raised."""

    def __init__(self, kind: str, template: str, quarantinable: bool = False, **params: object):
        super().__init__(template, **params)
        self.kind = kind
        # True when the package itself is intact and only its signer is not (yet) trusted:
        # such a package may be held in quarantine instead of being thrown away.
        self.quarantinable = quarantinable
        # For a quarantinable failure, the reader attaches the verified package it refused, so
        # that it can be held whole.
        self.package: object | None = None

    @classmethod
    def refused(cls, error: FileRefused) -> PackageError:
        """A package file refused by the file opener (a FIFO, a folder, too large…)."""
        return cls(error.kind, error.template, False, **error.params)


class SigningKeyError(JalonError):
    """A signing key that cannot be created, read or unlocked."""
