"""A verified benchmark file as this installation reads it: which of its entries an audit is
compared with, and in which framework version its scores are read for that.

The head office pools audits of older versions of a framework under the newest through the
crosswalk (the entry lists the versions it pooled). An audit here is compared with:

- the entry of its own version, with its own scores;
- an entry that pooled its version, or an entry of a newer version whose framework is
  installed here and holds a crosswalk from the audit's: the audit's answers are read through
  that crosswalk and scored with the newer tree, as the head office scored the audits it
  pooled;
- no entry at all when the benchmark holds the framework only on versions no crosswalk
  installed here leads to: the comparison then names those versions and compares nothing.
  Scores of two versions are never put side by side by their node names alone: a practice may
  have moved, been merged or be new.

The dashboard, the PDF, the Excel export and `jalon benchmark show` all go through here, so
they agree on what is compared.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.models.answer import Answer
from app.models.audit import Audit
from app.models.framework import Framework
from app.models.peer_comparison import PeerComparison, entry_for
from app.models.scoring import ScoreCard, score_audit
from app.models.version_alignment import version_key
from app.models.version_pool import VersionPool


class PeerBenchmark:
    def __init__(
        self, document: dict[str, Any], framework: Callable[[str], Framework | None]
    ) -> None:
        """`document`: the verified benchmark; `framework(hash)`: a framework installed or
        stored here, None when this installation lacks it."""
        self.document = document
        self._framework = framework

    def comparison(
        self,
        audit: Audit,
        framework: Framework,
        answers: Mapping[str, Answer],
        card: ScoreCard,
    ) -> PeerComparison:
        """The audit (its framework, current answers and own score card) against its peer
        group, or a comparison that says why none is shown."""
        entry, read_as = self._reading(framework)
        if entry is None:
            versions = self._other_versions(framework)
            if versions:
                return PeerComparison.other_version(
                    self.document, audit, answers, framework.version, versions
                )
            return PeerComparison.none(self.document, audit, answers)
        if read_as is not framework:
            read_answers = VersionPool([framework, read_as]).answers(framework, answers)
            card = score_audit(read_as, read_answers, audit.modules)
        return PeerComparison.of(
            self.document,
            audit,
            answers,
            card,
            entry,
            read_as=None if read_as is framework else read_as,
        )

    def _reading(self, framework: Framework) -> tuple[dict[str, Any] | None, Framework]:
        """The entry the audit is compared with and the version its scores are read as."""
        entry = entry_for(self.document, framework.content_hash)
        if entry is not None:
            if entry["hash"] == framework.content_hash:
                return entry, framework
            newer = self._framework(entry["hash"])  # pooled there by the head office
            if newer is not None and newer.crosswalk_from(framework) is not None:
                return entry, newer
            return None, framework
        # A newer version's entry that did not pool this one (no audit of it was accepted),
        # read through the crosswalk that version holds, newest first.
        for candidate in sorted(
            self._same_framework(framework), key=lambda e: version_key(e["version"]), reverse=True
        ):
            newer = self._framework(candidate["hash"])
            if (
                newer is not None
                and version_key(newer.version) > version_key(framework.version)
                and newer.crosswalk_from(framework) is not None
            ):
                return candidate, newer
        return None, framework

    def _same_framework(self, framework: Framework) -> list[dict[str, Any]]:
        return [e for e in self.document["frameworks"] if e["id"] == framework.id]

    def _other_versions(self, framework: Framework) -> tuple[str, ...]:
        """The versions of the audit's framework the benchmark holds groups of, when none can
        be compared with it."""
        return tuple(
            sorted(
                {e["version"] for e in self._same_framework(framework)},
                key=version_key,
            )
        )
