"""`jalon self-test` (also `jalon --self-test`): checks that this copy of Jalon works.

It runs on throw-away data in a temporary folder; the user's audits are never opened. The
exit code is 0 only if every step passed, so build scripts and support people can rely on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from app import __version__
from app.cli.terminal import echo
from app.composition import Application
from app.logging_setup import configure_logging
from app.paths import AppPaths

if TYPE_CHECKING:  # with openpyxl, reportlab and the exchange stack: only for a self-test run,
    # not at every start of `jalon` and of the desktop application (~0.3 s)
    from app.services.self_test import SelfTest, StepResult


def run_self_test() -> int:
    from app.services.self_test import SelfTest

    echo(f"Jalon {__version__} self-test")
    width = max(len(name) for name, _ in _self_test().steps())

    def show(result: StepResult) -> None:
        detail = f"  {result.detail}" if result.detail else ""
        timing = f" ({result.seconds:.2f} s)" if result.ok is not None else ""
        echo(f"  {result.status:7} {result.name:{width}}{detail}{timing}")

    results = _self_test().run(show)
    failed = [r for r in results if not r.ok]
    if SelfTest.passed(results):
        echo(f"Self-test passed: all {len(results)} steps OK.")
        return 0
    echo(f"Self-test FAILED: {len(failed)} of {len(results)} steps did not pass.", err=True)
    return 1


def _self_test() -> SelfTest:
    from app.services.self_test import SelfTest

    return SelfTest(lambda folder: Application(AppPaths(Path(folder)), author="Jalon self-test"))


@click.command("self-test")
def self_test() -> None:
    """Check that Jalon works here: frameworks, audits, scoring, reports, packages."""
    raise SystemExit(run_self_test())


def _self_test_flag(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        # Runs before the root command has set up logging: a failed step's details must go
        # to the log file support asks for, not as a traceback to the screen.
        configure_logging(AppPaths.resolve().logs)
        ctx.exit(run_self_test())


# `jalon --self-test` runs before anything else, like --version: it needs no data folder.
self_test_option = click.Option(
    ["--self-test"],
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_self_test_flag,
    help="Check that Jalon works on this computer (no display needed) and exit.",
)
