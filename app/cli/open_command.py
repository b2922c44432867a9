"""`jalon open AUDIT`: the desktop application, on that audit, at the question last visited."""

from __future__ import annotations

import click

from app.composition import Application


@click.command("open")
@click.argument("reference")
@click.pass_obj
def open_audit(app: Application, reference: str) -> None:
    """Open an audit in the desktop application (id or a prefix of at least 4 characters)."""
    audit = app.audits.get(reference)  # an unknown or ambiguous id is refused before Qt starts
    from app.ui.shell.launcher import launch  # only the desktop app needs Qt

    click.get_current_context().exit(launch(app, audit.id))
