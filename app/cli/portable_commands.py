"""`jalon portable …`: where the data of this copy lives, and preparing a stick for removal."""

from __future__ import annotations

import click

from app.cli.terminal import echo
from app.composition import Application
from app.paths import PORTABLE_MARKER, program_dir


@click.group()
def portable() -> None:
    """Portable mode: Jalon and its data on a removable medium."""


@portable.command()
@click.pass_obj
def status(app: Application) -> None:
    """Say whether this copy runs in portable mode and where its data lives."""
    if app.paths.portable:
        echo(f"Portable mode: data in {app.paths.data_dir}")
    else:
        echo(
            f"Installed mode: data in {app.paths.data_dir}. For portable mode, put a file "
            f"named {PORTABLE_MARKER} in {program_dir()} or start Jalon with --portable."
        )


@portable.command("prepare-removal")
@click.pass_obj
def prepare_removal(app: Application) -> None:
    """Check and close the database so the medium can be removed safely."""
    report = app.prepare_removal()
    for problem in report.problems:
        echo(f"Error: {problem}", err=True)
    if not report.ready:
        raise SystemExit(1)
    echo(
        f"Ready for removal: {report.database} is checked, complete and closed. "
        "Use your system's 'eject' before pulling the medium out."
    )
