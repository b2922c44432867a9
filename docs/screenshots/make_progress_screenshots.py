"""Renders the Progress tab's screenshots (progress.png, progress_fr.png) from the real
application, offscreen, on the data of make_screenshots.py plus last year's audit of the same
institution (fewer questions answered, more of them "no").

    python docs/screenshots/make_progress_screenshots.py
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from make_screenshots import (
    SIZE,
    Application,
    AppPaths,
    LanguageManager,
    MainWindow,
    QSettings,
    Qt,
    create_qt_application,
    grab,
    populate,
    translations_build,
)

from app.models.audit import AuditType
from app.models.framework import QuestionType


def last_year(application: Application) -> None:
    framework = application.frameworks.default()
    audit = application.audits.create(
        framework,
        "Caisse Populaire de Thiès",
        "SN",
        AuditType.SELF_ASSESSMENT,
        ("Aïssatou Diallo",),
        "2024-01-01",
        "2024-12-31",
        "en",
    )
    session = application.audits.open(audit.id)
    rng = random.Random(11)
    scored = [
        i for i in framework.iter_indicators() if i.type == QuestionType.SELECT_ONE and i.is_scored
    ]
    for indicator in scored[:80]:
        if indicator.name in session.score().relevant:
            session.answer(indicator.name, rng.choices(["yes", "partially", "no"], [3, 3, 4])[0])


def main() -> int:
    if translations_build.main():
        return 1
    data = Path(tempfile.mkdtemp(prefix="jalon-shots-"))
    application = Application(AppPaths(data), author="Aïssatou Diallo")
    audit_id = populate(application)
    last_year(application)
    app = create_qt_application()
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply("en")
    window = MainWindow(application, languages, settings)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)
    window.show()
    window.open_audit(audit_id)
    workspace = window.workspace
    workspace.tabs.setCurrentIndex(workspace.tabs.count() - 1)  # the Progress tab
    grab(window, app, "progress.png")
    languages.apply("fr")
    grab(window, app, "progress_fr.png")
    window.close()
    application.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
