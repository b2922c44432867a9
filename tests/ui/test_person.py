"""Who is working: asked on first start, prefilled from the system, used for every later
revision, new audits' auditors and new signing keys, changeable in Preferences; JALON_USER and
--author still win for scripts; earlier revisions keep the name they recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.composition import Application
from app.paths import AppPaths
from app.services.identity import USER_ENV, Identity
from app.services.key_service import PASSPHRASE, PASSPHRASE_ENV
from app.ui.home.new_audit_dialog import NewAuditDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.person_dialog import PersonDialog


@pytest.fixture
def first_start(data_dir, catalog, monkeypatch):
    """A fresh installation started without --author or JALON_USER."""
    monkeypatch.delenv(USER_ENV, raising=False)
    app = Application(AppPaths(data_dir))
    app.catalog = catalog
    yield app
    app.close()


@pytest.fixture
def person_window(qtbot, first_start, languages, settings):
    main = MainWindow(first_start, languages, settings)
    main.show()
    qtbot.waitActive(main)
    yield main
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_first_start_asks_who_is_working_and_credits_everything_to_them(
    qtbot, first_start, person_window, default_framework, monkeypatch
):
    assert first_start.needs_person()
    before = first_start.audits.create(default_framework, "Caisse de Kolda", "SN")
    session = first_start.audits.open(before.id)
    session.answer("1.1.1.1", "yes")  # before the name is given: the login

    person_window.open_preferences(first_start=True)
    dialog = person_window.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.windowTitle() == "Welcome to Jalon"
    assert dialog.name_edit.text() == Identity.system_name()  # prefilled from the system
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Awa Diop")
    qtbot.keyClicks(dialog.organisation_edit, "Caisse Rurale de Kolda")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not first_start.needs_person()
    assert first_start.person() == ("Awa Diop", "Caisse Rurale de Kolda")

    person_window.open_audit(before.id)
    person_window.workspace.session.answer("1.1.1.2", "yes")
    authors = {
        name: first_start.audits.open(before.id).answer_of(name).author
        for name in ("1.1.1.1", "1.1.1.2")
    }
    assert authors == {"1.1.1.1": Identity.login(), "1.1.1.2": "Awa Diop"}

    new_audit = NewAuditDialog(first_start.audits, [default_framework], "en")
    qtbot.addWidget(new_audit)
    assert new_audit.auditors.text() == "Awa Diop"

    monkeypatch.setenv(PASSPHRASE_ENV, "a long enough passphrase")
    key = first_start.keys.create(protection=PASSPHRASE)
    assert (key.owner, key.name, key.organisation) == (
        "Awa Diop",
        "Awa Diop",
        "Caisse Rurale de Kolda",
    )


def test_preferences_change_the_name_and_an_empty_name_is_refused(
    qtbot, first_start, person_window
):
    first_start.set_person("Awa Diop", "")
    person_window.menus.preferences_action.trigger()
    dialog = person_window.dialog
    assert dialog.windowTitle() == "Preferences"
    assert dialog.name_edit.text() == "Awa Diop"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.name_edit.clear()
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Moussa Ba")
    ok.click()
    assert first_start.identity.author == "Moussa Ba"


def test_jalon_user_and_author_win_over_the_name_set_in_jalon(first_start, data_dir, monkeypatch):
    first_start.set_person("Awa Diop", "Kolda")
    monkeypatch.setenv(USER_ENV, "script")
    assert first_start.identity.author == "script"
    assert not first_start.needs_person()
    monkeypatch.delenv(USER_ENV)
    scripted = Application(AppPaths(data_dir), author="Batch import")
    try:
        assert scripted.identity.author == "Batch import"
        assert scripted.identity.organisation == "Kolda"
    finally:
        scripted.close()
