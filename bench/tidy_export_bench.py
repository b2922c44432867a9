"""Tidy export benchmark: a head office's database of N audits of the default framework
(185 questions each: 10,000 audits give 1.85 million answer rows) exported as Parquet and as
CSV, and the consolidated Excel export of the first 1,000 of them.

    python -m bench.tidy_export_bench                # 10,000 audits (targets: Parquet < 30 s,
                                                     # CSV < 60 s, Excel of 1,000 < 30 s)
    python -m bench.tidy_export_bench --audits 500   # a quick run
    python -m bench tidy_export --audits=500         # through the benchmark runner
    python -m bench.tidy_export_bench --database=PATH --previous=REV
        # an existing database (an earlier run's), and the same exports by the code of an
        # earlier commit REV (e.g. main) in the same run: times and ratios, and whether both
        # wrote the same values (DuckDB, openpyxl)

Every export runs in a fresh process, so that its peak memory (max RSS) is its own. Baselines
in the same run: a bare process reading the same current answers with one raw SQLite query
and writing them with pyarrow (no scoring, no answer objects); opening the database and
listing the audits; bare write-only openpyxl streaming the consolidated export's cells.

The writers were chosen with `--writers`: the same columns written by pyarrow and by DuckDB
(Parquet), by pyarrow and by Python's csv module (CSV), and the same cells by openpyxl's
write-only mode and by XlsxWriter's constant-memory mode (Excel), in CPU seconds of this
process, so that other work on the machine weighs less.

The database is filled through the storage layer's merge path (the rows a package brings),
500 audits per commit: three fully answered audits made through the services are the
templates, each copy a new audit with new revision ids.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.composition import Application
from app.models.audit import Audit
from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.models.revision import Revision
from app.paths import AppPaths
from app.reports.tidy_columns import ANSWER_COLUMNS
from app.services.audit_service import AuditService
from app.services.identity import Identity, new_id, utc_now
from app.services.report_service import ReportService
from app.services.tidy_export.tidy_export_service import TidyExportService
from app.storage.merge_repository import MergeBatch, MergeRepository
from app.storage.revision_rows import RevisionRows, revision_row
from app.storage.store import Store
from bench.report_bench import _cells, answer_everything

TEMPLATES = 3
PER_COMMIT = 500
CONSOLIDATED = 1000


def _templates(app: Application) -> list[tuple[Audit, list]]:
    """Fully answered audits whose answers differ (choices rotate by one per template)."""
    framework = app.catalog.default()
    made = []
    for number in range(TEMPLATES):
        audit = app.audits.create(framework, f"Template {number}", "SN", content_language="fr")
        session = app.audits.open(audit.id)
        answer_everything(session)
        for indicator in list(framework.iter_indicators())[number::TEMPLATES]:
            answer = session.answers.get(indicator.name)
            if indicator.is_select and answer is not None and answer.has_value:
                names = [c.name for c in indicator.choices]
                session.answer(
                    indicator.name,
                    names[(names.index(str(answer.value).split()[0]) + 1) % len(names)],
                )
        made.append((app.audits.get(audit.id), list(session.answers.values())))
    return made


def populate(folder: Path, count: int) -> Path:
    """A database of `count` audits; returns its path."""
    app = Application(AppPaths(folder / "data"), author="bench")
    templates = _templates(app)
    store = app.store
    merges = MergeRepository(store.database, store.frameworks)
    now = utc_now()
    with merges.bulk():
        for start in range(0, count - TEMPLATES, PER_COMMIT):
            with store.transaction():
                for number in range(start, min(start + PER_COMMIT, count - TEMPLATES)):
                    audit, answers = templates[number % TEMPLATES]
                    copy = dataclasses.replace(
                        audit, id=new_id(), institution=f"Institution {number:05}"
                    )
                    revisions = [
                        Revision(
                            new_id(),
                            copy.id,
                            a.indicator,
                            None,
                            a.value,
                            a.na_reason,
                            a.comment,
                            a.flagged,
                            a.department,
                            a.author,
                            a.site,
                            a.changed_at,
                        )
                        for a in answers
                    ]
                    merges.apply(
                        MergeBatch(
                            copy.id,
                            ImportReceipt(
                                "bench", ReceiptStatus.ACCEPTED, audit_id=copy.id, created_at=now
                            ),
                            "bench",
                            new_audit=copy,
                            revisions=RevisionRows([revision_row(r) for r in revisions]),
                            heads={r.indicator: r.id for r in revisions},
                        )
                    )
    database = app.paths.database
    app.close()
    return database


# --- children: one export per process ----------------------------------------------------------


def child(kind: str, database: Path, target: Path) -> int:
    start = time.perf_counter()
    rows = 0
    if kind.startswith("bare-"):
        rows = bare_export(database, target, kind.removeprefix("bare-"))
    else:
        store = Store.open(database)
        audits = AuditService(store, Identity("bench", "bench"))
        if kind in ("parquet", "csv"):
            rows = TidyExportService(store, audits).export(target, kind).answers
        elif kind == "consolidated":
            references = [a.id for a in audits.list()][:CONSOLIDATED]
            ReportService(store, audits).write_consolidated(target, "fr", references)
        else:  # "base": open the database and list the audits
            rows = len(audits.list())
        store.close()
    seconds = time.perf_counter() - start
    # CPU of this process and of the helper processes it started (reaped by now).
    usage, helpers = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rss_mb": peak_rss_mb(),
                "rows": rows,
                "cpu": usage.ru_utime + usage.ru_stime + helpers.ru_utime + helpers.ru_stime,
                # The largest helper's peak (Linux: at least this process's peak when it
                # started the helper, which ru_maxrss carries across fork and exec).
                "helper_rss_mb": helpers.ru_maxrss / 1e3,
            }
        )
    )
    return 0


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux: VmHWM, which starts afresh with the new
    program (ru_maxrss keeps the parent's peak across fork and exec: the benchmark's own
    process, which filled the database, would show through). Elsewhere: ru_maxrss."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    scale = 1e6 if sys.platform == "darwin" else 1e3  # ru_maxrss: bytes on macOS
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


_BARE_QUERY = (
    "SELECT r.audit_id, r.indicator, r.value, r.na_reason, r.comment, r.flagged, "
    "r.department, r.author, r.site, r.created_at, r.id FROM answers a CROSS JOIN revisions r "
    "ON r.audit_id = a.audit_id AND r.indicator = a.indicator AND r.id = a.revision_id "
    "ORDER BY a.audit_id"
)
_BARE_NAMES = (
    "audit_id",
    "indicator",
    "value",
    "na_reason",
    "comment",
    "flagged",
    "department",
    "author",
    "site",
    "changed_at",
    "revision_id",
)


def bare_export(database: Path, target: Path, kind: str) -> int:
    """The same current answers read with one raw query and written with pyarrow, 100,000
    rows at a time: what any export must at least do."""
    import pyarrow as pa
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    connection = sqlite3.connect(database)
    cursor = connection.execute(_BARE_QUERY)
    target.mkdir(exist_ok=True)
    writer = None
    rows = 0
    while batch := cursor.fetchmany(100_000):
        table = pa.table(dict(zip(_BARE_NAMES, map(list, zip(*batch, strict=True)), strict=True)))
        if writer is None:
            writer = (
                pq.ParquetWriter(target / "answers.parquet", table.schema)
                if kind == "parquet"
                else pa_csv.CSVWriter(str(target / "answers.csv"), table.schema)
            )
        writer.write_table(table)
        rows += table.num_rows
    writer.close()
    connection.close()
    return rows


def _run(kind: str, database: Path, target: Path, source: Path | None = None) -> dict:
    """One export in a fresh process: of this tree, or of `source` (an earlier commit's)."""
    environment = dict(os.environ, PYTHONPATH=str(source)) if source else None
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.tidy_export_bench",
            "--child",
            kind,
            str(database),
            str(target),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=source,
        env=environment,
    )
    run = json.loads(result.stdout.strip().splitlines()[-1])
    run.setdefault("audits", _audit_count(database))
    return run


