"""An audit against its peer group in a benchmark file: which group, how many institutions,
and for every benchmarked node the audit's score beside the group's quartiles.

Pure: the benchmark document (already verified), the audit, its current answers and its
score card in, a comparison out. The service, the reports and the dashboard share it, so the
PDF, the Excel export and the screen say the same thing. When no group of the benchmark
applies (another framework version, another country, a group too small to be published) the
comparison says so instead of raising: a report then writes one sentence about it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.models.answer import Answer
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.peer_quartiles import PeerQuartiles
from app.models.scoring import ScoreCard

OVERALL = "overall"  # the node name of the whole framework in a benchmark file
FIELD_PREFIX = "field:"  # a peer group by the answer to an Organization Information question


class BenchmarkError(JalonError):
    """A benchmark that cannot be built or compared as asked."""


@dataclass(frozen=True)
class PeerRow:
    node: str  # the framework node's name ("overall" for the whole framework)
    code: str
    level: str
    score: float | None  # the audit's
    peers: PeerQuartiles

    @property
    def quartile(self) -> int | None:
        return None if self.score is None else self.peers.quartile_of(self.score)


@dataclass(frozen=True)
class PeerComparison:
    group_by: str  # "country" or "field:QUESTION"
    group: str  # the audit's value for it; "" when the audit has none
    institutions: int  # in the group; 0 when no group of the benchmark applies
    rows: tuple[PeerRow, ...]
    created_at: str  # when the benchmark was built (ISO time)
    min_group_size: int

    @property
    def applies(self) -> bool:
        return self.institutions > 0

    def row(self, node: str) -> PeerRow | None:
        return next((r for r in self.rows if r.node == node), None)

    @classmethod
    def of(
        cls, document: dict[str, Any], audit: Audit, answers: Mapping[str, Answer], card: ScoreCard
    ) -> PeerComparison:
        group_by = document["group_by"]
        value = group_value(group_by, audit, answers)
        entry = entry_for(document, audit.framework_hash)
        group = next((g for g in entry["groups"] if g["group"] == value), None) if entry else None
        rows: list[PeerRow] = []
        for node in group["nodes"] if group and value else ():
            score = card.overall if node["node"] == OVERALL else card.nodes.get(node["node"])
            if score is None:  # a node this framework does not have: nothing to compare
                continue
            peers = PeerQuartiles(node["count"], node["q1"], node["median"], node["q3"])
            rows.append(PeerRow(node["node"], node["code"], node["level"], score.percent, peers))
        return cls(
            group_by,
            value,
            group["institutions"] if group and value else 0,
            tuple(rows),
            document["created_at"],
            document["min_group_size"],
        )

    @classmethod
    def none(
        cls, document: dict[str, Any], audit: Audit, answers: Mapping[str, Answer]
    ) -> PeerComparison:
        """A comparison that says no group applies."""
        value = group_value(document["group_by"], audit, answers)
        return cls(
            document["group_by"], value, 0, (), document["created_at"], document["min_group_size"]
        )


def entry_for(document: dict[str, Any], framework_hash: str) -> dict[str, Any] | None:
    """The benchmark's entry for audits of a framework version: its own, or the entry of a
    newer version it was pooled under through a crosswalk (listed in the entry's `versions`;
    files written before pooling have no such list)."""
    return next(
        (
            entry
            for entry in document["frameworks"]
            if framework_hash == entry["hash"]
            or any(v["hash"] == framework_hash for v in entry.get("versions", ()))
        ),
        None,
    )


def group_value(group_by: str, audit: Audit, answers: Mapping[str, Answer]) -> str:
    """The peer group of an audit: its country, or its answer to an Organization Information
    question ("field:NAME"); "" when it has none (the audit belongs to no group)."""
    if group_by == "country":
        return audit.country
    if group_by.startswith(FIELD_PREFIX):
        answer = answers.get(group_by.removeprefix(FIELD_PREFIX))
        return str(answer.value) if answer is not None and answer.has_value else ""
    raise BenchmarkError(
        "peer groups are by 'country' or by 'field:QUESTION', not {by!r}", by=group_by
    )
