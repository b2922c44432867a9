"""KILL TEST: a real Jalon process is killed with SIGKILL at random moments, hundreds of times.

After every kill the database must pass `PRAGMA integrity_check`, and every change the process
had reported as saved must be present with its whole history (each revision's parent chain
intact back to the first answer). This is the power-cut promise: what Jalon said was saved is
never lost.

The kill moment is random but not a blind sleep: the test reads a random number of lines from
the writer (start-up, ready, or after N saves) and kills at once, while the writer keeps going,
so kills land in start-up, WAL recovery, inside transactions and between commit and report.
JALON_KILLS sets the number of kills (default 200); figures are in docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("answer_writer.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("JALON_KILLS", "200"))
MAX_SAVES_BEFORE_KILL = 40
LINE_TIMEOUT_S = 60  # a writer that prints nothing for this long is hung: fail, never wait forever


@dataclass
class Tally:
    kills: int = 0
    kills_in_startup: int = 0
    acknowledged: int = 0
    # Kills that fell between a COMMIT and its "SAVED" line: the change is kept, unreported.
    kills_after_commit: int = 0
    unreported: int = 0
    acked: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _start_writer(data_dir: Path, audit_id: str, seed: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), audit_id, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def _read_line(process: subprocess.Popen) -> str:
    line = process.stdout.readline()
    if not line:
        process.wait(timeout=LINE_TIMEOUT_S)
        pytest.fail(f"writer stopped by itself ({process.returncode}): {process.stderr.read()}")
    return line


def _record(line: str, tally: Tally) -> None:
    # A line cut by the kill (no newline) was never fully reported: it is not an acknowledgement.
    if line.startswith("SAVED ") and line.endswith("\n"):
        _, indicator, revision = line.split()
        tally.acked[indicator].append(revision)
        tally.acknowledged += 1


def _kill_once(data_dir: Path, audit_id: str, rng: random.Random, tally: Tally) -> None:
    process = _start_writer(data_dir, audit_id, rng.randrange(10**9))
    try:
        assert _read_line(process) == "OPENING\n"
        if rng.random() < 0.1:
            tally.kills_in_startup += 1  # dies while opening the file / recovering the WAL
        else:
            assert _read_line(process) == "READY\n"
            for _ in range(rng.randrange(MAX_SAVES_BEFORE_KILL)):
                _record(_read_line(process), tally)
        process.send_signal(signal.SIGKILL)
        # Whatever the writer printed before it died was reported as saved too.
        for line in process.stdout:
            _record(line, tally)
    finally:
        process.kill()
        process.wait(timeout=LINE_TIMEOUT_S)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    tally.kills += 1


def _check(database: Path, audit_id: str, tally: Tally) -> None:
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        parents = dict(
            connection.execute(
                "SELECT id, parent_id FROM revisions WHERE audit_id = ?", (audit_id,)
            ).fetchall()
        )
        heads = dict(
            connection.execute(
                "SELECT indicator, revision_id FROM answers WHERE audit_id = ?", (audit_id,)
            ).fetchall()
        )
    finally:
        connection.close()
    for indicator, acknowledged in tally.acked.items():
        missing = [r for r in acknowledged if r not in parents]
        assert not missing, f"{indicator}: acknowledged revisions lost: {missing}"
        chain = []
        revision = heads.get(indicator)
        while revision is not None:
            assert revision in parents, f"{indicator}: history broken at {revision}"
            chain.append(revision)
            revision = parents[revision]
        chain.reverse()
        # Acknowledged changes appear in the current answer's history, in the order made.
        positions = [chain.index(r) for r in acknowledged if r in chain]
        assert len(positions) == len(acknowledged), f"{indicator}: not in current history"
        assert positions == sorted(positions), f"{indicator}: history out of order"
    unreported = len(parents) - tally.acknowledged
    if unreported > tally.unreported:
        tally.kills_after_commit += 1
    tally.unreported = unreported


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_an_acknowledged_answer(application, tmp_path):
    framework = application.catalog.default()
    audit = application.audits.create(framework, "Kill test", "SN")
    application.close()
    data_dir = application.paths.data_dir
    rng = random.Random(int(os.environ.get("JALON_KILL_SEED", "8")))
    tally = Tally()
    for _ in range(KILLS):
        _kill_once(data_dir, audit.id, rng, tally)
        _check(application.paths.database, audit.id, tally)
    print(
        f"\nkill test: {tally.kills} kills ({tally.kills_in_startup} during start-up), "
        f"{tally.acknowledged} acknowledged changes on {len(tally.acked)} questions, "
        f"0 lost, 0 integrity failures; {tally.kills_after_commit} kills fell between a "
        f"commit and its report"
    )
    assert tally.kills == KILLS
    assert tally.acknowledged > KILLS
