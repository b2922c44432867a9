"""manifest.json: what a package holds, who signed it, and the SHA-256 and size of each file.

The manifest is the only file that is signed; every other file is bound to it by its hash.
Reading one is strict: wrong types, missing fields, bad paths or hashes are refused with a
message naming the field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, TypeGuard

from app.exchange.exchange_error import PackageError
from app.exchange.strict_json import StrictJson

FORMAT_NAME = "jalon-audit-package"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_TEXT = 500

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
SIGNER_KEY = "signer.pub"
SUMS = "SHA256SUMS"
AUDIT = "audit.json"
FRAMEWORK = "framework.json"
EVIDENCE_PREFIX = "evidence/"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CONTENT_PATH = re.compile(
    r"^(signer\.pub|SHA256SUMS|audit\.json|framework\.json|"
    r"evidence/[0-9a-f]{64})$"
)
_KEY_ID = re.compile(r"^[0-9A-F]{16}$")


def is_sha256(text: object) -> TypeGuard[str]:
    return isinstance(text, str) and bool(_SHA256.match(text))


def is_content_path(path: str) -> bool:
    """A file a package may hold besides the manifest and its signature."""
    return bool(_CONTENT_PATH.match(path))


@dataclass(frozen=True)
class ManifestFile:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class PackageManifest:
    package_id: str
    created_at: str
    app_version: str
    audit_id: str
    institution: str
    audit_status: str
    framework_id: str
    framework_version: str
    framework_hash: str
    signer_key_id: str
    signer_name: str
    signer_organisation: str
    files: tuple[ManifestFile, ...]
    format_version: int = FORMAT_VERSION

    def file(self, path: str) -> ManifestFile | None:
        return next((f for f in self.files if f.path == path), None)

    def trusted_comment(self) -> str:
        # Shown by `minisign -V`: names what was signed, so a signature cannot pass for another.
        return (
            f"jalon package {self.package_id} audit {self.audit_id} "
            f"framework {self.framework_hash[:16]} signed {self.created_at}"
        )

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "audit": {
                "id": self.audit_id,
                "institution": self.institution,
                "status": self.audit_status,
            },
            "framework": {
                "id": self.framework_id,
                "version": self.framework_version,
                "hash": self.framework_hash,
            },
            "signer": {
                "key_id": self.signer_key_id,
                "name": self.signer_name,
                "organisation": self.signer_organisation,
            },
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
        }
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> PackageManifest:
        if len(data) > MAX_MANIFEST_BYTES:
            raise _invalid("it is larger than {limit} bytes", limit=MAX_MANIFEST_BYTES)
        document = StrictJson(MANIFEST).loads(data)
        if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
            raise PackageError(
                "unknown-format",
                "this is not a Jalon audit package: its "
                "manifest does not declare the format {name}",
                name=FORMAT_NAME,
            )
        version = document.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _invalid("format_version must be a positive whole number")
        if version > FORMAT_VERSION:
            raise PackageError(
                "format-too-new",
                "the package uses format version {version}, "
                "newer than this Jalon understands ({known}); update Jalon to "
                "read it",
                version=version,
                known=FORMAT_VERSION,
            )
        audit = _section(document, "audit")
        framework = _section(document, "framework")
        signer = _section(document, "signer")
        files = document.get("files")
        if not isinstance(files, list):
            raise _invalid("'files' must be a list")
        manifest = cls(
            package_id=_text(document, "package_id"),
            created_at=_text(document, "created_at"),
            app_version=_text(document, "app_version"),
            audit_id=_text(audit, "id", "audit.id"),
            institution=_text(audit, "institution", "audit.institution"),
            audit_status=_text(audit, "status", "audit.status"),
            framework_id=_text(framework, "id", "framework.id"),
            framework_version=_text(framework, "version", "framework.version"),
            framework_hash=_text(framework, "hash", "framework.hash"),
            signer_key_id=_text(signer, "key_id", "signer.key_id"),
            signer_name=_text(signer, "name", "signer.name"),
            signer_organisation=_text(
                signer, "organisation", "signer.organisation", allow_empty=True
            ),
            files=tuple(_file(entry, index) for index, entry in enumerate(files)),
            format_version=version,
        )
        if not is_sha256(manifest.framework_hash):
            raise _invalid("framework.hash is not a SHA-256")
        if not _KEY_ID.match(manifest.signer_key_id):
            raise _invalid("signer.key_id is not a key id (16 hexadecimal digits)")
        paths = [f.path for f in manifest.files]
        duplicates = sorted({p for p in paths if paths.count(p) > 1})
        if duplicates:
            raise _invalid("it lists {path} twice", path=duplicates[0])
        for required in (SIGNER_KEY, SUMS, AUDIT, FRAMEWORK):
            if required not in paths:
                raise _invalid("it does not list {path}", path=required)
        return manifest


def _invalid(detail: str, **params: object) -> PackageError:
    return PackageError(
        "manifest-invalid", "the package manifest is invalid: " + detail, False, **params
    )


def _section(document: dict[str, Any], name: str) -> dict[str, Any]:
    section = document.get(name)
    if not isinstance(section, dict):
        raise _invalid("'{field}' must be an object", field=name)
    return section


def _text(
    section: dict[str, Any], key: str, label: str | None = None, allow_empty: bool = False
) -> str:
    value = section.get(key)
    if not isinstance(value, str) or (not value and not allow_empty) or len(value) > MAX_TEXT:
        raise _invalid(
            "'{field}' must be a text of 1 to {n} characters", field=label or key, n=MAX_TEXT
        )
    return value


def _file(entry: object, index: int) -> ManifestFile:
    if not isinstance(entry, dict):
        raise _invalid("files[{index}] must be an object", index=index)
    path, sha256, size = entry.get("path"), entry.get("sha256"), entry.get("size")
    if not isinstance(path, str) or not is_content_path(path):
        raise _invalid(
            "files[{index}] has a path that no package may hold: {path!r}", index=index, path=path
        )
    if not is_sha256(sha256):
        raise _invalid("files[{index}] ({path}) has no valid sha256", index=index, path=path)
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise _invalid("files[{index}] ({path}) has no valid size", index=index, path=path)
    return ManifestFile(path, sha256, size)
