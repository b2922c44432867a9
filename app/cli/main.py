"""The root `jalon` command: global options, error reporting, and the desktop app by default."""

from __future__ import annotations

import logging
import sys

import click

from app import __version__
from app.composition import Application
from app.logging_setup import configure_logging
from app.models.errors import JalonError
from app.paths import AppPaths

log = logging.getLogger("jalon")


class JalonGroup(click.Group):
    """Turns every error into one clear line and a non-zero exit; never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except JalonError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except Exception as error:  # the last line of defence: log it, say it plainly
            log.exception("unexpected error")
            click.echo(
                f"Error: unexpected problem ({type(error).__name__}: {error}). "
                "Details are in the log file.",
                err=True,
            )
            ctx.exit(2)
        finally:
            application = ctx.obj
            if isinstance(application, Application):
                application.close()


@click.group(
    cls=JalonGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    # JALON_DATA_DIR is read by AppPaths.resolve, after the portable marker: a portable copy
    # keeps its data beside itself even where that variable is set.
    help="Folder holding the database, backups and logs (default: $JALON_DATA_DIR, "
    "else the per-user folder).",
)
@click.option("--portable", is_flag=True, help="Keep all data in a folder beside the program.")
@click.option("--author", help="Name recorded on every change (default: $JALON_USER or login).")
@click.version_option(__version__, prog_name="jalon")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, portable: bool, author: str | None) -> None:
    """Jalon: social performance audits, offline.

    Run without a command to open the desktop application.
    """
    paths = AppPaths.resolve(data_dir, portable=portable)
    configure_logging(paths.logs)
    ctx.obj = Application(paths, author=author)
    if ctx.invoked_subcommand is None:
        from app.ui.launcher import launch  # only the desktop app needs Qt

        ctx.exit(launch(ctx.obj))


def _register() -> None:
    from app.cli.audit_commands import audit
    from app.cli.backup_commands import backup
    from app.cli.conflict_commands import conflicts
    from app.cli.framework_commands import framework
    from app.cli.key_commands import keys
    from app.cli.merge_commands import merge
    from app.cli.package_commands import package
    from app.cli.portable_commands import portable
    from app.cli.report_commands import export, report, workbook
    from app.cli.score_command import score
    from app.cli.self_test_command import self_test, self_test_option

    cli.add_command(framework)
    cli.add_command(audit)
    cli.add_command(score)
    cli.add_command(report)
    cli.add_command(export)
    cli.add_command(workbook)
    cli.add_command(self_test)
    cli.add_command(portable)
    cli.add_command(keys)
    cli.add_command(package)
    cli.add_command(merge)
    cli.add_command(conflicts)
    cli.add_command(backup)
    cli.params.append(self_test_option)


_register()


def main() -> None:
    cli(prog_name="jalon")


if __name__ == "__main__":
    sys.exit(main())
