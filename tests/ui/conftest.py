"""Fixtures for the desktop application: the real main window over a real database, with the
compiled translations, and the interface put back in English after each test; the same for a
portable installation, whose signing keys are protected by a passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings

from app.composition import Application
from app.paths import PORTABLE_DATA, AppPaths
from app.services.key_service import PASSPHRASE_ENV
from app.ui.shell.language_manager import LanguageManager
from app.ui.shell.main_window import MainWindow
from tools import translations_build


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    assert translations_build.main() == 0, "the .ts files do not compile"


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def languages(qapp, settings, compiled_translations):
    locale = QLocale()
    manager = LanguageManager(qapp, settings)
    manager.apply("en")
    yield manager
    manager.apply("en")  # other tests read English texts
    QLocale.setDefault(locale)
    manager.deleteLater()


@pytest.fixture
def window(qtbot, application, languages, settings) -> MainWindow:
    main = MainWindow(application, languages, settings)
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)
    yield main
    # Gone before the database closes and the language is put back: no late event reaches it.
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def workspace(window, session):
    """The main window with the fixture's draft audit open."""
    window.home.reload()
    window.open_audit(session.audit.id)
    return window.workspace


class PassphraseAnswer:
    """Answers the key service's passphrase questions as a user would in the passphrase window
    (tested on its own), recording what was asked."""

    def __init__(self, passphrase: str | None = "correct horse battery staple"):
        self.passphrase = passphrase
        self.asked: list[tuple[str, bool]] = []

    def __call__(self, purpose: str, new: bool) -> str | None:
        self.asked.append((purpose, new))
        return self.passphrase


@pytest.fixture
def portable_application(tmp_path, catalog, monkeypatch):
    """A portable installation: data in a folder beside the program, and no system keyring,
    so signing keys are protected by a passphrase (asked, never taken from the environment)."""
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    app = Application(
        AppPaths(tmp_path / "stick" / PORTABLE_DATA, portable=True), author="Awa Diop"
    )
    app.catalog = catalog
    app.passphrase_prompt = PassphraseAnswer()
    yield app
    app.close()


@pytest.fixture
def portable_session(portable_application, default_framework):
    audits = portable_application.audits
    audit = audits.create(default_framework, "Caisse Rurale de Kolda", "SN")
    return audits.open(audit.id)


@pytest.fixture
def portable_window(qtbot, portable_application, languages, settings) -> MainWindow:
    main = MainWindow(portable_application, languages, settings)
    main.show()
    qtbot.waitActive(main)
    yield main
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
