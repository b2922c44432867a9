"""The self-test: real services on a temporary installation, as a support person runs it."""

import os
import subprocess
import sys

from app.composition import Application
from app.frameworks.framework_catalog import FrameworkCatalog
from app.paths import AppPaths
from app.services.self_test import SelfTest


def test_every_step_passes_and_the_temporary_folder_is_removed(tmp_path, catalog):
    def open_installation(folder):
        installation = Application(AppPaths(folder), author="Tester")
        installation.catalog = catalog
        return installation

    seen = []
    results = SelfTest(open_installation, temporary_parent=tmp_path).run(seen.append)
    assert [r.status for r in results] == ["OK"] * len(results), results
    assert seen == results
    assert SelfTest.passed(results)
    assert [r.name for r in results] == [
        "Temporary data folder",
        "Bundled frameworks load",
        "Audit created and answered",
        "Audit scored",
        "PDF report written",
        "Excel report written",
        "Signed package exported",
        "Package verified",
        "Package verified by a helper process",
        "Package imported elsewhere",
    ]
    assert list(tmp_path.iterdir()) == []


def test_a_broken_installation_fails_and_skips_what_depends_on_it(tmp_path):
    empty = tmp_path / "no-frameworks"
    empty.mkdir()

    def open_installation(folder):
        installation = Application(AppPaths(folder), author="Tester")
        installation.catalog = FrameworkCatalog(empty)
        return installation

    results = SelfTest(open_installation, temporary_parent=tmp_path / "work").run()
    statuses = [r.status for r in results]
    assert statuses[:3] == ["OK", "FAILED", "SKIPPED"]
    assert set(statuses[2:]) == {"SKIPPED"}
    assert "no bundled framework" in results[1].detail
    assert not SelfTest.passed(results)


def test_the_command_prints_each_step_and_exits_zero(tmp_path):
    env = {**os.environ, "JALON_DATA_DIR": str(tmp_path / "user-data")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Jalon ") and lines[0].endswith("self-test")
    steps = [line for line in lines[1:-1]]
    assert steps and all(line.split()[0] == "OK" for line in steps), result.stdout
    assert lines[-1].startswith("Self-test passed")
    # The user's database is never opened: only the log file is there (for support).
    assert [p.name for p in (tmp_path / "user-data").rglob("*")] == ["logs", "jalon.log"]
