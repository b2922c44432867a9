"""Private keys never leave their encrypted key file: not in packages (plain or encrypted),
reports, fill-in workbooks, databases, backups, WAL files or logs; and key files are owner-only
and never hold the secret in clear.

Two sites exchange packages with real keys; everything they write is then searched for the
secret in every form it could leak: the raw 32-byte Ed25519 seed, the 40-byte secret (seed and
key id), their hex and base64 (standard and URL-safe, with or without padding), the OpenSSH
private key text, any PEM private-key marker, and the key passphrase itself. Zip files
(packages, .xlsx) are searched entry by entry, PDF content streams after decompression, and
an encrypted package after decryption by its recipient.
"""

from __future__ import annotations

import base64
import io
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

import pytest

from app.composition import Application
from app.exchange.exchange_error import SigningKeyError
from app.exchange.key_file import KeyFile
from app.exchange.package_encryption import PackageEncryption
from app.exchange.signing_key import SigningKey
from app.paths import AppPaths
from app.services.key_service import PASSPHRASE_ENV
from app.services.report_service import ReportService
from tests.jalon_cli import jalon_process

PASSPHRASE = "a long passphrase for the field key"
PEM_MARKERS = (b"PRIVATE KEY", b"BEGIN OPENSSH", b"untrusted comment: minisign encrypted")


def _needles(key: SigningKey) -> dict[str, bytes]:
    secret = key.secret_bytes()
    seed = secret[:32]
    found = {"seed": seed, "secret": secret, "passphrase": PASSPHRASE.encode()}
    for name, raw in (("seed", seed), ("secret", secret)):
        found[f"{name} hex"] = raw.hex().encode()
        found[f"{name} HEX"] = raw.hex().upper().encode()
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            found[f"{name} {encode.__name__}"] = encode(raw).rstrip(b"=")
    body = b"".join(key.openssh_private().splitlines()[1:-1])
    found["openssh body"] = body[20:80]  # a stretch of the base64 that holds the key
    return found


def _layers(data: bytes, depth: int = 0) -> list[bytes]:
    """The bytes themselves and what they hold: zip entries, decompressed PDF streams."""
    layers = [data]
    if depth > 2:
        return layers
    if data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                layers += _layers(archive.read(info), depth + 1)
    if data.startswith(b"%PDF"):
        # The end of line before `endstream` may be \r\n: its \r stays with the stream, which
        # a decompressor object ignores once the data ends (a compressed stream may itself end
        # with the byte \r, which a pattern taking \r?\n would cut off).
        for stream in re.findall(rb"stream\r?\n(.*?)\nendstream", data, re.S):
            try:
                layers.append(zlib.decompressobj().decompress(stream))
            except zlib.error:
                layers.append(stream)
    return layers


def _leaks(path: Path, needles: dict[str, bytes]) -> list[str]:
    found = []
    for layer in _layers(path.read_bytes()):
        found += [f"{path.name}: {name}" for name, needle in needles.items() if needle in layer]
        found += [f"{path.name}: {marker.decode()}" for marker in PEM_MARKERS if marker in layer]
    return found


