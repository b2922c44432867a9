"""`jalon action …`: an audit's action plan — list it, add an action, move an action through
its life cycle (planned, in-progress, done, verified, dropped) with a note or a reason, and show
the history of its changes."""

from __future__ import annotations

import json
from datetime import date

import click

from app.cli.terminal import echo
from app.composition import Application
from app.models.action_item import ActionItem, ActionStatus, Priority
from app.services.audit_session import AuditSession

STATUSES = click.Choice([s.value for s in ActionStatus])
PRIORITIES = click.Choice([p.value for p in Priority])


@click.group()
def action() -> None:
    """An audit's action plan and the life cycle of its actions."""


@action.command("list")
@click.argument("audit")
@click.option("--status", type=STATUSES, help="Only the actions of this status.")
@click.option("--overdue", is_flag=True, help="Only the actions past their due date, not done.")
@click.option("--json", "as_json", is_flag=True, help="Print the actions as JSON.")
@click.pass_obj
def list_actions(
    app: Application, audit: str, status: str | None, overdue: bool, as_json: bool
) -> None:
    """The action plan of AUDIT: id, target, status, due date, owner and action. Overdue
    actions and those carried over from the previous audit to verify say so."""
    session = app.audits.open(audit)
    today = date.today().isoformat()
    items = [
        a
        for a in session.actions()
        if (status is None or a.status == status) and (not overdue or a.is_overdue(today))
    ]
    if as_json:
        echo(
            json.dumps([_document(session, a, today) for a in items], ensure_ascii=False, indent=2)
        )
        return
    for item in items:
        due = item.due_date or "-"
        echo(
            f"{item.id[:8]}  {_code(session, item.target):9} {_status(item, today):31} "
            f"{due:10}  {item.owner[:16]:16}  {item.title}"
        )
    echo(f"{len(items)} action(s)")


@action.command()
@click.argument("audit")
@click.argument("target")
@click.argument("title")
@click.option("--owner", default="", help="Person or team responsible.")
@click.option("--due", default="", help="Due date, YYYY-MM-DD.")
@click.option("--priority", type=PRIORITIES, default=Priority.MEDIUM.value, show_default=True)
@click.pass_obj
def add(
    app: Application, audit: str, target: str, title: str, owner: str, due: str, priority: str
) -> None:
    """Add an action to the plan of AUDIT, for TARGET (a code or name of an indicator or
    practice)."""
    session = app.audits.open(audit)
    item = session.add_action(target, title, owner, due, Priority(priority))
    echo(f"Added action {item.id[:8]} for {_code(session, item.target)}: {item.title}")


@action.command("set")
@click.argument("audit")
@click.argument("reference")
@click.option("--status", type=STATUSES, help="The next step of the life cycle.")
@click.option("--note", help="What was done, where the evidence is, what was found.")
@click.option("--reason", help="Why the action is dropped (needed with --status dropped).")
@click.option("--due", help="Due date, YYYY-MM-DD (an empty text removes it).")
@click.option("--owner", help="Person or team responsible.")
@click.option("--title", help="What to do.")
@click.option("--priority", type=PRIORITIES)
@click.pass_obj
def set_action(
    app: Application,
    audit: str,
    reference: str,
    status: str | None,
    note: str | None,
    reason: str | None,
    due: str | None,
    owner: str | None,
    title: str | None,
    priority: str | None,
) -> None:
    """Change action REFERENCE (its id or the start of it) of AUDIT; the change is kept in
    its history with your name and the time."""
    session = app.audits.open(audit)
    item = session.action(reference)
    given = {
        "status": status and ActionStatus(status),
        "note": note,
        "reason": reason,
        "due_date": due,
        "owner": owner,
        "title": title,
        "priority": priority and Priority(priority),
    }
    changes = {key: value for key, value in given.items() if value is not None}
    if not changes:
        raise click.UsageError(
            "say what to change: --status, --note, --reason, --due, --owner, --title or --priority"
        )
    updated = session.update_action(item, **changes)
    today = date.today().isoformat()
    echo(f"{updated.id[:8]}  {_status(updated, today)}  {updated.title}")


@action.command()
@click.argument("audit")
@click.argument("reference")
@click.pass_obj
def history(app: Application, audit: str, reference: str) -> None:
    """Every change of action REFERENCE of AUDIT, oldest first: when, who, what step."""
    session = app.audits.open(audit)
    item = session.action(reference)
    echo(f"{item.id}  {item.title}")
    if item.carried_from:
        echo(f"  carried over from the previous audit's action {item.carried_from[:8]}")
    for revision in session.action_history(item):
        step = revision.item
        detail = step.reason if step.status == ActionStatus.DROPPED else step.note
        echo(
            f"  {revision.created_at[:19].replace('T', ' ')}  "
            f"{revision.author or '(not recorded)':16}  {step.status.value:11}  "
            f"{step.due_date or '-':10}  {detail}"
        )


def _code(session: AuditSession, target: str) -> str:
    node = session.framework.find(target)
    return node.display_code if node is not None else target


def _status(item: ActionItem, today: str) -> str:
    parts = [item.status.value]
    if item.is_overdue(today):
        parts.append("OVERDUE")
    if item.carried_from and item.status.is_open:
        parts.append("to verify")
    return ", ".join(parts)


def _document(session: AuditSession, item: ActionItem, today: str) -> dict:
    return {
        "id": item.id,
        "target": item.target,
        "code": _code(session, item.target),
        "title": item.title,
        "owner": item.owner,
        "due_date": item.due_date,
        "priority": item.priority.value,
        "status": item.status.value,
        "overdue": item.is_overdue(today),
        "note": item.note,
        "reason": item.reason,
        "carried_from": item.carried_from,
        "updated_at": item.updated_at,
    }
