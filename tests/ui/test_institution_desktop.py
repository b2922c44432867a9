"""Institutions in the desktop application: the audit list narrowed to one institution, an
institution's page with its audits and timeline, and merging a record found to be the same
institution, chosen from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.institutions.institution_dialog import InstitutionDialog
from app.ui.institutions.institution_merge_dialog import InstitutionMergeDialog


@pytest.fixture
def caisse(application, catalog):
    """Caisse du Fleuve audited in 2023 (nothing scored), 2024 (1.1.2.1 yes: 100 %) and 2025
    (1.1.2.1 no, 1.1.2.2 yes: 50 %); a record spelled "Caisse Fleuve" with one audit; and a
    mutuelle."""
    framework = catalog.get("jalon_sp", "2026.2")
    audits = [
        application.audits.create(framework, "Caisse du Fleuve", "SN", period_end=f"{year}-12-31")
        for year in (2023, 2024, 2025)
    ]
    application.audits.open(audits[1].id).answer("q1_1_2_1", "yes")
    session = application.audits.open(audits[2].id)
    session.answer("q1_1_2_1", "no")
    session.answer("q1_1_2_2", "yes")
    spelled = application.audits.create(framework, "Caisse Fleuve", "SN", period_end="2022-12-31")
    application.audits.create(framework, "Mutuelle des Niayes", "SN")
    return audits, spelled


def test_the_audit_list_narrows_to_one_institution(window, caisse):
    audits, _ = caisse
    home = window.home
    home.reload()
    labels = [home.institution.itemText(n) for n in range(home.institution.count())]
    # English is the source language: its plural forms are Qt's "(s)".
    assert labels == [
        "All (5 audit(s))",
        "Caisse du Fleuve (3 audit(s))",
        "Caisse Fleuve (1 audit(s))",
        "Mutuelle des Niayes (1 audit(s))",
    ]
    home.institution.setCurrentIndex(1)
    assert home.proxy.rowCount() == 3
    home.search.setText("2025")  # the search works within the institution chosen
    home.search.clear()
    home.reload(select_id=audits[0].id)
    assert home.institution.currentIndex() == 1 and home.proxy.rowCount() == 3


def test_the_institution_page_lists_audits_and_draws_the_timeline(qtbot, window, caisse):
    audits, _ = caisse
    window.home.reload(select_id=audits[2].id)
    qtbot.keyClick(
        window.home.table,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.tools.dialog
    assert isinstance(dialog, InstitutionDialog)
    assert dialog.title.text() == "Caisse du Fleuve"
    assert dialog.detail_values["country"].text() == "Senegal"  # the code SN, named
    rows = [
        [dialog.table.topLevelItem(r).text(c) for c in (0, 4)]
        for r in range(dialog.table.topLevelItemCount())
    ]
    assert rows == [["12/31/2023", "–"], ["12/31/2024", "100.0%"], ["12/31/2025", "50.0%"]]
    overall, first = dialog.chart.lines()[:2]
    assert overall.values == (None, 100, 50)
    assert first.label.startswith("1 ") and first.values == (None, 100, 50)
    assert len(dialog.chart.lines()) == 8  # overall and the 7 dimensions
    # Enter on the chosen audit opens it.
    dialog.table.setFocus()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.workspace.session.audit.id == audits[1].id


def test_a_record_of_the_same_institution_is_merged_into_it(qtbot, window, application, caisse):
    audits, spelled = caisse
    window.home.reload(select_id=audits[0].id)
    window.tools.open_institution()
    dialog = window.tools.dialog
    chooser = InstitutionMergeDialog(application.institutions, dialog.institution, dialog)
    chooser.show()
    qtbot.keyClicks(chooser.search, "fleuve")
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert chooser.chosen == spelled.institution_id
    dialog.choose_source = lambda: chooser.chosen
    dialog.merge_another()
    assert dialog.institution.former_names == ("Caisse Fleuve",)
    assert dialog.detail_values["former"].text() == "Caisse Fleuve"
    assert dialog.table.topLevelItemCount() == 4  # 2022 joined, oldest first
    assert dialog.table.topLevelItem(0).text(0) == "12/31/2022"
    labels = [window.home.institution.itemText(n) for n in range(window.home.institution.count())]
    assert "Caisse du Fleuve (4 audit(s))" in labels
    assert not any(label.startswith("Caisse Fleuve") for label in labels)
