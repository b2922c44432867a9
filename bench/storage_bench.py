"""Foundation benchmarks.

- saving one answer (revision + head, durable commit) vs a raw sqlite3 single-row commit with
  the same pragmas (WAL, synchronous=FULL), interleaved in the same run; reports the ratio;
- full rescoring of a 150- and a 1,500-indicator audit;
- loading and validating a 1,500-indicator workbook;
- opening a database (Jalon's open runs `quick_check` over every page) vs a bare sqlite3 open
  reading one row, on a field database of 10 fully answered audits or on `--database=PATH`.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from app.frameworks.framework_loader import load_framework
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.answer import Answer
from app.models.relevance import ExpressionCache
from app.models.scoring import score_audit
from app.paths import AppPaths
from bench.synthetic_framework import synthetic_framework


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    connection.commit()
    return connection


def bench_save(rounds: int) -> dict:
    from app.composition import Application

    with tempfile.TemporaryDirectory() as folder:
        app = Application(AppPaths(Path(folder) / "data"), author="bench")
        framework = synthetic_framework(150)
        session = app.audits.open(app.audits.create(framework, "Bench").id)
        names = list(framework.indicators)
        raw = _raw_connection(Path(folder) / "raw.sqlite3")
        jalon_times, raw_times = [], []
        for n in range(rounds):
            start = time.perf_counter()
            raw.execute("INSERT INTO t (v) VALUES (?)", ("yes" if n % 2 else "no",))
            raw.commit()
            raw_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            session.answer(names[n % len(names)], "yes" if n % 2 else "no")
            jalon_times.append(time.perf_counter() - start)
        raw.close()
        app.close()
    jalon_ms = statistics.median(jalon_times) * 1000
    raw_ms = statistics.median(raw_times) * 1000
    return {"save_ms": jalon_ms, "raw_commit_ms": raw_ms, "ratio": jalon_ms / raw_ms}


def bench_scoring(size: int, rounds: int = 20) -> float:
    framework = synthetic_framework(size)
    answers = {
        name: Answer(name, value=("yes", "partially", "no", "na")[n % 4])
        for n, name in enumerate(framework.indicators)
        if n % 3
    }
    cache = ExpressionCache()
    score_audit(framework, answers, expressions=cache)  # parse expressions once, as the app does
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        score_audit(framework, answers, expressions=cache)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_load(size: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        WorkbookWriter(synthetic_framework(size)).write(path)
        start = time.perf_counter()
        result = load_framework(path)
        elapsed = (time.perf_counter() - start) * 1000
    assert result.framework is not None, result.problems[:3]
    return elapsed, len(result.framework.indicators)


def _field_database(folder: Path, audits: int) -> Path:
    from app.composition import Application

    app = Application(AppPaths(folder / "data"), author="bench")
    framework = app.catalog.default()
    for number in range(audits):
        session = app.audits.open(app.audits.create(framework, f"Caisse {number}").id)
        for indicator in framework.iter_indicators():
            if len(indicator.choices) > 1:
                session.answer(indicator.name, indicator.choices[number % 2].name)
                session.comment(indicator.name, f"note {number} " * 20)
    app.close()
    return app.paths.database


def bench_open(path: Path, rounds: int = 10) -> dict:
    """Jalon's open, a bare open reading one row, and the same bare open running quick_check,
    interleaved; the check's share is the difference of the last two."""
    from app.storage.database import Database

    def bare(check: bool) -> None:
        connection = _raw_open(path)
        connection.execute("SELECT count(*) FROM audits").fetchone()
        if check:
            connection.execute("PRAGMA quick_check").fetchall()
        connection.close()

    times: dict[str, list[float]] = {"jalon": [], "bare": [], "checked": []}
    for _ in range(rounds):
        for name, open_once in (
            ("jalon", lambda: Database(path).close()),
            ("bare", lambda: bare(False)),
            ("checked", lambda: bare(True)),
        ):
            start = time.perf_counter()
            open_once()
            times[name].append(time.perf_counter() - start)
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    megabytes = path.stat().st_size / 1e6
    return {"mb": megabytes, **ms, "check_ms_per_mb": (ms["checked"] - ms["bare"]) / megabytes}


def _raw_open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    return connection


def main(options: list[str]) -> int:
    rounds = 50 if "--quick" in options else 300
    given = [o.removeprefix("--database=") for o in options if o.startswith("--database=")]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(given[0]) if given else _field_database(Path(folder), 3 if rounds == 50 else 10)
        opened = bench_open(path)
    ratio = opened["jalon"] / opened["bare"]
    print(
        f"open a {opened['mb']:.1f} MB database: Jalon {opened['jalon']:.1f} ms median; bare "
        f"sqlite3 open reading one row {opened['bare']:.1f} ms ({ratio:.1f}x); the same with "
        f"quick_check {opened['checked']:.1f} ms: {opened['check_ms_per_mb']:.2f} ms per MB"
    )
    save = bench_save(rounds)
    print(
        f"save one answer: {save['save_ms']:.2f} ms median; raw sqlite3 single-row commit "
        f"{save['raw_commit_ms']:.2f} ms; ratio {save['ratio']:.2f}x (target <= 1.5x)"
    )
    for size in (150, 1500):
        print(f"full rescoring, {size} indicators: {bench_scoring(size):.2f} ms median")
    load_ms, count = bench_load(1500)
    print(f"load + validate a {count}-indicator workbook: {load_ms:.0f} ms")
    return 0
