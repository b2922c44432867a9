"""`jalon portfolio`: every institution, its latest accepted audit, review and corrections."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.terminal import echo
from app.composition import Application
from app.frameworks.form_settings import MAX_VALIDITY_MONTHS
from app.services.atomic_output import AtomicOutput
from app.services.portfolio_service import PortfolioService

MONTHS_PER_UNIT = {"m": 1, "y": 12}


def parse_validity(choice: str) -> tuple[str, int | None]:
    """`jalon_sp=3y` → ("jalon_sp", 36); `jalon_sp=18m` → 18; `jalon_sp=default` → None."""
    framework_id, _, period = choice.partition("=")
    period = period.strip().lower()
    if period == "default" and framework_id:
        return framework_id, None
    count, unit = period[:-1], period[-1:]
    if not framework_id or unit not in MONTHS_PER_UNIT or not count.isdigit():
        raise click.UsageError(
            f"--valid-for {choice!r}: write FRAMEWORK=PERIOD, the period in years (3y) or "
            "months (18m), or FRAMEWORK=default"
        )
    months = int(count) * MONTHS_PER_UNIT[unit]
    if not 1 <= months <= MAX_VALIDITY_MONTHS:
        raise click.UsageError(f"--valid-for {choice!r}: the period must be 1 month to 20 years")
    return framework_id, months


def describe(months: int) -> str:
    return f"{months // 12} years" if months % 12 == 0 else f"{months} months"


def _show_periods(portfolio: PortfolioService) -> None:
    for period in portfolio.periods():
        origin = (
            "set here"
            if period.override
            else "the framework's own"
            if period.declared
            else "the default"
        )
        echo(f"Validity of {period.framework_id}: {describe(period.months)} ({origin})")


@click.command()
@click.option(
    "--valid-for",
    "choices",
    multiple=True,
    metavar="FRAMEWORK=PERIOD",
    help="Keep a validity period for a framework's assessments on this installation: 3y, "
    "18m, or 'default' for the framework's own (two years when it declares none).",
)
@click.option(
    "--xlsx",
    "target",
    type=click.Path(dir_okay=False),
    help="Also write the portfolio to this Excel workbook.",
)
@click.pass_obj
def portfolio(app: Application, choices: tuple[str, ...], target: str | None) -> None:
    """Every institution with its latest accepted audit, score and trend, review state, open
    corrections, and whether its assessment is out of date (by its framework's validity)."""
    service = app.portfolio
    for framework_id, months in [parse_validity(choice) for choice in choices]:
        service.set_override(framework_id, months)
    _show_periods(service)
    rows = service.rows()
    table = [
        (
            row.institution,
            row.country,
            row.audits,
            row.latest_accepted.short_id if row.latest_accepted else "",
            row.accepted_on,
            None if row.score is None else round(row.score, 1),
            None if row.trend is None else round(row.trend, 1),
            row.review_state.value,
            row.open_corrections,
            "yes" if row.out_of_date else "no",
            row.framework_id,
            row.valid_months,
        )
        for row in rows
    ]
    echo(
        f"{'institution':<30} {'country':<7} {'accepted':<10} {'score':>6} {'trend':>6} "
        f"{'review':<12} {'open':>4}  out of date"
    )
    for line in table:
        score = "-" if line[5] is None else f"{line[5]:.1f}"
        trend = "-" if line[6] is None else f"{line[6]:+.1f}"
        echo(
            f"{line[0][:30]:<30} {line[1]:<7} {line[4] or '-':<10} {score:>6} {trend:>6} "
            f"{line[7]:<12} {line[8]:>4}  {line[9]}"
        )
    if target:
        from app.reports.portfolio_workbook_writer import PortfolioWorkbookWriter

        with AtomicOutput(Path(target)).path() as partial:
            PortfolioWorkbookWriter().write(partial, table)
        echo(f"Written to {target}.")
