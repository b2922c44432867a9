"""`jalon compare A B`: progress from audit A to audit B of one institution."""

from __future__ import annotations

import json

import click

from app.cli.table_options import table_options
from app.cli.terminal import echo
from app.composition import Application
from app.models.progress import IndicatorChange, IndicatorProgress, NodeProgress
from app.services.progress_service import AuditProgress

_DEPTH = {"dimension": 1, "standard": 2, "practice": 3}


@click.command()
@click.argument("before")
@click.argument("after")
@table_options(json_help="Print the whole comparison as JSON.")
@click.pass_obj
def compare(
    app: Application, before: str, after: str, as_json: bool, lang: str | None, depth: int
) -> None:
    """Progress from audit BEFORE to audit AFTER of the same institution: scores, coverage
    and the change of practice (over the indicators scored in both) per dimension and
    standard; per indicator, what improved, regressed, or was assessed only once."""
    result = app.progress.compare(before, after)
    if as_json:
        echo(json.dumps(_document(result), ensure_ascii=False, indent=2))
        return
    framework = result.after_framework
    language = lang or result.after.content_language
    echo(
        f"{result.after.institution}: {_audit_line(result, 'before')} -> "
        f"{_audit_line(result, 'after')}"
    )
    echo("")
    echo(f"{'':41} {'before':>14} {'after':>14} {'change':>7} {'practice':>9}")
    _node_line(result.progress.overall, "", "Overall")
    for node in result.progress.nodes:
        if _DEPTH.get(node.level, 9) <= depth:
            group = framework.nodes[node.name]
            indent = "  " * (_DEPTH[node.level] - 1)
            _node_line(node, indent + group.display_code, framework.text(group.label, language))
    echo("")
    echo(
        "change: raw change of the score; practice: change over the indicators scored in "
        "both audits (points)."
    )
    echo("* what was answered differs: part of the raw change is coverage, not practice.")
    counts = result.progress.counts()
    echo("")
    echo("Indicators: " + ", ".join(f"{counts[c]} {c.value}" for c in IndicatorChange))
    for change in IndicatorChange:
        if change == IndicatorChange.UNCHANGED:
            continue
        for item in result.progress.indicators:
            if item.change == change:
                echo(f"  {change.value:18} {_indicator_line(result, item, language)}")
    if result.actions:
        echo("")
        echo(f"Action plan of {result.before.short_id}: status then -> now, and its target")
        for entry in result.actions:
            now = entry.later.status.value if entry.later else "not carried over"
            target = result.before_framework.find(entry.action.target)
            code = target.display_code if target is not None else entry.action.target
            assessed = entry.change.value if entry.change else "not assessed"
            echo(
                f"  {entry.action.status.value:11} -> {now:16} {code:9} {assessed:18} "
                f"{entry.action.title[:40]}"
            )


def _indicator_line(result: AuditProgress, item: IndicatorProgress, language: str) -> str:
    """Its code in the later framework (the earlier one's too when the framework changed
    it), both shares of points and its text."""
    earlier = result.before_framework.find(item.before_name) if item.before_name else None
    later = result.after_framework.find(item.name) if item.name else None
    codes = [node.display_code for node in (earlier, later) if node is not None]
    code = " > ".join(dict.fromkeys(codes))
    shown = later or earlier
    assert shown is not None  # an indicator of the comparison is in one framework at least
    framework = result.after_framework if later else result.before_framework
    label = framework.text(shown.label, language)
    return f"{code:9} {_share(item.before):>4} -> {_share(item.after):>4}  {label[:52]}"


def _audit_line(result: AuditProgress, side: str) -> str:
    audit = getattr(result, side)
    framework = getattr(result, f"{side}_framework")
    period = audit.period_end or audit.created_at[:10]
    return f"{audit.short_id} ({period}, {framework.id} {framework.version})"


def _node_line(node: NodeProgress, code: str, label: str) -> None:
    before = (
        _score(None, None)
        if node.before is None
        else _score(node.before.percent, node.before.coverage)
    )
    after = _score(node.after.percent, node.after.coverage)
    mark = "*" if node.coverage_differs else " "
    echo(
        f"{code:8} {label[:32]:32} {before:>14} {after:>14} {_points(node.change):>7} "
        f"{_points(node.practice_change):>8}{mark}"
    )


def _score(percent: float | None, coverage: float | None) -> str:
    if percent is None:
        return "-" if coverage is None else f"- ({100 * coverage:.0f}%)"
    return f"{percent:.1f}%" + ("" if coverage is None else f" ({100 * coverage:.0f}%)")


def _points(value: float | None) -> str:
    return "-" if value is None else f"{value:+.1f}"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def _document(result: AuditProgress) -> dict:
    framework = result.after_framework

    def code(name: str) -> str:
        node = framework.find(name) if name else None
        return node.display_code if node is not None else ""

    return {
        "institution_id": result.after.institution_id,
        "before": {
            "audit": result.before.id,
            "framework": result.before_framework.id,
            "version": result.before_framework.version,
        },
        "after": {
            "audit": result.after.id,
            "framework": framework.id,
            "version": framework.version,
        },
        "across_versions": result.progress.across_versions,
        "overall": result.progress.overall.to_dict(),
        "nodes": [{"code": code(n.name), **n.to_dict()} for n in result.progress.nodes],
        "indicators": [{"code": code(i.name), **i.to_dict()} for i in result.progress.indicators],
        "actions": [a.to_dict() for a in result.actions],
    }
