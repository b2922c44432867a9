"""Large merges verify packages in a helper process. What comes back must be what the thread
path gives: the same audits, revisions, receipts, held packages; and when no helper process
can start, the merge goes on without one."""

from __future__ import annotations

import hashlib
import sys

import pytest

from app.models.import_receipt import ReceiptStatus
from app.services.merge import merge_service
from app.services.merge.merge_service import MergeService
from app.services.merge.process_verifier import PIPE_BYTES, ProcessVerifier, VerifierSetup
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce
from tests.exchange.test_hostile_packages import database_fingerprint


@pytest.fixture
def exchange(make_site, tmp_path, default_framework):
    """Field packages (plain, encrypted to the office, an update of the first, and one from a
    stranger) and two offices that trust the field."""
    field, stranger = make_site("field"), make_site("stranger")
    offices = make_site("office-thread"), make_site("office-process")
    introduce(field, *offices)
    stranger.keys.signing_key()
    paths = []
    for number in range(3):
        audit = field.audits.create(default_framework, f"Caisse {number}", "SN")
        session = field.audits.open(audit.id)
        answer_everything(session, variant=number)
        recipients = [o.keys.current().key_id for o in offices] if number == 1 else ()
        paths.append(tmp_path / f"caisse-{number}.jalon")
        field.packages.export(session.audit, paths[-1], recipients)
    session = field.audits.open(field.audits.list()[0].id)
    answer_everything(session, variant=5)  # the same audit again, changed: an update
    paths.append(tmp_path / "caisse-update.jalon")
    field.packages.export(session.audit, paths[-1])
    outsider = stranger.audits.create(default_framework, "Caisse inconnue", "SN")
    paths.append(tmp_path / "stranger.jalon")
    stranger.packages.export(outsider, paths[-1])
    return offices, paths, stranger


def _force_process(monkeypatch) -> list:
    finished = []
    monkeypatch.setattr(ProcessVerifier, "worth_it", staticmethod(lambda count: True))
    monkeypatch.setattr(
        ProcessVerifier,
        "finish",
        lambda self, outcome, real=ProcessVerifier.finish: (
            finished.append(outcome) or real(self, outcome)
        ),
    )
    return finished


def _on_a_thread(site, paths, **options):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(MergeService, "parallel_processes", False)
        return site.merges.merge(paths, **options)


def _summary(receipts):
    return [
        (r.file, r.status, r.problem, r.revisions_added, r.conflicts, r.audit_id) for r in receipts
    ]


def test_a_merge_verified_in_a_helper_process_ends_as_one_verified_on_a_thread(
    exchange, monkeypatch
):
    (by_thread, by_process), paths, stranger = exchange
    threaded = _on_a_thread(by_thread, paths, quarantine_untrusted=True)
    finished = _force_process(monkeypatch)

    receipts = by_process.merges.merge(paths, quarantine_untrusted=True)

    assert len(finished) == len(paths)
    assert _summary(receipts) == _summary(threaded)
    assert [r.status for r in receipts] == [
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.UPDATED,
        ReceiptStatus.QUARANTINED,
    ]
    assert database_fingerprint(by_process)[0] == database_fingerprint(by_thread)[0]
    for audit in by_thread.audits.list():
        assert by_process.store.revisions.all_for_audit(
            audit.id
        ) == by_thread.store.revisions.all_for_audit(audit.id)
    # The file's bytes stay with the worker; the one package held was read again for it.
    sent = [o.arrival.opened.package if hasattr(o, "arrival") else o.package for o in finished]
    assert all(package.data is None for package in sent)
    [held] = by_process.merges.quarantined()  # held whole: it merges once trusted
    assert held.package_sha256 == hashlib.sha256(paths[-1].read_bytes()).hexdigest()
    info = stranger.keys.current()
    by_process.trust.trust(stranger.keys.public_key_text(info), info.name)
    [released] = by_process.merges.retry_quarantine()
    assert released.status == ReceiptStatus.ACCEPTED


def test_the_merge_goes_on_a_thread_when_no_helper_process_starts(exchange, monkeypatch, caplog):
    (_unused, office), paths, _stranger = exchange
    finished = _force_process(monkeypatch)
    # A worker that cannot start: its key material is unreadable, so its set-up fails.
    monkeypatch.setattr(
        type(office.packages),
        "verifier_setup",
        lambda self, keys: VerifierSetup(self._trust.policy(), self.limits, (b"not a key",)),
    )

    receipts = office.merges.merge(paths[:3])

    assert finished == []
    assert [r.status for r in receipts] == [ReceiptStatus.ACCEPTED] * 3
    assert "verifying on a thread instead" in caplog.text


