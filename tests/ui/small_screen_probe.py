"""Opens an audit in the real main window on the screen this process was started with and
prints, as JSON, every control a field officer could not reach: run by
tests/ui/test_small_screens.py in a process of its own, because the screen's size and the
scale factor (QT_SCALE_FACTOR) are fixed when Qt starts.

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        python -m tests.ui.small_screen_probe DATA_DIR en fr [--font-scale 1.5]

--font-scale enlarges the system font before Jalon styles the application, as a person with
poor sight does in the system settings.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.composition import Application
from app.models.audit import AuditType
from app.models.framework import QuestionType
from app.paths import AppPaths
from app.ui.shell.language_manager import LanguageManager
from app.ui.shell.main_window import MainWindow
from app.ui.shell.main_window_app import create_qt_application

# A long name and every detail of the header filled in: the widest header there is.
INSTITUTION = "Caisse Populaire d'Épargne et de Crédit des Femmes Rurales de Thiès-Tivaouane"


def unreachable(window: MainWindow, name: str, widget: QWidget | None) -> list[str]:
    """Why `widget` cannot be seen whole and clicked in the window, if it cannot."""
    if widget is None or not widget.isVisible():
        return [f"{name}: not shown"]
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    if not (window.rect().contains(top_left) and window.rect().contains(bottom_right)):
        return [
            f"{name}: outside the window ({top_left.x()},{top_left.y()})–"
            f"({bottom_right.x()},{bottom_right.y()}) in {window.width()}×{window.height()}"
        ]
    # Clipped by a scroll area or a pane: only part of it can be seen.
    if widget.visibleRegion().boundingRect() != widget.rect():
        return [
            f"{name}: partly hidden ({widget.visibleRegion().boundingRect()} of {widget.rect()})"
        ]
    return []


def probe(application: Application, audit_id: str, language: str, data: Path) -> dict:
    app = QApplication.instance()
    settings = QSettings(str(data / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply(language)
    window = MainWindow(application, languages, settings)
    available = window.screen().availableGeometry()
    problems = []
    if window.width() > available.width() or window.height() > available.height():
        problems.append(
            f"opens at {window.width()}×{window.height()} on a screen of "
            f"{available.width()}×{available.height()}"
        )
    window.show()
    window.open_audit(audit_id)
    workspace = window.workspace
    app.processEvents()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > available.width() or least.height() > available.height():
        problems.append(
            f"needs at least {least.width()}×{least.height()} on a screen of "
            f"{available.width()}×{available.height()}"
        )
    # As large as the screen allows (a maximized window), no larger than the window needs.
    window.resize(available.size())
    question = next(
        i.name
        for i in application.frameworks.default().iter_indicators()
        if i.type == QuestionType.SELECT_ONE and i.is_scored
    )
    workspace.go_to(question)
    app.processEvents()
    header = workspace.header
    checks = [
        ("Finalize", header.finalize),
        ("Close", header.close),
        ("Guidance toggle", workspace.guidance_button),
    ]
    checks += [
        (f"answer choice {button.text()!r}", button)
        for button in workspace.page.editor.buttons
        if not button.isHidden()
    ]
    for name, widget in checks:
        problems += unreachable(window, name, widget)
    workspace.go_to("0.3")  # Organization Information: a form of labelled fields
    app.processEvents()
    form = workspace.pages.currentWidget()
    for row in range(form.form.rowCount()):
        for role_name, role in (
            ("label", form.form.ItemRole.LabelRole),
            ("field", form.form.ItemRole.FieldRole),
        ):
            item = form.form.itemAt(row, role)
            widget = item.widget() if item is not None else None
            if (
                widget is not None
                and widget.isVisible()
                and widget.width() < widget.minimumSizeHint().width()
            ):
                problems.append(
                    f"form row {row} {role_name}: cut to {widget.width()} px "
                    f"of {widget.minimumSizeHint().width()}"
                )
    result = {
        "language": language,
        "screen": [available.width(), available.height()],
        "minimum": [least.width(), least.height()],
        "problems": problems,
    }
    window.close()
    return result


def main(argv: list[str]) -> int:
    font_scale = 1.0
    if "--font-scale" in argv:
        at = argv.index("--font-scale")
        font_scale = float(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    data, languages = Path(argv[0]), argv[1:]
    application = Application(AppPaths(data), author="Aïssatou Diallo")
    framework = application.frameworks.default()
    audit = application.audits.create(
        framework,
        INSTITUTION,
        "SN",
        AuditType.ACCOMPANIED,
        ("Aïssatou Diallo", "Moussa Sow"),
        "2025-01-01",
        "2025-12-31",
        "fr",
    )
    if font_scale != 1.0:
        app = QApplication.instance() or QApplication([])
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    app = create_qt_application()
    results = [probe(application, audit.id, language, data) for language in languages]
    application.close()
    del app
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