@pytest.fixture
def sites(tmp_path, catalog, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    made = {}
    for name in ("field", "office"):
        app = Application(AppPaths(tmp_path / name), author=name.title())
        app.catalog = catalog
        made[name] = app
    yield made
    for app in made.values():
        app.close()


def _jalon(data_dir: Path, *args: str, passphrase: str = PASSPHRASE):
    # A real process: the keyring backend and the passphrase come from its environment.
    return jalon_process(
        data_dir,
        *args,
        check=False,
        env={PASSPHRASE_ENV: passphrase, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )


def test_no_key_material_in_anything_jalon_writes(sites, tmp_path):
    field, office = sites["field"], sites["office"]
    field_info, field_key = field.keys.signing_key()
    office_info, office_key = office.keys.signing_key()
    field.trust.trust(office.keys.public_key_text(office_info), office_info.name, "Network")
    office.trust.trust(field.keys.public_key_text(field_info), field_info.name, "Network")

    audit = field.audits.create(field.catalog.default(), "Caisse de Test", "SN")
    session = field.audits.open(audit.id)
    for indicator in list(session.framework.iter_indicators())[:40]:
        if indicator.is_select:
            session.answer(indicator.name, indicator.choices[0].name)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Board minutes")
    session.attach_evidence(next(iter(session.answers)), minutes)
    out = tmp_path / "out"
    plain = field.packages.export(session.audit, out / "plain.jalon").path
    sealed = field.packages.export(
        session.audit, out / "sealed.jalon", encrypt_to=[office_info.key_id]
    ).path
    reports = ReportService(field.store, field.audits)
    reports.write_pdf(audit.id, out / "report.pdf")
    reports.write_xlsx(audit.id, out / "report.xlsx")
    reports.export_workbook(audit.id, out / "fill-in.xlsx")
    field.backups.create()
    office.merges.merge([plain, sealed])
    field.close()
    office.close()
    # The command line too, including a failed unlock, so that the logs have something to say.
    assert _jalon(field.paths.data_dir, "keys", "list").returncode == 0
    assert (
        _jalon(field.paths.data_dir, "keys", "export", "-o", str(out / "field.pub")).returncode == 0
    )
    assert _jalon(field.paths.data_dir, "package", "verify", str(plain)).returncode == 0
    wrong = _jalon(
        field.paths.data_dir,
        "package",
        "export",
        audit.id,
        str(out / "x.jalon"),
        passphrase="not the right passphrase",
    )
    assert wrong.returncode != 0 and "passphrase" in wrong.stderr
    assert _jalon(office.paths.data_dir, "backup", "create").returncode == 0

    decrypted = PackageEncryption().decrypt(sealed.read_bytes(), [office_key], 10**9)
    (out / "sealed-decrypted.zip").write_bytes(decrypted)
    needles = {**_needles(field_key), **{f"office {k}": v for k, v in _needles(office_key).items()}}
    key_files = {p for site in (field, office) for p in site.paths.keys.glob("*.key")}
    written = [
        p
        for root in (field.paths.data_dir, office.paths.data_dir, out)
        for p in root.rglob("*")
        if p.is_file() and p not in key_files
    ]
    assert {p.suffix for p in written} >= {".jalon", ".pdf", ".xlsx", ".sqlite3", ".log", ".pub"}
    leaks = [leak for path in written for leak in _leaks(path, needles)]
    assert leaks == []


def test_key_files_are_owner_only_and_encrypted(sites):
    field = sites["field"]
    info, key = field.keys.signing_key()
    (key_file,) = field.paths.keys.glob("*.key")
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(field.paths.keys.stat().st_mode) & 0o077 == 0
    needles = _needles(key)
    assert [name for name, needle in needles.items() if needle in key_file.read_bytes()] == []
    assert KeyFile(key_file).protection() == "passphrase"
    with pytest.raises(SigningKeyError, match="wrong passphrase"):
        KeyFile(key_file).read("not the right passphrase")
    assert KeyFile(key_file).read(PASSPHRASE).secret_bytes() == key.secret_bytes()


def test_a_key_file_whose_permissions_were_widened_is_tightened(sites):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    field = sites["field"]
    field.keys.signing_key()
    (key_file,) = field.paths.keys.glob("*.key")
    key_file.chmod(0o644)  # a copy tool or an archive did this
    KeyFile(key_file).read(PASSPHRASE)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_the_search_finds_a_planted_key(tmp_path):
    """The scan above is only worth its silence if it finds a key where one was put."""
    key = SigningKey.generate()
    needles = _needles(key)
    planted = {
        "inside.xlsx": ("xl/sharedStrings.xml", base64.b64encode(key.secret_bytes())),
        "inside.jalon": ("audit.json", key.secret_bytes().hex().encode()),
    }
    for name, (entry, secret) in planted.items():
        with zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(entry, b"<t>" + secret + b"</t>")
    (tmp_path / "jalon.log").write_bytes(b"INFO unlocked " + key.openssh_private())
    stream = zlib.compress(b"BT (" + base64.urlsafe_b64encode(key.secret_bytes()[:32]) + b") ET")
    (tmp_path / "report.pdf").write_bytes(
        b"%PDF-1.7\n1 0 obj\nstream\n" + stream + b"\nendstream\n"
    )
    for path in tmp_path.iterdir():
        assert _leaks(path, needles), path.name
