"""The review loop in the desktop application, between two installations, through real
package files and the desktop's own pages: the head office reviews in the Review tab and beside
the questions, returns the audit to the site; the site sees the comments beside the questions
and in the list, cannot finalize until each correction is answered or replied to, replies,
resubmits; the head office accepts. Re-importing changes nothing; a review from an untrusted
key is refused with nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.composition import Application
from app.exchange.exchange_error import PackageError
from app.models.import_receipt import ReceiptStatus
from app.models.review import ReviewRole, ReviewState
from app.paths import AppPaths
from app.services.key_service import PASSPHRASE_ENV
from app.ui.common.review_labels import ReviewLabels
from app.ui.shell.main_window import MainWindow
from app.ui.workspace.finalize_dialog import BLOCKED, READY, FinalizeDialog
from app.ui.workspace.review.review_page import ReviewPage
from tests.audit_filler import answer_everything
from tests.exchange.conftest import PASSPHRASE, introduce
from tests.exchange.test_minisign_interop import MINISIGN, SHA256SUM, run_procedure

SCORED = "1.1.1.1"
BRANCHES = "0.4"


@pytest.fixture
def sites(tmp_path, catalog, monkeypatch):
    """(field site, head office, the field's finalized audit merged at the office)."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    field = Application(AppPaths(tmp_path / "field"), author="Awa Diop")
    office = Application(AppPaths(tmp_path / "office"), author="Bintou Sow")
    field.catalog = office.catalog = catalog
    introduce(field, office)
    audit = field.audits.create(catalog.default(), "Caisse Rurale de Kolda", "SN")
    session = field.audits.open(audit.id)
    answer_everything(session)
    session.finalize()
    field.packages.export(field.audits.get(audit.id), tmp_path / "first.jalon")
    assert office.merges.merge_file(tmp_path / "first.jalon").status == ReceiptStatus.ACCEPTED
    yield field, office, audit
    field.close()
    office.close()


@pytest.fixture
def open_window(qtbot, languages, tmp_path):
    """open_window(application, audit id) -> the main window with the audit open."""
    windows = []

    def make(application: Application, audit_id: str) -> MainWindow:
        from PySide6.QtCore import QSettings

        settings = QSettings(str(tmp_path / f"{len(windows)}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(application, languages, settings)
        window.show()
        qtbot.waitActive(window)
        window.open_audit(audit_id)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _review_tab(window: MainWindow) -> ReviewPage:
    tabs = window.workspace.tabs
    pages = [tabs.widget(i) for i in range(tabs.count())]
    [page] = [p for p in pages if isinstance(p, ReviewPage)]
    return page


def _content(application: Application) -> list[str]:
    """Every row of the database but the import receipts."""
    return [
        line
        for line in application.store.database.connection.iterdump()
        if not line.startswith('INSERT INTO "import_log"')
    ]


def _comment_beside(window: MainWindow, qtbot, name: str, text: str, must_correct: bool) -> None:
    window.workspace.go_to(name)
    panel = _review_tab(window).question_panel
    assert panel.target == name and panel.isVisible()
    panel.text.setText(text)
    panel.must_correct.setChecked(must_correct)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)


def checked_with_stock_tools(package: Path, signer: Application, tmp_path: Path) -> None:
    """A package the desktop wrote passes docs/exchange.md's check with the stock minisign and
    sha256sum, against the key its signer gave out of band (where those tools are installed:
    dev.py installs them; the exchange tests say so when they are missing)."""
    if not (MINISIGN and SHA256SUM and shutil.which("unzip")):
        return
    folder = tmp_path / f"stock-check-{package.stem}"
    folder.mkdir()
    shutil.copy(package, folder / "audit.jalon")
    key = signer.keys.public_key_text(signer.keys.current()).splitlines()[1]
    checked = run_procedure(folder, key)
    assert checked.returncode == 0, checked.stderr


def test_the_whole_review_loop_in_the_desktop(sites, open_window, qtbot, tmp_path):
    field, office, audit = sites
    framework = field.audits.open(audit.id).framework
    scored = framework.find(SCORED).name
    fact = framework.find(BRANCHES).name  # an Organization Information field
    fact_code = framework.indicators[fact].display_code

    # --- the head office reviews -------------------------------------------------------------
    at_office = open_window(office, audit.id)
    page = _review_tab(at_office)
    assert page.role == ReviewRole.REVIEWER
    assert page.state_label.text() == "Review: Received"
    assert not page.return_button.isEnabled() and page.start_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.state_label.text() == "Review: In review"
    _comment_beside(at_office, qtbot, scored, "No evidence of the board's approval", True)
    _comment_beside(
        at_office, qtbot, fact, "The number of branches differs from the annual report", True
    )
    page.whole.text.setText("Good work overall")
    qtbot.mouseClick(page.whole.button, Qt.MouseButton.LeftButton)
    listed = [page.comments.topLevelItem(i) for i in range(page.comments.topLevelItemCount())]
    assert [(i.text(0), i.text(2)) for i in listed] == [
        ("1.1.1.1", "Must be corrected — open"),
        (fact_code, "Must be corrected — open"),
        ("Whole audit", ""),
    ]
    assert "2 correction(s) asked by the head office still open" in page.open_count.text()
    sent = tmp_path / "kolda-review.jalon"
    page.return_to_site(sent)
    assert sent.is_file() and str(sent) in page.outcome.text()
    checked_with_stock_tools(sent, office, tmp_path)
    assert page.state_label.text() == "Review: Returned for correction"
    assert at_office.workspace.header.findChild(type(page.badge), "statusBadge") is not None
    assert page.badge.text() == "Review: Returned for correction" and page.badge.isVisible()
    assert not page.accept_button.isEnabled()

    # --- the field site: comments beside the questions and in the list ------------------------
    assert field.review_post.receive(sent).status == ReceiptStatus.UPDATED
    field.audits.open(audit.id).reopen("Returned by the head office")
    at_field = open_window(field, audit.id)
    mine = _review_tab(at_field)
    assert mine.role == ReviewRole.SITE and mine.state_label.text() == (
        "Review: Returned for correction"
    )
    assert mine.comments.topLevelItemCount() == 3
    at_field.workspace.go_to(scored)
    beside = mine.question_panel
    assert beside.title.text() == "Review comments on 1.1.1.1"
    assert beside.comments.count() == 1
    assert "No evidence of the board's approval" in beside.comments.item(0).text()
    assert "Must be corrected — open" in beside.comments.item(0).text()
    assert beside.button.text() == "Reply" and beside.button.isEnabled()
    assert not beside.must_correct.isVisible()

    finalize = FinalizeDialog(at_field.workspace.session, "en")
    assert finalize.state() == BLOCKED
    blocked = [b.message for b in finalize.blockers()]
    assert (
        "1.1.1.1: the reviewer asks for a correction (No evidence of the board's approval); "
        "answer again or reply to the comment" in blocked
    )
    finalize.deleteLater()

    # One correction answered by a reply beside the question, the other by answering again.
    beside.text.setText("Approval minutes of 12 March attached")
    qtbot.mouseClick(beside.button, Qt.MouseButton.LeftButton)
    assert "↳ Approval minutes of 12 March attached — Awa Diop" in beside.comments.item(0).text()
    assert "Must be corrected — replied" in beside.comments.item(0).text()
    assert "1 correction(s) asked by the head office still open" in mine.open_count.text()
    at_field.workspace.session.answer(fact, "14")
    mine.refresh()
    assert mine.open_count.text() == "No correction is open."
    finalize = FinalizeDialog(at_field.workspace.session, "en")
    assert finalize.state() == READY
    finalize.deleteLater()
    back = tmp_path / "kolda-corrected.jalon"
    mine.resubmit(back)
    assert mine.state_label.text() == "Review: Resubmitted" and back.is_file()
    checked_with_stock_tools(back, field, tmp_path)

    # --- the head office accepts ------------------------------------------------------------
    assert office.review_post.receive(back).status == ReceiptStatus.UPDATED
    at_office.reload_after_change(audit.id)
    page = _review_tab(at_office)
    assert page.state_label.text() == "Review: Resubmitted"
    replies = page.comments.topLevelItem(0)
    assert replies.childCount() == 1 and replies.child(0).text(1) == (
        "Approval minutes of 12 March attached"
    )
    assert page.comments.topLevelItem(1).text(2) == "Must be corrected — answered again"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.state_label.text() == "Review: Accepted"
    assert office.reviews.review(audit).state == ReviewState.ACCEPTED
    assert not any(
        b.isEnabled()
        for b in (page.start_button, page.return_button, page.accept_button, page.reject_button)
    )

    # Importing the same packages again changes nothing (but the receipt it writes).
    before = _content(office)
    for package in (sent, back):
        assert office.merges.merge_file(package).status == ReceiptStatus.ALREADY_PRESENT
    assert _content(office) == before


def test_a_rejection_needs_a_reason_and_shows_it(sites, open_window, qtbot):
    _field, office, audit = sites
    window = open_window(office, audit.id)
    page = _review_tab(window)
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert page.problem.isVisible() and page.problem.text() == "A rejection needs a reason"
    assert page.state_label.text() == "Review: In review"
    page.reject_reason.setText("Not our network's member")
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert page.state_label.text() == "Review: Rejected"
    assert "Reason: Not our network's member" in page.detail.text()


def test_a_review_from_an_untrusted_key_is_refused_and_writes_nothing(
    sites, open_window, qtbot, tmp_path, catalog
):
    field, office, audit = sites
    page = _review_tab(open_window(office, audit.id))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    page.return_to_site(tmp_path / "review.jalon")
    stranger = Application(AppPaths(tmp_path / "stranger"), author="Someone")
    stranger.catalog = catalog
    stranger.keys.signing_key()
    before = list(stranger.store.database.connection.iterdump())
    with pytest.raises(PackageError, match="not in this installation's trust store"):
        stranger.review_post.receive(tmp_path / "review.jalon")
    assert list(stranger.store.database.connection.iterdump()) == before  # not even a receipt
    stranger.close()


def test_an_audit_nobody_reviews_has_no_review_tab(window, session):
    window.open_audit(session.audit.id)
    tabs = window.workspace.tabs
    assert not any(isinstance(tabs.widget(i), ReviewPage) for i in range(tabs.count()))


def test_the_site_imports_the_review_from_the_file_menu_and_the_open_audit_shows_it(
    sites, open_window, qtbot, tmp_path
):
    from app.ui.exchange.package_import_page import PackageImportPage

    field, office, audit = sites
    at_office = open_window(office, audit.id)
    page = _review_tab(at_office)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    page.whole.text.setText("Please check the figures")
    page.whole.must_correct.setChecked(True)
    qtbot.mouseClick(page.whole.button, Qt.MouseButton.LeftButton)
    page.return_to_site(tmp_path / "review.jalon")

    at_field = open_window(field, audit.id)
    tabs = at_field.workspace.tabs
    assert not any(isinstance(tabs.widget(i), ReviewPage) for i in range(tabs.count()))
    at_field.tools.import_packages.trigger()
    importer = at_field.tools._package_dialog.findChild(PackageImportPage)
    importer.add_files([tmp_path / "review.jalon"])
    with qtbot.waitSignal(importer.merged, timeout=30_000) as merged:
        qtbot.mouseClick(importer.merge_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in merged.args[0]] == [ReceiptStatus.UPDATED]
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ReviewPage)
            for w in (
                at_field.workspace.tabs.widget(i) for i in range(at_field.workspace.tabs.count())
            )
        )
    )
    mine = _review_tab(at_field)
    assert mine.role == ReviewRole.SITE
    assert mine.state_label.text() == "Review: Returned for correction"
    assert mine.whole.comments.count() == 1
    assert "⚠ Please check the figures" in mine.whole.comments.item(0).text()
    at_field.tools._package_dialog.reject()


def test_in_french_the_state_after_review_agrees_with_the_feminine_word(
    sites, open_window, languages, qtbot
):
    _field, office, audit = sites
    languages.apply("fr")
    page = _review_tab(open_window(office, audit.id))
    # "Revue : reçue", "Revue : en cours": revue is feminine...
    assert page.state_label.text().replace("\u00a0", " ") == "Revue : reçue"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.state_label.text().replace("\u00a0", " ") == "Revue : en cours"
    # ...while a column of states alone (the portfolio's) keeps "Reçu", "Accepté"
    assert ReviewLabels.state(ReviewState.RECEIVED) == "Reçu"
    assert ReviewLabels.state(ReviewState.ACCEPTED) == "Accepté"
