"""`jalon institution …`: the institutions audited, their audits, and merging two records."""

from __future__ import annotations

import click

from app.cli.terminal import echo
from app.composition import Application
from app.models.institution import Institution


@click.group()
def institution() -> None:
    """Institutions and their audits."""


@institution.command("list")
@click.pass_obj
def list_institutions(app: Application) -> None:
    """Every institution, with its number of audits; those grouped by spelling alone (when
    the database was upgraded) are marked for a person to confirm."""
    counts = app.institutions.audit_counts()
    for record in app.institutions.list():
        mark = "  [to confirm]" if record.to_confirm else ""
        echo(
            f"{record.short_id}  {record.country or '--':3} {counts.get(record.id, 0):3} "
            f"audit(s)  {record.name}{mark}"
        )
        if record.former_names:
            echo(f"          also written: {'; '.join(record.former_names)}")


@institution.command()
@click.argument("reference")
@click.pass_obj
def show(app: Application, reference: str) -> None:
    """An institution's record and its audits."""
    record = app.institutions.get(reference)
    _describe(record)
    for audit in app.institutions.audits(record):
        period = f"{audit.period_start}..{audit.period_end}".strip(".") or audit.created_at[:10]
        echo(f"  {audit.short_id}  {period}  {audit.status.value}  {audit.institution}")


@institution.command()
@click.argument("source")
@click.argument("target")
@click.pass_obj
def merge(app: Application, source: str, target: str) -> None:
    """Merge SOURCE into TARGET: the same institution recorded twice."""
    merged = app.institutions.merge(source, target)
    echo(f"Merged into {merged.short_id}.")
    _describe(merged)


@institution.command()
@click.argument("reference")
@click.pass_obj
def confirm(app: Application, reference: str) -> None:
    """Confirm that the audits grouped under an institution are one institution."""
    record = app.institutions.confirm(reference)
    echo(f"Confirmed: {record.name} ({record.short_id}).")


def _describe(record: Institution) -> None:
    echo(f"{record.name}  ({record.id})")
    echo(f"  country: {record.country or '-'}")
    if record.former_names:
        echo(f"  former names: {'; '.join(record.former_names)}")
    for scheme, value in record.identifiers:
        echo(f"  {scheme}: {value}")