def _audit_count(database: Path) -> int:
    connection = sqlite3.connect(database)
    count = connection.execute("SELECT count(*) FROM audits").fetchone()[0]
    connection.close()
    return count


def bare_workbook(written: Path, target: Path) -> dict:
    """Seconds (wall and CPU) for openpyxl's write-only mode to stream as many cells as
    `written` holds."""
    from openpyxl import Workbook

    shape = _cells(written)
    start, cpu = time.perf_counter(), time.process_time()
    workbook = Workbook(write_only=True)
    for rows, width in zip(shape["rows"], shape["widths"], strict=True):
        sheet = workbook.create_sheet()
        for row in range(rows):
            sheet.append([f"value {row % 500}" if c % 3 else row * 0.5 for c in range(width)])
    workbook.save(target)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu}


# --- writers compared --------------------------------------------------------------------------


def _cpu(action) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def compare_writers(database: Path, folder: Path) -> dict:
    """The same answer columns (the first 1,000 audits, 185,000 rows) through each writer."""
    import duckdb
    import pyarrow.parquet as pq
    import xlsxwriter
    from openpyxl import Workbook

    from app.reports.tidy_table_file import TidyTableFile

    store = Store.open(database)
    audits = AuditService(store, Identity("bench", "bench"))
    service = TidyExportService(store, audits)
    service.export(folder / "sample", "parquet")
    store.close()
    table = pq.read_table(folder / "sample" / "answers.parquet").slice(0, 185_000)
    columns = table.to_pydict()
    rows = list(zip(*columns.values(), strict=True))
    results = {"rows": table.num_rows}

    def pyarrow_parquet() -> None:
        with TidyTableFile.for_format("parquet", folder / "w.parquet", ANSWER_COLUMNS) as file:
            file.write(columns)

    def duckdb_parquet() -> None:
        connection = duckdb.connect()
        connection.register("answers", table)
        connection.execute(f"COPY answers TO '{folder / 'd.parquet'}' (FORMAT parquet)")
        connection.close()

    def pyarrow_csv() -> None:
        with TidyTableFile.for_format("csv", folder / "w.csv", ANSWER_COLUMNS) as file:
            file.write(columns)

    def csv_module() -> None:
        """Python's csv module, the same cells (booleans as true/false, missing as empty,
        the same apostrophe rule), as a csv-module writer would have to do it."""
        with (folder / "m.csv").open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(
                    [
                        ""
                        if v is None
                        else ("true" if v else "false")
                        if v is True or v is False
                        else ("'" + v if v[:1] in "=+-@\t\r'" else v)
                        if isinstance(v, str)
                        else v
                        for v in row
                    ]
                )

    cells = [row[1:15] for row in rows]  # the consolidated sheet's width: 14 columns

    def openpyxl_write_only() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("answers")
        for row in cells:
            sheet.append(row)
        workbook.save(folder / "o.xlsx")

    def xlsxwriter_constant_memory() -> None:
        workbook = xlsxwriter.Workbook(folder / "x.xlsx", {"constant_memory": True})
        sheet = workbook.add_worksheet("answers")
        for number, row in enumerate(cells):
            sheet.write_row(number, 0, row)
        workbook.close()

    for name, action in (
        ("pyarrow_parquet", pyarrow_parquet),
        ("duckdb_parquet", duckdb_parquet),
        ("pyarrow_csv", pyarrow_csv),
        ("csv_module", csv_module),
        ("openpyxl_write_only", openpyxl_write_only),
        ("xlsxwriter_constant_memory", xlsxwriter_constant_memory),
    ):
        results[name] = _cpu(action)
    return results


