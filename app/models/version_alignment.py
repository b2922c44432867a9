"""Answers of audits made with different versions of one framework, put side by side through
the crosswalks: each question of an older version is read under its counterpart's code in the
newest version present. Versions no crosswalk links are refused rather than mixed silently."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models.errors import JalonError

if TYPE_CHECKING:  # version_key orders the catalog at start-up, before any framework loads
    from app.models.framework import Framework


def version_key(version: str) -> tuple[Any, ...]:
    """Orders versions as people number them: 2026.10 after 2026.9, 2 after 1.10."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in version.replace("-", ".").split(".")
    )


class VersionAlignment:
    def __init__(self, frameworks: list[Framework]):
        self._codes: dict[str, dict[str, str]] = {}  # framework hash -> name -> newest code
        newest: dict[str, Framework] = {}
        for framework in frameworks:
            known = newest.get(framework.id)
            if known is None or version_key(framework.version) > version_key(known.version):
                newest[framework.id] = framework
        for framework in frameworks:
            target = newest[framework.id]
            if framework.content_hash == target.content_hash:
                codes = {name: i.display_code for name, i in framework.indicators.items()}
            else:
                codes = self._through_crosswalk(framework, target)
            self._codes[framework.content_hash] = codes

    def code_in_newest(self, framework: Framework, name: str) -> str:
        """The code(s) of question `name` of `framework` in the newest version exported; ''
        when it was retired."""
        return self._codes[framework.content_hash].get(name, "")

    @staticmethod
    def _through_crosswalk(older: Framework, newest: Framework) -> dict[str, str]:
        crosswalk = newest.crosswalk_from(older)
        if crosswalk is None:
            raise JalonError(
                "the audits use versions {old} and {new} of {framework}, and {new} holds no "
                "crosswalk from {old}; export them separately so that their answers are not "
                "mixed",
                framework=newest.id,
                old=older.version,
                new=newest.version,
            )
        codes: dict[str, list[str]] = {}
        for row in crosswalk.rows:
            target = newest.indicators.get(row.object)
            if row.subject and target is not None:
                codes.setdefault(row.subject, []).append(target.display_code)
        return {name: ", ".join(found) for name, found in codes.items()}
