"""Services are built by the composition root (app/composition.py) only; background threads get
theirs from it too (Application.for_worker), on a database connection of their own."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def constructions(folder: Path, wanted) -> list[str]:
    """Calls of a wanted class, or of one of its class methods (ReportService.open_own(…))."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func
            if isinstance(callee, ast.Attribute) and isinstance(callee.value, ast.Name):
                callee = callee.value  # SomeService.open_own(…): the class
            name = getattr(callee, "id", None) or getattr(callee, "attr", None) or ""
            if wanted(name):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    return found


SERVICES = {
    node.name
    for path in (ROOT / "app" / "services").rglob("*.py")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
    if isinstance(node, ast.ClassDef) and node.name.endswith(("Service", "Services"))
}


def is_service(name: str) -> bool:
    return name in SERVICES


def test_the_desktop_app_builds_no_service_and_no_second_application():
    assert constructions(ROOT / "app" / "ui", lambda n: is_service(n) or n == "Application") == []


def test_the_command_line_builds_no_service():
    # Its entry points make the composition root itself (Application), nothing below it.
    assert constructions(ROOT / "app" / "cli", is_service) == []


def test_a_worker_copy_works_on_its_own_connection_as_the_same_person(
    application, default_framework
):
    audit = application.audits.create(default_framework, "Caisse de Thiès")
    worker = application.for_worker()
    assert worker.identity == application.identity
    assert worker.backups is application.backups  # one schedule and one lock for the backups
    outcome = {}

    def on_the_thread() -> None:
        try:
            outcome["audit"] = worker.reports.report_data(audit.id).audit
            outcome["connection"] = worker.store.database.connection
        finally:
            worker.close()

    thread = threading.Thread(target=on_the_thread)
    thread.start()
    thread.join()
    assert outcome["audit"].id == audit.id
    assert outcome["connection"] is not application.store.database.connection
    assert application.audits.get(audit.id).institution == "Caisse de Thiès"  # still open


def test_closing_a_worker_copy_takes_no_end_of_session_backup(application, default_framework):
    application.audits.create(default_framework, "Caisse de Thiès")
    before = application.backups.list()
    worker = application.for_worker()
    worker.audits.list()
    worker.close()
    assert application.backups.list() == before
