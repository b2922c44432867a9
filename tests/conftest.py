"""Shared fixtures: a real data directory, a real SQLite file, the bundled frameworks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.composition import Application
from app.frameworks.framework_catalog import FrameworkCatalog
from app.paths import AppPaths, resources_dir

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def catalog() -> FrameworkCatalog:
    return FrameworkCatalog(resources_dir() / "frameworks")


@pytest.fixture(scope="session")
def default_framework(catalog):
    return catalog.default()


@pytest.fixture(scope="session")
def peer_field(tmp_path_factory, catalog):
    """(field site with a peer benchmark imported, its audit in Senegal, its audit in Mali):
    built once, for the tests of the reports and the dashboard against peers, which only read."""
    from tests.exchange.peer_network import field_with_peers

    yield from field_with_peers(tmp_path_factory.mktemp("peers"), catalog)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def application(data_dir: Path, catalog) -> Application:
    app = Application(AppPaths(data_dir), author="Tester")
    app.catalog = catalog  # share the parsed bundled frameworks across tests
    yield app
    app.close()


@pytest.fixture
def session(application, default_framework):
    """An open draft audit of the default framework."""
    audit = application.audits.create(default_framework, "Caisse Populaire de Test", "SN")
    return application.audits.open(audit.id)
