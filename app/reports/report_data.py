"""Everything a report or an export says about one audit, gathered once by the service.

The writers read this snapshot only; they never go back to the database, so a report is a
consistent picture of one moment and can be written on a background thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from app.models.action_item import ActionItem
from app.models.action_progress import ActionProgress
from app.models.answer import Answer
from app.models.audit import Audit
from app.models.framework import Framework, Group, Indicator
from app.models.localized_text import LocalizedText
from app.models.peer_comparison import PeerComparison
from app.models.plausibility import ConfirmedFigure
from app.models.scoring import NodeScore, ScoreCard
from app.models.visible_text import VisibleText
from app.reports.framework_layout import FrameworkLayout
from app.reports.report_format import ReportFormatter
from app.reports.report_history import ReportHistory
from app.reports.report_texts import ReportTexts


@dataclass(frozen=True)
class EvidenceItem:
    """An evidence file attached to an indicator (its content stays in the database)."""

    indicator: str
    filename: str
    size: int
    sha256: str
    added_by: str
    added_at: str

    @property
    def shown_name(self) -> str:
        """The file name as every report shows it: a right-to-left override or a control
        character in it (the name came from whoever attached the file, maybe in a package)
        is shown as an escape, so "\\u202egpj.exe" never reads "exe.jpg"."""
        return VisibleText.for_name(self.filename)


@dataclass
class ReportData:
    audit: Audit
    framework: Framework
    answers: Mapping[str, Answer]
    card: ScoreCard
    language: str
    generated_at: datetime
    actions: list[ActionItem] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    seal_intact: bool | None = None  # for a finalized audit: does the content match its seal?
    generated_by: str = ""
    history: ReportHistory | None = None  # None for an institution's first audit
    # The audit against its peer group; None when no benchmark was imported here.
    peers: PeerComparison | None = None
    # For a follow-up audit: each action of the previous audit's plan and what became of it.
    previous_plan: tuple[ActionProgress, ...] = ()
    previous_period: str = ""  # how the previous audit is named (its period's end)
    # For a follow-up audit: the Organization Information figures that moved beyond their
    # limit and were confirmed, by question name, with who confirmed them and why.
    confirmed_figures: Mapping[str, ConfirmedFigure] = field(default_factory=dict)

    def figure_confirmation(
        self, indicator: Indicator, texts: ReportTexts, fmt: ReportFormatter
    ) -> str:
        """The line that says a figure's move was confirmed, by whom, when and why; "" for
        a figure not confirmed (or not a figure)."""
        confirmed = self.confirmed_figures.get(indicator.name)
        if confirmed is None:
            return ""
        return texts.get(
            "figure_confirmed",
            previous=fmt.number(confirmed.flag.previous),
            value=fmt.number(confirmed.flag.current),
            author=VisibleText.for_name(confirmed.author),
            date=fmt.date(confirmed.confirmed_at[:10]),
            note=VisibleText.for_documents(confirmed.note),
        )

    @property
    def today(self) -> str:
        """The report's date, YYYY-MM-DD: an action past its due date then is overdue."""
        return self.generated_at.date().isoformat()

    def text(self, localized: LocalizedText) -> str:
        return self.framework.text(localized, self.language)

    def label(self, node: Group | Indicator) -> str:
        return self.text(node.label) or node.display_code

    def applies(self, indicator: Indicator) -> bool:
        """Relevant and in one of the audit's modules (the scorer decided); a calculation
        applies when it has a value."""
        if indicator.is_calculated:
            return self.card.values.get(indicator.name, "") != ""
        return indicator.name in self.card.relevant

    def score(self, node: Group | Indicator) -> NodeScore:
        return self.card[node.name]

    # --- structure -----------------------------------------------------------------------------

    @cached_property
    def layout(self) -> FrameworkLayout:
        return FrameworkLayout(self.framework)

    def is_scored(self, group: Group) -> bool:
        return self.layout.is_scored(group)

    def scored_groups(self) -> list[Group]:
        return self.layout.scored_groups()

    def info_sections(self) -> list[Group]:
        return self.layout.info_sections()

    def indicators_in(self, group: Group) -> Iterator[Indicator]:
        return self.layout.indicators_in(group)

    def practices(self) -> list[Group]:
        return self.layout.practices()

    def ranked_practices(self, count: int) -> tuple[list[Group], list[Group]]:
        """The `count` strongest and weakest scored practices (ties in framework order)."""
        percents = {p.name: self.score(p).percent for p in self.practices()}
        scored = [p for p in self.practices() if percents[p.name] is not None]
        strongest = sorted(scored, key=lambda p: -(percents[p.name] or 0.0))[:count]
        taken = {p.name for p in strongest}
        # With few practices the two lists would repeat each other; a practice is in one only.
        weakest = [
            p for p in sorted(scored, key=lambda p: percents[p.name] or 0.0) if p.name not in taken
        ][:count]
        return strongest, weakest

    # --- per indicator -------------------------------------------------------------------------

    def answer(self, indicator: Indicator) -> Answer | None:
        """The current answer; for a calculation, its value worked out from the answers."""
        if indicator.is_calculated:
            value = self.card.values.get(indicator.name, "")
            if value == "":
                return None
            if isinstance(value, bool):
                value = "true" if value else "false"
            return Answer(indicator.name, round(value, 6) if isinstance(value, float) else value)
        return self.answers.get(indicator.name)

    @cached_property
    def _evidence_by_indicator(self) -> dict[str, list[EvidenceItem]]:
        grouped: dict[str, list[EvidenceItem]] = {}
        for item in self.evidence:
            grouped.setdefault(item.indicator, []).append(item)
        return grouped

    def evidence_of(self, indicator: Indicator) -> list[EvidenceItem]:
        return self._evidence_by_indicator.get(indicator.name, [])

    def path_of(self, node: Group | Indicator) -> list[Group]:
        """Ancestors from the top-level group down to the nearest parent."""
        return list(reversed(self.framework.ancestors(node.name)))
