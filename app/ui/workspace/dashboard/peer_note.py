"""The dashboard's line about peers: which peer group of the imported benchmark the audit is
set against and how many institutions it holds, the audit read as the benchmark's version
through a crosswalk, or why no comparison is made (no group for it, or another framework
version that no crosswalk leads to)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.models.framework import Framework
from app.models.peer_comparison import FIELD_PREFIX, OVERALL, PeerComparison
from app.ui.common.audit_labels import AuditLabels


class PeerNote(QLabel):
    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self._framework = framework
        self._language = "en"
        self.setObjectName("peerNote")
        self.setWordWrap(True)
        self.hide()

    def show_for(self, peers: PeerComparison | None, language: str) -> None:
        """The note for `peers` (the audit against the imported benchmark), labels in the
        content `language`; hidden without a benchmark."""
        self._language = language
        self.setVisible(peers is not None)
        if peers is None:
            return
        date = AuditLabels.date(peers.created_at[:10])
        if peers.on_other_version:
            self.setText(
                self.tr(
                    "No comparison with peers: the benchmark of {date} holds the peer groups of "
                    "this framework on version {versions}, and this audit is on version "
                    "{version}. No crosswalk installed here leads from {version} to {versions}, "
                    "so the scores of the two versions are not put side by side."
                ).format(
                    date=date,
                    versions=", ".join(peers.other_versions),
                    version=peers.audit_version,
                )
            )
        elif peers.applies and peers.read_as is not None:
            self.setText(self._read_as_note(peers, peers.read_as.version, date))
        elif peers.applies:
            self.setText(
                self.tr(
                    "Against the {count} institutions of the peer group {group} (benchmark of "
                    "{date}): the box over each bar spans the group's middle half, from the first "
                    "to the third quartile, and the dark tick is its median; on the radar, the "
                    "dashed line is the peer median."
                ).format(
                    count=AuditLabels.number(peers.institutions),
                    group=self._group_words(peers),
                    date=date,
                )
            )
        else:
            self.setText(
                self.tr(
                    "No peer benchmark applies to this audit: the benchmark of {date} has no peer "
                    "group {group} for this framework version (groups smaller than {minimum} "
                    "institutions are not published)."
                ).format(date=date, group=self._group_words(peers), minimum=peers.min_group_size)
            )

    def _read_as_note(self, peers: PeerComparison, read_as: str, date: str) -> str:
        """The audit read as the benchmark's newer version: the overall comparison in words
        (the bars show the audit's own version, whose practices may have moved)."""
        text = self.tr(
            "Against the {count} institutions of the peer group {group} (benchmark of {date}), "
            "with this audit, made with version {version}, read as version {read_as} through "
            "the framework's crosswalk, as the network's audits were. The charts show version "
            "{version} and carry no peer marks."
        ).format(
            count=AuditLabels.number(peers.institutions),
            group=self._group_words(peers),
            date=date,
            version=self._framework.version,
            read_as=read_as,
        )
        overall = peers.row(OVERALL)
        if overall is not None and overall.score is not None:
            text += " " + self.tr(
                "Overall, read as {read_as}: {score}; peer median {median}, middle half {q1} "
                "to {q3}."
            ).format(
                read_as=read_as,
                score=AuditLabels.percent(overall.score),
                median=AuditLabels.percent(overall.peers.median),
                q1=AuditLabels.percent(overall.peers.q1),
                q3=AuditLabels.percent(overall.peers.q3),
            )
        return text

    def _group_words(self, peers: PeerComparison) -> str:
        """ "country Senegal", or an Organization Information question and its answer."""
        missing = self.tr("(not answered)")
        if not peers.group_by.startswith(FIELD_PREFIX):
            name = AuditLabels.country(peers.group) if peers.group else missing
            return self.tr("country {name}").format(name=name)
        framework = self._framework
        indicator = framework.indicators.get(peers.group_by.removeprefix(FIELD_PREFIX))
        if indicator is None:
            return f"{peers.group_by.removeprefix(FIELD_PREFIX)}: {peers.group or missing}"
        value = peers.group or missing
        if peers.group and indicator.is_select:
            choice = indicator.choice(peers.group)
            value = framework.text(choice.label, self._language) if choice else peers.group
        label = framework.text(indicator.label, self._language) or indicator.display_code
        return f"{label}: {value}"
