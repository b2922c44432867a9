"""Verifying packages in a helper process while this process writes the merges.

Reading a package — JSON, hundreds of revisions made into objects, zip, manifest, signatures —
is Python work that holds the interpreter lock, and so is writing a merge. On a worker thread
the two took turns on one core: a head office merging thousands of packages on a 2-core
machine used half of it. A separate process verifies on the other core and sends back the
verified content. It starts a fresh interpreter (never a fork: the desktop app merges from a
Qt thread), which costs a fraction of a second, so MergeService uses it for large merges only.

The worker checks everything the thread path checks, with the same reader, and also works out
what merging the package as a new audit writes (NewHistory, as rows ready for SQLite). What
does not cross a process boundary as is crosses as plain data: keys as their secret bytes; a
failure as its kind, template and parameters; revisions as rows; a framework snapshot once per
worker (the worker keeps it, like this process). The package file's bytes stay behind: a merge
needs them only to hold a package in quarantine, and reads them again then (MergeService).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.exchange.exchange_error import PackageError
from app.exchange.package_opener import PackageOpener
from app.exchange.package_reader import PackageReader, VerifiedPackage
from app.exchange.signing_key import SigningKey
from app.exchange.trust_policy import TrustPolicy
from app.exchange.zip_inspector import PackageLimits
from app.models.errors import JalonError
from app.models.framework import Framework
from app.services.merge.arrival import Arrival
from app.services.merge.new_history import NewHistory

MIN_PACKAGES = 250  # starting the process (0.3-0.9 s) pays off from a few hundred packages
START_TIMEOUT_S = 60  # a slow disk or antivirus can make the first start take long
STOP_TIMEOUT_S = 5
PIPE_BYTES = 1 << 20  # Linux lets any process have pipes of up to 1 MiB
log = logging.getLogger("jalon.merge")


@dataclass(frozen=True)
class VerifierSetup:
    """What a worker needs to open packages as PackageService.opener() would."""

    trust: TrustPolicy
    limits: PackageLimits
    key_secrets: tuple[bytes, ...]  # to decrypt packages encrypted to this installation


@dataclass(frozen=True)
class _Failure:
    kind: str  # "" for a JalonError that is not a PackageError
    template: str
    params: dict[str, Any]
    quarantinable: bool
    package: VerifiedPackage | None  # without its framework, as below
    framework: Framework | None


@dataclass(frozen=True)
class _Verified:
    arrival: Arrival  # its package's framework and file bytes are None in transit
    framework: Framework | None  # sent the first time this worker meets a framework


class ProcessVerifier:
    """submit(path) → a pending package whose result() is its Arrival, or raises PackageError
    exactly as PackageOpener.open would.

    One worker, two pipes, no helper threads here: results are read and unpickled on the
    merging thread when it wants the next package. (A process pool's result thread would take
    the interpreter lock from the merging thread each time SQLite let go of it, row by row.)
    The worker handles paths in the order sent, so results come back in that order."""

    def __init__(self, setup: VerifierSetup, known: dict[str, Framework]):
        self._setup = setup
        self._known = known  # this process's frameworks by hash, stored or met in this merge
        self._met: dict[str, Framework] = {}
        self._paths: dict[int, Path] = {}  # submitted, not yet taken
        self._fallback: PackageOpener | None = None  # once the worker has died
        context = multiprocessing.get_context("spawn")
        self._tasks, worker_tasks = context.Pipe()
        self._results, worker_results = context.Pipe(duplex=False)
        self._worker = context.Process(
            target=_serve,
            args=(setup, worker_tasks, worker_results),
            name="jalon-verify",
            daemon=True,
        )
        self._sent = self._received = 0
        _enlarge(self._results)
        try:
            self._worker.start()
        finally:  # ours are the other ends: a worker that dies must read as end-of-file
            worker_tasks.close()
            worker_results.close()

    @staticmethod
    def worth_it(count: int) -> bool:
        return count >= MIN_PACKAGES and (os.cpu_count() or 1) > 1

    @classmethod
    def start(cls, setup: VerifierSetup, known: dict[str, Framework]) -> ProcessVerifier | None:
        """A verifier whose worker is up and answering, or None when no worker can start: a
        program embedding Jalon whose main module is not guarded by `if __name__ ==
        "__main__"`, a build that cannot start itself again, a system refusing new processes.
        The caller then verifies on a thread."""
        try:
            verifier = cls(setup, known)
        except OSError:
            log.warning(
                "the package verification process could not be started; verifying "
                "on a thread instead",
                exc_info=True,
            )
            return None
        if verifier._answers():
            return verifier
        log.warning(
            "the package verification process did not start (exit code %s); "
            "verifying on a thread instead",
            verifier._worker.exitcode,
        )
        verifier.close()
        return None

    def _answers(self) -> bool:
        try:
            self._tasks.send(_READY)
            return self._results.poll(START_TIMEOUT_S) and self._results.recv() == _READY
        except (OSError, EOFError):
            return False

    def submit(self, path: Path) -> _Pending:
        self._sent += 1
        self._paths[self._sent] = path
        if self._fallback is None:
            with contextlib.suppress(OSError):  # the worker is gone: next_result reads it here
                self._tasks.send(path)
        return _Pending(self, self._sent)

    def close(self) -> None:
        """Stop the worker. Packages still being read are abandoned: it writes nothing."""
        with contextlib.suppress(OSError):  # already gone
            self._tasks.send(None)
        self._tasks.close()
        self._results.close()
        self._worker.join(timeout=STOP_TIMEOUT_S)
        if self._worker.is_alive():
            self._worker.terminate()
            self._worker.join()

    def __enter__(self) -> ProcessVerifier:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def next_result(self, number: int) -> Arrival:
        if number != self._received + 1:
            raise RuntimeError("packages must be taken in the order they were submitted")
        self._received = number
        path = self._paths.pop(number)
        if self._fallback is None:
            try:
                return self.finish(self._results.recv())
            except (EOFError, OSError):
                # The worker died (killed, out of memory): the merge goes on, reading the
                # packages not yet verified here, without a head start.
                log.warning(
                    "the package verification process stopped (exit code %s); "
                    "verifying the remaining packages here",
                    self._worker.exitcode,
                )
                self._fallback = _opener(self._setup, self._known.get)
        return Arrival.read(self._fallback, path)

    def _framework(self, framework_hash: str, sent: Framework | None) -> Framework:
        if sent is not None:
            self._met.setdefault(framework_hash, sent)
        found = self._met.get(framework_hash) or self._known.get(framework_hash)
        if found is None:  # the worker only omits a framework it sent before, in order
            raise RuntimeError(f"framework {framework_hash[:12]} never reached the merge")
        return found

    def _complete(self, package: VerifiedPackage, sent: Framework | None) -> VerifiedPackage:
        framework_hash = package.manifest.framework_hash
        return replace(
            package,
            framework=self._framework(framework_hash, sent),
            framework_known=framework_hash in self._known,
        )

    def finish(self, outcome: _Verified | _Failure | _Crash) -> Arrival:
        """A worker's outcome as Arrival.prepared would have given it (the file's bytes
        aside)."""
        if isinstance(outcome, _Verified):
            opened = outcome.arrival.opened
            return replace(
                outcome.arrival,
                opened=replace(opened, package=self._complete(opened.package, outcome.framework)),
            )
        if isinstance(outcome, _Crash):
            raise RuntimeError(f"{outcome.kind} in the verification process: {outcome.detail}")
        if not outcome.kind:
            raise JalonError(outcome.template, **outcome.params)
        error = PackageError(
            outcome.kind, outcome.template, outcome.quarantinable, **outcome.params
        )
        if outcome.package is not None:
            error.package = self._complete(outcome.package, outcome.framework)
        raise error


def _enlarge(pipe: Connection) -> None:
    """Room in the results pipe for every package read ahead (Linux; elsewhere, or where the
    system refuses, the default buffer: the merge is then only slower). With the default 64 KB
    the worker waited for the merge to read each result before reading the next package."""
    try:
        import fcntl  # not on Windows

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        log.debug("the results pipe keeps its default size", exc_info=True)


@dataclass
class _Pending:
    verifier: ProcessVerifier
    number: int

    def result(self) -> Arrival:
        return self.verifier.next_result(self.number)

    def cancel(self) -> bool:
        return False  # the worker is stopped as a whole by close()


# --- in the worker process ---------------------------------------------------------------------

_READY = "ready"
_worker: dict[str, Any] = {}


@dataclass(frozen=True)
class _Crash:
    """A bug met while reading one package: reported for that package, the worker goes on."""

    kind: str
    detail: str


def _opener(
    setup: VerifierSetup, known_framework: Callable[[str], Framework | None]
) -> PackageOpener:
    """An opener as PackageService.opener(keys) builds it, from the setup's plain data."""
    keys = [SigningKey.from_secret(secret) for secret in setup.key_secrets]
    reader = PackageReader(setup.trust, known_framework, setup.limits)
    return PackageOpener(reader, lambda: keys, setup.limits)


