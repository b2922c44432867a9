"""The exchange commands, as an auditor and a head office use them."""

from __future__ import annotations

import re

from click.testing import CliRunner

from app.cli.main import cli


def run(data_dir, *args, author="Awa", code=0):
    result = CliRunner().invoke(
        cli, ["--data-dir", str(data_dir), "--author", author, *map(str, args)]
    )
    assert result.exit_code == code, result.output
    return result.output


def key_id(output: str) -> str:
    return re.search(r"\b([0-9A-F]{16})\b", output).group(1)


def test_carry_an_audit_resolve_a_conflict_and_merge_centrally(tmp_path):
    field, office, central = tmp_path / "field", tmp_path / "office", tmp_path / "central"
    audit_id = run(field, "audit", "new", "--institution", "Caisse X").split()[2]
    run(field, "audit", "answer", audit_id, "1.1.1.1", "yes")
    created = run(field, "keys", "new", "--organisation", "Field team")
    assert "minisign public key" in created
    field_key = key_id(created)
    run(field, "keys", "export", "-o", tmp_path / "field.pub")
    run(office, "keys", "export", "-o", tmp_path / "office.pub", author="Bola")
    run(office, "keys", "trust", tmp_path / "field.pub", "--name", "Awa", author="Bola")
    run(field, "keys", "trust", tmp_path / "office.pub", "--name", "Bola")

    run(field, "package", "export", audit_id[:8], tmp_path / "p1.jalon")
    assert "signer     trusted" in run(office, "package", "verify", tmp_path / "p1.jalon")
    assert "accepted" in run(office, "package", "import", tmp_path / "p1.jalon", author="Bola")
    assert "already-present" in run(
        office, "package", "import", tmp_path / "p1.jalon", author="Bola"
    )

    run(office, "audit", "answer", audit_id, "1.1.1.1", "no", author="Bola")
    run(field, "audit", "answer", audit_id, "1.1.1.1", "partially")
    office_key = key_id(run(office, "keys", "show", author="Bola"))
    run(
        office,
        "package",
        "export",
        audit_id,
        tmp_path / "p2.jalon",
        "--encrypt-to",
        office_key,
        "--encrypt-to",
        field_key,
        author="Bola",
    )
    merged = run(field, "merge", tmp_path / "p2.jalon")
    assert "conflicts" in merged and "1 conflict(s) to resolve" in merged

    listing = run(field, "conflicts", "list")
    assert "mine:   partially" in listing and "theirs: no" in listing
    conflict = listing.splitlines()[1].split()[0]
    assert "Resolved 1.1.1.1" in run(field, "conflicts", "resolve", conflict, "--keep-theirs")
    assert "No open conflicts." in run(field, "conflicts", "list")

    run(field, "package", "export", audit_id, tmp_path / "p3.jalon")
    run(central, "keys", "trust", tmp_path / "field.pub", "--name", "Awa", author="HQ")
    out = run(
        tmp_path / "elsewhere",
        "merge",
        "--into",
        central,
        tmp_path / "p1.jalon",
        tmp_path / "p3.jalon",
        author="HQ",
    )
    assert "Merged 1 accepted, 1 updated" in out
    log = run(central, "package", "log", audit_id[:8], author="HQ")
    assert log.count("p1.jalon") == 1 and "updated" in log
    assert not (tmp_path / "elsewhere" / "jalon.sqlite3").exists()


def test_untrusted_and_revoked_signers_are_refused_or_held(tmp_path):
    field, office = tmp_path / "field", tmp_path / "office"
    audit_id = run(field, "audit", "new", "--institution", "Caisse Y").split()[2]
    run(field, "package", "export", audit_id, tmp_path / "p.jalon")
    verify = run(office, "package", "verify", tmp_path / "p.jalon", author="Bola", code=1)
    assert "Not trusted" in verify

    refused = run(office, "merge", tmp_path / "p.jalon", author="Bola", code=1)
    assert "rejected" in refused and "not in this installation's trust store" in refused
    held = run(office, "merge", "--quarantine-untrusted", tmp_path, author="Bola")
    assert "quarantined" in held
    assert "p.jalon" in run(office, "package", "quarantine", author="Bola")

    run(field, "keys", "export", "-o", tmp_path / "field.pub")
    run(office, "keys", "trust", tmp_path / "field.pub", "--name", "Awa", author="Bola")
    assert "accepted" in run(office, "merge", "--retry-quarantine", author="Bola")

    run(
        office,
        "keys",
        "revoke",
        key_id(run(field, "keys", "show")),
        "--reason",
        "lost",
        author="Bola",
    )
    listing = run(office, "keys", "list", author="Bola")
    assert "REVOKED" in listing and "lost" in listing
    out = run(office, "package", "import", tmp_path / "p.jalon", author="Bola", code=1)
    assert "revoked" in out


def test_bad_input_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(
        cli, ["--data-dir", str(tmp_path / "d"), "conflicts", "resolve", "zz", "--keep-mine"]
    )
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: no conflict 'zz'")
    (tmp_path / "bad.pub").write_text("not a key")
    result = CliRunner().invoke(
        cli,
        [
            "--data-dir",
            str(tmp_path / "d"),
            "keys",
            "trust",
            str(tmp_path / "bad.pub"),
            "--name",
            "X",
        ],
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