def option(argv: list[str], name: str) -> str | None:
    """The value of `--name=VALUE` or `--name VALUE`, None when absent."""
    for index, argument in enumerate(argv):
        if argument == f"--{name}" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith(f"--{name}="):
            return argument.split("=", 1)[1]
    return None


def previous_tree(revision: str, folder: Path) -> Path:
    """The application of an earlier commit (`git archive`), with this bench/ folder in it so
    that its children run this benchmark's code against that commit's application."""
    root = Path(__file__).resolve().parent.parent
    tree = folder / "previous"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", revision, "app", "resources"],
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    shutil.copytree(root / "bench", tree / "bench")
    return tree


def same_tables(kind: str, one: Path, other: Path) -> str:
    """Whether two tidy exports hold the same rows in the same order, value for value (the
    batch time apart), as DuckDB reads them; a sentence saying so."""
    import duckdb

    connection = duckdb.connect()
    said = []
    for table in ("answers", "audits"):
        reads = [
            f"read_parquet('{folder / f'{table}.parquet'}')"
            if kind == "parquet"
            else f"read_csv('{folder / f'{table}.csv'}', all_varchar=true)"
            for folder in (one, other)
        ]
        numbered = [
            f"SELECT row_number() OVER () AS row_number, * EXCLUDE export_batch FROM {r}"
            for r in reads
        ]
        rows = [connection.execute(f"SELECT count(*) FROM {r}").fetchone()[0] for r in reads]
        differing = sum(
            connection.execute(f"SELECT count(*) FROM ({a} EXCEPT ALL {b})").fetchone()[0]
            for a, b in (numbered, numbered[::-1])
        )
        said.append(f"{table}: {rows[0]} / {rows[1]} rows, {differing} differing")
    connection.close()
    return "; ".join(said)


