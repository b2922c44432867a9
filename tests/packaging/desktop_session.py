"""Run by test_portable_mode in a subprocess: starts the real desktop application, waits for
its main window, opens and closes a file dialog (Qt records its history on close), then quits.

    python -m tests.packaging.desktop_session
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.composition import Application
from app.paths import AppPaths
from app.ui.shell.main_window_app import create_qt_application, run_desktop


def main() -> int:
    application = Application(AppPaths.resolve())
    qt = create_qt_application()
    poll = QTimer(qt)

    def when_window_shown() -> None:
        if not any(w.isVisible() for w in QApplication.topLevelWidgets()):
            return
        poll.stop()
        dialog = QFileDialog(None, "Jalon")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()
        dialog.close()
        del dialog  # its destructor writes the dialog history through QSettings
        print("window shown", flush=True)
        QApplication.quit()

    poll.timeout.connect(when_window_shown)
    poll.start(50)
    return run_desktop(application)


if __name__ == "__main__":
    sys.exit(main())
