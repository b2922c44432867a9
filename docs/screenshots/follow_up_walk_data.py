"""The data of the follow-up walk (follow_up_walk.sh): the audits of make_screenshots.py plus
the earlier audits of the same caisse (2023 and 2024, fewer questions answered, more "no"),
and one 2022 audit under another name ("CP de Thiès"), a record to merge.

    python docs/screenshots/follow_up_walk_data.py DATA_DIR
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from make_screenshots import ORGANIZATION, Application, AppPaths, populate

from app.models.audit import AuditType
from app.models.framework import QuestionType

EARLIER = (("2023", 60, [3, 3, 5], "10", "150"), ("2024", 85, [4, 3, 4], "12", "168"))


def earlier_audit(
    application: Application,
    name: str,
    year: str,
    answered: int,
    weights: list[int],
    branches: str,
    staff: str,
) -> None:
    framework = application.frameworks.default()
    audit = application.audits.create(
        framework,
        name,
        "SN",
        AuditType.SELF_ASSESSMENT,
        ("Aïssatou Diallo",),
        f"{year}-01-01",
        f"{year}-12-31",
        "en",
    )
    session = application.audits.open(audit.id)
    for code, value in ORGANIZATION.items():
        session.answer(
            code, {"0.1": f"{year}-12-31", "0.4": branches, "0.5": staff}.get(code, value)
        )
    rng = random.Random(int(year))
    scored = [
        i for i in framework.iter_indicators() if i.type == QuestionType.SELECT_ONE and i.is_scored
    ]
    for indicator in scored[:answered]:
        if indicator.name in session.score().relevant:
            session.answer(indicator.name, rng.choices(["yes", "partially", "no"], weights)[0])
    session.comment("1.1.1.1", f"Strategy draft of {year} seen; not yet approved by the board.")


def main() -> int:
    application = Application(AppPaths(Path(sys.argv[1])), author="Aïssatou Diallo")
    main = populate(application)
    for year, answered, weights, branches, staff in EARLIER:
        earlier_audit(
            application, "Caisse Populaire de Thiès", year, answered, weights, branches, staff
        )
    earlier_audit(application, "CP de Thiès", "2022", 40, [2, 3, 6], "9", "131")
    # Changed last, the 2025 audit heads the audit list: the walk starts from it.
    application.audits.open(main).comment("1.1.1.1", "Strategy 2024–2028 approved in March.")
    application.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