def _serve(setup: VerifierSetup, tasks: Connection, results: Connection) -> None:
    """The worker's loop: a path in, its outcome out, until None or the pipe closes."""
    frameworks: dict[str, Framework] = {}
    _worker.update(opener=_opener(setup, frameworks.get), frameworks=frameworks, sent=set())
    while True:
        try:
            task = tasks.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        outcome: str | _Verified | _Failure | _Crash
        if task == _READY:
            outcome = _READY
        else:
            try:
                outcome = _open_in_worker(task)
            except Exception as error:  # a bug must not take the whole merge down
                outcome = _Crash(type(error).__name__, str(error))
        try:
            results.send(outcome)
        except OSError:  # the merge is gone (killed, even during start-up): nothing to say
            return


def _in_transit(
    package: VerifiedPackage,
    history: NewHistory | None = None,
) -> tuple[VerifiedPackage, Framework | None]:
    """The package without its framework and file bytes, its revisions as the rows of its new
    history (one copy for both), and the framework if this worker has not sent it yet; the
    framework is kept here so later packages of it need no parse."""
    framework_hash = package.manifest.framework_hash
    _worker["frameworks"].setdefault(framework_hash, package.framework)
    first = framework_hash not in _worker["sent"]
    _worker["sent"].add(framework_hash)
    content = package.content
    if history is not None:
        content = replace(content, revisions=history.revisions)
    return (
        replace(package, framework=None, data=None, content=content),
        package.framework if first else None,
    )


def _open_in_worker(path: Path) -> _Verified | _Failure:
    try:
        arrival = Arrival.prepared(_worker["opener"], path)
    except PackageError as error:
        package, framework = (
            _in_transit(error.package)
            if isinstance(error.package, VerifiedPackage)
            else (None, None)
        )
        return _Failure(
            error.kind,
            error.template,
            _plain(error.params),
            error.quarantinable,
            package,
            framework,
        )
    except JalonError as error:
        return _Failure("", error.template, _plain(error.params), False, None, None)
    package, framework = _in_transit(arrival.opened.package, arrival.new_history)
    return _Verified(replace(arrival, opened=replace(arrival.opened, package=package)), framework)


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    # Parameters are shown as text; an exception object given as a reason may not pickle.
    return {
        key: value if isinstance(value, (str, int, float)) else str(value)
        for key, value in params.items()
    }
