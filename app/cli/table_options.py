"""The options of the commands that print a framework's tree as a table or JSON (`jalon score`,
`jalon compare`): one definition, so that both spell and explain them alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

Command = TypeVar("Command", bound=Callable[..., object])


def table_options(json_help: str) -> Callable[[Command], Command]:
    """--json (as_json), --lang and --depth, in that order in the help."""

    def decorate(command: Command) -> Command:
        command = click.option(
            "--depth",
            default=2,
            show_default=True,
            help="Levels shown in the table (1 dimensions, 2 standards, 3 practices).",
        )(command)
        command = click.option("--lang", help="Language of the titles.")(command)
        return click.option("--json", "as_json", is_flag=True, help=json_help)(command)

    return decorate
