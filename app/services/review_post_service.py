"""A review travelling between the head office and the field site, in signed packages.

The review rides in the audit's own package (audit.json carries the review's events and
comments, and the site's replies): the same writer, reader, signature, hostile-input checks
and merge as any package, checkable with stock `minisign`. "Return to the site" records the
return and writes the package in one step; so does a resubmission. A review arriving at a site
is imported only from a signer this installation trusts: otherwise it is refused and nothing is
written, not even a receipt, because a field installation has no quarantine to work through.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.exchange.package_writer import WrittenPackage
from app.models.audit import Audit
from app.models.import_receipt import ImportReceipt
from app.services.merge.merge_service import MergeService
from app.services.package_service import PackageService
from app.services.review_service import ReviewService
from app.storage.store import Store


class ReviewPostService:
    def __init__(
        self, store: Store, reviews: ReviewService, packages: PackageService, merges: MergeService
    ):
        self._store = store
        self._reviews = reviews
        self._packages = packages
        self._merges = merges

    def return_to_site(self, audit: Audit, target: Path) -> WrittenPackage:
        """Record the return for correction and write the review package for the site."""
        return self._step_and_send(
            lambda: self._reviews.return_for_correction(audit), audit, target
        )

    def resubmit(self, audit: Audit, target: Path) -> WrittenPackage:
        """Record the resubmission and write the corrected audit's package, replies included."""
        return self._step_and_send(lambda: self._reviews.resubmit(audit), audit, target)

    def receive(self, path: Path) -> ImportReceipt:
        """Import a package from the other side of a review (the head office's return, or a
        site's resubmission). Refused, with nothing written, unless its signer is trusted."""
        check = self._packages.verify(path)
        if check.problem is not None:
            raise check.problem
        return self._merges.merge_file(path)

    def _step_and_send(
        self, step: Callable[[], object], audit: Audit, target: Path
    ) -> WrittenPackage:
        # One transaction: the package carries the new state, and if it cannot be written the
        # state is not recorded either.
        with self._store.transaction():
            step()
            stepped = self._store.audits.get(audit.id)
            assert stepped is not None  # the step has just written it, in this transaction
            return self._packages.export(stepped, target)
