"""Evidence files are read, hashed and committed off the GUI thread; closing the audit while a
file is being attached neither crashes nor loses the file."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QEvent, Qt


def test_closing_the_audit_while_a_file_is_attached_keeps_the_file(
    qtbot, application, window, workspace, tmp_path
):
    scan = tmp_path / "loan-policy-scan.pdf"
    scan.write_bytes(bytes(range(256)) * (40 * 4096))  # 40 MB, under the 50 MB limit
    audit_id = workspace.session.audit.id
    workspace.go_to("1.1.1.1")
    evidence = workspace.page.evidence
    evidence.choose_files = lambda: [str(scan)]
    qtbot.mouseClick(evidence.attach_button, Qt.MouseButton.LeftButton)
    assert evidence.attaching
    window.close_audit()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the page is gone

    def stored():
        return application.audits.open(audit_id).evidence("1.1.1.1")

    qtbot.waitUntil(lambda: len(stored()) == 1, timeout=30_000)
    link = stored()[0]
    assert link.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert application.audits.open(audit_id).evidence_data(link) == scan.read_bytes()
