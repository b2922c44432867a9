"""Packages are checkable without Jalon: the stock minisign tool and sha256sum."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest

from app.exchange.minisign_public_key import MinisignPublicKey
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_manifest import PackageManifest
from tests.audit_filler import answer_everything

MINISIGN = shutil.which("minisign")
SHA256SUM = shutil.which("sha256sum")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="the stock minisign tool is not installed (python3 dev.py test "
    "installs it with apt-get when run as root; or install the 'minisign' package)")


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

    checked = subprocess.run([MINISIGN, "-Vm", "manifest.json", "-p", "signer.pub"],
                             cwd=unpacked, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert f"audit {audit.id}" in checked.stdout  # the trusted comment names the audit

    sums = subprocess.run([SHA256SUM, "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True,
                          text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert sums.stdout.count(": OK") == 4  # audit, framework, signer key, one evidence file
    manifest = PackageManifest.from_bytes((unpacked / "manifest.json").read_bytes())
    listed = {f.path: f.sha256 for f in manifest.files}
    for line in (unpacked / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert listed[name] == digest  # the signed manifest vouches for every checked file

    (unpacked / "audit.json").write_bytes(b"{}")
    assert subprocess.run([SHA256SUM, "-c", "--quiet", "SHA256SUMS"], cwd=unpacked,
                          capture_output=True).returncode != 0


@needs_minisign
def test_signatures_of_the_stock_tool_verify_here(tmp_path):
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"format": "anything"}\n')
    subprocess.run([MINISIGN, "-G", "-W", "-p", "key.pub", "-s", "key.sec"], cwd=tmp_path,
                   check=True, capture_output=True)
    subprocess.run([MINISIGN, "-S", "-W", "-s", "key.sec", "-m", "manifest.json", "-t",
                    "made by minisign"], cwd=tmp_path, check=True, capture_output=True)
    key = MinisignPublicKey.from_text((tmp_path / "key.pub").read_text())
    signature = MinisignSignature.parse((tmp_path / "manifest.json.minisig").read_bytes())
    assert signature.trusted_comment == "made by minisign"
    assert signature.verify(message.read_bytes(), key)
    assert not signature.verify(message.read_bytes() + b" ", key)
