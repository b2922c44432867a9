"""A package read and verified ahead of its merge, with the merge work that depends on the
package alone already done."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.exchange.exchange_error import PackageError
from app.exchange.package_opener import OpenedPackage, PackageOpener
from app.services.merge.new_history import NewHistory


@dataclass(frozen=True)
class Arrival:
    """A package read and verified ahead of its merge."""

    opened: OpenedPackage
    new_history: NewHistory | None  # worked out ahead (None: the merge works it out if needed)

    @classmethod
    def read(cls, opener: PackageOpener, path: Path) -> Arrival:
        """Verified only: the merge plans a new audit itself, and an existing one needs no
        new-audit plan (on the merging thread's side of the interpreter lock, ahead of time
        gains nothing)."""
        return cls(opener.open(path), None)

    @classmethod
    def prepared(cls, opener: PackageOpener, path: Path) -> Arrival:
        """Verified, with the new-audit merge worked out: what a helper process sends, its
        revisions travelling as the rows of that plan."""
        opened = opener.open(path)
        content = opened.package.content
        try:
            history = NewHistory.of(content.audit.id, content.revisions)
        except PackageError:  # the merge reports it, if the audit is new here
            history = None
        return cls(opened, history)
