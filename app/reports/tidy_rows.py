"""Rows of the tidy export, gathered column by column: one row per audit × answerable question
in the answers table, one row per audit in the audits table.

Columns (lists of plain values) rather than row tuples: both writers (Parquet and CSV through
pyarrow) take columns, and appending to a list per column is the cheapest way to build 1.7
million rows in Python. The caller takes the gathered columns away every few thousand rows,
so memory stays bounded however many audits are exported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.models.answer import Answer, AnswerValue, InvalidValue
from app.models.audit import Audit
from app.models.framework import Framework, Group, Indicator, QuestionType
from app.models.scoring import ScoreCard, indicator_points
from app.models.visible_text import VisibleText
from app.reports.framework_layout import FrameworkLayout
from app.reports.tidy_columns import (
    ANSWER_COLUMNS,
    AUDIT_COLUMNS,
    TidyColumn,
    dimension_columns,
)

_NUMERIC = (QuestionType.INTEGER, QuestionType.DECIMAL)


@dataclass(frozen=True)
class _Question:
    """What the answers table repeats for every audit of one framework, worked out once."""

    indicator: Indicator
    dimension: str
    numeric: bool
    # (points, possible) of each value seen so far: thousands of audits give the same few
    # answers to a scored question.
    points: dict = field(default_factory=dict)

    def points_of(self, answer: Answer) -> tuple[float, float] | None:
        """indicator_points of an answer that has a value and is not marked N/A."""
        value = answer.value
        if value not in self.points:
            self.points[value] = indicator_points(self.indicator, answer)
        return self.points[value]


class TidyRows:
    def __init__(self, batch: str, frameworks: list[Framework]):
        """`frameworks` are those of the audits to come: the union of their scored dimensions
        becomes the audits table's per-dimension columns, known before the first row."""
        self._batch = batch
        self._questions: dict[str, list[_Question]] = {}  # by framework hash
        self._dimensions: dict[str, Group] = {}  # by stable name, first seen first
        for framework in frameworks:
            self._learn(framework)
        self.audit_columns: tuple[TidyColumn, ...] = AUDIT_COLUMNS + tuple(
            column for group in self._dimensions.values() for column in dimension_columns(group)
        )
        self.answers: dict[str, list] = {}
        self.audits: dict[str, list] = {}
        self.take_answers()
        self.take_audits()

    def _learn(self, framework: Framework) -> None:
        if framework.content_hash in self._questions:
            return
        questions: list[_Question] = []
        for dimension in framework.dimensions():
            # Answers only: calculations are worked out from these rows by whoever reads them.
            questions.extend(
                _Question(indicator, dimension.name, indicator.type in _NUMERIC)
                for indicator in FrameworkLayout(framework).indicators_in(dimension)
                if indicator.is_answerable
            )
        self._questions[framework.content_hash] = questions
        for group in FrameworkLayout(framework).scored_groups():
            self._dimensions.setdefault(group.name, group)

    @property
    def answer_count(self) -> int:
        return len(self.answers["audit_id"])

    def take_answers(self) -> dict[str, list]:
        """The answers gathered so far, column by column; the next rows start afresh."""
        taken, self.answers = self.answers, {c.name: [] for c in ANSWER_COLUMNS}
        return taken

    def take_audits(self) -> dict[str, list]:
        taken, self.audits = self.audits, {c.name: [] for c in self.audit_columns}
        return taken

    def add(
        self, audit: Audit, framework: Framework, answers: Mapping[str, Answer], card: ScoreCard
    ) -> None:
        self._learn(framework)
        self._add_audit(audit, framework, card)
        self._add_answers(audit, framework, answers, card)

    def _add_audit(self, audit: Audit, framework: Framework, card: ScoreCard) -> None:
        overall = card.overall
        values = {
            "export_batch": self._batch,
            "audit_id": audit.id,
            "institution": audit.institution,
            "country": audit.country,
            "audit_type": audit.audit_type.value,
            "period_start": audit.period_start or None,
            "period_end": audit.period_end or None,
            "status": audit.status.value,
            "content_language": audit.content_language,
            "auditors": VisibleText.for_names(audit.auditors, "; "),
            "framework_id": framework.id,
            "framework_version": framework.version,
            "framework_hash": framework.content_hash,
            "created_at": audit.created_at,
            "updated_at": audit.updated_at,
            "finalized_at": audit.finalized_at or None,
            "score": overall.percent,
            "coverage": overall.coverage,
            "points": overall.points,
            "points_possible": overall.possible,
            "answered": overall.answered,
            "questions": overall.total,
        }
        for name in self._dimensions:
            node = card.nodes.get(name)  # None: the audit's framework has no such dimension
            values[f"score_{name}"] = node.percent if node is not None else None
            values[f"coverage_{name}"] = node.coverage if node is not None else None
        for name, column in self.audits.items():
            column.append(values[name])

    def _add_answers(
        self, audit: Audit, framework: Framework, answers: Mapping[str, Answer], card: ScoreCard
    ) -> None:
        # One list per column, appended to in the loop: the export's hot path.
        columns = self.answers
        relevant = card.relevant
        questions = self._questions[framework.content_hash]
        count = len(questions)
        for name, value in (
            ("export_batch", self._batch),
            ("audit_id", audit.id),
            ("institution", audit.institution),
            ("framework_id", framework.id),
            ("framework_version", framework.version),
            ("framework_hash", framework.content_hash),
        ):
            columns[name].extend([value] * count)
        (
            indicators,
            codes,
            dimensions,
            types,
            values,
            numbers,
            invalids,
            problems,
            relevants,
            answered,
            not_applicable,
            na_reasons,
            points,
            possible,
            weights,
            scores,
            flagged,
            comments,
            departments,
            authors,
            sites,
            changed,
            revisions,
        ) = (columns[c.name] for c in ANSWER_COLUMNS[6:])
        # The columns of an answer's own details: empty for an unanswered question.
        details = (
            na_reasons,
            points,
            possible,
            scores,
            comments,
            departments,
            authors,
            sites,
            changed,
            revisions,
        )
        for question in questions:
            indicator = question.indicator
            answer = answers.get(indicator.name)
            indicators.append(indicator.name)
            codes.append(indicator.display_code)
            dimensions.append(question.dimension)
            types.append(indicator.type.value)
            weights.append(indicator.weight)
            relevants.append(indicator.name in relevant)
            if answer is None:
                values.append(None)
                numbers.append(None)
                invalids.append(False)
                problems.append(None)
                for column in details:
                    column.append(None)
                answered.append(False)
                not_applicable.append(False)
                flagged.append(False)
                continue
            stored: AnswerValue = answer.value if answer.has_value else None
            if isinstance(answer.value, InvalidValue):  # shown as typed, marked, not a number
                values.append(answer.value.typed)
                problems.append(answer.value.problem(indicator).value)
            else:
                values.append(None if stored is None else str(stored))
                problems.append(None)
            invalids.append(answer.is_invalid)
            number = stored if isinstance(stored, int | float) else None
            numbers.append(float(number) if question.numeric and number is not None else None)
            answered.append(answer.is_answered)
            not_applicable.append(answer.is_not_applicable)
            na_reasons.append(answer.na_reason or None)
            counted = (
                question.points_of(answer)
                if stored is not None
                and not answer.na_reason
                and indicator.is_scored
                and indicator.name in relevant
                else None
            )
            if counted is None:
                points.append(None)
                possible.append(None)
                scores.append(None)
            else:
                points.append(counted[0])
                possible.append(counted[1])
                scores.append(100.0 * counted[0] / counted[1] if counted[1] else None)
            flagged.append(answer.flagged)
            comments.append(answer.comment or None)
            departments.append(answer.department or None)
            authors.append(VisibleText.for_name(answer.author))
            sites.append(answer.site)
            changed.append(answer.changed_at)
            revisions.append(answer.revision_id)
