"""Audits made with several versions of one framework, read as audits of the newest of them
through the crosswalks, so that they can be pooled (a peer benchmark's groups).

An audit of an older version is read as it would be after an upgrade to the newest (the same
plan `jalon audit upgrade` previews, nothing written): answers of unchanged and reworded
questions continue, answers carried along a merge or a split go to their counterpart, retired
questions no longer count, new questions are unanswered. It is then scored with the newest
version's tree, so that every audit of the pool has the same dimensions, standards and
practices. Versions that no crosswalk links are refused rather than mixed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.models.answer import Answer
from app.models.crosswalk import Crosswalk
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.upgrade_plan import Outcome, UpgradePlanner
from app.models.version_alignment import version_key


class VersionPool:
    def __init__(self, frameworks: Iterable[Framework]):
        """`frameworks`: those of the audits to pool (several per framework id or not)."""
        frameworks = list({f.content_hash: f for f in frameworks}.values())
        self._newest: dict[str, Framework] = {}
        for framework in frameworks:
            known = self._newest.get(framework.id)
            if known is None or version_key(framework.version) > version_key(known.version):
                self._newest[framework.id] = framework
        # Older versions, by hash: the version and how its answers become the newest's.
        self._older: dict[str, tuple[Framework, UpgradePlanner]] = {}
        for framework in frameworks:
            newest = self._newest[framework.id]
            if framework.content_hash != newest.content_hash:
                planner = UpgradePlanner(framework, newest, _crosswalk(framework, newest))
                self._older[framework.content_hash] = (framework, planner)

    def target(self, framework: Framework) -> Framework:
        """The version audits of `framework` are pooled under: the newest of its id."""
        return self._newest[framework.id]

    def pooled(self, target: Framework) -> list[Framework]:
        """The versions pooled under `target`, oldest first, `target` last."""
        older = [f for f, _ in self._older.values() if self._newest[f.id] is target]
        return [*sorted(older, key=lambda f: version_key(f.version)), target]

    def answers(self, framework: Framework, answers: Mapping[str, Answer]) -> Mapping[str, Answer]:
        """An audit's answers as answers to the target version's questions."""
        if framework.content_hash not in self._older:
            return answers
        plan = self._older[framework.content_hash][1].plan(dict(answers))
        kept = {m.source: answers[m.source] for m in plan.moves if m.outcome == Outcome.KEPT}
        carried = {c.target: Answer(c.target, **c.content) for c in plan.changes}
        return kept | carried


def _crosswalk(older: Framework, newest: Framework) -> Crosswalk:
    crosswalk = newest.crosswalk_from(older)
    if crosswalk is None:
        raise JalonError(
            "the audits use versions {old} and {new} of {framework}, and {new} holds no "
            "crosswalk from {old}: their scores cannot be pooled; keep the versions apart "
            "(jalon benchmark build --per-version)",
            framework=newest.id,
            old=older.version,
            new=newest.version,
        )
    return crosswalk
