"""The dashboard against the peer group of an imported benchmark: quartile marks on the bars,
the peer median on the radar, the group and its size named; one sentence when no group
applies; nothing without a benchmark."""

from __future__ import annotations

import pytest


@pytest.fixture
def field(peer_field):
    """A field site with the network's benchmark imported, and its audits in Senegal and
    Mali."""
    return peer_field


@pytest.fixture
def field_window(qtbot, field, languages, settings):
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(field[0], languages, settings)
    window.show()
    qtbot.waitActive(window)
    yield window
    window.close()
    window.deleteLater()


def test_the_dashboard_draws_the_peer_group(field_window, field):
    site, senegal, _mali = field
    field_window.open_audit(senegal)
    dashboard = field_window.workspace.dashboard
    field_window.workspace.tabs.setCurrentWidget(dashboard)
    document = site.benchmarks.imported()
    nodes = {n["node"]: n for n in document["frameworks"][0]["groups"][0]["nodes"]}
    bars = dashboard.bars.entries()
    assert bars and all(entry.peers is not None for entry in bars)
    for entry in bars:
        node = nodes[entry.key]
        assert (entry.peers.q1, entry.peers.median, entry.peers.q3) == (
            node["q1"],
            node["median"],
            node["q3"],
        )
        assert entry.peer_text.startswith("Peer group: median ")
        assert entry.peer_text in entry.tooltip
    assert dashboard.radar.entries() == bars  # the radar's dashed line reads the same medians
    assert dashboard.peer_note.isVisible()
    assert dashboard.peer_note.text().startswith(
        "Against the 6 institutions of the peer group country Senegal (benchmark of "
    )
    with_marks = dashboard.bars.grab().toImage()
    dashboard.set_benchmark(None)  # as without a benchmark: the same bars, no marks
    assert not dashboard.peer_note.isVisible()
    assert all(entry.peers is None for entry in dashboard.bars.entries())
    assert dashboard.bars.grab().toImage() != with_marks


def test_without_a_peer_group_the_dashboard_says_why(field_window, field):
    _site, _senegal, mali = field
    field_window.open_audit(mali)
    dashboard = field_window.workspace.dashboard
    assert dashboard.peer_note.text().startswith("No peer benchmark applies to this audit")
    assert "no peer group country Mali" in dashboard.peer_note.text()
    assert all(entry.peers is None for entry in dashboard.bars.entries())


def test_the_report_window_writes_the_pdf_against_the_peer_group(qtbot, field, tmp_path):
    """The report is written on a worker thread, which reads and verifies the benchmark on
    its own connection."""
    from pypdf import PdfReader

    from app.ui.reports.report_dialog import ReportDialog

    site, senegal, _mali = field
    dialog = ReportDialog(site, senegal)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.target.setText(str(tmp_path / "kolda.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None and not dialog.is_running(), timeout=30000)
    pages = [page.extract_text() for page in PdfReader(dialog.written).pages]
    assert any("\nAgainst the peer group\n" in page for page in pages)
