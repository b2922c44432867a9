"""Service tests run on the small sample framework (tests/fixtures/sample_workbook.py), whose
structure and hand-computed scores are documented there: they test Jalon's rules, not the
content of a shipped framework that will change between versions."""

from __future__ import annotations

import pytest

from tests.fixtures.sample_workbook import write_sample


@pytest.fixture(scope="session")
def sample_framework(tmp_path_factory):
    from app.frameworks.framework_loader import load_framework

    return load_framework(write_sample(tmp_path_factory.mktemp("sample") / "sample.xlsx")).framework


@pytest.fixture
def session(application, sample_framework):
    """An open draft audit of the sample framework, with its gender module."""
    audit = application.audits.create(
        sample_framework, "Caisse Populaire de Test", "SN", modules=frozenset({"gender"})
    )
    return application.audits.open(audit.id)
