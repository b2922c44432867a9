"""The Progress tab of an open audit: how it compares with another audit of the same
institution, per dimension and standard, telling the change of practice (over the questions
answered both times) from a change in what was answered; and, per action of the earlier
audit's plan, its status then and now and whether the indicators it targets improved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.progress import IndicatorChange, NodeProgress
from app.services.audit_session import AuditSession
from app.services.institution_service import InstitutionService
from app.services.progress_service import AuditProgress, ProgressService
from app.ui.common.audit_labels import AuditLabels
from app.ui.workspace.action_plan.action_table_model import ActionTableModel
from app.ui.workspace.progress.progress_chart import ProgressChart, ProgressRow

_LEVELS = ("dimension", "standard")


class ProgressPage(QWidget):
    def __init__(
        self,
        session: AuditSession,
        progress: ProgressService,
        institutions: InstitutionService,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._progress = progress
        self._institutions = institutions
        self._language = session.audit.content_language
        self.result: AuditProgress | None = None
        self._others: dict[str, Audit] = {}
        self.other_label = QLabel()
        self.others = QComboBox()
        self.other_label.setBuddy(self.others)
        self.others.currentIndexChanged.connect(self._chosen)
        self._stale = True  # worked out when shown: opening an audit does not wait for it
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # At the top when it stands alone (an audit with nothing to compare), not mid-page
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.chart = ProgressChart()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.indicators = QLabel()
        self.indicators.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.actions_label = QLabel()
        self.actions = QTreeWidget()
        self.actions.setRootIsDecorated(False)
        self.actions.setAlternatingRowColors(True)
        self.actions_label.setBuddy(self.actions)
        # The "Compare with" row as one widget, so that an audit alone can hide it
        self.choose = QWidget()
        choose = QHBoxLayout(self.choose)
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(self.other_label)
        choose.addWidget(self.others, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.indicators)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.actions_label)
        layout.addWidget(self.actions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Progress")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.other_label.setText(self.tr("Compare &with:"))
        self.table.setHeaderLabels(
            [
                self.tr("Dimension or standard"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Change"),
                self.tr("Change of practice"),
            ]
        )
        self.actions.setHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Status then"),
                self.tr("Status now"),
                self.tr("Its indicators"),
            ]
        )
        self.actions_label.setText(self.tr("&Action plan of the earlier audit:"))
        self.note.setText(
            self.tr(
                "Grey bars: the earlier audit; blue bars: the later one. "
                "Change of practice: the change over the questions scored in both audits. "
                "* What was answered differs, so part of the change is coverage, not practice."
            )
        )
        self.reload()

    # --- content -------------------------------------------------------------------------------

    def reload(self) -> None:
        """The institution's other audits, the previous one chosen."""
        audit = self._session.audit
        institution = self._institutions.get(audit.institution_id)
        others = [a for a in self._institutions.audits(institution) if a.id != audit.id]
        self._others = {a.id: a for a in others}
        self.others.blockSignals(True)
        self.others.clear()
        for other in others:
            self.others.addItem(self._audit_name(other), other.id)
        earlier = [n for n, a in enumerate(others) if _when(a) <= _when(audit)]
        if others:
            self.others.setCurrentIndex(earlier[-1] if earlier else 0)
        self.others.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _audit_name(self, audit: Audit) -> str:
        """Named as the audit list names it (type, period, status), not by its identifier."""
        return self.tr("{type} · {period} · {status}").format(
            type=AuditLabels.audit_type(audit.audit_type),
            period=AuditLabels.period(audit),
            status=AuditLabels.status(audit.status),
        )

    def refresh(self) -> None:
        self._stale = False
        self.result = None
        other = self.others.currentData()
        alone = other is None
        # An audit alone has nothing to choose, chart or tabulate: only the sentence shows
        for part in (self.choose, self.chart, self.table, self.note):
            part.setVisible(not alone)
        if alone:
            self._show_nothing(
                self.tr(
                    "No other audit of this institution to compare with. A follow-up audit "
                    "(File ▸ New follow-up audit) will appear here."
                )
            )
            return
        this = self._session.audit
        earlier_first = _when(self._others[other]) <= _when(this)
        before, after = (other, this.id) if earlier_first else (this.id, other)
        try:
            self.result = self._progress.compare(before, after)
        except JalonError as error:
            self._show_nothing(str(error))
            return
        self._show(self.result)

    def _show_nothing(self, message: str) -> None:
        self.summary.setText(message)
        self.chart.set_rows([])
        self.table.clear()
        self.indicators.clear()
        self._show_actions(None)

    def _show_actions(self, result: AuditProgress | None) -> None:
        """Each action of the earlier plan: what became of it, and how its target changed."""
        self.actions.clear()
        entries = result.actions if result is not None else ()
        self.actions_label.setVisible(bool(entries))
        self.actions.setVisible(bool(entries))
        today = date.today().isoformat()
        for entry in entries:
            now = (
                ActionTableModel.status_words(entry.later, today)
                if entry.later
                else self.tr("Not carried over")
            )
            self.actions.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        entry.action.title,
                        ActionTableModel.status_text(entry.action.status),
                        now,
                        self._change_name(entry.change),
                    ]
                )
            )
        for column in range(self.actions.columnCount()):
            self.actions.resizeColumnToContents(column)

    def _change_name(self, change: IndicatorChange | None) -> str:
        names = {
            IndicatorChange.IMPROVED: self.tr("Improved"),
            IndicatorChange.REGRESSED: self.tr("Regressed"),
            IndicatorChange.UNCHANGED: self.tr("Unchanged"),
            IndicatorChange.NEWLY_ASSESSED: self.tr("Newly assessed"),
            IndicatorChange.NO_LONGER_ASSESSED: self.tr("No longer assessed"),
            IndicatorChange.NOT_COMPARABLE: self.tr("Not comparable"),
        }
        return names[change] if change is not None else self.tr("Not assessed")

    def _show(self, result: AuditProgress) -> None:
        framework, progress = result.after_framework, result.progress
        overall = progress.overall
        self.summary.setText(
            self.tr(
                "Overall: {before} ({before_date}) → {after} ({after_date}); change {change}, "
                "change of practice {practice}"
            ).format(
                before=AuditLabels.score(overall.before and overall.before.percent),
                after=AuditLabels.score(overall.after.percent),
                before_date=AuditLabels.period(result.before),
                after_date=AuditLabels.period(result.after),
                change=_points(overall.change),
                practice=_points(overall.practice_change),
            )
        )
        rows, items = [], []
        self.table.clear()
        for node in progress.nodes:
            if node.level not in _LEVELS:
                continue
            group = framework.find(node.name)
            label = f"{group.display_code}  {framework.text(group.label, self._language)}"
            if node.level == "dimension":
                rows.append(
                    ProgressRow(
                        label,
                        node.before and node.before.percent,
                        node.after.percent,
                        _change_text(node),
                    )
                )
            item = QTreeWidgetItem(
                [
                    ("" if node.level == "dimension" else "    ") + label,
                    _score(
                        node.before.percent if node.before else None,
                        node.before.coverage if node.before else None,
                    ),
                    _score(node.after.percent, node.after.coverage),
                    _points(node.change) + ("*" if node.coverage_differs else ""),
                    _points(node.practice_change),
                ]
            )
            items.append(item)
        self.table.addTopLevelItems(items)
        self.table.resizeColumnToContents(0)
        self.chart.set_rows(rows)
        counts = progress.counts()
        self.indicators.setText(
            self.tr(
                "Questions: {improved} improved, {regressed} regressed, {unchanged} unchanged, "
                "{newly} newly assessed, {gone} no longer assessed, {other} not comparable"
            ).format(
                improved=counts[IndicatorChange.IMPROVED],
                regressed=counts[IndicatorChange.REGRESSED],
                unchanged=counts[IndicatorChange.UNCHANGED],
                newly=counts[IndicatorChange.NEWLY_ASSESSED],
                gone=counts[IndicatorChange.NO_LONGER_ASSESSED],
                other=counts[IndicatorChange.NOT_COMPARABLE],
            )
        )
        self._show_actions(result)


def _when(audit: Audit) -> str:
    return audit.period_end or audit.created_at[:10]


def _points(value: float | None) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "") + QLocale().toString(float(value), "f", 1)


def _score(percent: float | None, coverage: float | None) -> str:
    if coverage is None:
        return "–"
    return f"{AuditLabels.score(percent)} ({AuditLabels.percent(100 * coverage)})"


def _change_text(node: NodeProgress) -> str:
    mark = " *" if node.coverage_differs else ""
    return f"{_points(node.change)} ({_points(node.practice_change)}){mark}"
