"""Audits shared by the report tests. The fully answered ones are built once per session and
only read by the tests that use them; tests that import change their own fresh audit."""

from __future__ import annotations

import pytest

from app.composition import Application
from app.paths import AppPaths
from app.services.report_service import ReportService
from tests.reports.audit_builder import INSTITUTION, add_plan_and_evidence, answer_all


@pytest.fixture(scope="session")
def answered(tmp_path_factory, catalog):
    """(application, draft audit id, finalized audit id) of the default framework."""
    folder = tmp_path_factory.mktemp("answered")
    app = Application(AppPaths(folder / "data"), author="Amélie Ñúñez")
    app.catalog = catalog
    framework = catalog.default()
    audit = app.audits.create(
        framework,
        INSTITUTION,
        "SN",
        auditors=("José Peña",),
        period_start="2025-01-01",
        period_end="2025-12-31",
        content_language="fr",
    )
    session = app.audits.open(audit.id)
    answer_all(session)
    add_plan_and_evidence(session, folder)
    final = app.audits.duplicate(audit, institution=INSTITUTION + " (final)")
    app.audits.open(final.id).finalize()
    yield app, audit.id, final.id
    app.close()


@pytest.fixture(scope="session")
def reports(answered) -> ReportService:
    app = answered[0]
    return ReportService(app.store, app.audits)
