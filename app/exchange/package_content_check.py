"""What a signature cannot vouch for: that the content of audit.json fits its framework and its
time of signing.

A valid signature says who sent a package, not that what they sent is sound: a careless or
hostile signer can sign "banana" for a yes/no question, a number of 4,000 digits that later
breaks an Excel export, or revisions dated 9999 that would win every conflict display. Every
answer value is checked against its question (type, choices, bounds) and every timestamp
against a plausible window, before anything is written; the first misfit refuses the package
whole, naming audit.json and the field.

Bounds (also in docs/exchange.md):
- a text of a package is at most MAX_TEXT characters (json_fields.py);
- a number is finite and within what a decimal holds (±1.8 × 10^308, written out in full:
  ±179769…(309 digits)); not every number of 309 digits fits, so messages state the bound;
- a date answer is a real date written YYYY-MM-DD;
- a timestamp is a UTC time written YYYY-MM-DDTHH:MM:SS[.ffffff]Z, not later than the signing
  time plus CLOCK_SKEW, and — for what belongs to the audit's life — not earlier than the
  audit's creation minus CLOCK_SKEW; the signing time itself is not later than this computer's
  clock plus CLOCK_SKEW. The skew allows for the clocks of the sites an audit went through;
- the institution record an audit carries (new or known here) may be older than the audit,
  but not dated before EARLIEST_RECORD (2000) nor after the signing time plus CLOCK_SKEW.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TypeGuard

from app.exchange.exchange_error import PackageError
from app.exchange.package_content import PackageContent
from app.exchange.package_manifest import AUDIT, PackageManifest
from app.models.framework import Framework, Indicator, QuestionType
from app.models.institution import EARLIEST_RECORD
from app.models.upgrade_record import UpgradeRecord, upgrades

CLOCK_SKEW = timedelta(days=1)
MAX_WHOLE_NUMBER = int(sys.float_info.max)
_TIMESTAMP = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z)?"
)
_STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

ValueCheck = Callable[[object], bool]


def parse_timestamp(text: str) -> datetime | None:
    """A timestamp as Jalon writes it (or a bare date), as an aware datetime; None if not."""
    if not _TIMESTAMP.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(
            text.replace("Z", "+00:00") if "T" in text else text + "T00:00:00+00:00"
        )
    except ValueError:  # 31 February
        return None


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP_FORMAT)


def _is_date(value: object) -> bool:
    if type(value) is not str or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_number(value: object) -> TypeGuard[int | float]:
    # Floats are finite already (StrictJson refuses NaN and Infinity); booleans are not numbers.
    return (
        type(value) is float
        or type(value) is int
        and -MAX_WHOLE_NUMBER <= value <= (MAX_WHOLE_NUMBER)
    )


def _is_whole_number(value: object) -> bool:
    return _is_number(value) and (isinstance(value, int) or value.is_integer())


EARLIER_QUESTION: tuple[ValueCheck, str] = (
    lambda v: type(v) is str or _is_number(v),
    "a text or a number",
)


def _value_check(indicator: Indicator) -> tuple[ValueCheck, str]:
    """How to tell a fitting answer value of `indicator`, and the detail said when it does
    not fit. An empty value (None or "") means "no answer" and always fits."""
    kind = indicator.type
    if kind == QuestionType.SELECT_ONE:
        names = frozenset(c.name for c in indicator.choices)
        return (lambda v: v in names), "one of " + ", ".join(sorted(names))
    if kind == QuestionType.SELECT_MULTIPLE:
        names = frozenset(c.name for c in indicator.choices)
        return (
            (lambda v: type(v) is str and names.issuperset(v.split(" "))),
            "some of " + ", ".join(sorted(names)) + ", separated by spaces",
        )
    if kind == QuestionType.INTEGER:
        return _is_whole_number, "a whole number between -1.8 × 10^308 and 1.8 × 10^308"
    if kind == QuestionType.DECIMAL:
        return _is_number, "a finite number between -1.8 × 10^308 and 1.8 × 10^308"
    if kind == QuestionType.DATE:
        return _is_date, "a date written YYYY-MM-DD"
    if kind == QuestionType.NOTE:
        return (lambda v: False), "nothing (the question is a note)"
    if kind == QuestionType.CALCULATE:  # worked out from the other answers, never stored
        return (lambda v: False), "nothing (the value is calculated)"
    return (lambda v: type(v) is str), "a text"


class PackageContentCheck:
    """check(manifest, content, framework) raises PackageError at the first misfit. One per
    reader: the value checks of a framework are worked out once for all its packages."""

    def __init__(self) -> None:
        self._checks: dict[str, dict[str, tuple[ValueCheck, str]]] = {}

    def check(
        self, manifest: PackageManifest, content: PackageContent, framework: Framework
    ) -> None:
        signed = self._signing_time(manifest)
        audit = content.audit
        created = self._timestamp(audit.created_at, "audit", "created_at")
        latest = _stamp(signed + CLOCK_SKEW)
        earliest = _stamp(created - CLOCK_SKEW)
        window = _Window(earliest, latest, audit.created_at, manifest.created_at)
        window.check("audit", "created_at", audit.created_at, after_creation=False)
        for field in ("updated_at", "finalized_at"):
            window.check("audit", field, getattr(audit, field), optional=True)
        checks = self._value_checks(framework)
        for index, revision in enumerate(content.revisions):
            window.check_revision(index, revision.created_at)
            value = revision.value
            if value is None or value == "":
                continue
            # A question the framework lacks is one of an earlier version the audit was
            # upgraded from (the reader checked that its log says so): its history is kept,
            # and its question is not at hand to check the value against.
            check, expected = checks.get(revision.indicator, EARLIER_QUESTION)
            if not check(value):
                raise PackageError(
                    "answer-invalid",
                    "{file} in the package is invalid: "
                    "{where}.value is {value}, but question {indicator} takes "
                    "{expected}",
                    file=AUDIT,
                    where=f"revisions[{index}]",
                    value=_shown(value),
                    indicator=revision.indicator,
                    expected=expected,
                )
        # An action is planned on a question or practice of the framework. After an upgrade it
        # may stay on one the newer version removed, which the upgrade's record names.
        records = upgrades(content.events)
        targets = _Targets(framework, records)
        for index, action in enumerate(content.actions):
            for field in ("created_at", "updated_at", "deleted_at"):
                window.check(f"actions[{index}]", field, getattr(action, field), optional=True)
            targets.check(f"actions[{index}]", action.target)
        for index, action_revision in enumerate(content.action_revisions):
            window.check(f"action_revisions[{index}]", "created_at", action_revision.created_at)
            targets.check(f"action_revisions[{index}]", action_revision.item.target)
        for index, event in enumerate(content.events):
            window.check(f"events[{index}]", "created_at", event.created_at)
        for index, link in enumerate(content.evidence):
            window.check(f"evidence[{index}]", "added_at", link.added_at, optional=True)
        for index, review_event in enumerate(content.review_events):
            window.check(f"review_events[{index}]", "created_at", review_event.created_at)
        if content.institution is not None:
            # An institution exists before its audits, so its record may be older than the
            # audit; but not older than any record Jalon keeps, nor later than the signing.
            for field in ("created_at", "updated_at"):
                window.check_record("institution", field, getattr(content.institution, field))
        for index, comment in enumerate(content.review_comments):
            window.check(f"review_comments[{index}]", "created_at", comment.created_at)
            if comment.target and comment.target not in checks:
                raise PackageError(
                    "review-target-unknown",
                    "{file} in the package is invalid: {where}.target is {target}, which is "
                    "not a question of the audit's framework",
                    file=AUDIT,
                    where=f"review_comments[{index}]",
                    target=_shown(comment.target),
                )

    def _signing_time(self, manifest: PackageManifest) -> datetime:
        signed = parse_timestamp(manifest.created_at)
        if signed is None or "T" not in manifest.created_at:
            raise PackageError(
                "manifest-invalid",
                "the package manifest is invalid: "
                "'created_at' is {value}, not a UTC time written "
                "YYYY-MM-DDTHH:MM:SSZ",
                value=_shown(manifest.created_at),
            )
        now = datetime.now(UTC)
        if signed > now + CLOCK_SKEW:
            raise PackageError(
                "signed-in-future",
                "the package says it was signed on {signed}, "
                "later than this computer's clock allows ({now}); a signing "
                "time in the future cannot be true",
                signed=manifest.created_at,
                now=_stamp(now)[:19] + "Z",
            )
        return signed

    @staticmethod
    def _timestamp(value: str, where: str, field: str) -> datetime:
        moment = parse_timestamp(value)
        if moment is None:
            raise _format_error(where, field, value)
        return moment

    def _value_checks(self, framework: Framework) -> dict[str, tuple[ValueCheck, str]]:
        checks = self._checks.get(framework.content_hash)
        if checks is None:
            checks = {i.name: _value_check(i) for i in framework.iter_indicators()}
            if len(self._checks) >= 8:  # a merge meets a handful of frameworks
                self._checks.clear()
            self._checks[framework.content_hash] = checks
        return checks


class _Window:
    """The plausible time window of one package's timestamps, compared as texts (Jalon's
    timestamps sort in time order as text)."""

    def __init__(self, earliest: str, latest: str, created: str, signed: str):
        self.earliest, self.latest = earliest, latest
        self.created, self.signed = created, signed

    def check_revision(self, index: int, value: str) -> None:
        # The hot path: hundreds of revisions per package.
        if not (self.earliest <= value <= self.latest and _TIMESTAMP.fullmatch(value)):
            self.check(f"revisions[{index}]", "created_at", value)

    def check(
        self,
        where: str,
        field: str,
        value: str,
        optional: bool = False,
        after_creation: bool = True,
    ) -> None:
        if optional and not value:
            return
        if parse_timestamp(value) is None:
            raise _format_error(where, field, value)
        if value > self.latest:
            raise PackageError(
                "timestamp-after-signing",
                "{file} in the package is invalid: "
                "{where}.{field} is {value}, later than the package was signed "
                "({signed})",
                file=AUDIT,
                where=where,
                field=field,
                value=value,
                signed=self.signed,
            )
        if after_creation and value < self.earliest:
            raise PackageError(
                "timestamp-before-creation",
                "{file} in the package is invalid: "
                "{where}.{field} is {value}, before the audit was created "
                "({created})",
                file=AUDIT,
                where=where,
                field=field,
                value=value,
                created=self.created,
            )

    def check_record(self, where: str, field: str, value: str) -> None:
        """A timestamp of a record that may predate the audit (empty in older packages)."""
        self.check(where, field, value, optional=True, after_creation=False)
        if value and value < EARLIEST_RECORD:
            raise PackageError(
                "timestamp-before-records",
                "{file} in the package is invalid: "
                "{where}.{field} is {value}, before {earliest}; no record Jalon keeps is "
                "that old",
                file=AUDIT,
                where=where,
                field=field,
                value=value,
                earliest=EARLIEST_RECORD[:10],
            )


def _format_error(where: str, field: str, value: str) -> PackageError:
    return PackageError(
        "timestamp-invalid",
        "{file} in the package is invalid: {where}.{field} "
        "is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ",
        file=AUDIT,
        where=where,
        field=field,
        value=_shown(value),
    )


class _Targets:
    """What an action of the package may be planned on: a question or group of the audit's
    framework or, for an audit upgraded to it, one of an earlier version that the upgrade's
    record names (a question or group the newer version removed, or a question it moved)."""

    def __init__(self, framework: Framework, records: list[UpgradeRecord]):
        self._framework = framework
        self._upgraded = bool(records)
        self._earlier = frozenset().union(*(record.earlier_names for record in records))

    def check(self, where: str, target: str) -> None:
        if self._framework.find(target) is not None or target in self._earlier:
            return
        if self._upgraded:
            raise PackageError(
                "action-target-unknown",
                "{file} in the package is invalid: {where}.target is {target}, which is "
                "neither a question or practice of the audit's framework nor one that the "
                "audit's upgrade from an earlier version records",
                file=AUDIT,
                where=where,
                target=_shown(target),
            )
        raise PackageError(
            "action-target-unknown",
            "{file} in the package is invalid: {where}.target is {target}, which is not a "
            "question or practice of the audit's framework",
            file=AUDIT,
            where=where,
            target=_shown(target),
        )


def _shown(value: object) -> str:
    """A value as a message shows it: quoted if a text, and never thousands of characters."""
    text = (
        repr(value)
        if isinstance(value, str)
        else str(value)
        if not isinstance(value, int) or abs(value) < 10**40
        else f"a number of {len(str(abs(value)))} digits"
    )
    return text if len(text) <= 60 else text[:57] + "…"
