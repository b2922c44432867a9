"""A real Jalon process for the kill test: answers questions of one audit as fast as it can.

    python answer_writer.py DATA_DIR AUDIT_ID SEED

It goes through the service layer exactly as the desktop app and the CLI do, and prints
"SAVED <indicator> <revision id>" (flushed) only after AuditSession returned, i.e. after Jalon
told its user the change was saved. The kill test holds it to every line it printed.

Lines: "OPENING" before the database is opened (a kill then lands in start-up and WAL
recovery), "READY" once the audit is open, then one "SAVED" line per change, forever.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from app.models.framework import QuestionType
from app.paths import AppPaths
from app.services.audit_service import AuditService
from app.services.identity import Identity
from app.storage.store import Store


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(data_dir: str, audit_id: str, seed: str) -> None:
    rng = random.Random(seed)
    paths = AppPaths(Path(data_dir))
    say("OPENING")
    store = Store.open(paths.database, paths.backups)
    session = AuditService(store, Identity("Kill test", f"writer-{seed}")).open(audit_id)
    questions = [
        indicator
        for indicator in session.framework.iter_indicators()
        if indicator.type == QuestionType.SELECT_ONE
        and len(indicator.choices) > 1
        and not indicator.constraint
    ]
    say("READY")
    while True:
        indicator = rng.choice(questions)
        current = session.answer_of(indicator.name)
        if rng.random() < 0.2:
            # A comment change is a revision too, on the same history as value changes.
            answer = session.comment(indicator.name, f"note {rng.randrange(10**9)}")
        else:
            others = [c.name for c in indicator.choices if c.name != current.value]
            answer = session.answer(indicator.name, rng.choice(others))
        say(f"SAVED {indicator.name} {answer.revision_id}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