def same_workbooks(one: Path, other: Path) -> str:
    """Whether two workbooks hold the same sheets, cells (value and type) and number formats,
    as openpyxl reads them; a sentence saying so."""
    from openpyxl import load_workbook

    first, second = (load_workbook(p, read_only=True) for p in (one, other))
    cells = differing = 0
    assert first.sheetnames == second.sheetnames, (first.sheetnames, second.sheetnames)
    for name in first.sheetnames:
        for row, twin in zip(first[name].iter_rows(), second[name].iter_rows(), strict=True):
            for cell, same in zip(row, twin, strict=True):
                cells += 1
                value, other_value = cell.value, same.value
                if (type(value), value) != (type(other_value), other_value) or (
                    value is not None and cell.number_format != same.number_format
                ):
                    differing += 1
    return f"{len(first.sheetnames)} sheets, {cells} cells, {differing} differing"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(argv[1], Path(argv[2]), Path(argv[3]))
    count = int(option(argv, "audits") or 10_000)
    given = option(argv, "database")  # an existing database (made by an earlier run)
    revision = option(argv, "previous")  # an earlier commit, to compare with
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        previous = previous_tree(revision, folder) if revision else None
        start = time.perf_counter()
        database = Path(given) if given else populate(folder, count)
        if not given:
            print(f"({count} audits prepared in {time.perf_counter() - start:.0f} s)", flush=True)
        Store.open(database).close()  # brought up to date once, before anything is timed
        if "--writers" in argv:
            writers = compare_writers(database, folder)
            print(f"Writers, the same {writers['rows']} answer rows, CPU seconds:")
            for name, seconds in writers.items():
                if name != "rows":
                    print(f"  {name}: {seconds:.2f} s")
            return 0
        runs = {
            kind: _run(kind, database, folder / kind)
            for kind in ("base", "bare-parquet", "parquet", "bare-csv", "csv")
        }
        base = runs["base"]["rss_mb"]
        for kind in ("parquet", "csv"):
            run, bare = runs[kind], runs[f"bare-{kind}"]
            size = sum(p.stat().st_size for p in (folder / kind).iterdir()) / 1e6
            print(
                f"Tidy export to {kind.upper()}, {run['audits']} audits, {run['rows']} answer rows "
                f"({size:.0f} MB): {run['seconds']:.1f} s (CPU {run['cpu']:.1f} s), peak RSS "
                f"{run['rss_mb']:.0f} MB, largest helper process at most "
                f"{run['helper_rss_mb']:.0f} MB (bare raw query + pyarrow, same rows: "
                f"{bare['seconds']:.1f} s, CPU {bare['cpu']:.1f} s, "
                f"{bare['rss_mb']:.0f} MB; ratio {run['seconds'] / bare['seconds']:.1f}x wall, "
                f"{run['cpu'] / bare['cpu']:.1f}x CPU; "
                f"opening the database and listing the audits: {base:.0f} MB)",
                flush=True,
            )
            if previous:
                before = _run(kind, database, folder / f"previous-{kind}", previous)
                print(
                    f"  the code of {revision}, same run: {before['seconds']:.1f} s "
                    f"(CPU {before['cpu']:.1f} s) -> now {run['seconds'] / before['seconds']:.2f}x "
                    f"wall, {run['cpu'] / before['cpu']:.2f}x CPU; "
                    f"{same_tables(kind, folder / kind, folder / f'previous-{kind}')}",
                    flush=True,
                )
        excel = _run("consolidated", database, folder / "all.xlsx")
        bare = bare_workbook(folder / "all.xlsx", folder / "bare.xlsx")
        print(
            f"Consolidated Excel export of {min(excel['audits'], CONSOLIDATED)} audits: "
            f"{excel['seconds']:.1f} s (CPU {excel['cpu']:.1f} s), peak RSS "
            f"{excel['rss_mb']:.0f} MB (bare write-only openpyxl, same cells: "
            f"{bare['seconds']:.1f} s, CPU {bare['cpu']:.1f} s; ratio "
            f"{excel['seconds'] / bare['seconds']:.2f}x wall, "
            f"{excel['cpu'] / bare['cpu']:.2f}x CPU)",
            flush=True,
        )
        if previous:
            before = _run("consolidated", database, folder / "previous.xlsx", previous)
            print(
                f"  the code of {revision}, same run: {before['seconds']:.1f} s (CPU "
                f"{before['cpu']:.1f} s) -> now {excel['seconds'] / before['seconds']:.2f}x wall, "
                f"{excel['cpu'] / before['cpu']:.2f}x CPU; "
                f"{same_workbooks(folder / 'all.xlsx', folder / 'previous.xlsx')}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
