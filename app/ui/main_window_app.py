"""Starting the desktop application: Qt, translations, settings, the main window, and a last
line of defence that turns any escaped exception into a message instead of a traceback."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.composition import Application
from app.models.errors import JalonError
from app.ui import translations_build
from app.ui.app_style import AppStyle
from app.ui.error_presenter import ErrorPresenter
from app.ui.language_manager import LanguageManager
from app.ui.main_window import MainWindow
from app.ui.qt_settings_location import QtSettingsLocation

log = logging.getLogger("jalon.ui")


def prepare_translations() -> None:
    """Build missing or outdated .qm files from the .ts sources (a source checkout run
    without the set-up command); an installed or frozen copy ships them built."""
    try:
        if translations_build.main():
            log.warning("building the UI translations failed; the interface may be English")
    except OSError as error:  # lrelease missing, or a read-only folder
        log.warning("cannot build the UI translations: %s", error)


def create_qt_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Jalon")
    app.setOrganizationName("Jalon")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Jalon")
    AppStyle.apply(app)
    return app


def run_desktop(application: Application) -> int:
    QtSettingsLocation.apply(application.paths)
    app = create_qt_application()
    prepare_translations()
    settings = QSettings(str(application.paths.settings), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply(languages.initial())
    try:
        # Open (and migrate) the database now, so that a damaged or too new file is refused
        # with one clear message before any window appears.
        application.audits.list()
    except JalonError as error:
        log.error("cannot open the database: %s", error)
        QMessageBox.critical(None, QCoreApplication.translate("ErrorPresenter", "Jalon"),
                             ErrorPresenter.message(error))
        return 1
    window = MainWindow(application, languages, settings)
    window.errors.install()
    window.show()
    try:
        return app.exec()
    finally:
        window.errors.uninstall()
        settings.sync()
        application.close()