def test_the_merge_goes_on_a_thread_when_the_system_refuses_a_process(
    exchange, monkeypatch, caplog
):
    (_unused, office), paths, _stranger = exchange
    finished = _force_process(monkeypatch)

    def refuse(self, setup, known):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(ProcessVerifier, "__init__", refuse)

    receipts = office.merges.merge(paths[:3])

    assert finished == []
    assert [r.status for r in receipts] == [ReceiptStatus.ACCEPTED] * 3
    assert "could not be started; verifying on a thread instead" in caplog.text


def test_a_worker_that_dies_mid_merge_leaves_the_rest_to_this_process(
    exchange, monkeypatch, caplog
):
    (by_thread, office), paths, _stranger = exchange
    expected = _on_a_thread(by_thread, paths[:4])
    real_finish = ProcessVerifier.finish  # the real one, not _force_process's recorder
    finished = _force_process(monkeypatch)
    # One package in flight at a time, so that some are still to read when the worker dies.
    monkeypatch.setattr(merge_service, "READ_AHEAD", 1)

    def finish_then_kill(self, outcome):
        if not finished:  # after the first package, the worker is killed (out of memory…)
            self._worker.kill()
            self._worker.join()
        finished.append(outcome)
        return real_finish(self, outcome)

    monkeypatch.setattr(ProcessVerifier, "finish", finish_then_kill)

    receipts = office.merges.merge(paths[:4])

    assert _summary(receipts) == _summary(expected)
    assert [r.status for r in receipts] == [ReceiptStatus.ACCEPTED] * 3 + [ReceiptStatus.UPDATED]
    assert len(finished) < len(paths[:4])  # some were read here, after the worker died
    assert "verifying the remaining packages here" in caplog.text


def test_a_package_file_changed_after_its_verification_is_not_held(exchange, monkeypatch):
    """The worker keeps a package's bytes; holding it means reading the file again, which must
    still be the file verified."""
    (_unused, office), paths, _stranger = exchange
    real_finish = ProcessVerifier.finish
    _force_process(monkeypatch)

    def finish_then_swap(self, outcome):
        paths[-1].write_bytes(paths[0].read_bytes())  # another valid package, after the check
        return real_finish(self, outcome)

    monkeypatch.setattr(ProcessVerifier, "finish", finish_then_swap)
    before = database_fingerprint(office)

    [receipt] = office.merges.merge([paths[-1]], quarantine_untrusted=True)

    assert receipt.status == ReceiptStatus.REJECTED
    assert receipt.problem == "changed-while-merging"
    assert office.merges.quarantined() == []
    assert database_fingerprint(office) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are Linux's")
def test_the_results_pipe_has_room_for_the_packages_read_ahead(exchange):
    import fcntl

    (_unused, office), _paths, _stranger = exchange
    verifier = ProcessVerifier.start(office.packages.verifier_setup([]), {})
    assert verifier is not None
    with verifier:
        assert fcntl.fcntl(verifier._results.fileno(), fcntl.F_GETPIPE_SZ) >= PIPE_BYTES


KILLED_DURING_START_UP = """
import os
from app.exchange.trust_policy import TrustPolicy
from app.exchange.zip_inspector import PackageLimits
from app.services.merge.process_verifier import ProcessVerifier, VerifierSetup

if __name__ == "__main__":
    verifier = ProcessVerifier(VerifierSetup(TrustPolicy([]), PackageLimits(), ()), {})
    verifier._tasks.send("ready")  # the start-up question is asked...
    os._exit(0)  # ...and the merge dies before it reads the answer
"""


def test_a_merge_killed_during_start_up_leaves_no_traceback_from_its_helper(tmp_path):
    """The helper process answers a merge that is gone: it stops quietly (it printed a
    BrokenPipeError traceback on the terminal of whoever ran the merge)."""
    import subprocess
    from pathlib import Path

    script = tmp_path / "killed_merge.py"
    script.write_text(KILLED_DURING_START_UP)
    root = Path(__file__).resolve().parents[2]
    finished = subprocess.run(
        [sys.executable, str(script)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "PYTHONPATH": str(root)},
    )
    # stderr is read to its end: the helper, which inherits it, has exited as well.
    assert finished.returncode == 0
    assert "Traceback" not in finished.stderr and "BrokenPipe" not in finished.stderr, (
        finished.stderr
    )
