"""The live dashboard: overall and per-dimension scores with coverage, a radar and a bar chart,
the lowest-scoring practices and what is still missing. With a peer benchmark imported here,
the charts carry the peer group's quartiles and median, and a line says which group and how
many institutions (or why no group applies).

`refresh()` runs after every answer, so it only rescores (session.score(), about a millisecond)
and updates existing widgets in place; nothing is rebuilt. Scores show from the first answer
and carry a "partial" marker until every scored question of the node is answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.peer_comparison import PeerComparison
from app.models.question_counts import QuestionCounts
from app.models.scoring import NodeScore
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.workspace.dashboard.bar_chart import BarChart
from app.ui.workspace.dashboard.chart_style import ChartEntry
from app.ui.workspace.dashboard.lowest_practices_list import LowestPracticesList
from app.ui.workspace.dashboard.missing_items_list import MissingItemsList
from app.ui.workspace.dashboard.peer_note import PeerNote
from app.ui.workspace.dashboard.radar_chart import RadarChart

if TYPE_CHECKING:  # the crosswalk reading loads with the first benchmark, not at start-up
    from app.models.peer_benchmark import PeerBenchmark

CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)
WIDE = 1000  # pixels from which charts and lists sit side by side
MARKER_STYLES = {
    "partial": "background: #fdf3e1; color: #7b4f12; border: 1px solid #e8c98f;",
    "complete": "background: #e6f4ea; color: #1e5631; border: 1px solid #a8d5b5;",
    "empty": "background: palette(window); color: palette(text); border: 1px solid palette(mid);",
}


class DashboardPage(QWidget):
    jump_requested = Signal(str)  # indicator or group name
    action_requested = Signal(str)  # practice (group) name to plan an action for

    def __init__(self, session: AuditSession, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._language = language
        self._dimensions = [g for g in session.framework.dimensions()]

        self.score_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 2.6)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_label.setMinimumWidth(
            self.score_label.fontMetrics().horizontalAdvance("100 %") + 12
        )
        self.score_title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.score_title.setFont(title_font)
        self.coverage_marker = QLabel()
        self.coverage_marker.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.coverage_detail = QLabel()
        self.coverage_detail.setWordWrap(True)
        self.radar = RadarChart()
        self.bars = BarChart()
        self.lowest = LowestPracticesList(session.framework)
        self.lowest_empty = QLabel()
        self.lowest_empty.setWordWrap(True)
        self.missing = MissingItemsList(session)
        self.missing_summary = QLabel()
        self.missing_summary.setWordWrap(True)
        self.peer_note = PeerNote(session.framework)
        self._benchmark: PeerBenchmark | None = None
        self.peers: PeerComparison | None = None
        self.charts_title = self._heading()
        self.lowest_title = self._heading()
        self.missing_title = self._heading()

        self.radar.clicked.connect(self.jump_requested)
        self.bars.clicked.connect(self.jump_requested)
        self.lowest.jump_requested.connect(self.jump_requested)
        self.lowest.action_requested.connect(self.action_requested)
        self.missing.jump_requested.connect(self.jump_requested)
        self._build_layout()
        self.retranslate()

    # --- layout --------------------------------------------------------------------------------

    def _heading(self) -> QLabel:
        label = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
        label.setFont(font)
        return label

    @staticmethod
    def _card(*widgets: QWidget, horizontal: bool = False) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet(CARD_STYLE)
        layout = QHBoxLayout(card) if horizontal else QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        for widget in widgets:
            layout.addWidget(widget)
        return card

    def _build_layout(self) -> None:
        headline = QGridLayout()
        headline.setHorizontalSpacing(16)
        headline.addWidget(self.score_label, 0, 0, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        headline.addWidget(self.score_title, 0, 1)
        headline.addWidget(self.coverage_marker, 1, 1, Qt.AlignmentFlag.AlignLeft)
        headline.addWidget(self.coverage_detail, 2, 1)
        headline.setColumnStretch(1, 1)
        overall = QFrame()
        overall.setObjectName("card")
        overall.setStyleSheet(CARD_STYLE)
        overall.setLayout(headline)

        charts = self._card(self.radar, self.bars, horizontal=True)
        self._charts_layout = charts.layout()
        self._charts_layout.setStretch(0, 5)
        self._charts_layout.setStretch(1, 6)

        lists = self._lists_layout = QHBoxLayout()
        lists.setSpacing(14)
        lowest = QVBoxLayout()
        lowest.addWidget(self.lowest_title)
        lowest.addWidget(self._card(self.lowest, self.lowest_empty))
        lowest.addStretch(1)
        missing = QVBoxLayout()
        missing.addWidget(self.missing_title)
        missing.addWidget(self._card(self.missing_summary, self.missing))
        missing.addStretch(1)
        lists.addLayout(lowest, 3)
        lists.addLayout(missing, 2)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(10)
        column.addWidget(overall)
        column.addSpacing(6)
        column.addWidget(self.charts_title)
        column.addWidget(charts)
        column.addWidget(self.peer_note)
        column.addSpacing(6)
        column.addLayout(lists)
        column.addStretch(1)
        # A modest laptop screen cannot show everything at once: scroll rather than squeeze.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side on a wide window; stacked on a narrow one, where side by side would
        # squeeze the radar and cut every label.
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= WIDE
            else QBoxLayout.Direction.TopToBottom
        )
        for layout in (self._charts_layout, self._lists_layout):
            if layout.direction() != direction:
                layout.setDirection(direction)
        wide = direction == QBoxLayout.Direction.LeftToRight
        self._charts_layout.setStretch(0, 5 if wide else 0)
        self._charts_layout.setStretch(1, 6 if wide else 0)
        self.radar.setMinimumHeight(300 if wide else 400)
        super().resizeEvent(event)

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.score_title.setText(self.tr("Overall score"))
        self.charts_title.setText(self.tr("Scores by dimension"))
        self.lowest_title.setText(self.tr("Lowest-scoring practices"))
        self.missing_title.setText(self.tr("Still missing"))
        self.lowest_empty.setText(
            self.tr(
                "No practice scores below 100 % so far. Practices "
                "appear here as soon as one of their questions is "
                "answered."
            )
        )
        self.lowest.retranslate()
        self.missing.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_content_language(self, language: str) -> None:
        self._language = language
        self.refresh()

    # --- data ----------------------------------------------------------------------------------

    def set_benchmark(self, benchmark: PeerBenchmark | None) -> None:
        """The peer benchmark imported here (verified), or None."""
        self._benchmark = benchmark
        self.refresh()

    def refresh(self) -> None:
        card = self._session.score()
        self._show_overall(card.overall)
        session = self._session
        self.peers = (
            self._benchmark.comparison(session.audit, session.framework, session.answers, card)
            if self._benchmark is not None
            else None
        )
        self.peer_note.show_for(self.peers, self._language)
        entries = [
            self._entry(group) for group in self._dimensions if card[group.name].scored_total > 0
        ]
        self.radar.set_entries(entries)
        self.bars.set_entries(entries)
        self.lowest.show_scores(card, self._language, not self._session.audit.is_finalized)
        has_lowest = bool(self.lowest.shown_practices())
        self.lowest.setVisible(has_lowest)
        self.lowest_empty.setVisible(not has_lowest)
        self._show_missing(card.overall.required_missing)

    def _show_overall(self, overall: NodeScore) -> None:
        counts = QuestionCounts.of(overall)
        self.score_label.setText(AuditLabels.score(overall.percent))
        if overall.scored_total == 0:
            kind, marker = "empty", self.tr("This framework has no scored questions")
        elif overall.scored_answered == 0:
            kind, marker = "empty", self.tr("No scored answer yet")
        elif overall.is_partial:
            kind, marker = (
                "partial",
                self.tr("Partial — {percent} answered").format(
                    percent=AuditLabels.percent(100 * counts.progress)
                ),
            )
        else:
            kind, marker = "complete", self.tr("Complete — every scored question is answered")
        self.coverage_marker.setText(marker)
        style = f"QLabel {{ {MARKER_STYLES[kind]} border-radius: 9px; padding: 2px 10px; }}"
        if self.coverage_marker.styleSheet() != style:  # setting it again re-styles the label
            self.coverage_marker.setStyleSheet(style)
        number = AuditLabels.number
        self.coverage_detail.setText(
            self.tr(
                "{answered} of {questions} questions answered, {scored_answered} of the {scored} "
                "that count in the score; not-applicable answers do not count in the score."
            ).format(
                answered=number(counts.answered),
                questions=number(counts.questions),
                scored_answered=number(counts.scored_answered),
                scored=number(counts.scored),
            )
        )
        explained = AuditLabels.counts_explained(counts)
        self.coverage_marker.setToolTip(explained)
        self.coverage_detail.setToolTip(explained)

    def _entry(self, group) -> ChartEntry:
        score = self._session.score()[group.name]
        label = self._session.framework.text(group.label, self._language)
        if score.scored_answered == 0:
            caption = self.tr("not started")
        elif score.is_partial:
            caption = self.tr("partial · {percent} answered").format(
                percent=AuditLabels.percent(100 * QuestionCounts.of(score).progress)
            )
        else:
            caption = self.tr("complete")
        # The group's quartiles go over the bars of the audit's own version only: an audit
        # read as another version through the crosswalk is compared in the note instead.
        peers = self.peers if self.peers is not None and self.peers.marks_own_charts else None
        row = peers.row(group.name) if peers is not None else None
        peer_text = (
            ""
            if row is None
            else self.tr("Peer group: median {median}, middle half {q1} to {q3}").format(
                median=AuditLabels.score(row.peers.median),
                q1=AuditLabels.score(row.peers.q1),
                q3=AuditLabels.score(row.peers.q3),
            )
        )
        return ChartEntry(
            key=group.name,
            label=f"{group.code}  {label}" if group.code else label,
            value=score.percent,
            value_text=AuditLabels.score(score.percent),
            caption=caption,
            partial=score.is_partial and score.scored_answered > 0,
            peers=row.peers if row is not None else None,
            peer_text=peer_text,
        )

    def _show_missing(self, total: int) -> None:
        if total:
            self.missing_summary.setText(
                self.tr(
                    "%n mandatory question(s) still need an answer before the audit can be "
                    "finalized.",
                    "",
                    total,
                )
            )
        else:
            self.missing_summary.setText(self.tr("Every mandatory question is answered."))
        self.missing.setVisible(self.missing.show_missing(self._language) > 0)
