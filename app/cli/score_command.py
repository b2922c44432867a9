"""`jalon score AUDIT`: scores per node, as a table or JSON."""

from __future__ import annotations

import json

import click

from app.cli.table_options import table_options
from app.cli.terminal import echo
from app.composition import Application
from app.models.framework import Group, Level


@click.command()
@click.argument("reference")
@table_options(json_help="Print every node's score as JSON.")
@click.pass_obj
def score(app: Application, reference: str, as_json: bool, lang: str | None, depth: int) -> None:
    """Score an audit: percentages with coverage, from the first answer."""
    session = app.audits.open(reference)
    f, card = session.framework, session.score()
    language = lang or session.audit.content_language
    if as_json:
        nodes = {}
        for group in f.iter_groups():
            nodes[group.display_code] = {
                "name": group.name,
                "level": group.level.value,
                "label": f.text(group.label, language),
                **card[group.name].to_dict(),
            }
        echo(
            json.dumps(
                {
                    "audit": session.audit.id,
                    "framework": f.id,
                    "overall": card.overall.to_dict(),
                    "nodes": nodes,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return

    def line(indent: int, code: str, label: str, name: str | None) -> None:
        node = card.overall if name is None else card[name]
        percent = "   -  " if node.percent is None else f"{node.percent:5.1f}%"
        coverage = "" if node.coverage is None else f"{100 * node.coverage:3.0f}% answered"
        echo(f"{'  ' * indent}{code:8} {percent}  {coverage:14} {label[:60]}")

    line(0, "", "Overall" + (" (partial)" if card.overall.is_partial else ""), None)

    def walk(group: Group, level: int) -> None:
        for child in group.children:
            if isinstance(child, Group) and child.level != Level.SECTION:
                if card[child.name].scored_total:
                    line(level, child.display_code, f.text(child.label, language), child.name)
                if level < depth:
                    walk(child, level + 1)

    walk(f.root, 1)
