"""Fixtures for the desktop application: the real main window over a real database, with the
compiled translations, and the interface put back in English after each test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings

from app.ui import translations_build
from app.ui.language_manager import LanguageManager
from app.ui.main_window import MainWindow


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
