"""Writing a package: build the files, sign the manifest, zip, optionally encrypt, write
atomically, then read the file back from the medium and verify it (USB sticks lie).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.exchange.exchange_error import PackageError
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_content import PackageContent
from app.exchange.package_encryption import PackageEncryption
from app.exchange.package_manifest import (
    AUDIT,
    EVIDENCE_PREFIX,
    FRAMEWORK,
    MANIFEST,
    SIGNATURE,
    SIGNER_KEY,
    SUMS,
    ManifestFile,
    PackageManifest,
)
from app.exchange.package_reader import PackageReader, sums_text
from app.exchange.signing_key import SigningKey
from app.exchange.zip_inspector import PackageLimits
from app.models.errors import JalonError
from app.models.framework import Framework

_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line ends


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    manifest: PackageManifest
    sha256: str
    size: int
    encrypted: bool


class PackageWriter:
    def __init__(
        self, key: SigningKey, signer_name: str, signer_organisation: str, app_version: str
    ):
        self._key = key
        self._signer_name = signer_name
        self._signer_organisation = signer_organisation
        self._app_version = app_version
        # The canonical JSON of a framework takes longer to build than a whole package
        # otherwise; a writer that signs many packages builds it once per framework.
        self._framework_json: dict[str, bytes] = {}

    def build(
        self,
        content: PackageContent,
        framework: Framework,
        evidence: dict[str, bytes],
        created_at: str,
        package_id: str | None = None,
    ) -> tuple[PackageManifest, bytes]:
        """The package as zip bytes, signed."""
        audit = content.audit
        files: dict[str, bytes] = {
            SIGNER_KEY: self._key.public.to_text(self._signer_name).encode("utf-8"),
            AUDIT: content.to_bytes(),
            # The canonical form, whose SHA-256 is the framework hash: checking one checks both.
            FRAMEWORK: self._canonical(framework),
        }
        for link in content.evidence:
            files[EVIDENCE_PREFIX + link.sha256] = evidence[link.sha256]
        digests = {path: hashlib.sha256(data).hexdigest() for path, data in files.items()}
        files[SUMS] = sums_text(digests).encode("utf-8")
        digests[SUMS] = hashlib.sha256(files[SUMS]).hexdigest()
        manifest = PackageManifest(
            package_id=package_id or str(uuid.uuid4()),
            created_at=created_at,
            app_version=self._app_version,
            audit_id=audit.id,
            institution=audit.institution,
            audit_status=audit.status.value,
            framework_id=framework.id,
            framework_version=framework.version,
            framework_hash=framework.content_hash,
            signer_key_id=self._key.key_id_hex,
            signer_name=self._signer_name,
            signer_organisation=self._signer_organisation,
            files=tuple(ManifestFile(p, digests[p], len(files[p])) for p in sorted(files)),
        )
        manifest_bytes = manifest.to_bytes()
        signature = MinisignSignature.create(self._key, manifest_bytes, manifest.trusted_comment())
        entries = [
            (MANIFEST, manifest_bytes),
            (SIGNATURE, signature.to_text().encode("utf-8")),
            *sorted(files.items()),
        ]
        stamp = _zip_time(created_at)
        zipped = _zipped(entries, stamp, stored=frozenset())
        # An entry that deflates further than a reader believes of an honest file (an evidence
        # file of zeros; a long comment repeated in each revision of its history) would make
        # every receiver refuse the package as a zip bomb: it is stored uncompressed instead.
        with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
            stored = frozenset(
                info.filename
                for info in archive.infolist()
                if PackageLimits().expands_like_a_bomb(info.file_size, info.compress_size)
            )
        if stored:
            zipped = _zipped(entries, stamp, stored)
        return manifest, zipped

    def _canonical(self, framework: Framework) -> bytes:
        if framework.content_hash not in self._framework_json:
            self._framework_json[framework.content_hash] = framework.canonical_json().encode(
                "utf-8"
            )
        return self._framework_json[framework.content_hash]

    def write(
        self,
        target: Path,
        content: PackageContent,
        framework: Framework,
        evidence: dict[str, bytes],
        created_at: str,
        recipients: list[str] | None = None,
    ) -> WrittenPackage:
        manifest, data = self.build(content, framework, evidence, created_at)
        # Check what we built exactly as a receiver would, before it leaves this machine.
        try:
            PackageReader(trust=None, known_framework=lambda _h: framework).read(data)
        except PackageError as error:
            raise _local_value_refused(error, content) from None
        if recipients:
            data = PackageEncryption().encrypt(data, recipients)
        _write_atomically(target, data)
        if _read_from_medium(target) != data:
            target.unlink(missing_ok=True)
            raise JalonError(
                "the package written to {file} reads back differently (the disk or "
                "stick may be failing); it was removed — try another place",
                file=str(target),
            )
        return WrittenPackage(
            target, manifest, hashlib.sha256(data).hexdigest(), len(data), bool(recipients)
        )


def _local_value_refused(error: PackageError, content: PackageContent) -> JalonError:
    """The writer's own check refused a value that came from this computer's database, not
    from any package: say so, name the revision, and point to the backups (a stored value
    that fits no choice is most likely damaged on disk)."""
    if error.kind != "answer-invalid":
        return error
    index = int(str(error.params["where"]).removeprefix("revisions[").removesuffix("]"))
    return JalonError(
        "the audit {audit} recorded here holds, for question {indicator} (revision "
        "{revision}), the value {value}, which cannot be exported: the question takes "
        "{expected}. The stored value may be damaged; 'jalon backup list' shows the backups "
        "and 'jalon backup restore' brings one back",
        audit=content.audit.id,
        indicator=error.params["indicator"],
        revision=content.revisions[index].id,
        value=error.params["value"],
        expected=error.params["expected"],
    )


def _zipped(
    entries: list[tuple[str, bytes]],
    stamp: tuple[int, int, int, int, int, int],
    stored: frozenset[str],
) -> bytes:
    """The zip of `entries`, in order, deflated except the entries named in `stored`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16  # a plain file, readable by all
            archive.writestr(info, data)
    return buffer.getvalue()


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    try:
        moment = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError:
        raise PackageError(
            "manifest-invalid", "the creation time {value!r} is not a timestamp", value=created_at
        ) from None
    return (
        max(moment.year, 1980),
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )


def _write_atomically(target: Path, data: bytes) -> None:
    """Temporary file, fsync, rename, fsync of the folder: the package is whole or absent."""
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(partial, target)
        if os.name == "posix":
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except OSError as error:
        # Clean up if we can; when the "folder" is really a file there is nothing to remove.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise JalonError(
            "cannot write the package to {file}: {reason}",
            file=str(target),
            reason=error.strerror or error,
        ) from error


def _read_from_medium(path: Path) -> bytes:
    descriptor = os.open(path, os.O_RDONLY | _BINARY)
    try:
        if hasattr(os, "posix_fadvise"):
            # Drop the cached pages so the read below comes from the medium, not from memory.
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as error:
        raise JalonError(
            "the package written to {file} cannot be read back: {reason}",
            file=str(path),
            reason=error.strerror or error,
        ) from error
    finally:
        os.close(descriptor)
