"""`jalon` with no command: the desktop application, started without the command line's parser.

A start of the desktop application has at most the three global options below on its command
line, and the command line's machinery (click, the root group and its self-test option) costs
about a quarter of a start-up whose target is 1.5× a bare window (docs/benchmarks.md). So a
line made only of these options starts the window directly; any other line (a command,
--help, --version, --self-test, an option's value that looks like an option, anything
unknown) goes to the full command line, which gives every option its documented meaning.
tests/cli/test_desktop_start.py checks that both read the same options the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.composition import Application
from app.logging_setup import configure_logging
from app.paths import AppPaths

log = logging.getLogger("jalon")

VALUE_OPTIONS = ("--data-dir", "--author")  # each takes the next word, or `--option=value`
FLAG_OPTIONS = ("--portable",)


@dataclass(frozen=True)
class DesktopStart:
    data_dir: str | None = None
    portable: bool = False
    author: str | None = None

    @classmethod
    def parse(cls, arguments: list[str]) -> DesktopStart | None:
        """The desktop start `arguments` ask for, or None when they are a line for the full
        command line (which then also reports any mistake in them)."""
        values: dict[str, str] = {}
        portable = False
        words = iter(arguments)
        for word in words:
            name, equals, value = word.partition("=")
            if name in VALUE_OPTIONS:
                if not equals:
                    value = next(words, "")
                if not value or value.startswith("-"):
                    return None
                values[name] = value  # the last one counts, as with click
            elif word in FLAG_OPTIONS:
                portable = True
            else:
                return None
        return cls(values.get("--data-dir"), portable, values.get("--author"))

    def run(self) -> int:
        """The desktop application until it is closed; its exit code."""
        paths = AppPaths.resolve(self.data_dir, portable=self.portable)
        configure_logging(paths.logs)
        application = Application(paths, author=self.author)
        try:
            from app.ui.shell.launcher import launch  # Qt loads here, after everything above

            return launch(application)
        except Exception as error:  # the last line of defence, as for every command
            return report_unexpected(error)
        finally:
            application.close()


def report_unexpected(error: Exception) -> int:
    """Logs an error no message was written for and says so in one line; the exit code."""
    from app.cli.terminal import echo  # with click: only when something went wrong

    log.exception("unexpected error")
    echo(
        f"Error: unexpected problem ({type(error).__name__}: {error}). "
        "Details are in the log file.",
        err=True,
    )
    return 2
