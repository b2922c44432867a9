"""The one place the command line prints through.

Names, comments and receipts come from data — typed by anyone, or carried in a package from
elsewhere — and a terminal acts on some characters instead of showing them: ESC starts
sequences that recolour, move the cursor or retitle the window, a carriage return overwrites a
line, a right-to-left override makes "gpj.exe" read "exe.jpg". Everything printed is passed
through VisibleText, which shows such characters as escapes (\\x1b, \\u202e).
"""

from __future__ import annotations

import click

from app.models.visible_text import VisibleText


def visible(message: object) -> str:
    """`message` as it may reach a terminal (for messages click prints itself)."""
    return VisibleText.for_terminal(str(message))


def echo(message: object = "", err: bool = False, nl: bool = True) -> None:
    click.echo(visible(message), err=err, nl=nl)


def confirm(question: str, **options) -> bool:
    return click.confirm(visible(question), **options)


def prompt(question: str, **options) -> object:
    return click.prompt(visible(question), **options)
