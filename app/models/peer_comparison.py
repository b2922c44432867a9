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
from dataclasses import dataclass, field
from typing import Any

from app.models.answer import Answer
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework
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
    # The newer version the audit's answers were read as through its crosswalk to be
    # compared; None when compared in its own version. `rows` then hold that version's nodes
    # and the audit's scores in it, which charts of the audit's own version cannot carry.
    read_as: Framework | None = field(default=None, compare=False, repr=False)
    # When the benchmark holds this framework only on other versions that nothing here can
    # read the audit as: the audit's version and those versions (and no rows).
    audit_version: str = ""
    other_versions: tuple[str, ...] = ()

    @property
    def applies(self) -> bool:
        return self.institutions > 0

    @property
    def on_other_version(self) -> bool:
        return bool(self.other_versions)

    @property
    def marks_own_charts(self) -> bool:
        """The group's quartiles can be drawn over the charts of the audit's own version."""
        return self.applies and self.read_as is None

    def row(self, node: str) -> PeerRow | None:
        return next((r for r in self.rows if r.node == node), None)

    @classmethod
    def of(
        cls,
        document: dict[str, Any],
        audit: Audit,
        answers: Mapping[str, Answer],
        card: ScoreCard,
        entry: dict[str, Any] | None,
        read_as: Framework | None = None,
    ) -> PeerComparison:
        """The audit against its group in `entry` (the benchmark's entry it is compared with,
        see PeerBenchmark), its scores in `card` (those of version `read_as` when given)."""
        group_by = document["group_by"]
        value = group_value(group_by, audit, answers)
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
            read_as=read_as,
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

    @classmethod
    def other_version(
        cls,
        document: dict[str, Any],
        audit: Audit,
        answers: Mapping[str, Answer],
        audit_version: str,
        versions: tuple[str, ...],
    ) -> PeerComparison:
        """A comparison that says the benchmark's groups are on other versions (`versions`)
        of the audit's framework, which the audit cannot be read as: nothing is compared."""
        none = cls.none(document, audit, answers)
        return cls(
            none.group_by,
            none.group,
            0,
            (),
            none.created_at,
            none.min_group_size,
            audit_version=audit_version,
            other_versions=versions,
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
