import importlib.util
import subprocess
import sys
from pathlib import Path

from app.storage.database import Database
from app.storage.declared_migrations import read_declared_migrations
from app.storage.migrations import MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]


def _source() -> str:
    spec = importlib.util.find_spec("app.storage.migrations")
    return spec.loader.get_source(spec.name)


def test_the_source_reading_agrees_with_the_registered_migrations():
    declared = read_declared_migrations(_source())
    assert declared is not None
    assert declared.migration_set == MIGRATIONS.name
    assert list(declared.names) == [m.name for m in MIGRATIONS._migrations]


def test_a_name_given_to_the_decorator_is_the_migration_name():
    source = (
        'MIGRATIONS = Migrations("jalon")\n'
        "@MIGRATIONS()\ndef m001_initial(db): pass\n"
        '@MIGRATIONS(name="m002_renamed", transactional=False)\ndef second(db): pass\n'
    )
    declared = read_declared_migrations(source)
    assert declared is not None
    assert declared.migration_set == "jalon"
    assert declared.names == ("m001_initial", "m002_renamed")


def test_registrations_it_cannot_read_for_sure_give_no_answer():
    head = 'MIGRATIONS = Migrations("jalon")\n@MIGRATIONS()\ndef m001_initial(db): pass\n'
    for odd in (
        "def m002(db): pass\nMIGRATIONS()(m002)\n",  # registered by a call, not a decorator
        "NAME = 'm002'\n@MIGRATIONS(name=NAME)\ndef m002(db): pass\n",  # computed name
        "@MIGRATIONS(**{'name': 'm002'})\ndef m002(db): pass\n",
    ):
        assert read_declared_migrations(head + odd) is None
    assert read_declared_migrations("@MIGRATIONS()\ndef m001(db): pass\n") is None  # no set


def test_opening_an_up_to_date_database_does_not_load_sqlite_utils(tmp_path):
    """sqlite-utils (with pluggy, dateutil, click) is the migrations' toolkit: start-up needs
    it only when a migration is due."""
    path = tmp_path / "j.sqlite3"
    Database(path).close()  # created and migrated here
    script = (
        "import sys\nfrom pathlib import Path\nfrom app.storage.database import Database\n"
        "Database(Path(sys.argv[1])).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlite_utils', 'pluggy', 'dateutil', 'click') or m == 'app.storage.migrations'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
