"""`jalon conflicts …`: answers changed differently on two installations, and their resolution."""

from __future__ import annotations

import click

from app.cli.provenance_lines import signed_line
from app.cli.terminal import echo
from app.composition import Application
from app.models.revision import Revision
from app.services.merge.conflict_service import ConflictView, Resolution


def _describe(app: Application, revision: Revision) -> str:
    if revision.na_reason:
        value = f"N/A ({revision.na_reason})"
    elif revision.value is None or revision.value == "":
        value = "(no answer)"
    else:
        value = str(revision.value)
    extra = []
    if revision.comment:
        extra.append(f"comment: {revision.comment}")
    if revision.flagged:
        extra.append("flagged")
    suffix = f"  [{'; '.join(extra)}]" if extra else ""
    line = f"{value}{suffix}  — {revision.author}, {revision.created_at[:16].replace('T', ' ')}"
    if revision.signed_by:
        line += f"\n            {signed_line(app, revision)}"
    return line


def _echo(app: Application, view: ConflictView) -> None:
    c = view.conflict
    echo(f"{c.id[:12]}  {view.indicator.display_code}  ({c.status.value})")
    echo(f"    mine:   {_describe(app, view.mine)}")
    echo(f"    theirs: {_describe(app, view.theirs)}")


@click.group()
def conflicts() -> None:
    """List and resolve conflicts left by merging packages."""


@conflicts.command("list")
@click.argument("reference", required=False)
@click.option("--all", "include_resolved", is_flag=True, help="Include resolved conflicts.")
@click.pass_obj
def list_conflicts(app: Application, reference: str | None, include_resolved: bool) -> None:
    """List the conflicts of an audit, or of every audit that has open ones."""
    if reference:
        audits = [app.audits.get(reference)]
    else:
        audits = [app.audits.get(audit_id) for audit_id in app.conflicts.open_counts()]
    if not audits:
        echo("No open conflicts.")
    for audit in audits:
        views = app.conflicts.list(audit, app.audits.framework_of(audit), include_resolved)
        echo(f"Audit {audit.short_id} of {audit.institution}: {len(views)} conflict(s)")
        for view in views:
            _echo(app, view)


@conflicts.command()
@click.argument("conflict")
@click.option(
    "--keep-mine",
    "choice",
    flag_value=Resolution.KEEP_MINE.value,
    help="Keep this installation's version.",
)
@click.option(
    "--keep-theirs",
    "choice",
    flag_value=Resolution.KEEP_THEIRS.value,
    help="Keep the other installation's version.",
)
@click.option("--value", "new_value", help="Write a new answer instead of either version.")
@click.pass_obj
def resolve(app: Application, conflict: str, choice: str | None, new_value: str | None) -> None:
    """Resolve CONFLICT (an id or its first characters)."""
    if (choice is None) == (new_value is None):
        raise click.UsageError("give exactly one of --keep-mine, --keep-theirs or --value")
    found = app.conflicts.get(conflict)
    audit = app.audits.get(found.audit_id)
    framework = app.audits.framework_of(audit)
    resolution = Resolution(choice) if choice else Resolution.NEW_ANSWER
    revision = app.conflicts.resolve(found, audit, framework, resolution, new_value)
    code = framework.indicators[revision.indicator].display_code
    echo(f"Resolved {code} of {audit.institution}: {_describe(app, revision)}")
