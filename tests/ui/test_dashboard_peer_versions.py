"""The dashboard of an audit whose framework version differs from the benchmark's: the audit
read as the benchmark's version through the crosswalk is compared in the note, not by marks
over its own version's bars; with no crosswalk the note says the group is on another version
and nothing is compared. The same cases in the reports: tests/exchange/
test_benchmark_across_versions.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.services.key_service import PASSPHRASE_ENV
from app.ui.shell.main_window import MainWindow
from tests.exchange.conftest import PASSPHRASE
from tests.exchange.version_peers import (
    POOLED,
    benchmark_between,
    field_audit,
    jalon_sp_peers,
    sample_versions,
)


@pytest.fixture
def open_dashboard(qtbot, languages, settings, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    opened = []

    def open_(field, audit):
        window = MainWindow(field, languages, settings)
        opened.append((window, field))
        window.show()
        qtbot.waitActive(window)
        window.open_audit(audit.id)
        window.workspace.tabs.setCurrentWidget(window.workspace.dashboard)
        return window.workspace.dashboard

    yield open_
    for window, field in opened:  # the window gone before its database closes
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        field.close()


def test_an_older_audit_is_compared_through_the_crosswalk_in_the_note(
    open_dashboard, tmp_path, catalog
):
    field = benchmark_between(tmp_path, catalog, jalon_sp_peers(catalog, POOLED))
    audit = field_audit(field, catalog.get("jalon_sp", "2026.1"), ("q4_3_2_2", "no"))
    dashboard = open_dashboard(field, audit)
    note = dashboard.peer_note.text()
    assert note.startswith("Against the 5 institutions of the peer group country Senegal")
    assert "made with version 2026.1, read as version 2026.2 through the framework's crosswalk" in (
        note
    )
    # Read as 2026.2, the audit's only answer is "no": 0 % overall, against 0, 50, 50, 100, 100.
    assert note.endswith("Overall, read as 2026.2: 0%; peer median 50%, middle half 50% to 100%.")
    bars = dashboard.bars.entries()
    assert bars and all(entry.peers is None for entry in bars)  # 2026.1's bars: no marks


def test_without_a_crosswalk_the_note_says_the_group_is_on_another_version(
    open_dashboard, tmp_path, catalog, languages, qtbot
):
    first, second = sample_versions(tmp_path)
    field = benchmark_between(tmp_path, catalog, [(second, ("q1", "yes"))] * 5)
    audit = field_audit(field, first, ("q1", "no"))
    dashboard = open_dashboard(field, audit)
    assert dashboard.peer_note.isVisible()
    assert (
        "holds the peer groups of this framework on version 2, and this audit is on version 1"
        in dashboard.peer_note.text()
    )
    assert all(entry.peers is None for entry in dashboard.bars.entries())
    languages.apply("fr")  # the page is told of the new language by a posted event
    french = "porte sur la version 2 de ce référentiel, et cet audit est en version 1"
    qtbot.waitUntil(lambda: french in dashboard.peer_note.text())
