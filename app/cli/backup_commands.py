"""`jalon backup …`: list, create and restore backups of the database.

These commands work when the database itself is damaged: they never need to open it.
"""

from __future__ import annotations

from datetime import datetime

import click

from app.cli.terminal import confirm, echo, visible
from app.composition import Application
from app.services.backup_service import Loss


@click.group()
def backup() -> None:
    """Back up the database, and restore a backup."""


@backup.command("list")
@click.pass_obj
def list_backups(app: Application) -> None:
    """List backups, newest first, with what each holds."""
    backups = app.backups.list()
    if not backups:
        echo(f"No backups yet in {app.paths.backups}.")
        return
    for info in backups:
        health = app.backups.health(info)
        summary = app.backups.summary(info) if health.ok else None
        content = (
            f"{summary.audits} audit(s), {summary.revisions} answer change(s)"
            if summary
            else f"DAMAGED: {health.problems[0] if health.problems else 'unreadable'}"
        )
        echo(
            f"{info.name}  {_local(info.created_at)}  {info.reason:18} "
            f"{_size(info.size):>9}  {content}"
        )


@backup.command()
@click.pass_obj
def create(app: Application) -> None:
    """Back up the database now (kept until you delete it)."""
    info = app.backups.create()
    echo(f"Backup written: {info.path} ({_size(info.size)})")


@backup.command()
@click.argument("name", required=False)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def restore(app: Application, name: str | None, yes: bool) -> None:
    """Put a backup in place of the database (default: the newest good backup).

    NAME is a file name shown by 'jalon backup list', or the path of a backup file. The
    current database is not deleted: it is moved to the set-aside folder.
    """
    service = app.backups
    chosen = service.find(name)
    health = service.health(chosen)
    if not health.ok:
        raise click.ClickException(
            visible(f"the backup {chosen.name} is damaged: {health.problems[0]}")
        )
    echo(f"Backup {chosen.name}, taken {_local(chosen.created_at)}.")
    echo(_loss_sentence(service.loss_if_restored(chosen)))
    if not yes:
        confirm("Restore this backup?", abort=True)
    result = service.restore(chosen)
    echo(f"Restored {result.backup.name}.")
    if result.set_aside:
        echo(f"The previous database is kept in {result.set_aside}")


def _loss_sentence(loss: Loss) -> str:
    if loss.changes is None:
        return (
            f"Changes made after {_local(loss.since)} cannot be counted in the current "
            "database and will not be in the restored one."
        )
    if loss.changes == 0:
        return "The current database has no change newer than this backup."
    return (
        f"{loss.changes} change(s) made after {_local(loss.since)} (the last at "
        f"{_local(datetime.fromisoformat(loss.last_change))}) will not be in the restored "
        "database."
    )


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"
