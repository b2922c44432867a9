"""The words the PDF and the Excel export use about an audit's peer group: which group, how
many institutions, from which benchmark, or why none applies. One place, so that both files
say the same thing."""

from __future__ import annotations

from app.models.answer import Answer
from app.models.peer_comparison import FIELD_PREFIX, OVERALL, PeerComparison, PeerRow
from app.reports.answer_display import AnswerDisplay
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts


class PeerGroupText:
    def __init__(self, data: ReportData, texts: ReportTexts, formatter: ReportFormatter):
        self._data = data
        self._texts = texts
        self._format = formatter

    def sentence(self, peers: PeerComparison) -> str:
        """Which group and how many institutions, and the version the audit was read as;
        or why no group applies (none of the audit's version, or none that is published)."""
        date = self._format.date(peers.created_at)
        if peers.on_other_version:
            return self._texts.get(
                "peers_other_version",
                date=date,
                versions=", ".join(peers.other_versions),
                version=peers.audit_version,
            )
        key = "peers_line" if peers.applies else "peers_none"
        sentence = self._texts.get(
            key,
            count=peers.institutions,
            group=self.group(peers),
            date=date,
            minimum=peers.min_group_size,
        )
        if peers.applies and peers.read_as is not None:
            sentence += " " + self._texts.get(
                "peers_read_as",
                version=self._data.framework.version,
                read_as=peers.read_as.version,
            )
        return sentence

    def label(self, peers: PeerComparison, row: PeerRow) -> str:
        """A compared node's label, from the version the audit was read as."""
        if row.node == OVERALL:
            return self._texts.get("overall_score")
        framework = peers.read_as or self._data.framework
        node = framework.nodes.get(row.node)
        if node is None:
            return row.code
        return framework.text(node.label, self._data.language) or node.display_code

    def group(self, peers: PeerComparison) -> str:
        """The group in words: "country Senegal", or an Organization Information question's
        label and the answer that makes the group."""
        texts = self._texts
        if not peers.group_by.startswith(FIELD_PREFIX):
            value = self._format.country(peers.group) if peers.group else ""
            return texts.get("peers_group_country", value=value or texts.get("peers_group_missing"))
        name = peers.group_by.removeprefix(FIELD_PREFIX)
        indicator = self._data.framework.indicators.get(name)
        if indicator is None:  # the benchmark groups by a question this framework lacks
            return texts.get(
                "peers_group_field",
                label=name,
                value=peers.group or texts.get("peers_group_missing"),
            )
        display = AnswerDisplay(self._data.framework, self._data.language, self._format, texts)
        value = display.value(indicator, Answer(name, peers.group)) if peers.group else ""
        return texts.get(
            "peers_group_field",
            label=self._data.label(indicator),
            value=value or texts.get("peers_group_missing"),
        )

    def quarter(self, row: PeerRow) -> str:
        return "–" if row.quartile is None else self._texts.get(f"quarter_{row.quartile}")
