"""The desktop start's own reading of the command line (app/cli/desktop_start.py) against the
full command line's: a line it takes means what click would make of it, and every other line
goes to click."""

from __future__ import annotations

import click
import pytest

from app.cli.desktop_start import FLAG_OPTIONS, VALUE_OPTIONS, DesktopStart
from app.cli.main import cli

DESKTOP_LINES = [
    [],
    ["--portable"],
    ["--data-dir", "/media/stick/jalon data"],
    ["--data-dir=/tmp/x", "--author", "Awa Ndiaye", "--portable"],
    ["--author=Awa", "--author", "Mariam"],  # the last one counts
    ["--author", "Awa=Ndiaye"],
]
COMMAND_LINES = [
    ["audit", "list"],
    ["--data-dir", "/tmp/x", "open", "3f2a"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--self-test"],
    ["--data-dir"],  # no value: click says so
    ["--data-dir="],
    ["--author", "--portable"],  # a value that looks like an option: click decides
    ["--portable=yes"],
    ["--unknown"],
    ["--"],
]


@pytest.mark.parametrize("line", DESKTOP_LINES)
def test_a_desktop_line_means_what_the_command_line_makes_of_it(line):
    start = DesktopStart.parse(line)
    context = cli.make_context("jalon", list(line), resilient_parsing=True)
    assert start is not None
    assert context.args == []  # no command
    assert (start.data_dir, start.portable, start.author) == (
        context.params["data_dir"],
        context.params["portable"],
        context.params["author"],
    )


@pytest.mark.parametrize("line", COMMAND_LINES)
def test_every_other_line_goes_to_the_command_line(line):
    assert DesktopStart.parse(line) is None


def test_it_knows_every_global_option_that_can_start_the_window():
    """A global option added to the command line must be taught to the desktop start too (or
    be one that never starts the window)."""
    never_a_window = {"--help", "-h", "--version", "--self-test"}
    options = {
        name
        for parameter in cli.params
        if isinstance(parameter, click.Option)
        for name in parameter.opts
    }
    assert options - never_a_window == {*VALUE_OPTIONS, *FLAG_OPTIONS}
