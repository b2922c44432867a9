"""An institution's page: who it is (names it was known by, country, legal type, network,
identifiers), every audit of it with its scores, and its timeline as a line chart. From here a
person opens one of its audits, starts the next (follow-up) audit, confirms the grouping made
by spelling, or merges another record found to be the same institution into this one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Level
from app.models.institution import Institution
from app.models.timeline import TimelinePoint
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.institutions.timeline_chart import TimelineChart, TimelineLine

AUDIT_ID_ROLE = Qt.ItemDataRole.UserRole


class InstitutionDialog(QDialog):
    open_requested = Signal(str)  # audit id
    follow_up_requested = Signal(str)  # the audit to follow up
    changed = Signal()  # merged or confirmed: the audit list shows other names

    def __init__(
        self, application: Application, institution_ref: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._application = application
        self._errors = ErrorPresenter(self)
        self.institution: Institution = application.institutions.get(institution_ref)
        self.audits: list[Audit] = []
        self.points: list[TimelinePoint] = []
        # Tests replace this to pick the record to merge without a window waiting for a click.
        self.choose_source: Callable[[], str | None] = self._choose_source
        self.title = QLabel()
        StyleRoles.give(self.title, "pageTitle")
        self.to_confirm = QLabel()
        StyleRoles.give(self.to_confirm, "infoBanner")
        self.to_confirm.setWordWrap(True)
        self.details = QFormLayout()
        self.detail_labels = {
            key: QLabel() for key in ("country", "former", "legal", "network", "identifiers", "id")
        }
        self.detail_values = {key: QLabel() for key in self.detail_labels}
        for key, label in self.detail_labels.items():
            self.detail_values[key].setWordWrap(True)
            self.detail_values[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self.details.addRow(label, self.detail_values[key])
        self.audits_label = QLabel()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.audits_label.setBuddy(self.table)
        self.table.itemActivated.connect(lambda _item, _column: self.open_selected())
        self.timeline_label = QLabel()
        self.timeline_label.setObjectName("sectionTitle")
        self.chart = TimelineChart()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.follow_up_button = QPushButton()
        self.follow_up_button.clicked.connect(self._follow_up)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.confirm_grouping)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_another)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.to_confirm)
        layout.addLayout(self.details)
        layout.addWidget(self.audits_label)
        layout.addWidget(self.table)
        actions = QHBoxLayout()
        for button in (
            self.open_button,
            self.follow_up_button,
            self.confirm_button,
            self.merge_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        layout.addLayout(actions)
        layout.addWidget(self.timeline_label)
        layout.addWidget(self.chart)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        # Within the main window, so that a 1024×600 screen shows the Close button.
        room = parent.size() if parent is not None else None
        self.resize(
            min(900, room.width() - 40) if room else 900,
            min(700, room.height() - 40) if room else 700,
        )
        self.retranslate()
        self.table.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Institution"))
        texts = {
            "country": self.tr("Country:"),
            "former": self.tr("Also known as:"),
            "legal": self.tr("Legal type:"),
            "network": self.tr("Network:"),
            "identifiers": self.tr("Identifiers:"),
            "id": self.tr("Jalon identifier:"),
        }
        for key, text in texts.items():
            self.detail_labels[key].setText(text)
        self.audits_label.setText(self.tr("&Audits of this institution"))
        self.table.setHeaderLabels(
            [
                self.tr("Period end"),
                self.tr("Framework version"),
                self.tr("Type"),
                self.tr("Status"),
                self.tr("Score"),
                self.tr("Coverage"),
            ]
        )
        self.timeline_label.setText(self.tr("Timeline"))
        self.open_button.setText(self.tr("&Open audit"))
        self.follow_up_button.setText(self.tr("New &follow-up audit…"))
        self.confirm_button.setText(self.tr("&Confirm these audits are one institution"))
        self.merge_button.setText(self.tr("&Merge another record into this one…"))
        self.reload()

    # --- content -------------------------------------------------------------------------------

    def reload(self) -> None:
        service = self._application.institutions
        try:
            self.institution = service.get(self.institution.id)
            self.audits = service.audits(self.institution)
            self.points = self._application.progress.timeline(self.institution.id)
        except JalonError as error:
            self._errors.show(error)
            return
        institution = self.institution
        self.title.setText(institution.name)
        none = self.tr("none")
        values = {
            "country": AuditLabels.country(institution.country) or "–",
            "former": "; ".join(institution.former_names) or none,
            "legal": institution.legal_type or "–",
            "network": institution.network or "–",
            "identifiers": "; ".join(f"{k}: {v}" for k, v in institution.identifiers) or none,
            "id": institution.id,
        }
        for key, value in values.items():
            self.detail_values[key].setText(value)
        self.to_confirm.setText(
            self.tr(
                "These audits were grouped because their institution is spelled alike. Check "
                "that they are one institution, then confirm; if another record is the same "
                "institution, merge it into this one."
            )
        )
        self.to_confirm.setVisible(institution.to_confirm)
        self.confirm_button.setVisible(institution.to_confirm)
        self._fill_table()
        self._fill_chart()

    def _fill_table(self) -> None:
        self.table.clear()
        scores = {p.audit_id: p for p in self.points}
        for audit in self.audits:
            point = scores.get(audit.id)
            item = QTreeWidgetItem(
                [
                    AuditLabels.date(audit.period_end or audit.created_at[:10]),
                    point.framework_version if point else "",
                    AuditLabels.audit_type(audit.audit_type),
                    AuditLabels.status(audit.status),
                    AuditLabels.score(point.overall if point else None),
                    AuditLabels.percent(
                        100 * point.coverage if point and point.coverage is not None else None
                    ),
                ]
            )
            item.setData(0, AUDIT_ID_ROLE, audit.id)
            for column in (4, 5):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        # As tall as its rows (up to eight): the timeline below stays in sight.
        row = self.table.sizeHintForRow(0) if self.audits else 20
        shown = min(max(len(self.audits), 2), 8)
        self.table.setFixedHeight(
            self.table.header().sizeHint().height() + shown * row + 2 * self.table.frameWidth() + 4
        )
        if self.audits:
            self.table.setCurrentItem(self.table.topLevelItem(len(self.audits) - 1))
        for button in (self.open_button, self.follow_up_button):
            button.setEnabled(bool(self.audits))

    def _fill_chart(self) -> None:
        """Dimensions as the latest audit's framework names them; earlier audits on another
        version show the dimensions it shares."""
        if not self.audits:
            return
        latest = self._application.audits.framework_of(self.audits[-1])
        language = self.audits[-1].content_language
        dimensions = [g for g in latest.dimensions() if g.level == Level.DIMENSION]
        dates = [AuditLabels.date(p.when) for p in self.points]
        overall = TimelineLine(self.tr("Overall score"), tuple(p.overall for p in self.points))
        lines = [
            TimelineLine(
                f"{g.display_code} {latest.text(g.label, language)}",
                tuple(dict(p.dimensions).get(g.name) for p in self.points),
            )
            for g in dimensions
        ]
        self.chart.set_lines(dates, overall, lines)

    # --- actions -------------------------------------------------------------------------------

    def selected_audit(self) -> str | None:
        item = self.table.currentItem()
        return None if item is None else item.data(0, AUDIT_ID_ROLE)

    def open_selected(self) -> None:
        audit_id = self.selected_audit()
        if audit_id is not None:
            self.open_requested.emit(audit_id)
            self.accept()

    def _follow_up(self) -> None:
        audit_id = self.selected_audit()
        if audit_id is not None:
            self.follow_up_requested.emit(audit_id)

    def confirm_grouping(self) -> None:
        try:
            self._application.institutions.confirm(self.institution.id)
        except JalonError as error:
            self._errors.show(error)
            return
        self.reload()
        self.changed.emit()

    def merge_another(self) -> None:
        source = self.choose_source()
        if source is None:
            return
        try:
            self._application.institutions.merge(source, self.institution.id)
        except JalonError as error:
            self._errors.show(error)
            return
        self.reload()
        self.changed.emit()

    def _choose_source(self) -> str | None:
        from app.ui.institutions.institution_merge_dialog import InstitutionMergeDialog

        dialog = InstitutionMergeDialog(self._application.institutions, self.institution, self)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
