"""The root `jalon` command: global options, error reporting, and the desktop app by default."""

from __future__ import annotations

import importlib

import click

from app import __version__
from app.cli.desktop_start import report_unexpected
from app.cli.self_test_command import self_test_option
from app.cli.terminal import echo
from app.composition import Application
from app.logging_setup import configure_logging
from app.models.errors import JalonError
from app.paths import AppPaths


class JalonGroup(click.Group):
    """Turns every error into one clear line and a non-zero exit; never a traceback. Commands
    are found in LAZY_COMMANDS and imported when used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None and name in LAZY_COMMANDS:
            module, attribute = LAZY_COMMANDS[name].split(":")
            command = getattr(importlib.import_module(module), attribute)
            self.add_command(command, name)
        return command

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except JalonError as error:
            echo(f"Error: {error}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (`jalon audit show ID | head -3`): not a problem of Jalon's.
            # Click's own handling quiets the streams and exits; any open transaction was
            # rolled back as the error passed through it.
            raise
        except KeyboardInterrupt:
            echo("Interrupted.", err=True)
            ctx.exit(130)
        except Exception as error:  # the last line of defence: log it, say it plainly
            ctx.exit(report_unexpected(error))
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
@click.option(
    "--author",
    help="Name recorded on every change (default: $JALON_USER, else the name set in the "
    "desktop app's Preferences, else the login).",
)
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
        from app.ui.shell.launcher import launch  # only the desktop app needs Qt

        ctx.exit(launch(ctx.obj))


# Each command's module is imported only when that command runs: the desktop app starts
# through this group, and the command modules pull in cryptography, Babel, openpyxl and
# reportlab that a window does not need (about 70 ms of a start-up measured at 0.3 s).
LAZY_COMMANDS = {
    "framework": "app.cli.framework_commands:framework",
    "audit": "app.cli.audit_commands:audit",
    "open": "app.cli.open_command:open_audit",
    "score": "app.cli.score_command:score",
    "report": "app.cli.report_commands:report",
    "export": "app.cli.report_commands:export",
    "workbook": "app.cli.report_commands:workbook",
    "self-test": "app.cli.self_test_command:self_test",
    "portable": "app.cli.portable_commands:portable",
    "keys": "app.cli.key_commands:keys",
    "package": "app.cli.package_commands:package",
    "merge": "app.cli.merge_commands:merge",
    "conflicts": "app.cli.conflict_commands:conflicts",
    "backup": "app.cli.backup_commands:backup",
    "review": "app.cli.review_commands:review",
    "benchmark": "app.cli.benchmark_commands:benchmark",
    "portfolio": "app.cli.portfolio_command:portfolio",
    "institution": "app.cli.institution_commands:institution",
    "compare": "app.cli.compare_command:compare",
    "action": "app.cli.action_commands:action",
}
cli.params.append(self_test_option)


def main() -> None:
    cli(prog_name="jalon")


if __name__ == "__main__":
    main()
