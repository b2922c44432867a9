"""Verify and merge packages — one from a colleague, or thousands at a head office — with a
receipt for each, progress, cancellation between packages, and a durable merge log.

Reading and verifying runs a few packages ahead — in a helper process for a large merge
(ProcessVerifier: the other core), on a thread for a small one — while this thread writes
merges to SQLite in the order given, many packages per durable commit (a disk that takes 10 ms
per sync would otherwise cap a head office at 100 packages/s). Nothing from a package is
written before it is verified.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Protocol

from app.exchange.exchange_error import PackageError
from app.exchange.package_opener import PackageOpener
from app.exchange.package_reader import VerifiedPackage
from app.exchange.signing_key import SigningKey
from app.exchange.trust_policy import TrustPolicy
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.models.quarantined_package import QuarantinedPackage
from app.services.backup_service import BackupService
from app.services.identity import Identity, new_id, utc_now
from app.services.key_service import KeyService
from app.services.merge.arrival import Arrival
from app.services.merge.merge_planner import MergePlanner
from app.services.merge.process_verifier import ProcessVerifier
from app.services.package_service import PackageService
from app.storage.exchange_store import ExchangeStore

log = logging.getLogger("jalon.merge")
READ_AHEAD = 4  # packages read ahead of the merge; in flight, one is tens of kilobytes
# Each durable commit also copies its pages into the database file (a WAL checkpoint): 250
# packages per commit rather than 100 save a sixth of that cost at a head office.
GROUP_PACKAGES = 250
GROUP_SECONDS = 1.0  # a person watching progress sees receipts at least this often
# Packages held for a person whatever the merge was asked: they are intact and trusted, but
# would change an audit that must not change this way (finalized here, or recorded here for
# another institution or framework, or signed by a key whose validity has ended since), or
# would record a review decision in the reviewer's name by a key trusted only for a site.
ALWAYS_HELD = frozenset(
    {
        "finalized-here",
        "signer-out-of-scope-here",
        "institution-differs",
        "framework-differs",
        "signer-expired-now",
        "review-decision-out-of-scope",
    }
)

Progress = Callable[[int, int, ImportReceipt], None]  # (done, total, latest receipt)


class Pending(Protocol):
    """A package being read and verified ahead of the merge (a thread's or a process's)."""

    def result(self) -> Arrival: ...

    def cancel(self) -> bool: ...


class MergeService:
    parallel_processes = True  # large merges verify in a helper process (off: always a thread)

    def __init__(
        self,
        exchange: ExchangeStore,
        packages: PackageService,
        keys: KeyService,
        identity: Identity,
        backups: BackupService | None = None,
    ):
        self._exchange = exchange
        self._backups = backups  # a merge writes much at once: back up first
        self._packages = packages
        self._keys = keys
        self.identity = identity
        self._planner = MergePlanner(identity.author)

    def merge(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        quarantine_untrusted: bool = False,
        keys: list[SigningKey] | None = None,
    ) -> list[ImportReceipt]:
        """Merge package files in order; returns one receipt per package handled (fewer if
        cancelled: the rest are untouched)."""
        paths = list(paths)
        if paths and self._backups is not None:
            self._backups.before("merge")
        if keys is None and any(PackageOpener.is_encrypted(p) for p in paths):
            keys = self._keys.decryption_keys()  # here, not on a worker: it may ask a person
        known = self._packages.known_frameworks()
        policy = self._packages.trust_policy()
        receipts: list[ImportReceipt] = []
        with self._exchange.merges.bulk(), self._verifier(len(paths), keys or [], known) as submit:
            queue: deque[tuple[Path, Pending]] = deque()
            upcoming = iter(paths)

            def read_ahead() -> None:
                while len(queue) < READ_AHEAD:
                    path = next(upcoming, None)
                    if path is None:
                        return
                    queue.append((path, submit(path)))

            read_ahead()
            stop = False
            while queue and not stop:
                # Group commit: several packages per durable transaction, each in its own
                # savepoint (a failing package rolls back alone). Receipts are reported only
                # once their group is on disk; after a crash, merging again is harmless.
                group: list[ImportReceipt] = []
                started = time.monotonic()
                with self._exchange.transaction():
                    while (
                        queue
                        and len(group) < GROUP_PACKAGES
                        and (time.monotonic() - started < GROUP_SECONDS)
                    ):
                        if cancelled is not None and cancelled():
                            stop = True
                            break
                        path, future = queue.popleft()
                        read_ahead()
                        group.append(
                            self._settle(
                                path.name,
                                future.result,
                                quarantine_untrusted,
                                known,
                                policy,
                                read_again=partial(self._read_again, path, keys or []),
                            )
                        )
                for receipt in group:
                    receipts.append(receipt)
                    if progress is not None:
                        progress(len(receipts), len(paths), receipt)
            for _path, future in queue:
                future.cancel()
        return receipts

    @contextmanager
    def _verifier(
        self, count: int, keys: list[SigningKey], known: dict[str, Framework]
    ) -> Iterator[Callable[[Path], Pending]]:
        """Where packages are read and verified ahead of the merge: a helper process for a
        large merge (the other core), a thread otherwise (no process start to pay)."""
        verifier = (
            ProcessVerifier.start(self._packages.verifier_setup(keys), known)
            if self.parallel_processes and ProcessVerifier.worth_it(count)
            else None
        )
        if verifier is not None:
            with verifier:
                yield verifier.submit
            return
        opener = self._packages.opener(keys, known)
        with ThreadPoolExecutor(1, thread_name_prefix="jalon-verify") as thread:
            yield lambda path: thread.submit(Arrival.read, opener, path)

    def merge_file(self, path: Path, quarantine_untrusted: bool = False) -> ImportReceipt:
        return self.merge([path], quarantine_untrusted=quarantine_untrusted)[0]

    def quarantined(self) -> list[QuarantinedPackage]:
        return self._exchange.quarantine.pending()

    def retry_quarantine(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> list[ImportReceipt]:
        """Try the held packages again (after trusting a signer or reopening an audit)."""
        held = self.quarantined()
        if held and self._backups is not None:
            self._backups.before("merge")
        known = self._packages.known_frameworks()
        policy = self._packages.trust_policy()
        opener = self._packages.opener([], known)
        receipts = []
        for done, item in enumerate(held, start=1):
            if cancelled is not None and cancelled():
                break
            data = self._exchange.quarantine.data(item.id) or b""
            receipts.append(
                self._settle(
                    item.file_name,
                    partial(_held_arrival, opener, data, item.file_name),
                    True,
                    known,
                    policy,
                    partial(bytes, data),
                    release=item.id,
                )
            )
            if progress is not None:
                progress(done, len(held), receipts[-1])
        return receipts

    def log(self, limit: int = 200, audit_id: str | None = None) -> list[ImportReceipt]:
        return self._exchange.imports.recent(limit, audit_id)

    # --- one package -------------------------------------------------------------------------

    def _settle(
        self,
        name: str,
        obtain: Callable[[], Arrival],
        quarantine_untrusted: bool,
        known: dict[str, Framework],
        policy: TrustPolicy,
        read_again: Callable[[], bytes],
        release: str | None = None,
    ) -> ImportReceipt:
        try:
            arrival = obtain()
            return self._apply(name, arrival, known, policy, release)
        except PackageError as error:
            if (
                error.quarantinable
                and isinstance(error.package, VerifiedPackage)
                and (quarantine_untrusted or error.kind in ALWAYS_HELD)
            ):
                try:
                    return self._hold(name, error.package, error, read_again)
                except JalonError as unheld:
                    return self._reject(name, unheld)
            return self._reject(name, error)
        except JalonError as error:
            return self._reject(name, error)
        except Exception as error:  # a bug must not stop a merge of thousands: log, go on
            log.exception("unexpected error while merging %s", name)
            return self._reject(
                name,
                JalonError(
                    "unexpected problem ({kind}: {detail}); details are in the log file",
                    kind=type(error).__name__,
                    detail=error,
                ),
            )

    def _read_again(self, path: Path, keys: list[SigningKey]) -> bytes:
        """A package file's bytes (decrypted) once more, to hold the package whole."""
        return self._packages.opener(keys, {}).read_bytes(path)[0]

    def _receipt(self, name: str, package: VerifiedPackage | None) -> ImportReceipt:
        receipt = ImportReceipt(file=name, status=ReceiptStatus.REJECTED, created_at=utc_now())
        if package is None:
            return receipt
        m = package.manifest
        return replace(
            receipt,
            package_id=m.package_id,
            package_sha256=package.sha256,
            audit_id=m.audit_id,
            institution=m.institution,
            signer_key_id=m.signer_key_id,
            signer_name=m.signer_name,
        )

    def _apply(
        self,
        name: str,
        arrival: Arrival,
        known: dict[str, Framework],
        policy: TrustPolicy,
        release: str | None,
    ) -> ImportReceipt:
        package = arrival.opened.package
        receipt = self._receipt(name, package)
        state = self._exchange.merges.state(
            package.manifest.audit_id, *package.content.ids_held_by_id()
        )
        try:
            planned = self._planner.plan(state, package, receipt, arrival.new_history, policy)
        except PackageError as error:
            if error.quarantinable:
                error.package = package
            raise
        planned.batch.released_quarantine = release
        self._exchange.merges.apply(planned.batch)
        if package.framework is not None:
            known.setdefault(package.manifest.framework_hash, package.framework)
        return planned.batch.receipt

    def _hold(
        self,
        name: str,
        package: VerifiedPackage,
        error: PackageError,
        read_again: Callable[[], bytes],
    ) -> ImportReceipt:
        data = package.data
        if data is None:  # left with the helper process that verified it
            data = read_again()
            if hashlib.sha256(data).hexdigest() != package.sha256:
                raise PackageError(
                    "changed-while-merging",
                    "{file} changed while it was being merged; merge it again",
                    file=name,
                )
        m = package.manifest
        receipt = replace(
            self._receipt(name, package),
            status=ReceiptStatus.QUARANTINED,
            problem=error.kind,
            reason=error.template,
            params=dict(error.params),
        )
        held = QuarantinedPackage(
            new_id(),
            package.sha256,
            m.package_id,
            m.audit_id,
            m.institution,
            m.signer_key_id,
            m.signer_name,
            error.template,
            dict(error.params),
            name,
            receipt.created_at,
        )
        with self._exchange.transaction():
            self._exchange.quarantine.hold(held, data)
            self._exchange.imports.add(receipt, self.identity.author)
        return receipt

    def _reject(self, name: str, error: JalonError) -> ImportReceipt:
        package = getattr(error, "package", None)
        receipt = replace(
            self._receipt(name, package if isinstance(package, VerifiedPackage) else None),
            problem=getattr(error, "kind", "error"),
            reason=error.template,
            params=dict(error.params),
        )
        self._exchange.imports.log(receipt, self.identity.author)
        return receipt


def _held_arrival(opener: PackageOpener, data: bytes, name: str) -> Arrival:
    """A package held in quarantine, read again from its stored bytes."""
    return Arrival(opener.open_bytes(data, name), None)
