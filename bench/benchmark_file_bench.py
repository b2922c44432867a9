"""Peer benchmark file: a head office's database of N accepted audits of the default framework
(185 questions each) turned into a signed benchmark file by `jalon benchmark build`.

    python -m bench.benchmark_file_bench                # 10,000 audits (target: < 30 s)
    python -m bench.benchmark_file_bench --audits 500   # a quick run
    python -m bench benchmark_file --audits=500         # through the benchmark runner

Baseline in the same run: one raw SQLite query reading every audit's current answers (what any
benchmark must at least read), without scoring or statistics. The database is filled as the
tidy export benchmark fills it (bench/tidy_export_bench.py), then every audit is accepted.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from app.composition import Application
from app.models.review import ReviewEvent, ReviewState
from app.paths import AppPaths
from app.services.identity import new_id, utc_now
from bench.tidy_export_bench import populate

PASSPHRASE = "benchmark passphrase"


def accept_all(data: Path) -> None:
    app = Application(AppPaths(data), author="bench")
    now = utc_now()
    audits = app.audits.list()
    with app.store.transaction():
        app.store.reviews.add(
            [
                ReviewEvent(new_id(), a.id, ReviewState.ACCEPTED, "", "bench", "bench", now)
                for a in audits
            ],
            [],
        )
    app.close()


def raw_read(database: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(database)
    rows = connection.execute(
        "SELECT a.audit_id, a.indicator, r.value FROM answers a JOIN revisions r "
        "ON r.audit_id = a.audit_id AND r.indicator = a.indicator AND r.id = a.revision_id"
    ).fetchall()
    connection.close()
    assert rows
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    count = 10_000
    for argument in argv:
        if argument.startswith("--audits"):
            count = int(
                argument.split("=", 1)[1] if "=" in argument else argv[argv.index(argument) + 1]
            )
    os.environ.setdefault("JALON_KEY_PASSPHRASE", PASSPHRASE)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        database = populate(Path(folder), count)
        accept_all(database.parent)
        print(f"filled {count} accepted audits in {time.perf_counter() - started:.1f} s")
        baseline = raw_read(database)
        app = Application(AppPaths(database.parent), author="bench")
        app.keys.signing_key()  # the key is made once, as at a head office: not measured
        target = Path(folder) / "network.jalonbench"
        started = time.perf_counter()
        built = app.benchmarks.build(target)
        elapsed = time.perf_counter() - started
        app.close()
        print(
            f"benchmark build: {elapsed:.2f} s for {built.audits} audits, {built.groups} "
            f"group(s), {target.stat().st_size} bytes (target < 30 s)"
        )
        print(
            f"baseline, raw read of the current answers: {baseline:.2f} s "
            f"-> ratio {elapsed / baseline:.1f}x"
        )
        return 0 if elapsed < 30 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
