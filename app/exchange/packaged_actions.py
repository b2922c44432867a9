"""The action plan in audit.json: each action as it stands now, and every change of it
(`action_revisions`: the action as it stood after the change, with its author, site and time),
so that two installations' changes join by union."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from app.exchange.exchange_error import PackageError
from app.exchange.json_fields import JsonFields, first_repeated
from app.models.action_item import LEGACY_PLANNED, ActionItem, ActionStatus, Priority
from app.models.action_revision import ActionRevision

_STATUS_SPELLINGS = [*(s.value for s in ActionStatus), LEGACY_PLANNED]


class PackagedActions:
    @staticmethod
    def document(item: ActionItem) -> dict[str, Any]:
        return {
            "id": item.id,
            **_action_state(item),
            "created_at": item.created_at,
            "updated_at": item.updated_at,
            "carried_from": item.carried_from,
        }

    @staticmethod
    def revision_document(revision: ActionRevision) -> dict[str, Any]:
        return {
            "id": revision.id,
            "action_id": revision.action_id,
            **_action_state(revision.item),
            "author": revision.author,
            "site": revision.site,
            "created_at": revision.created_at,
        }

    @staticmethod
    def read(f: JsonFields, audit_id: str) -> ActionItem:
        return _checked_action(
            f,
            ActionItem(
                id=f.text("id", required=True, limit=100),
                audit_id=audit_id,
                created_at=f.text("created_at"),
                updated_at=f.text("updated_at"),
                carried_from=f.text("carried_from", limit=100),
                **_action_fields(f),
            ),
        )

    @staticmethod
    def read_revision(f: JsonFields, actions: dict[str, ActionItem]) -> ActionRevision:
        action_id = f.text("action_id", required=True, limit=100)
        action = actions.get(action_id)
        if action is None:
            raise f.field_error("action_id", "must be the id of an action in the package")
        item = _checked_action(
            f,
            dataclasses.replace(
                action,
                updated_at=f.text("created_at", required=True, limit=100),
                **_action_fields(f),
            ),
        )
        return ActionRevision(
            f.text("id", required=True, limit=100),
            item,
            f.text("author", limit=500),
            f.text("site", limit=100),
        )

    @staticmethod
    def check_history(
        actions: Sequence[ActionItem], action_revisions: Sequence[ActionRevision]
    ) -> None:
        ids = [r.id for r in action_revisions]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists action revision {id} twice",
                id=first_repeated(ids),
            )
        current = {a.id: a for a in actions}
        for revision in action_revisions:
            # An action's current state is its latest change: a later one cannot be older.
            if revision.created_at > current[revision.action_id].updated_at:
                raise PackageError(
                    "content-invalid",
                    "action revision {id} of action {action} "
                    "is later than the action's current state",
                    id=revision.id,
                    action=revision.action_id,
                )


def _action_state(item: ActionItem) -> dict[str, Any]:
    """The changeable fields of an action, as a package writes them (in an action and in each
    of its revisions)."""
    return {
        "target": item.target,
        "title": item.title,
        "owner": item.owner,
        "due_date": item.due_date,
        "priority": item.priority.value,
        "status": item.status.value,
        "note": item.note,
        "reason": item.reason,
        "deleted_at": item.deleted_at,
    }


def _action_fields(f: JsonFields) -> dict[str, Any]:
    due_date = f.text("due_date", limit=10)
    if due_date and not _is_date(due_date):
        raise f.field_error("due_date", "must be a date written YYYY-MM-DD, or empty")
    return {
        "target": f.text("target", required=True),
        "title": f.text("title", required=True),
        "owner": f.text("owner"),
        "due_date": due_date,
        "priority": Priority(f.choice("priority", [p.value for p in Priority])),
        "status": ActionStatus.parse(f.choice("status", _STATUS_SPELLINGS)),
        "note": f.text("note"),
        "reason": f.text("reason"),
        "deleted_at": f.text("deleted_at"),
    }


def _checked_action(f: JsonFields, item: ActionItem) -> ActionItem:
    if item.status == ActionStatus.DROPPED and not item.reason:
        raise f.field_error("reason", "must say why the action was dropped (status dropped)")
    if item.status == ActionStatus.VERIFIED and not item.carried_from:
        raise f.field_error(
            "status",
            "is verified, but only a later audit verifies an action "
            "carried over from a previous audit (carried_from is empty)",
        )
    return item


def _is_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False
