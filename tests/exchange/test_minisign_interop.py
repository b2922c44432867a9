"""Packages are checkable without Jalon: the stock minisign tool and sha256sum."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.exchange.minisign_public_key import MinisignPublicKey
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_manifest import PackageManifest
from app.exchange.signing_key import SigningKey
from tests.audit_filler import answer_everything
from tests.exchange import hostile_corpus as corpus

MINISIGN = shutil.which("minisign")
SHA256SUM = shutil.which("sha256sum")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None,
    reason="the stock minisign tool is not installed (python3 dev.py test "
    "installs it with apt-get when run as root; or install the 'minisign' package)",
)


@needs_minisign
@pytest.mark.skipif(SHA256SUM is None, reason="sha256sum (GNU coreutils) is not installed")
def test_stock_tools_verify_an_exported_package(make_site, tmp_path, default_framework):
    site = make_site("field")
    audit = site.audits.create(default_framework, "Caisse du Sahel", "NE")
    session = site.audits.open(audit.id)
    answer_everything(session)
    evidence = tmp_path / "minutes.txt"
    evidence.write_text("Board minutes, 2025")
    session.attach_evidence(next(iter(default_framework.indicators)), evidence)
    package = tmp_path / "audit.jalon"
    site.packages.export(session.audit, package)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(unpacked)

    checked = subprocess.run(
        [MINISIGN, "-Vm", "manifest.json", "-p", "signer.pub"],
        cwd=unpacked,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert f"audit {audit.id}" in checked.stdout  # the trusted comment names the audit

    sums = subprocess.run(
        [SHA256SUM, "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert sums.stdout.count(": OK") == 4  # audit, framework, signer key, one evidence file
    manifest = PackageManifest.from_bytes((unpacked / "manifest.json").read_bytes())
    listed = {f.path: f.sha256 for f in manifest.files}
    for line in (unpacked / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert listed[name] == digest  # the signed manifest vouches for every checked file

    (unpacked / "audit.json").write_bytes(b"{}")
    assert (
        subprocess.run(
            [SHA256SUM, "-c", "--quiet", "SHA256SUMS"], cwd=unpacked, capture_output=True
        ).returncode
        != 0
    )


@needs_minisign
def test_signatures_of_the_stock_tool_verify_here(tmp_path):
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"format": "anything"}\n')
    subprocess.run(
        [MINISIGN, "-G", "-W", "-p", "key.pub", "-s", "key.sec"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [MINISIGN, "-S", "-W", "-s", "key.sec", "-m", "manifest.json", "-t", "made by minisign"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    key = MinisignPublicKey.from_text((tmp_path / "key.pub").read_text())
    signature = MinisignSignature.parse((tmp_path / "manifest.json.minisig").read_bytes())
    assert signature.trusted_comment == "made by minisign"
    assert signature.verify(message.read_bytes(), key)
    assert not signature.verify(message.read_bytes() + b" ", key)


DOCS = Path(__file__).resolve().parents[2] / "docs" / "exchange.md"
DOCUMENTED = "<!-- run verbatim by tests/exchange/test_minisign_interop.py -->"


def documented_procedure() -> str:
    """The third-party check of docs/exchange.md: the `$ ` lines of the block after the
    marker, as one shell script that stops at the first failing command."""
    text = DOCS.read_text(encoding="utf-8")
    block = text[text.index(DOCUMENTED) :].split("```")[1]
    commands = [line[2:] for line in block.splitlines() if line.startswith("$ ")]
    assert len(commands) >= 3 and any('-P "$SIGNER_KEY"' in c for c in commands)
    return "set -e\n" + "\n".join(commands) + "\n"


def run_procedure(folder: Path, signer_key: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-c", documented_procedure()],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "SIGNER_KEY": signer_key},
    )


@needs_minisign
@pytest.mark.skipif(
    shutil.which("unzip") is None or SHA256SUM is None,
    reason="unzip or sha256sum is not installed (dev.py installs unzip as root)",
)
def test_the_documented_check_accepts_the_signers_package_and_refuses_a_re_signed_one(
    make_site, tmp_path, default_framework
):
    """docs/exchange.md told a third party to compare the key id printed in signer.pub:
    that line is written by whoever made the package, so a package re-signed by another key
    passed. The procedure now checks against the key received out of band."""
    site = make_site("field")
    audit = site.audits.create(default_framework, "Caisse du Sahel", "NE")
    answer_everything(site.audits.open(audit.id))
    genuine = tmp_path / "genuine"
    genuine.mkdir()
    site.packages.export(site.audits.get(audit.id), genuine / "audit.jalon")
    out_of_band = site.keys.public_key_text(site.keys.current()).splitlines()[1]

    accepted = run_procedure(genuine, out_of_band)
    assert accepted.returncode == 0, accepted.stderr
    assert "Signature and comment signature verified" in accepted.stdout
    assert f"audit {audit.id}" in accepted.stdout
    assert ": OK" in accepted.stdout and "FAILED" not in accepted.stdout

    # A forger changes an answer, puts their own key in signer.pub and re-signs everything.
    forger = SigningKey.generate()
    items = corpus.entries((genuine / "audit.jalon").read_bytes())
    document = json.loads(dict(items)["audit.json"])
    document["revisions"][0]["value"] = (
        "no" if document["revisions"][0]["value"] != "no" else ("yes")
    )
    items = corpus.replace(items, "audit.json", json.dumps(document).encode())
    items = corpus.replace(items, "signer.pub", forger.public.to_text("Field").encode())
    forged = tmp_path / "forged"
    forged.mkdir()
    (forged / "audit.jalon").write_bytes(
        corpus.build(
            corpus.resign(items, forger, lambda m: m["signer"].update(key_id=forger.key_id_hex))
        )
    )

    refused = run_procedure(forged, out_of_band)
    assert refused.returncode != 0
    assert "Signature and comment signature verified" not in refused.stdout
    # What the old procedure did: check against the package's own signer.pub. It passes.
    shortcut = subprocess.run(
        [MINISIGN, "-Vm", "manifest.json", "-p", "signer.pub"],
        cwd=forged / "audit",
        capture_output=True,
        text=True,
    )
    assert shortcut.returncode == 0 and "signature verified" in shortcut.stdout
