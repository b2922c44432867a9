"""The head office's portfolio: every institution with its latest accepted audit, its score
and trend, the state of its latest review, its open corrections, and whether the assessment
is out of date (older than the validity period of the audit's framework: the period the head
office sets here for that framework, else the framework's own, else two years), with an Excel
export. The same PortfolioService backs `jalon portfolio`.

A double click (or Enter) on an institution opens its latest accepted audit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import JalonError
from app.reports.portfolio_workbook_writer import PortfolioWorkbookWriter
from app.services.atomic_output import AtomicOutput
from app.services.portfolio_service import PortfolioRow, PortfolioService, ValidityPeriod
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.export_folder import ExportFolder
from app.ui.common.review_labels import ReviewLabels
from app.ui.common.style_roles import StyleRoles

AUDIT_ROLE = Qt.ItemDataRole.UserRole  # the latest accepted audit's id, on the first column
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a number to sort by, on numeric columns
OUT_OF_DATE = QColor("#b45309")
COLUMNS = 9


class SortableItem(QTableWidgetItem):
    """A cell shown as formatted text but sorted by its number (None sorts first)."""

    def __init__(self, text: str, number: float | None):
        super().__init__(text)
        self.setData(SORT_ROLE, number)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        return (mine is not None, mine or 0) < (theirs is not None, theirs or 0)


class PortfolioPage(QWidget):
    open_requested = Signal(str)  # the id of the audit to open
    close_requested = Signal()

    def __init__(
        self, portfolio: PortfolioService, folder: ExportFolder, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._portfolio = portfolio
        self._folder = folder
        self.rows: list[PortfolioRow] = []
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.4)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        # The validity period of one framework at a time: choose it, then its months.
        self.framework_label = QLabel()
        self.framework_choice = QComboBox()
        self.framework_label.setBuddy(self.framework_choice)
        self.framework_choice.currentIndexChanged.connect(lambda _index: self._show_period())
        self.validity_label = QLabel()
        self.validity = QSpinBox()
        self.validity.setRange(1, 240)
        self.validity_label.setBuddy(self.validity)
        self.validity.valueChanged.connect(self._period_changed)
        self.period_origin = QLabel()
        self.default_button = QPushButton()
        self.default_button.clicked.connect(lambda: self._keep_period(None))
        self.periods: list[ValidityPeriod] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._activated)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._choose_export)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.close_requested)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        StyleRoles.give(self.outcome, "infoBanner")
        self.outcome.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        StyleRoles.give(self.problem, "errorBanner")
        self.problem.hide()
        # Two rows, so that the page still fits a 1024-pixel screen in French.
        periods = QHBoxLayout()
        for widget in (
            self.framework_label,
            self.framework_choice,
            self.validity_label,
            self.validity,
            self.period_origin,
            self.default_button,
        ):
            periods.addWidget(widget)
        periods.addStretch(1)
        options = QHBoxLayout()
        options.addStretch(1)
        options.addWidget(self.export_button)
        options.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(periods)
        layout.addLayout(options)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Portfolio"))
        self.table.setAccessibleName(self.heading.text())
        self.explanation.setText(
            self.tr(
                "Every institution with its latest accepted audit, its score and the change "
                "since the accepted audit before it, the state of its latest review, the "
                "corrections still open, and whether its assessment is out of date. Double-"
                "click an institution to open its latest accepted audit."
            )
        )
        self.framework_label.setText(self.tr("Validity &period of"))
        self.validity_label.setText(self.tr("An assessment is &out of date after"))
        self.validity.setSuffix(self.tr(" months"))
        self.default_button.setText(self.tr("Framework's o&wn period"))
        self.default_button.setToolTip(
            self.tr("Forget the period chosen here: the framework's own applies, or two years")
        )
        self._show_period()
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.back_button.setText(self.tr("&Back to the audit list"))
        self.table.setHorizontalHeaderLabels(self.headers())
        if self.rows:
            self._fill()

    def headers(self) -> list[str]:
        return [
            self.tr("Institution"),
            self.tr("Country"),
            self.tr("Audits"),
            self.tr("Accepted on"),
            self.tr("Score"),
            self.tr("Trend"),
            self.tr("Latest review"),
            self.tr("Open corrections"),
            self.tr("Assessment"),
        ]

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.periods = self._portfolio.periods()
        chosen = self.framework_choice.currentText()
        self.framework_choice.blockSignals(True)
        self.framework_choice.clear()
        self.framework_choice.addItems([period.framework_id for period in self.periods])
        self.framework_choice.setCurrentIndex(max(self.framework_choice.findText(chosen), 0))
        self.framework_choice.blockSignals(False)
        self._show_period()
        self.rows = self._portfolio.rows()
        self._fill()

    # --- validity periods ----------------------------------------------------------------------

    def _current_period(self) -> ValidityPeriod | None:
        index = self.framework_choice.currentIndex()
        return self.periods[index] if 0 <= index < len(self.periods) else None

    def _show_period(self) -> None:
        period = self._current_period()
        for widget in (self.validity, self.default_button):
            widget.setEnabled(period is not None)
        if period is None:
            self.period_origin.clear()
            return
        self.validity.blockSignals(True)
        self.validity.setValue(period.months)
        self.validity.blockSignals(False)
        self.default_button.setEnabled(period.override is not None)
        if period.override is not None:
            self.period_origin.setText(self.tr("(chosen here)"))
        elif period.declared is not None:
            self.period_origin.setText(self.tr("(the framework's own)"))
        else:
            self.period_origin.setText(self.tr("(the default)"))

    def _period_changed(self, months: int) -> None:
        self._keep_period(months)

    def _keep_period(self, months: int | None) -> None:
        """Keep the chosen framework's period on this installation and mark the table anew."""
        period = self._current_period()
        if period is not None:
            self._portfolio.set_override(period.framework_id, months)
            self.refresh()

    def _fill(self) -> None:
        self.table.setSortingEnabled(False)  # rows filled in place would move while filling
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, item in enumerate(self._items(row)):
                self.table.setItem(index, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        stale = sum(1 for row in self.rows if row.out_of_date)
        open_corrections = sum(row.open_corrections for row in self.rows)
        self.summary.setText(
            self.tr("%n institution(s)", "", len(self.rows))
            + " · "
            + self.tr("%n out of date or never accepted", "", stale)
            + " · "
            + self.tr("%n correction(s) open", "", open_corrections)
        )

    def _items(self, row: PortfolioRow) -> list[QTableWidgetItem]:
        name = QTableWidgetItem(row.institution)
        name.setData(AUDIT_ROLE, row.latest_accepted.id if row.latest_accepted else "")
        trend = "–"
        if row.trend is not None:
            trend = ("+" if row.trend > 0 else "") + QLocale().toString(row.trend, "f", 1)
        if row.latest_accepted is None:
            assessment = self.tr("No accepted audit")
        elif row.out_of_date:
            assessment = self.tr("Out of date")
        else:
            assessment = self.tr("Up to date")
        state = QTableWidgetItem(assessment)
        state.setToolTip(self._validity_explained(row))
        if row.out_of_date:
            state.setForeground(OUT_OF_DATE)
        return [
            name,
            QTableWidgetItem(AuditLabels.country(row.country)),
            SortableItem(AuditLabels.number(row.audits), row.audits),
            QTableWidgetItem(AuditLabels.date(row.accepted_on) if row.accepted_on else "–"),
            SortableItem(AuditLabels.score(row.score), row.score),
            SortableItem(trend, row.trend),
            QTableWidgetItem(ReviewLabels.state(row.review_state)),
            SortableItem(AuditLabels.number(row.open_corrections), row.open_corrections),
            state,
        ]

    def _validity_explained(self, row: PortfolioRow) -> str:
        """What the validity is counted from (the end of the period assessed, else the
        acceptance): an audit accepted today can assess a period long past."""
        latest = row.latest_accepted
        if latest is None:
            return ""
        if latest.period_end:
            text = self.tr(
                "Assessment period ended on %1; validity %n month(s).", "", row.valid_months
            )
            return text.replace("%1", AuditLabels.date(latest.period_end))
        text = self.tr(
            "No period assessed: counted from the acceptance on %1; validity %n month(s).",
            "",
            row.valid_months,
        )
        return text.replace("%1", AuditLabels.date(row.accepted_on))

    def _activated(self, item: QTableWidgetItem) -> None:
        audit_id = self.table.item(item.row(), 0).data(AUDIT_ROLE)
        if audit_id:
            self.open_requested.emit(audit_id)

    # --- export --------------------------------------------------------------------------------

    def _choose_export(self) -> None:
        default = self._folder.default() / self.tr("portfolio.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the portfolio"), str(default), self.tr("Excel workbooks (*.xlsx)")
        )
        if chosen:
            path = Path(chosen)
            self.export(path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx"))

    def export(self, target: Path) -> None:
        """The table as shown (these validity periods), in the interface's language."""
        table = [
            (
                row.institution,
                row.country,
                row.audits,
                row.latest_accepted.short_id if row.latest_accepted else "",
                row.accepted_on,
                None if row.score is None else round(row.score, 1),
                None if row.trend is None else round(row.trend, 1),
                ReviewLabels.state(row.review_state),
                row.open_corrections,
                self.tr("yes") if row.out_of_date else self.tr("no"),
                row.framework_id,
                row.valid_months,
            )
            for row in self.rows
        ]
        headers = (
            self.tr("Institution"),
            self.tr("Country"),
            self.tr("Audits"),
            self.tr("Latest accepted audit"),
            self.tr("Accepted on"),
            self.tr("Overall score (%)"),
            self.tr("Trend (points)"),
            self.tr("Latest review"),
            self.tr("Open corrections"),
            self.tr("Out of date"),
            self.tr("Framework"),
            self.tr("Validity (months)"),
        )
        try:
            with AtomicOutput(target).path() as partial:
                PortfolioWorkbookWriter().write(partial, table, headers, self.tr("Portfolio"))
        except JalonError as error:
            self.outcome.hide()
            self.problem.setText(ErrorPresenter.message(error))
            self.problem.show()
            return
        self._folder.remember(target)
        self.problem.hide()
        self.outcome.setText(self.tr("Portfolio written to %1").replace("%1", str(target)))
        self.outcome.show()
