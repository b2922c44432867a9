"""`jalon audit follow-up` and `jalon audit keep`: the next audit of an institution, and
taking up the previous audit's answers one by one."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.terminal import echo
from app.composition import Application


@click.command("follow-up")
@click.argument("reference")
@click.option(
    "--framework",
    "version",
    help="Framework version for the new audit (default: the previous audit's), e.g. 2026.2.",
)
@click.option(
    "--carried",
    is_flag=True,
    help="Start from the previous answers, each carried to confirm (counted once confirmed).",
)
@click.pass_obj
def follow_up(app: Application, reference: str, version: str | None, carried: bool) -> None:
    """Create the next audit of the institution of audit REFERENCE."""
    framework = None
    if version:
        previous = app.audits.framework_of(app.audits.get(reference))
        # A bare version names one of the previous audit's framework; else id@version or a file.
        plain = "@" not in version and Path(version).suffix.lower() not in (".xlsx", ".xlsm")
        framework = app.frameworks.resolve(f"{previous.id}@{version}" if plain else version)
    created = app.follow_ups.create(reference, framework, carried)
    session = app.audits.open(created.id)
    echo(
        f"Created follow-up audit {created.id} for {created.institution} "
        f"({session.framework.id} {session.framework.version}); "
        f"{len(session.to_confirm())} carried answer(s) to confirm"
    )


@click.command()
@click.argument("reference")
@click.argument("codes", nargs=-1, required=True)
@click.pass_obj
def keep(app: Application, reference: str, codes: tuple[str, ...]) -> None:
    """Keep the previous audit's answer to each of CODES (confirming a carried one); `all`
    keeps every answer still to confirm."""
    session = app.audits.open(reference)
    names = [i.name for i in session.to_confirm()] if codes == ("all",) else list(codes)
    for name in names:
        kept = session.keep_previous(name)
        indicator = session.indicator(name)
        shown = f"N/A ({kept.na_reason})" if kept.is_not_applicable else kept.value
        echo(f"Kept {indicator.display_code} = {shown}")
    echo(f"{len(session.to_confirm())} carried answer(s) still to confirm")
