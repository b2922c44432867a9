"""The conflicts dialog and the package import page, as real widgets (offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from app.models.import_receipt import ReceiptStatus
from app.ui.exchange.conflicts_dialog import ConflictsDialog
from app.ui.exchange.package_import_page import PackageImportPage
from app.ui.exchange.receipt_table_model import ReceiptTableModel
from app.ui.shell.tool_actions import ToolActions
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce, scored_names


@pytest.fixture
def conflicted(make_site, tmp_path, default_framework):
    """Two sites that changed the same two answers differently; the field site merged."""
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse des Collines", "RW")
    session = field.audits.open(audit.id)
    answer_everything(session)
    start = tmp_path / "start.jalon"
    field.packages.export(session.audit, start)
    office.merges.merge_file(start)
    names = scored_names(default_framework, 2)
    remote = office.audits.open(audit.id)
    for name in names:
        remote.answer(name, "no")
    for name in names:
        session.answer(name, "partially")
    back = tmp_path / "back.jalon"
    office.packages.export(remote.audit, back)
    assert field.merges.merge_file(back).conflicts == 2
    return field, audit, names


def test_conflicts_dialog_shows_both_sides_and_resolves(qtbot, conflicted, default_framework):
    field, audit, names = conflicted
    dialog = ConflictsDialog(field, audit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.conflict_list.count() == 2
    assert dialog.mine.value.text() == "Partially" and dialog.theirs.value.text() == "No"
    assert dialog.theirs.author.text().startswith("Office")
    assert dialog.mine.author.text().startswith("Field")
    office_key = next(k.key_id for k in field.trust.list() if not k.own)
    assert dialog.theirs.signer.text() == f"Office, key {office_key}"  # proven, beside claimed
    assert dialog.mine.signer.text() == "–"

    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.theirs.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.conflict_list.count() == 1

    dialog.new_value.setCurrentIndex(dialog.new_value.findData("yes"))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.conflict_list.count() == 0
    assert "No conflicts left" in dialog.summary.text()

    answers = field.store.revisions.current(audit.id)
    assert {answers[n].value for n in names} == {"no", "yes"}
    assert all(field.store.revisions.head(audit.id, n).merge_parent_id for n in names)


def test_import_page_merges_in_the_background_with_receipts(
    qtbot, make_site, tmp_path, default_framework
):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    paths = []
    for n in range(3):
        audit = field.audits.create(default_framework, f"Caisse {n}", "BJ")
        answer_everything(field.audits.open(audit.id))
        paths.append(tmp_path / f"p{n}.jalon")
        field.packages.export(field.audits.get(audit.id), paths[-1])
    (tmp_path / "broken.jalon").write_bytes(b"not a package")

    page = PackageImportPage(office)
    qtbot.addWidget(page)
    page.show()
    page.add_files([tmp_path])  # a folder: every .jalon inside
    assert len(page.files) == 4 and page.merge_button.isEnabled()
    with qtbot.waitSignal(page.merged, timeout=30_000) as blocker:
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isEnabled()
    receipts = blocker.args[0]
    assert sorted(r.status for r in receipts) == sorted(
        [ReceiptStatus.ACCEPTED] * 3 + [ReceiptStatus.REJECTED]
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert page.progress.value() == 4 and not page.cancel_button.isEnabled()
    rejected = next(
        i for i, r in enumerate(page.model.receipts) if r.status == ReceiptStatus.REJECTED
    )
    details = page.model.index(rejected, ReceiptTableModel.DETAILS).data()
    assert "not a Jalon package" in details
    accepted = next(
        i for i, r in enumerate(page.model.receipts) if r.status == ReceiptStatus.ACCEPTED
    )
    details = page.model.index(accepted, ReceiptTableModel.DETAILS).data()
    key = field.keys.current().key_id
    assert f"Changes by Field ({field.identity.site[:8]}) (as claimed); signed by " in details
    assert f", key {key}." in details
    assert len(office.audits.list()) == 3


def test_the_import_page_keeps_the_application_passphrase_prompt(qtbot, make_site):
    """The desktop app sets one prompt (its passphrase window) at start-up; a page that put
    its own in place of a missing one changed it for every later caller."""
    office = make_site("office")
    assert office.passphrase_prompt is None
    page = PackageImportPage(office)
    qtbot.addWidget(page)
    assert office.passphrase_prompt is None


def test_closing_the_import_window_during_a_merge_stops_it_and_keeps_the_page_alive(
    qtbot, make_site, tmp_path, default_framework
):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    for n in range(4):
        audit = field.audits.create(default_framework, f"Caisse {n}", "BJ")
        answer_everything(field.audits.open(audit.id))
        field.packages.export(field.audits.get(audit.id), tmp_path / f"p{n}.jalon")
    window = QWidget()
    qtbot.addWidget(window)
    tools = ToolActions(office, window, lambda: None)
    tools.import_packages.trigger()
    dialog = tools._package_dialog
    page = dialog.findChild(PackageImportPage)
    page.add_files([tmp_path])
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert page.running
    task = page._task
    dialog.reject()  # the user closes the window while the worker merges
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not dialog.isVisible()
    # Still there while the worker reports to it; deleted once it has stopped.
    assert shiboken6.isValid(page) or not task.is_running
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=30_000)
    # Stopped after the package it was on (or before the first); each one merged has its
    # receipt, the others were not touched.
    receipts = office.merges.log()
    assert len(receipts) < 4
    accepted = [r for r in receipts if r.status == ReceiptStatus.ACCEPTED]
    assert len(office.audits.list()) == len(accepted) == len(receipts)
