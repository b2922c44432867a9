"""Renders the screenshots of the README from the real application, offscreen.

    python docs/screenshots/make_screenshots.py            # writes docs/screenshots/*.png

A throw-away data folder gets three audits of the default framework; the main one, a microfinance
institution in Senegal, is about two-thirds answered with comments, flags, a not-applicable
answer and an action plan. The window is 1366×768, a common laptop screen; the small-*.png
shots are 1024×600, the netbooks of many branches, in English and French.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt  # noqa: E402

from app.composition import Application  # noqa: E402
from app.models.action_item import ActionStatus, Priority  # noqa: E402
from app.models.audit import AuditType  # noqa: E402
from app.models.framework import QuestionType  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.ui.shell.language_manager import LanguageManager  # noqa: E402
from app.ui.shell.main_window import MainWindow  # noqa: E402
from app.ui.shell.main_window_app import create_qt_application  # noqa: E402
from tools import translations_build  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1366, 768)
SMALL = (1024, 600)
ORGANIZATION = {
    "0.1": "2025-12-31",
    "0.2": "Mutual savings and credit cooperative",
    "0.3": "1998",
    "0.4": "14",
    "0.5": "212",
    "0.6": "96",
    "0.7": "46",
    "0.8": "33",
    "0.9": "11.5",
    "0.10": "38450",
    "0.11": "61200",
    "0.13": "58",
    "0.15": "81",
    "0.16": "XOF",
    "0.18": "9150000000",
    "0.21": "1.2",
    "0.22": "112",
    "0.23": "2.1",
    "0.24": "143",
    "0.25": "131",
    "0.27": "24610",
    "0.28": "439200000",
}
COMMENTS = {
    "1.1.1.1": "Strategy 2024–2028 seen; approved by the board on 14 March 2024 (minutes no. 3).",
    "1.2.1.1": "Loan application form collects gender, age and rural location; no poverty tool.",
    "2.1.1.2": "The governance committee also follows social performance; meets quarterly.",
}


def populate(application: Application) -> str:
    framework = application.frameworks.default()
    audits = application.audits
    main = audits.create(
        framework,
        "Caisse Populaire de Thiès",
        "SN",
        AuditType.ACCOMPANIED,
        ("Aïssatou Diallo", "Moussa Sow"),
        "2025-01-01",
        "2025-12-31",
        "en",
    )
    session = audits.open(main.id)
    for code, value in ORGANIZATION.items():
        session.answer(code, value)
    rng = random.Random(7)
    scored = [
        i for i in framework.iter_indicators() if i.type == QuestionType.SELECT_ONE and i.is_scored
    ]
    for indicator in scored[:112]:
        if indicator.name in session.score().relevant:
            session.answer(indicator.name, rng.choices(["yes", "partially", "no"], [6, 3, 2])[0])
    for code, text in COMMENTS.items():
        session.comment(code, text)
    for code in ("1.2.2.1", "3.1.1.2", "4.1.1.3"):
        session.flag(code)
    session.mark_not_applicable(
        "3.3.1.2",
        "No agricultural loans: the cooperative only lends to traders and salaried members.",
    )
    session.add_action(
        "d1_s2_p1",
        "Add a simple poverty measure to the loan application",
        "Head of operations",
        "2026-06-30",
        Priority.HIGH,
    )
    rule = session.add_action(
        "q4_1_1_3",
        "Write the over-indebtedness rule into the credit policy",
        "Risk manager",
        "2026-03-31",
        Priority.MEDIUM,
    )
    session.update_action(rule, status=ActionStatus.IN_PROGRESS, note="Draft with the board")
    other = audits.create(
        framework,
        "Union des Mutuelles du Sahel",
        "ML",
        AuditType.EXTERNAL,
        ("Moussa Sow",),
        "2025-01-01",
        "2025-12-31",
        "fr",
    )
    other_session = audits.open(other.id)
    for indicator in scored[:40]:
        if indicator.name in other_session.score().relevant:
            other_session.answer(indicator.name, "yes")
    audits.create(
        framework,
        "Crédito Rural del Altiplano",
        "BO",
        AuditType.SELF_ASSESSMENT,
        (),
        "2025-01-01",
        "2025-12-31",
        "es",
    )
    return main.id


def settle(app) -> None:
    """Let posted events (language changes, deferred layouts) run before grabbing."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def grab(window: MainWindow, app, name: str) -> None:
    settle(app)
    window.grab().save(str(OUT / name))
    print(f"wrote {OUT / name}")


def grab_action_dialog(workspace, app) -> None:
    """The action dialog of a plan's action being dropped: the reason it asks for and the
    action's history."""
    workspace.commands.action_plan.trigger()
    page = workspace.action_plan
    model = page.table.model()
    page.table.selectRow(
        next(
            row
            for row in range(model.rowCount())
            for column in range(model.columnCount())
            if "over-indebtedness" in str(model.index(row, column).data())
        )
    )
    page.edit_selected()
    dialog = page.dialog
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(ActionStatus.DROPPED))
    dialog.reason_edit.setText("The network writes one rule for all its members")
    settle(app)
    dialog.grab().save(str(OUT / "action_dialog.png"))
    print(f"wrote {OUT / 'action_dialog.png'}")
    dialog.reject()


def main() -> int:
    if translations_build.main():
        return 1
    data = Path(tempfile.mkdtemp(prefix="jalon-shots-"))
    application = Application(AppPaths(data), author="Aïssatou Diallo")
    audit_id = populate(application)
    app = create_qt_application()
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply("en")
    window = MainWindow(application, languages, settings)
    # Offscreen, the screen is 800×800: the window opens maximized there; the shots are taken
    # at the sizes above instead.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)
    window.show()
    window.home.reload(select_id=audit_id)
    while window.home.model.progress_pending:
        app.processEvents()
    grab(window, app, "home.png")

    window.open_audit(audit_id)
    workspace = window.workspace
    workspace.go_to("1.1.1.1")
    grab(window, app, "workspace.png")
    workspace.go_to("0.4")
    grab(window, app, "organization.png")
    workspace.commands.dashboard.trigger()
    grab(window, app, "dashboard.png")
    grab_action_dialog(workspace, app)

    for language in ("fr", "es"):
        languages.apply(language)
        window.set_content_language(language)
        workspace.go_to("2.1.1.2")
        grab(window, app, f"workspace_{language}.png")
    languages.apply("fr")
    window.set_content_language("fr")
    workspace.commands.dashboard.trigger()
    grab(window, app, "dashboard_fr.png")

    window.resize(*SMALL)
    for language in ("en", "fr"):
        suffix = "" if language == "en" else f"_{language}"
        languages.apply(language)
        window.set_content_language(language)
        workspace.commands.questionnaire.trigger()
        workspace.go_to("2.1.1.2")
        grab(window, app, f"small-workspace{suffix}.png")
        workspace.go_to("0.18")
        grab(window, app, f"small-organization{suffix}.png")
        workspace.commands.dashboard.trigger()
        grab(window, app, f"small-dashboard{suffix}.png")
    window.close()
    application.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
