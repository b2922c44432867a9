"""`jalon portfolio`: every institution, its latest accepted audit, review and corrections."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.terminal import echo
from app.composition import Application
from app.services.atomic_output import AtomicOutput
from app.services.portfolio_service import VALIDITY_DAYS


@click.command()
@click.option(
    "--validity-days",
    default=VALIDITY_DAYS,
    show_default=True,
    help="An accepted assessment older than this is out of date.",
)
@click.option(
    "--xlsx",
    "target",
    type=click.Path(dir_okay=False),
    help="Also write the portfolio to this Excel workbook.",
)
@click.pass_obj
def portfolio(app: Application, validity_days: int, target: str | None) -> None:
    """Every institution with its latest accepted audit, score and trend, review state, open
    corrections, and whether its assessment is out of date."""
    rows = app.portfolio.rows(validity_days)
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
