"""`jalon backup list|create|restore`, run as a user runs them, on a deliberately damaged file."""

from __future__ import annotations

from pathlib import Path

from tests.jalon_cli import jalon
from tests.reliability.damage import damage_table


def test_a_damaged_database_is_restored_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    audit_id = jalon(data, "audit", "new", "--institution", "Caisse de Kolda").stdout.split()[2]
    jalon(data, "audit", "answer", audit_id, "1.1.1.1", "yes")
    created = jalon(data, "backup", "create")
    assert "Backup written" in created.stdout
    jalon(data, "audit", "answer", audit_id, "1.1.1.2", "no")
    damage_table(data / "jalon.sqlite3")
    damaged = (data / "jalon.sqlite3").read_bytes()

    broken = jalon(data, "audit", "show", audit_id, check=False)
    assert broken.returncode == 1
    assert "is damaged" in broken.stderr and "Traceback" not in broken.stderr

    listed = jalon(data, "backup", "list").stdout
    assert "-manual.sqlite3" in listed and "1 audit(s)" in listed

    refused = jalon(data, "backup", "restore", input_text="n\n", check=False)
    assert refused.returncode == 1 and (data / "jalon.sqlite3").read_bytes() == damaged
    assert "cannot be counted" in refused.stdout  # what is lost is said before asking

    restored = jalon(data, "backup", "restore", "--yes")
    assert "Restored jalon-" in restored.stdout
    kept = Path(restored.stdout.split("kept in ")[1].strip())
    assert kept.read_bytes() == damaged  # the damaged file is kept, never deleted

    shown = jalon(data, "audit", "show", audit_id).stdout
    assert "1.1.1.1    yes" in shown and "1.1.1.2" not in shown


def test_restore_by_name_and_unknown_names(tmp_path):
    data = tmp_path / "data"
    jalon(data, "audit", "new", "--institution", "Caisse de Kolda")
    name = jalon(data, "backup", "create").stdout.split("/")[-1].split()[0]
    result = jalon(data, "backup", "restore", name, "--yes")
    assert f"Restored {name}" in result.stdout
    assert "no change newer than this backup" in result.stdout
    missing = jalon(data, "backup", "restore", "jalon-nothing.sqlite3", "--yes", check=False)
    assert missing.returncode == 1 and "no backup 'jalon-nothing.sqlite3'" in missing.stderr
