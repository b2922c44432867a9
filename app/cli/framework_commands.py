"""`jalon framework …`: validate, inspect, list and export frameworks."""

from __future__ import annotations

import json
from pathlib import Path

import click

from app.cli.terminal import echo
from app.composition import Application
from app.models.framework import Level
from app.models.question_counts import QuestionCounts


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
        echo(
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
            echo(f"{file.name}: {problem}")
    errors, warnings = len(result.errors), len(result.warnings)
    if not as_json:
        if result.framework is not None:
            f = result.framework
            echo(
                f"{file.name}: framework {f.id} {f.version}, {len(f.indicators)} "
                f"questions, {errors} error(s), {warnings} warning(s)"
            )
            echo(f"{file.name}: {_runs(f)}")
        else:
            echo(f"{file.name}: {errors} error(s), {warnings} warning(s); not usable")
        if result.skipped:
            skipped = ", ".join(f"{s.name} ({s.type}, row {s.row})" for s in result.skipped)
            echo(f"{file.name}: not run: {len(result.skipped)} question(s) skipped: {skipped}")
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
    """List the frameworks shipped with Jalon and those installed, every version."""
    current = {f.content_hash for f in app.frameworks.available()}
    for f, bundled in app.frameworks.everything():
        title = f.text(f.title, f.default_language)
        origin = "bundled" if bundled else "installed"
        use = "" if f.content_hash in current else "  (earlier version)"
        core, optional = QuestionCounts.in_framework(f)
        modules = f"(+{optional} in modules)" if optional else ""
        echo(f"{f.id:12} {f.version:8} {core:4} questions {modules:17} {origin:9}  {title}{use}")


@framework.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def install(app: Application, file: Path) -> None:
    """Install a framework workbook (e.g. one a network sent) after validating it."""
    result = app.frameworks.validate(file)
    for problem in result.problems:
        echo(f"{file.name}: {problem}")
    if result.framework is None:
        echo(f"{file.name}: {len(result.errors)} error(s); nothing was installed", err=True)
        raise click.exceptions.Exit(1)
    f = result.framework
    done = app.frameworks.install(f)
    echo(f"{file.name}: framework {f.id} {f.version}, {len(f.indicators)} questions")
    echo(f"  hash {f.content_hash}")
    if done.already_installed:
        echo("Already installed: nothing changed.")
    else:
        echo(
            f"Installed {f.id} {f.version}: new audits can use it "
            f"(jalon audit new --framework {f.id}@{f.version})."
        )


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
    core, optional = QuestionCounts.in_framework(f)
    echo(f"{f.text(f.title, language)}")
    echo(f"  id {f.id}, version {f.version}, hash {f.content_hash}")
    echo(f"  languages {', '.join(f.languages)} (default {f.default_language})")
    echo(
        f"  {counts[Level.DIMENSION]} dimensions, {counts[Level.STANDARD]} standards, "
        f"{counts[Level.PRACTICE]} practices, {core} questions "
        f"(+{optional} in optional modules; {scored} scored in all)"
    )
    for name, label in f.modules.items():
        echo(f"  module {name}: {f.text(label, language)}")


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
    echo(f"Wrote {target} ({f.id} {f.version}, {len(f.indicators)} questions)")


@framework.command()
@click.argument("old")
@click.argument("new")
@click.option("--lang", help="Show text changes in this language only (default: every one).")
@click.option(
    "--draft-crosswalk",
    "draft",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a draft crosswalk workbook (SSSOM-shaped) for a person to complete.",
)
@click.pass_obj
def diff(app: Application, old: str, new: str, lang: str | None, draft: Path | None) -> None:
    """Show what changed from framework OLD to NEW (id@version, id, or .xlsx file)."""
    from app.models.framework_diff import ChangeKind, FrameworkDiff

    before, after = app.frameworks.resolve(old), app.frameworks.resolve(new)
    comparison = FrameworkDiff(before, after)
    changes = [c for c in comparison.changes() if not (lang and c.language and c.language != lang)]
    echo(
        f"{before.id} {before.version} ({before.content_hash[:12]}) -> "
        f"{after.id} {after.version} ({after.content_hash[:12]})"
    )
    heading = None
    for change in changes:
        where = change.code or "framework"
        if change.kind != ChangeKind.CHANGED:
            text = change.new or change.old
            echo(f"{where}  {change.kind}{': ' + text if text else ''}")
            heading = None
            continue
        if where != heading:
            echo(f"{where}  changed")
            heading = where
        field = f"{change.field} [{change.language}]" if change.language else change.field
        echo(f"    {field}:")
        echo(f"      - {change.old}")
        echo(f"      + {change.new}")
    _summarise(changes, before, after, lang or after.default_language)
    if draft is not None:
        from app.frameworks.crosswalk_workbook import CrosswalkWorkbook

        proposal = comparison.draft_crosswalk()
        CrosswalkWorkbook(proposal, before, after).write(draft)
        echo(
            f"Wrote a draft crosswalk to {draft} ({len(proposal.rows)} rows): check each "
            "relation, mark merges and splits, write the notes, then copy its rows into the "
            f"'crosswalk' sheet of {after.id} {after.version}."
        )


def _summarise(changes, before, after, language: str) -> None:
    from collections import Counter

    from app.models.crosswalk import Relation
    from app.models.framework_diff import ChangeKind

    questions = {
        c.name: c.kind for c in changes if c.name in before.indicators or c.name in after.indicators
    }
    counts = Counter(questions.values())
    echo(
        f"{counts[ChangeKind.ADDED]} question(s) added, {counts[ChangeKind.REMOVED]} removed, "
        f"{counts[ChangeKind.CHANGED]} changed; {len(changes)} change(s) in all"
    )
    crosswalk = after.crosswalk_from(before)
    if crosswalk is None:
        echo(
            f"{after.id} {after.version} holds no crosswalk from {before.version}; "
            "--draft-crosswalk FILE drafts one"
        )
        return
    relations = Counter(row.relation.value for row in crosswalk.rows)
    problems = crosswalk.check(before, after)
    echo(
        f"crosswalk {before.version} -> {after.version}: "
        + ", ".join(f"{n} {relation}" for relation, n in sorted(relations.items()))
        + ("; it covers every question of " + before.version if not problems else "")
    )
    for problem in problems:
        echo(f"  crosswalk problem: {problem}")
    for row in crosswalk.rows:
        if row.relation != Relation.SAME:
            note = after.text(row.comment, language)
            echo(
                f"  {_code(before, row.subject)} -> {_code(after, row.object)}  "
                f"{row.relation.value}{'  ' + note if note else ''}"
            )


def _code(framework, name: str) -> str:
    indicator = framework.indicators.get(name)
    return indicator.display_code if indicator else "-"
