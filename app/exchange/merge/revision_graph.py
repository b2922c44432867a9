"""The history of one answer as a graph, and what it implies: the current answer and the
conflicts still open.

Everything here is a pure function of the set of revisions, never of the order in which they
arrived, so two installations (or a head office merging packages in any order) that hold the
same revisions agree on every answer and every conflict. This is the rule CouchDB uses for its
"winning revision": among divergent tips the latest (by time, then id) is shown, and the others
stay recorded as conflicts until someone joins them.

Twin revisions (same parents, same content: two sites giving the same first answer, say) are
one change made twice; once one of them has been built upon, the other is not an open branch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.models.conflict import Conflict, ConflictStatus
from app.models.revision import Revision


def content_of(revision: Revision) -> tuple[Any, ...]:
    return (
        revision.value,
        revision.na_reason,
        revision.comment,
        revision.flagged,
        revision.department,
    )


def _order_key(revision: Revision) -> tuple[str, str]:
    return (revision.created_at, revision.id)


class RevisionGraph:
    def __init__(self, revisions: Iterable[Revision]):
        self.revisions: dict[str, Revision] = {r.id: r for r in revisions}
        self._children: dict[str, list[str]] = {}
        self._open_leaves: list[Revision] | None = None
        for revision in self.revisions.values():
            for parent in (revision.parent_id, revision.merge_parent_id):
                if parent is not None:
                    self._children.setdefault(parent, []).append(revision.id)

    def missing_parents(self) -> list[tuple[str, str]]:
        """(revision, parent) pairs whose parent is not in the graph."""
        return [
            (r.id, p)
            for r in self.revisions.values()
            for p in (r.parent_id, r.merge_parent_id)
            if p is not None and p not in self.revisions
        ]

    def has_cycle(self) -> bool:
        # Kahn's algorithm: a graph whose nodes cannot all be ordered parents-first has a cycle.
        waiting = {
            rid: sum(p in self.revisions for p in (r.parent_id, r.merge_parent_id) if p is not None)
            for rid, r in self.revisions.items()
        }
        ready = [rid for rid, count in waiting.items() if count == 0]
        ordered = 0
        while ready:
            rid = ready.pop()
            ordered += 1
            for child in self._children.get(rid, ()):
                waiting[child] -= 1
                if waiting[child] == 0:
                    ready.append(child)
        return ordered != len(self.revisions)

    def leaves(self) -> list[Revision]:
        return [r for rid, r in self.revisions.items() if rid not in self._children]

    def open_leaves(self) -> list[Revision]:
        """Leaves that are still open branches (a twin that was built upon closes its twin)."""
        if self._open_leaves is None:
            self._open_leaves = self._find_open_leaves()
        return self._open_leaves

    def _find_open_leaves(self) -> list[Revision]:
        leaves = self.leaves()
        if len(leaves) < 2:
            return leaves  # a plain chain, by far the most common history
        twins: dict[tuple[Any, ...], list[Revision]] = {}
        for revision in self.revisions.values():
            key = (revision.parent_id, revision.merge_parent_id, content_of(revision))
            twins.setdefault(key, []).append(revision)
        result = []
        for leaf in leaves:
            key = (leaf.parent_id, leaf.merge_parent_id, content_of(leaf))
            if not any(t.id in self._children for t in twins[key] if t.id != leaf.id):
                result.append(leaf)
        return result or leaves

    def head(self) -> Revision | None:
        leaves = self.open_leaves()
        return max(leaves, key=_order_key) if leaves else None

    def conflicts(self, audit_id: str, indicator: str) -> list[Conflict]:
        found: dict[str, Conflict] = {}
        joins = [
            (r, r.parent_id, r.merge_parent_id)
            for r in self.revisions.values()
            if r.merge_parent_id is not None and r.parent_id is not None
        ]
        for merge, parent, merge_parent in sorted(joins, key=lambda join: _order_key(join[0])):
            conflict = self._pair(
                audit_id, indicator, parent, merge_parent, ConflictStatus.RESOLVED, merge.id
            )
            found.setdefault(conflict.id, conflict)  # the earliest join is the resolution
        leaves = self.open_leaves()
        head = max(leaves, key=_order_key) if len(leaves) > 1 else None
        if head is not None:
            for leaf in leaves:
                if leaf.id != head.id and content_of(leaf) != content_of(head):
                    conflict = self._pair(
                        audit_id, indicator, head.id, leaf.id, ConflictStatus.OPEN, None
                    )
                    found[conflict.id] = conflict
        return sorted(found.values(), key=lambda c: c.id)

    def _pair(
        self,
        audit_id: str,
        indicator: str,
        first: str,
        second: str,
        status: ConflictStatus,
        resolution: str | None,
    ) -> Conflict:
        a, b = self.revisions.get(first), self.revisions.get(second)
        if a is not None and b is not None and _order_key(a) < _order_key(b):
            first, second = second, first
        return Conflict(
            Conflict.make_id(audit_id, indicator, first, second),
            audit_id,
            indicator,
            first,
            second,
            status,
            resolution,
        )
