"""Peer benchmark file: a head office's database of N accepted audits of the default framework
(185 questions each) turned into a signed benchmark file by `jalon benchmark build`.

    python -m bench.benchmark_file_bench                # 10,000 audits (target: < 30 s)
    python -m bench.benchmark_file_bench --audits 500   # a quick run
    python -m bench benchmark_file --audits=500         # through the benchmark runner
    python -m bench.benchmark_file_bench --database=PATH --previous=REV
        # an existing database whose audits are all accepted (an earlier run's), and the
        # same build by the code of an earlier commit REV (e.g. main) in the same run:
        # times, ratio, and whether both files hold the same figures

Baseline in the same run: one raw SQLite query reading every audit's current answers (what any
benchmark must at least read), without scoring or statistics. The database is filled as the
tidy export benchmark fills it (bench/tidy_export_bench.py), then every audit is accepted.
Each build runs in a fresh process; wall-clock and CPU seconds are both given (the machine
may be shared).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from app.composition import Application
from app.models.review import ReviewEvent, ReviewState
from app.paths import AppPaths
from app.services.identity import new_id, utc_now
from bench.tidy_export_bench import option, populate, previous_tree

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


def raw_read(database: Path) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
    connection = sqlite3.connect(database)
    rows = connection.execute(
        "SELECT a.audit_id, a.indicator, r.value FROM answers a JOIN revisions r "
        "ON r.audit_id = a.audit_id AND r.indicator = a.indicator AND r.id = a.revision_id"
    ).fetchall()
    connection.close()
    assert rows
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}


def child(data: Path, target: Path) -> int:
    """One build in this process: the key is made first, as at a head office (not timed)."""
    app = Application(AppPaths(data), author="bench")
    app.keys.signing_key()
    started, cpu = time.perf_counter(), time.process_time()
    built = app.benchmarks.build(target)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    app.close()
    print(
        json.dumps({"seconds": seconds, "cpu": cpu, "audits": built.audits, "groups": built.groups})
    )
    return 0


def _build(data: Path, target: Path, source: Path | None = None) -> dict:
    """A build in a fresh process: of this tree, or of `source` (an earlier commit's)."""
    environment = dict(os.environ)
    if source:
        environment["PYTHONPATH"] = str(source)
    result = subprocess.run(
        [sys.executable, "-m", "bench.benchmark_file_bench", "--child", str(data), str(target)],
        capture_output=True,
        text=True,
        check=True,
        cwd=source,
        env=environment,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def figures(path: Path) -> dict:
    """A benchmark file's document without its creation time, nor the list of versions pooled
    in each entry (which files written before pooling across versions do not have)."""
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("benchmark.json"))
    document.pop("created_at")
    for entry in document["frameworks"]:
        entry.pop("versions", None)
    return document


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(Path(argv[1]), Path(argv[2]))
    count = int(option(argv, "audits") or 10_000)
    given, revision = option(argv, "database"), option(argv, "previous")
    os.environ.setdefault("JALON_KEY_PASSPHRASE", PASSPHRASE)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory() as folder:
        if given:
            database = Path(given)
        else:
            started = time.perf_counter()
            database = populate(Path(folder), count)
            accept_all(database.parent)
            print(f"filled {count} accepted audits in {time.perf_counter() - started:.1f} s")
        Application(AppPaths(database.parent), author="bench").close()  # up to date, untimed
        baseline = raw_read(database)
        target = Path(folder) / "network.jalonbench"
        run = _build(database.parent, target)
        print(
            f"benchmark build: {run['seconds']:.2f} s (CPU {run['cpu']:.2f} s) for "
            f"{run['audits']} audits, {run['groups']} group(s), {target.stat().st_size} bytes "
            f"(target < 30 s)"
        )
        print(
            f"baseline, raw read of the current answers: {baseline['seconds']:.2f} s (CPU "
            f"{baseline['cpu']:.2f} s) -> ratio {run['seconds'] / baseline['seconds']:.1f}x "
            f"wall, {run['cpu'] / baseline['cpu']:.1f}x CPU"
        )
        if revision:
            earlier = Path(folder) / "previous.jalonbench"
            before = _build(database.parent, earlier, previous_tree(revision, Path(folder)))
            same = figures(target) == figures(earlier)
            print(
                f"the code of {revision}, same run: {before['seconds']:.2f} s (CPU "
                f"{before['cpu']:.2f} s) -> now {run['seconds'] / before['seconds']:.2f}x wall, "
                f"{run['cpu'] / before['cpu']:.2f}x CPU; the same figures: {same}"
            )
        return 0 if run["seconds"] < 30 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
