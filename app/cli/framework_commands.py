"""`jalon framework …`: validate, inspect, list and export frameworks."""

from __future__ import annotations

import json
from pathlib import Path

import click

from app.composition import Application
from app.models.framework import Level


@click.group()
def framework() -> None:
    """Validate, inspect and export frameworks."""


@framework.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.pass_obj
def validate(app: Application, file: Path, as_json: bool, strict: bool) -> None:
    """Check a framework workbook; list every problem with its sheet, row and column."""
    result = app.frameworks.validate(file)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "severity": p.severity.value,
                        "sheet": p.sheet,
                        "row": p.row,
                        "column": p.column,
                        "message": p.message,
                    }
                    for p in result.problems
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for problem in result.problems:
            click.echo(f"{file.name}: {problem}")
    errors, warnings = len(result.errors), len(result.warnings)
    if not as_json:
        if result.framework is not None:
            f = result.framework
            click.echo(
                f"{file.name}: framework {f.id} {f.version}, {len(f.indicators)} "
                f"questions, {errors} error(s), {warnings} warning(s)"
            )
            click.echo(f"{file.name}: {_runs(f)}")
        else:
            click.echo(f"{file.name}: {errors} error(s), {warnings} warning(s); not usable")
        if result.skipped:
            skipped = ", ".join(f"{s.name} ({s.type}, row {s.row})" for s in result.skipped)
            click.echo(f"{file.name}: not run: {len(result.skipped)} question(s) skipped: "
                       f"{skipped}")
    if errors or (strict and warnings):
        raise click.exceptions.Exit(1)


def _runs(f) -> str:
    """What of a framework will run, in one line."""
    indicators = list(f.indicators.values())
    asked = [i for i in indicators if i.is_answerable]
    return (
        f"runs: {len(asked)} question(s) to answer "
        f"({sum(i.is_scored for i in asked)} scored), "
        f"{sum(i.is_calculated for i in indicators)} calculation(s), "
        f"{sum(bool(i.choice_filter) for i in asked)} cascading select(s), "
        f"{sum(bool(i.relevant) for i in indicators)} condition(s) on questions"
    )


@framework.command("list")
@click.pass_obj
def list_frameworks(app: Application) -> None:
    """List the frameworks shipped with Jalon."""
    for f in app.frameworks.bundled():
        title = f.text(f.title, f.default_language)
        click.echo(f"{f.id:12} {f.version:8} {len(f.indicators):4} questions  {title}")


@framework.command()
@click.argument("reference", required=False)
@click.option("--lang", help="Language of the titles (default: the framework's).")
@click.pass_obj
def info(app: Application, reference: str | None, lang: str | None) -> None:
    """Describe a framework: REFERENCE is a bundled id or an .xlsx file (default framework)."""
    f = app.frameworks.resolve(reference)
    language = lang or f.default_language
    counts = {level: sum(1 for g in f.iter_groups() if g.level == level) for level in Level}
    scored = sum(1 for i in f.indicators.values() if i.is_scored)
    click.echo(f"{f.text(f.title, language)}")
    click.echo(f"  id {f.id}, version {f.version}, hash {f.content_hash}")
    click.echo(f"  languages {', '.join(f.languages)} (default {f.default_language})")
    click.echo(
        f"  {counts[Level.DIMENSION]} dimensions, {counts[Level.STANDARD]} standards, "
        f"{counts[Level.PRACTICE]} practices, {len(f.indicators)} questions "
        f"({scored} scored)"
    )
    for name, label in f.modules.items():
        click.echo(f"  module {name}: {f.text(label, language)}")


@framework.command()
@click.argument("reference", required=False)
@click.option(
    "--xlsx",
    "target",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Workbook to write.",
)
@click.pass_obj
def export(app: Application, reference: str | None, target: Path) -> None:
    """Write an editable XLSForm workbook of a framework."""
    f = app.frameworks.resolve(reference)
    app.frameworks.export_xlsx(f, target)
    click.echo(f"Wrote {target} ({f.id} {f.version}, {len(f.indicators)} questions)")
