"""Report benchmarks: `python -m bench.report_bench` or `python -m bench report`.

- PDF report and Excel export of the default framework fully answered (seconds, median of 3),
  each against a bare baseline in the same run: reportlab laying out the same question texts
  as plain paragraphs, and openpyxl writing the same cells without styles or charts;
- consolidated export of 1,000 audits (seconds, and peak memory as the max RSS of a fresh
  process doing only that export), against openpyxl write-only mode streaming the same number
  of cells; the peak for 100 audits and for merely opening the database are measured too, to
  show that memory does not grow with the number of audits. (Linux and macOS: `resource`.)

Options: --audits N (default 1000).
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.composition import Application
from app.models.errors import AnswerError
from app.models.framework import QuestionType
from app.paths import AppPaths
from app.services.audit_service import AuditService
from app.services.identity import Identity
from app.services.report_service import ReportService
from app.storage.store import Store

RUNS = 3


def answer_everything(session) -> None:
    """Every relevant question answered; select questions cycle through their choices."""
    for number, indicator in enumerate(session.framework.iter_indicators()):
        if indicator.name not in session.score().relevant or not indicator.is_answerable:
            continue
        if indicator.is_select:
            session.answer(
                indicator.name, indicator.choices[number % 3 % len(indicator.choices)].name
            )
        elif indicator.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
            for candidate in ("1998", "12", "1", "0"):
                try:
                    session.answer(indicator.name, candidate)
                    break
                except AnswerError:
                    continue
        elif indicator.type == QuestionType.DATE:
            session.answer(indicator.name, "2025-12-31")
        else:
            session.answer(indicator.name, "Société coopérative")
        if number % 7 == 0:
            session.comment(indicator.name, "Vérifié avec la direction ; reçu signé.")


def median_seconds(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_single(service: ReportService, audit_id: str, folder: Path) -> dict:
    data = service.report_data(audit_id, "fr")
    labels = [data.label(i) for i in data.framework.iter_indicators()]

    def bare_pdf() -> None:
        style = getSampleStyleSheet()["BodyText"]
        SimpleDocTemplate(str(folder / "bare.pdf")).build(
            [
                Paragraph(label.replace("&", "&amp;").replace("<", "&lt;"), style)
                for label in labels
                for _ in range(2)
            ]
        )

    def bare_xlsx() -> None:
        workbook = Workbook()
        sheet = workbook.active
        for label in labels:
            sheet.append(
                [label, "Oui", 1, 1, "", "", "Vérifié", "", "", "", "", "", "", "", "", "", ""]
            )
        workbook.save(folder / "bare.xlsx")

    return {
        "pdf_s": median_seconds(lambda: service.write_pdf(audit_id, folder / "r.pdf", "fr")),
        "bare_pdf_s": median_seconds(bare_pdf),
        "xlsx_s": median_seconds(lambda: service.write_xlsx(audit_id, folder / "r.xlsx", "fr")),
        "bare_xlsx_s": median_seconds(bare_xlsx),
        "workbook_s": median_seconds(
            lambda: service.export_workbook(audit_id, folder / "w.xlsx", "fr")
        ),
        "pdf_pages": _pages(folder / "r.pdf"),
    }


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def bench_consolidated(database: Path, count: int, folder: Path) -> dict:
    """Each export runs in a fresh process so that its peak memory (max RSS) is its own; a
    process that only opens the database and lists the audits is the baseline."""
    runs = {n: _child(database, n, folder / f"all-{n}.xlsx") for n in (0, 100, count)}
    cells = _cells(folder / f"all-{count}.xlsx")
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheets = [workbook.create_sheet("a"), workbook.create_sheet("b")]
    for index, (sheet, width) in enumerate(zip(sheets, cells["widths"], strict=True)):
        for row in range(cells["rows"][index]):
            sheet.append([f"value {row % 500}" if c % 3 else row * 0.5 for c in range(width)])
    workbook.save(folder / "bare-stream.xlsx")
    bare = time.perf_counter() - start
    return {
        "audits": count,
        "seconds": runs[count]["seconds"],
        "bare_seconds": bare,
        "rss_mb": runs[count]["rss_mb"],
        "rss_100_mb": runs[100]["rss_mb"],
        "rss_base_mb": runs[0]["rss_mb"],
        "answer_rows": cells["rows"][1] - 1,
        "size_mb": (folder / f"all-{count}.xlsx").stat().st_size / 1e6,
    }


def _child(database: Path, count: int, target: Path) -> dict:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.report_bench",
            "--child",
            str(database),
            str(count),
            str(target),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def child(database: Path, count: int, target: Path) -> int:
    """Export the first `count` audits of `database` (none: just open and list them)."""
    store = Store.open(database)
    audits = AuditService(store, Identity("bench", "bench"))
    references = [audit.id for audit in audits.list()][:count]
    start = time.perf_counter()
    if references:
        ReportService(store, audits).write_consolidated(target, "fr", references)
    seconds = time.perf_counter() - start
    store.close()
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1e6 if sys.platform == "darwin" else 1e3
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    print(json.dumps({"seconds": seconds, "rss_mb": rss}))
    return 0


def _cells(path: Path) -> dict:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        rows, widths = [], []
        for sheet in workbook.worksheets:  # a streamed sheet records no dimensions: count
            shape = [len(row) for row in sheet.iter_rows(values_only=True)]
            rows.append(len(shape))
            widths.append(max(shape))
        return {"rows": rows, "widths": widths}
    finally:
        workbook.close()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(Path(argv[1]), int(argv[2]), Path(argv[3]))
    count = 1000
    if "--audits" in argv:
        count = int(argv[argv.index("--audits") + 1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        app = Application(AppPaths(folder / "data"), author="bench")
        framework = app.catalog.default()
        audit = app.audits.create(
            framework, "Caisse Populaire de Thiès", "SN", content_language="fr"
        )
        answer_everything(app.audits.open(audit.id))
        service = ReportService(app.store, app.audits)
        single = bench_single(service, audit.id, folder)
        print(
            f"PDF report, {len(framework.indicators)} questions answered, "
            f"{single['pdf_pages']} pages: {single['pdf_s']:.2f} s "
            f"(bare reportlab, same texts: {single['bare_pdf_s']:.2f} s, ratio "
            f"{single['pdf_s'] / single['bare_pdf_s']:.1f}x)"
        )
        print(
            f"Excel export: {single['xlsx_s']:.2f} s (bare openpyxl, same cells: "
            f"{single['bare_xlsx_s']:.2f} s, ratio "
            f"{single['xlsx_s'] / single['bare_xlsx_s']:.1f}x)"
        )
        print(f"Fill-in workbook export: {single['workbook_s']:.2f} s", flush=True)

        start = time.perf_counter()
        for number in range(1, count):
            app.audits.duplicate(audit, institution=f"Institution {number}")
        print(f"({count} audits prepared in {time.perf_counter() - start:.0f} s)", flush=True)
        database = app.paths.database
        app.close()
        result = bench_consolidated(database, count, folder)
        print(
            f"Consolidated export of {result['audits']} audits "
            f"({result['answer_rows']} answer rows, {result['size_mb']:.1f} MB): "
            f"{result['seconds']:.1f} s (bare write-only openpyxl, same cells: "
            f"{result['bare_seconds']:.1f} s, ratio "
            f"{result['seconds'] / result['bare_seconds']:.1f}x)"
        )
        print(
            f"Peak memory (max RSS of the exporting process): {result['rss_mb']:.0f} MB for "
            f"{count} audits, {result['rss_100_mb']:.0f} MB for 100, "
            f"{result['rss_base_mb']:.0f} MB for opening the database and listing them"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
