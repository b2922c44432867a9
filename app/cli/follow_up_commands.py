"""`jalon audit follow-up`, `jalon audit keep` and `jalon audit figures`: the next audit of an
institution, taking up the previous audit's answers one by one, and confirming figures that
moved implausibly far since then."""

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
@click.option("--period-start", default="", help="Start of the period assessed (YYYY-MM-DD).")
@click.option("--period-end", default="", help="End of the period assessed (YYYY-MM-DD).")
@click.pass_obj
def follow_up(
    app: Application,
    reference: str,
    version: str | None,
    carried: bool,
    period_start: str,
    period_end: str,
) -> None:
    """Create the next audit of the institution of audit REFERENCE (its period as for
    `jalon audit new`)."""
    framework = None
    if version:
        previous = app.audits.framework_of(app.audits.get(reference))
        # A bare version names one of the previous audit's framework; else id@version or a file.
        plain = "@" not in version and Path(version).suffix.lower() not in (".xlsx", ".xlsm")
        framework = app.frameworks.resolve(f"{previous.id}@{version}" if plain else version)
    created = app.follow_ups.create(reference, framework, carried, period_start, period_end)
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


@click.command("figures")
@click.argument("reference")
@click.option("--confirm", "code", help="Confirm this flagged figure at its current value.")
@click.option("--note", default="", help="Why the figure changed so much (with --confirm).")
@click.pass_obj
def figures(app: Application, reference: str, code: str | None, note: str) -> None:
    """Organization figures of follow-up audit REFERENCE that moved beyond their limit since
    the previous audit, those confirmed with their note and those still to confirm; with
    --confirm CODE --note TEXT, confirm one of them."""
    session = app.audits.open(reference)
    if code:
        confirmed = session.confirm_figure(code, note)
        echo(f"Confirmed {session.indicator(code).display_code} = {confirmed.value:g}")
    # Confirmed ones first, with who confirmed them and why: a head office reads here the
    # notes a site sent with its package.
    for held in session.confirmed_figures():
        flag = held.flag
        echo(
            f"  {session.indicator(flag.indicator).display_code:6} {flag.previous:g} -> "
            f"{flag.current:g}  confirmed by {held.author} on "
            f"{held.confirmed_at[:10]}: {held.note}"
        )
    flags = session.implausible_figures()
    for flag in flags:
        indicator = session.indicator(flag.indicator)
        source = "framework" if flag.from_framework else "default"
        echo(
            f"  {indicator.display_code:6} {flag.previous:g} -> {flag.current:g}  "
            f"(limit ±{100 * flag.limit:g} %, {source})  "
            f"{session.text(indicator.label)}"
        )
    echo(f"{len(flags)} figure(s) to correct or confirm")
