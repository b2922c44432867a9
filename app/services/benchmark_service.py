"""Peer benchmarks: built at the head office from accepted audits, signed, imported at a site,
and an audit compared with its peer group.

Per framework version and peer group, the file holds the number of institutions and the
quartiles and median of every dimension, standard and practice score (and of the whole
framework). A group with fewer institutions than the minimum is left out, and so is a node
scored by fewer: no member of a small group could be recognised. The file names no
institution and no audit: only the group's value (a country, or the answer to an Organization
Information question the network chose) and numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.boundary.regular_file import RegularFile
from app.exchange.benchmark_file import FORMAT, MAX_FILE_BYTES, VERSION, BenchmarkFile
from app.models.audit import Audit
from app.models.framework import Framework, Level
from app.models.peer_benchmark import PeerBenchmark
from app.models.peer_comparison import OVERALL, BenchmarkError, PeerComparison, group_value
from app.models.peer_quartiles import MIN_GROUP_SIZE, PeerQuartiles
from app.models.review import ReviewState
from app.models.scoring import ScoreCard, score_audit
from app.models.scoring_plan import ScoringPlan
from app.models.trusted_signer import institution_key
from app.models.version_pool import VersionPool
from app.services.atomic_output import AtomicOutput
from app.services.audit_service import AuditService
from app.services.identity import utc_now
from app.services.key_service import KeyService
from app.services.review_service import ReviewService
from app.services.trust_service import TrustService
from app.storage.store import Store

BENCHMARKED_LEVELS = (Level.DIMENSION, Level.STANDARD, Level.PRACTICE)


@dataclass(frozen=True)
class BuiltBenchmark:
    path: Path
    audits: int  # accepted audits used (the latest of each institution)
    groups: int
    left_out: int  # groups smaller than the minimum


class BenchmarkService:
    def __init__(
        self,
        store: Store,
        audits: AuditService,
        reviews: ReviewService,
        keys: KeyService,
        trust: TrustService,
        imported: Path,
        installed: Callable[[], list[Framework]] = list,
    ):
        self._store = store
        self._audits = audits
        self._reviews = reviews
        self._keys = keys
        self._trust = trust
        self._imported = imported  # where the imported benchmark file is kept
        self._installed = installed  # the frameworks installed here

    def _framework(self, content_hash: str) -> Framework | None:
        """A framework by hash: one an audit here was made with, or one installed here."""
        found = self._store.frameworks.get(content_hash)
        if found is None:
            found = next((f for f in self._installed() if f.content_hash == content_hash), None)
        return found

    # --- the head office ---------------------------------------------------------------------

    def build(
        self,
        target: Path,
        group_by: str = "country",
        min_size: int = MIN_GROUP_SIZE,
        per_version: bool = False,
    ) -> BuiltBenchmark:
        """The signed benchmark file of the latest accepted audit of each institution. Audits
        of several versions of a framework are pooled under the newest through the crosswalks
        (refused when none links them), or kept apart with `per_version`."""
        if min_size < 2:
            raise BenchmarkError("the minimum group size must be at least 2")
        latest = self._latest_accepted()
        frameworks: dict[str, Framework] = {}
        for audit in latest:
            if audit.framework_hash not in frameworks:
                frameworks[audit.framework_hash] = self._audits.framework_of(audit)
        pool = VersionPool([] if per_version else frameworks.values())
        by_framework: dict[str, dict[str, list[ScoreCard]]] = {}
        plans: dict[str, ScoringPlan] = {}  # worked out once per framework scored
        for audit in latest:
            framework = frameworks[audit.framework_hash]
            answers = self._store.revisions.scored_values(audit.id)
            group = group_value(group_by, audit, answers)
            if not group:
                continue
            scored_as = framework if per_version else pool.target(framework)
            plan = plans.get(scored_as.content_hash)
            if plan is None:
                plan = plans[scored_as.content_hash] = ScoringPlan(scored_as)
            scored_answers = answers if per_version else pool.answers(framework, answers)
            card = plan.score(scored_answers, audit.modules)
            by_framework.setdefault(scored_as.content_hash, {}).setdefault(group, []).append(card)
        kept = left_out = 0
        entries = []
        for content_hash, groups in sorted(by_framework.items()):
            framework = plans[content_hash].framework
            summaries = []
            for value, cards in sorted(groups.items()):
                if len(cards) < min_size:
                    left_out += 1
                    continue
                kept += 1
                summaries.append(
                    {
                        "group": value,
                        "institutions": len(cards),
                        "nodes": _node_summaries(framework, cards, min_size),
                    }
                )
            pooled = [framework] if per_version else pool.pooled(framework)
            entries.append(
                {
                    "id": framework.id,
                    "version": framework.version,
                    "hash": content_hash,
                    # The versions whose audits were scored as this one, through crosswalks.
                    "versions": [{"version": f.version, "hash": f.content_hash} for f in pooled],
                    "groups": summaries,
                }
            )
        document = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": utc_now(),
            "group_by": group_by,
            "min_group_size": min_size,
            "frameworks": entries,
        }
        info, key = self._keys.signing_key()
        data = BenchmarkFile.build(document, key, info.name)
        with AtomicOutput(target).path() as partial:
            partial.write_bytes(data)
        return BuiltBenchmark(target, len(latest), kept, left_out)

    def _latest_accepted(self) -> list[Audit]:
        """The latest accepted audit of each institution."""
        latest: dict[tuple[str, ...], Audit] = {}
        for audit in self._audits.list():
            if self._reviews.review(audit).state != ReviewState.ACCEPTED:
                continue
            # The institution record; by name and country for an audit without one.
            key = (
                (audit.institution_id,)
                if audit.institution_id
                else (institution_key(audit.institution), audit.country)
            )
            held = latest.get(key)
            if held is None or (audit.finalized_at, audit.updated_at) > (
                held.finalized_at,
                held.updated_at,
            ):
                latest[key] = audit
        return list(latest.values())

    # --- a site --------------------------------------------------------------------------------

    def read(self, path: Path) -> dict[str, Any]:
        """A benchmark file's document, verified against this installation's trust store."""
        return BenchmarkFile.read(_bounded_read(path), self._trust.list())[0]

    def import_file(self, path: Path) -> dict[str, Any]:
        """Verify a benchmark file and keep it as this installation's benchmark."""
        data = _bounded_read(path)
        document, _key = BenchmarkFile.read(data, self._trust.list())
        self._imported.parent.mkdir(parents=True, exist_ok=True)
        with AtomicOutput(self._imported).path() as partial:
            partial.write_bytes(data)
        return document

    def imported(self) -> dict[str, Any] | None:
        """The benchmark imported here (verified again: the trust store may have changed)."""
        if not self._imported.exists():
            return None
        return self.read(self._imported)

    def imported_peers(self) -> PeerBenchmark | None:
        """The benchmark imported here, verified, as this installation reads it (with the
        frameworks installed here for audits of another version); None without one."""
        document = self.imported()
        return None if document is None else self.peers_of(document)

    def peers_of(self, document: dict[str, Any]) -> PeerBenchmark:
        return PeerBenchmark(document, self._framework)

    def compare(self, audit: Audit, document: dict[str, Any]) -> PeerComparison:
        """The audit against its peer group; BenchmarkError when no group applies."""
        comparison = self.comparison(audit, document)
        if comparison.on_other_version:
            framework = self._audits.framework_of(audit)
            raise BenchmarkError(
                "the benchmark holds the peer groups of {framework} version {versions}; this "
                "audit is on version {version}, and no crosswalk installed here leads from it "
                "to those: no comparison is made",
                framework=framework.id,
                versions=", ".join(comparison.other_versions),
                version=comparison.audit_version,
            )
        if not comparison.applies:
            raise BenchmarkError(
                "the benchmark has no peer group {group} ({by}) for framework {hash}: the "
                "group is too small or absent",
                group=comparison.group or "-",
                by=comparison.group_by,
                hash=audit.framework_hash[:12],
            )
        return comparison

    def comparison(self, audit: Audit, document: dict[str, Any]) -> PeerComparison:
        """The audit against its peer group, or a comparison that says none applies."""
        answers = self._store.revisions.current(audit.id)
        framework = self._audits.framework_of(audit)
        card = score_audit(framework, answers, audit.modules)
        return self.peers_of(document).comparison(audit, framework, answers, card)


def _node_summaries(
    framework: Framework, cards: list[ScoreCard], min_size: int
) -> list[dict[str, Any]]:
    nodes = [(OVERALL, OVERALL, "framework", [c.overall.percent for c in cards])]
    nodes += [
        (g.name, g.display_code, g.level.value, [c.nodes[g.name].percent for c in cards])
        for g in framework.iter_groups()
        if g.level in BENCHMARKED_LEVELS
    ]
    summaries = []
    for name, code, level, scores in nodes:
        values = [s for s in scores if s is not None]
        if len(values) < min_size:  # a node few members answered would point at them
            continue
        peers = PeerQuartiles.of(values)
        summaries.append(
            {
                "node": name,
                "code": code,
                "level": level,
                "count": peers.count,
                "q1": round(peers.q1, 4),
                "median": round(peers.median, 4),
                "q3": round(peers.q3, 4),
            }
        )
    return summaries


def _bounded_read(path: Path) -> bytes:
    return RegularFile.read(path, MAX_FILE_BYTES)
