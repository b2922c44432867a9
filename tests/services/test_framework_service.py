"""Finding frameworks: bundled ids, workbook files and the frameworks stored with audits."""

from app.composition import Application
from app.paths import AppPaths
from tests.fixtures.sample_workbook import write_sample


def test_a_fresh_process_finds_a_stored_framework_by_hash_prefix(tmp_path, catalog):
    # The framework of an audit made from a workbook lives only in the database once the
    # workbook is gone; a new process (the next CLI command) must still find it by its hash.
    paths = AppPaths(tmp_path / "data")
    first = Application(paths, author="Awa")
    framework = first.frameworks.resolve(str(write_sample(tmp_path / "network.xlsx")))
    first.audits.create(framework, "Caisse Rurale de Kolda", "SN")
    first.close()
    (tmp_path / "network.xlsx").unlink()

    fresh = Application(paths, author="Awa")
    fresh.catalog = catalog
    try:
        found = fresh.frameworks.resolve(framework.content_hash[:10])
    finally:
        fresh.close()
    assert found.content_hash == framework.content_hash
