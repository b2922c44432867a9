"""Run by test_typing_durability in a subprocess: the real desktop application, started by
`jalon --data-dir DATA_DIR open AUDIT`, with a comment typed key by key into the comment field
of QUESTION. Prints TYPED once the last key is in, then lets the application run until it is
stopped from outside (the test sends a signal).

    python -m tests.reliability.typing_session DATA_DIR AUDIT_ID QUESTION TEXT
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.cli.main import cli
from app.ui.shell.main_window import MainWindow
from app.ui.shell.main_window_app import create_qt_application


def main() -> int:
    data_dir, audit_id, question, text = sys.argv[1:5]
    qt = create_qt_application()  # the one `jalon open` uses: the driver's timer runs in it
    poll = QTimer(qt)

    def when_audit_open() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.workspace is not None and w.isVisible()
        ]
        if not windows:
            return
        poll.stop()
        workspace = windows[0].workspace
        workspace.go_to(question)
        comment = workspace.page.comment
        comment.setFocus()
        QTest.keyClicks(comment, text)  # real key events through the real widget
        print("TYPED", flush=True)

    poll.timeout.connect(when_audit_open)
    poll.start(20)
    return cli.main(
        ["--data-dir", data_dir, "open", audit_id], prog_name="jalon", standalone_mode=False
    )


if __name__ == "__main__":
    sys.exit(main())
