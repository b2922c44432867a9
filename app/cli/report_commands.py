"""`jalon report`, `jalon export xlsx|consolidated|tidy` and `jalon workbook export|import`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from app.cli.terminal import confirm, echo
from app.composition import Application
from app.models.errors import JalonError
from app.reports.fill_in.workbook_import_plan import ImportMode, WorkbookPreview
from app.reports.progress import Progress
from app.reports.report_texts import REPORT_LANGUAGES

FILE = click.Path(dir_okay=False, path_type=Path)
LANG = click.option(
    "--lang",
    type=click.Choice(REPORT_LANGUAGES),
    help="Language of the report (default: the audit's content language).",
)
FIELDS = {"answer": "answer", "not_applicable": "N/A", "comment": "comment"}


@contextmanager
def _progress_bar(label: str) -> Iterator[Progress]:
    """A click progress bar on stderr, driven by a writer's (done, total) reports."""
    with click.progressbar(length=1, label=label, file=sys.stderr, show_eta=False) as bar:

        def update(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        yield Progress(update)


@click.command()
@click.argument("reference")
@click.option("--pdf", "target", type=FILE, required=True, help="PDF file to write.")
@LANG
@click.pass_obj
def report(app: Application, reference: str, target: Path, lang: str | None) -> None:
    """Write the PDF report of an audit."""
    with _progress_bar("Building the report") as progress:
        app.reports.write_pdf(reference, target, lang, progress)
    echo(f"Report written to {target}")


@click.group()
def export() -> None:
    """Export audits to Excel, or to CSV and Parquet tables for analysis."""


@export.command("xlsx")
@click.argument("reference")
@click.argument("target", type=FILE)
@LANG
@click.pass_obj
def export_xlsx(app: Application, reference: str, target: Path, lang: str | None) -> None:
    """Export one audit: summary with charts, answers, scores, organization, action plan."""
    with _progress_bar("Exporting") as progress:
        app.reports.write_xlsx(reference, target, lang, progress)
    echo(f"Workbook written to {target}")


@export.command("consolidated")
@click.argument("target", type=FILE)
@click.option(
    "--audit",
    "references",
    multiple=True,
    help="An audit to include (repeat for several; default: every audit).",
)
@click.option(
    "--lang",
    type=click.Choice(REPORT_LANGUAGES),
    default="en",
    show_default=True,
    help="Language of headings and labels.",
)
@click.pass_obj
def export_consolidated(
    app: Application, target: Path, references: tuple[str, ...], lang: str
) -> None:
    """One workbook for many audits: a row per audit and a long table of all answers."""
    with _progress_bar("Exporting audits") as progress:
        count = app.reports.write_consolidated(target, lang, list(references) or None, progress)
    echo(f"{count} audit(s) written to {target}")


@export.command("tidy")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--format",
    "kind",
    type=click.Choice(["parquet", "csv"]),
    default="parquet",
    show_default=True,
    help="File format of the tables.",
)
@click.option(
    "--incremental",
    "--since-last",
    "incremental",
    is_flag=True,
    help="Write only the audits changed since the last export to FOLDER, as a new "
    "batch under FOLDER/changes/ (a folder without an export gets everything).",
)
@click.pass_obj
def export_tidy(app: Application, folder: Path, kind: str, incremental: bool) -> None:
    """Long tables for pandas, R, DuckDB, Power BI or Power Query: one row per audit and
    question (answers), one row per audit (audits), and a README with the schema."""
    with _progress_bar("Exporting audits") as progress:
        result = app.tidy_exports.export(folder, kind, incremental, progress)
    if result.incremental and not (result.audits or result.removed):
        echo(f"No audit changed since the last export to {folder}; nothing written.")
        return
    echo(
        f"{result.audits} audit(s), {result.answers} answer row(s) written to "
        f"{result.folder}"
        + (
            f"; {result.removed} audit(s) removed since the last "
            "export are listed in jalon-export.json"
            if result.removed
            else ""
        )
    )


@click.group()
def workbook() -> None:
    """Offline fill-in workbooks: export for people without Jalon, import their answers."""


@workbook.command("export")
@click.argument("reference")
@click.argument("target", type=FILE)
@LANG
@click.pass_obj
def workbook_export(app: Application, reference: str, target: Path, lang: str | None) -> None:
    """Write a fill-in workbook of a draft audit."""
    app.reports.export_workbook(reference, target, lang)
    echo(f"Fill-in workbook written to {target}")


@workbook.command("import")
@click.argument("reference")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--mode",
    type=click.Choice([m.value for m in ImportMode]),
    required=True,
    help="fill: only questions without an answer; overwrite: replace differing answers.",
)
@click.option("--dry-run", is_flag=True, help="Show the changes and write nothing.")
@click.option("--yes", is_flag=True, help="Apply without asking for confirmation.")
@click.pass_obj
def workbook_import(
    app: Application, reference: str, source: Path, mode: str, dry_run: bool, yes: bool
) -> None:
    """Import a filled-in workbook: preview every change, then apply them as revisions."""
    service = app.reports
    preview = service.preview_workbook(reference, source, ImportMode(mode))
    _print_preview(preview)
    if preview.problems:
        raise JalonError(
            "the workbook was not imported: {count} problem(s) listed above; nothing was changed",
            count=len(preview.problems),
        )
    if not preview.changes:
        echo("The workbook brings no change.")
        return
    if dry_run:
        echo("Dry run: nothing was changed.")
        return
    if not yes and not confirm(f"Apply these {len(preview.changes)} change(s)?"):
        echo("Nothing was changed.")
        return
    applied = service.import_workbook(reference, source, ImportMode(mode), previewed=preview)
    echo(f"{len(applied.changes)} change(s) recorded.")


def _print_preview(preview: WorkbookPreview) -> None:
    for change in preview.changes:
        echo(
            f"row {change.row:<4} {change.code:10} {FIELDS[change.field]:8} "
            f"{change.before or '(empty)'} -> {change.after}"
        )
    if preview.kept:
        echo(
            f"{len(preview.kept)} answer(s) differ from the workbook but were kept "
            f"(mode {preview.mode.value}: only empty answers are filled)."
        )
    for problem in preview.problems:
        echo(f"Problem: {problem}", err=True)
    echo(f"{len(preview.changes)} change(s), {len(preview.problems)} problem(s).")
