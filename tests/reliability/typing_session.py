"""Run by test_typing_durability in a subprocess: the real desktop application, started by
`jalon --data-dir DATA_DIR open AUDIT`, with TEXT typed key by key into FIELD for QUESTION:
`comment`, the question's comment field, or `action`, the description of a new action for the
question (Actions ▸ Add action, the dialog left open). Prints TYPED once the last key is in, then
lets the application run until it is stopped from outside (the test sends a signal).

    python -m tests.reliability.typing_session DATA_DIR AUDIT_ID QUESTION FIELD TEXT
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.cli.main import cli
from app.ui.shell.main_window import MainWindow
from app.ui.shell.main_window_app import create_qt_application


def main() -> int:
    data_dir, audit_id, question, field, text = sys.argv[1:6]
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
        if field == "action":
            workspace.commands.add_action.trigger()
            typed_into = workspace.action_plan.dialog.what_edit
        else:
            typed_into = workspace.page.comment
        typed_into.setFocus()
        QTest.keyClicks(typed_into, text)  # real key events through the real widget
        print("TYPED", flush=True)

    poll.timeout.connect(when_audit_open)
    poll.start(20)
    return cli.main(
        ["--data-dir", data_dir, "open", audit_id], prog_name="jalon", standalone_mode=False
    )


if __name__ == "__main__":
    sys.exit(main())
