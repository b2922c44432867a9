"""Merge of one audit's revision histories: what an incoming package adds to what is here.

Per answer: revisions already present are skipped; the rest are added (history is never
rewritten, nothing is dropped); the current answer and the open conflicts are then what the
joined graph implies (see RevisionGraph). A change that descends from the receiver's answer
therefore simply becomes the answer, and two divergent changes become a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.exchange.exchange_error import PackageError
from app.exchange.merge.revision_graph import RevisionGraph
from app.models.conflict import Conflict
from app.models.revision import Revision


@dataclass
class MergePlan:
    audit_id: str
    new_revisions: list[Revision] = field(default_factory=list)
    heads: dict[str, Revision] = field(default_factory=dict)  # per touched indicator
    conflicts: dict[str, list[Conflict]] = field(default_factory=dict)  # per touched indicator

    @property
    def changed(self) -> bool:
        return bool(self.new_revisions)

    def open_conflicts(self) -> int:
        return sum(c.is_open for rows in self.conflicts.values() for c in rows)


class HistoryMerge:
    def __init__(self, audit_id: str, local: Iterable[Revision]):
        self.audit_id = audit_id
        self._by_indicator: dict[str, list[Revision]] = defaultdict(list)
        self._known: dict[str, Revision] = {}
        for revision in local:
            self._by_indicator[revision.indicator].append(revision)
            self._known[revision.id] = revision

    def plan(self, incoming: Iterable[Revision]) -> MergePlan:
        plan = MergePlan(self.audit_id)
        for revision in incoming:
            present = self._known.get(revision.id)
            if present is None:
                plan.new_revisions.append(revision)
            elif present != revision:
                # Same id, other content: somebody edited history. Refuse rather than choose.
                raise PackageError(
                    "history-rewritten",
                    "the package changes revision {id} of "
                    "answer {indicator}, which this installation already holds "
                    "with other content; history is never rewritten",
                    id=revision.id,
                    indicator=revision.indicator,
                )
        touched: dict[str, list[Revision]] = defaultdict(list)
        for revision in plan.new_revisions:
            touched[revision.indicator].append(revision)
        for indicator, added in touched.items():
            known = self._by_indicator.get(indicator, ())
            if (
                not known
                and len(added) == 1
                and added[0].parent_id is None
                and (added[0].merge_parent_id is None)
            ):
                # A first and only answer (every answer of a new audit, typically): nothing
                # to compare, and a head office merges hundreds of thousands of these.
                plan.heads[indicator] = added[0]
                plan.conflicts[indicator] = []
                continue
            graph = RevisionGraph([*known, *added])
            missing = graph.missing_parents()
            if missing:
                raise PackageError(
                    "content-invalid",
                    "revision {id} in the package refers to "
                    "a parent {parent} that neither the package nor this "
                    "installation holds",
                    id=missing[0][0],
                    parent=missing[0][1],
                )
            head = graph.head()
            if head is not None:
                plan.heads[indicator] = head
            plan.conflicts[indicator] = graph.conflicts(self.audit_id, indicator)
        return plan
