"""The home page: the audit list, the New audit dialog, duplicate and delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from app.models.audit import AuditType
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.home.audit_table_model import AuditTableModel
from app.ui.home.home_page import HomePage
from app.ui.home.new_audit_dialog import NewAuditDialog
from tests.audit_filler import answer_everything
from tests.jalon_cli import jalon


def open_new_audit_dialog(qtbot, window) -> NewAuditDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, NewAuditDialog) and window.dialog.isVisible())
    return window.dialog


def test_create_an_audit_through_the_dialog(qtbot, application, window):
    assert window.home.empty.isVisible() and not window.home.table.isVisible()
    dialog = open_new_audit_dialog(qtbot, window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no institution yet
    qtbot.keyClicks(dialog.institution, "Caisse Populaire de Thi")
    dialog.institution.insert("ès")  # QTest types ASCII only
    qtbot.keyClicks(dialog.country, "SN")
    dialog.audit_type.setCurrentIndex(dialog.audit_type.findData(AuditType.EXTERNAL.value))
    assert dialog.auditors.text() == "Tester"  # the person working, to start with
    dialog.auditors.clear()
    qtbot.keyClicks(dialog.auditors, "A. Diallo, M. Sow")
    dialog.period_start.setDate(QDate(2025, 1, 1))
    dialog.period_end.setDate(QDate(2024, 12, 31))
    assert not ok.isEnabled() and "ends before it starts" in dialog.problem.text()
    dialog.period_end.setDate(QDate(2025, 12, 31))
    dialog.module_checks["gender"].setChecked(True)
    dialog.content_language.setCurrentIndex(dialog.content_language.findData("fr"))
    assert dialog.content_language.currentText() == "Français"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.workspace is not None)
    audit = window.workspace.session.audit
    assert (audit.institution, audit.country, audit.audit_type) == (
        "Caisse Populaire de Thiès",
        "SN",
        AuditType.EXTERNAL,
    )
    assert audit.auditors == ("A. Diallo", "M. Sow")
    assert (audit.period_start, audit.period_end) == ("2025-01-01", "2025-12-31")
    assert audit.modules == frozenset({"gender"}) and audit.content_language == "fr"
    assert application.audits.get(audit.id).institution == "Caisse Populaire de Thiès"
    # The workspace reads the framework in French, the interface stays English.
    assert window.workspace.tabs.tabText(1) == "Dashboard"
    assert window.workspace.header.details.text().startswith("Senegal  ·  External audit")


def test_list_is_searchable_and_sortable(
    qtbot, qtmodeltester, application, window, default_framework
):
    for name, country in (("Zeta Finance", "ML"), ("Alpha Crédit", "SN"), ("Beta Coop", "BF")):
        application.audits.create(default_framework, name, country)
    window.home.reload()
    home = window.home
    qtmodeltester.check(home.model)  # a broken invariant is a Qt warning: it fails the test
    assert home.proxy.rowCount() == 3
    qtbot.waitUntil(lambda: not home.model.progress_pending)
    assert home.proxy.index(0, AuditTableModel.PROGRESS).data() == "0%"
    home.table.sortByColumn(AuditTableModel.INSTITUTION, Qt.SortOrder.AscendingOrder)
    assert [home.proxy.index(r, 0).data() for r in range(3)] == [
        "Alpha Crédit",
        "Beta Coop",
        "Zeta Finance",
    ]
    qtbot.keyClicks(home.search, "sn")
    assert home.proxy.rowCount() == 1 and home.proxy.index(0, 0).data() == "Alpha Crédit"
    home.search.clear()
    qtbot.keyClicks(home.search, "draft")
    assert home.proxy.rowCount() == 3


def test_progress_follows_the_answers(qtbot, application, window, session):
    window.home.reload()
    qtbot.waitUntil(lambda: not window.home.model.progress_pending)
    window.open_audit(session.audit.id)
    window.workspace.session.answer("1.1.1.1", "yes")
    window.close_audit()
    home = window.home
    qtbot.waitUntil(lambda: not home.model.progress_pending)
    assert home.proxy.index(0, AuditTableModel.PROGRESS).data() == "1%"
    assert "1 of " in home.proxy.index(0, AuditTableModel.PROGRESS).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_progress_is_read_when_the_list_first_shows_it(qtbot, application, languages, session):
    """Reading and scoring the audits waits until a view asks for their progress (the list
    being painted): the window appears without waiting for it."""
    home = HomePage(application.audits, ErrorPresenter())
    qtbot.addWidget(home)
    home.resize(1300, 400)  # wide enough to show the progress column
    QCoreApplication.processEvents()
    assert home.model.progress_pending  # built, not shown: nothing read
    home.show()
    qtbot.waitUntil(lambda: not home.model.progress_pending)
    assert home.proxy.index(0, AuditTableModel.PROGRESS).data() == "0%"


def test_the_list_names_each_framework_without_reading_it(qtbot, application, languages, session):
    framework = session.framework
    application.close()  # as at start-up: no framework read yet
    home = HomePage(application.audits, ErrorPresenter())
    qtbot.addWidget(home)
    assert (
        home.proxy.index(0, AuditTableModel.FRAMEWORK).data()
        == f"{framework.id} {framework.version}"
    )
    assert not application.store.frameworks._cache  # named from its row, not built


def test_duplicate_starts_from_the_answers(qtbot, application, window, session):
    session.answer("1.1.1.1", "partially")
    window.home.reload()
    qtbot.mouseClick(window.home.duplicate_button, Qt.MouseButton.LeftButton)
    assert window.home.proxy.rowCount() == 2
    copy = window.home.selected()
    assert copy.id != session.audit.id
    assert application.audits.open(copy.id).answer_of("1.1.1.1").value == "partially"


@pytest.mark.parametrize("confirmed", [False, True])
def test_delete_a_draft_after_confirmation(qtbot, application, window, session, confirmed):
    window.home.reload()
    asked = []
    window.home.confirm = lambda title, question: asked.append(question) or confirmed
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    assert "Caisse Populaire de Test" in asked[0]
    assert len(application.audits.list()) == (0 if confirmed else 1)
    assert window.home.empty.isVisible() == confirmed


def test_finalized_audit_cannot_be_deleted(qtbot, application, window, session):
    answer_everything(session)
    session.finalize()
    window.home.reload()
    assert window.home.selected().is_finalized
    assert not window.home.delete_button.isEnabled()
    assert window.home.proxy.index(0, AuditTableModel.STATUS).data() == "Finalized"


def test_an_audit_and_its_follow_up_differ_by_the_period_they_assess(
    qtbot, qtmodeltester, application, window, default_framework
):
    application.audits.create(
        default_framework, "CR Kolda", "SN", period_start="2025-01-01", period_end="2025-12-31"
    )
    application.audits.create(default_framework, "CR Kolda", "SN")  # its follow-up, no period
    window.home.reload()
    home = window.home
    qtmodeltester.check(home.model)
    header = home.model.headerData(AuditTableModel.PERIOD, Qt.Orientation.Horizontal)
    assert header == "Period assessed"
    home.table.sortByColumn(AuditTableModel.PERIOD, Qt.SortOrder.DescendingOrder)
    shown = [home.proxy.index(row, AuditTableModel.PERIOD).data() for row in range(2)]
    assert shown == ["1/1/2025 – 12/31/2025", "no period yet"]


def test_a_country_given_by_its_code_is_named_in_the_interface_language(
    qtbot, application, languages, window, default_framework
):
    """A country picked by its code (as the New audit dialog suggests, "SN") read "SN", and a
    name stayed as typed ("Senegal" in French): a code is now named in the interface's
    language, as the reports name it; a typed name is left alone; the code still finds it."""
    application.audits.create(default_framework, "Caisse de Kolda", "SN")
    application.audits.create(default_framework, "Crédit de Douala", "cm")
    application.audits.create(default_framework, "Mutuelle de Ségou", "Mali")
    window.home.reload()
    home = window.home
    shown = {}
    for language in ("en", "fr", "es"):
        languages.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        shown[language] = sorted(
            home.proxy.index(row, AuditTableModel.COUNTRY).data()
            for row in range(home.proxy.rowCount())
        )
    assert shown == {
        "en": ["Cameroon", "Mali", "Senegal"],
        "fr": ["Cameroun", "Mali", "Sénégal"],
        "es": ["Camerún", "Mali", "Senegal"],
    }
    languages.apply("fr")
    qtbot.keyClicks(home.search, "sn")
    assert home.proxy.rowCount() == 1
    assert home.proxy.index(0, AuditTableModel.COUNTRY).data() == "Sénégal"
    listed = jalon(application.paths.data_dir, "audit", "list").stdout  # as stored
    assert "Caisse de Kolda (SN)" in listed and "Mutuelle de Ségou (Mali)" in listed


def test_each_control_of_the_audit_list_has_a_letter_of_its_own(window, languages):
    """Alt+F went to the File menu and to New follow-up by turns (in French &Supprimer and
    Audit de &suivi, in Spanish &Abrir and &Archivo, D&uplicar and A&uditoría, &Institución
    and &Idioma shared a letter): each control of the list has one of its own."""
    home = window.home
    controls = (
        home.new_button,
        home.open_button,
        home.follow_up_button,
        home.institution_button,
        home.institution_label,
        home.duplicate_button,
        home.delete_button,
    )
    for language in ("en", "fr", "es"):
        languages.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [control.text() for control in controls]
        letters = [QKeySequence.mnemonic(text).toString() for text in texts]
        assert "" not in letters and len(set(letters)) == len(letters), (language, texts)
