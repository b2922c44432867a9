"""Starting the desktop application: Qt, translations, settings, the main window, and a last
line of defence that turns any escaped exception into a message instead of a traceback."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app import __version__
from app.composition import Application
from app.models.errors import JalonError
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.shell.app_style import AppStyle
from app.ui.shell.language_manager import LanguageManager
from app.ui.shell.main_window import MainWindow
from app.ui.shell.qt_settings_location import QtSettingsLocation
from app.ui.shell.shutdown_guard import ShutdownGuard

if TYPE_CHECKING:  # PySide builds these at first use, which a sound start never needs
    from PySide6.QtWidgets import QDialog

log = logging.getLogger("jalon.ui")


def prepare_translations() -> None:
    """Build missing or outdated .qm files from the .ts sources (a source checkout run
    without the set-up command); an installed or frozen copy ships them built."""
    try:
        from tools import translations_build  # the build scripts are in a source checkout
    except ImportError:
        return
    try:
        if translations_build.main():
            log.warning("building the UI translations failed; the interface may be English")
    except OSError as error:  # lrelease missing, or a read-only folder
        log.warning("cannot build the UI translations: %s", error)


def create_qt_application() -> QApplication:
    # Qt splits large fills (a tall scroll bar, a panel's background) across a thread pool;
    # on the two-core laptops Jalon runs on, handing over and waiting costs more than the fill
    # (a scroll bar repaint: 1.4 ms instead of 0.3 ms). Set before Qt first paints.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance()
    if app is None:
        # Fusion (the same on every system), asked for on the command line Qt reads: through
        # setStyle() the style object would come back to Python, and PySide would build
        # QStyle's type with its dozens of enums before the first paint.
        app = QApplication([*sys.argv, "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    app.setApplicationName("Jalon")
    app.setOrganizationName("Jalon")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Jalon")
    AppStyle.apply(app)
    return app


def ask_passphrase(purpose: str, new: bool) -> str | None:
    """The application's passphrase prompt. The window (and the key-file code behind it,
    with its cryptography library) is loaded when a key is first unlocked, not at start-up."""
    from app.ui.exchange.passphrase_dialog import PassphraseDialog

    return PassphraseDialog.ask(purpose, new)


def recover_if_damaged(
    application: Application, run_dialog: Callable[[QDialog], object] | None = None
) -> bool:
    """Before the database is opened: when the file is damaged, offer the recovery window.

    True when Jalon may go on (the file is sound, or a backup was restored, or the user chose
    to start empty); False when the user quit the window, leaving the file as it was.
    `run_dialog` shows the window and returns when the user is done with it (by default a
    modal exec; a test drives it with open() and clicks).
    """
    offer = application.backups.recovery_offer()
    if offer is None:
        return True
    log.error("the database %s is damaged: %s", offer.database, offer.problem)
    from app.ui.recovery.recovery_dialog import DONE, RecoveryDialog

    dialog = RecoveryDialog(application.backups, offer)
    try:
        if run_dialog is None:
            dialog.exec()
        else:
            run_dialog(dialog)
        # Restored or started empty is done whether the user pressed Continue or closed the
        # window: the damaged file is already set aside.
        return dialog.state() == DONE
    finally:
        dialog.deleteLater()


def quit_now(window: MainWindow) -> None:
    """Close the window (which saves and remembers its place) and leave every event loop,
    a modal dialog's included."""
    window.close()
    QApplication.quit()


def run_desktop(application: Application, audit_id: str | None = None) -> int:
    """The desktop application until it is closed; `audit_id`: the audit to open at once."""
    QtSettingsLocation.apply(application.paths)
    app = create_qt_application()
    prepare_translations()
    settings = QSettings(str(application.paths.settings), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply(languages.initial())
    application.passphrase_prompt = ask_passphrase
    if not recover_if_damaged(application):
        return 1
    try:
        # Open (and migrate) the database now, so that a damaged or too new file is refused
        # with one clear message before any window appears.
        application.audits.list()
    except JalonError as error:
        log.error("cannot open the database: %s", error)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("ErrorPresenter", "Jalon"),
            ErrorPresenter.message(error),
        )
        return 1
    window = MainWindow(application, languages, settings)
    window.errors.install()
    guard = ShutdownGuard(app, save=window.flush_workspace, quit=lambda: quit_now(window))
    window.show()
    if audit_id:
        window.open_audit(audit_id)
    if application.needs_person():
        window.open_preferences(first_start=True)
    try:
        return app.exec()
    finally:
        guard.release()
        window.errors.uninstall()
        settings.sync()
        application.close()
