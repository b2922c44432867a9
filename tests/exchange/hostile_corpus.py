"""Builders of hostile packages: a valid package taken apart and put back together wrong."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import warnings
import zipfile

from app.exchange.minisign_signature import MinisignSignature
from app.exchange.signing_key import SigningKey


def entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def build(items: list[tuple[str, bytes]], links: tuple[str, ...] = ()) -> bytes:
    """A zip of `items`, in order, duplicates and odd names allowed; `links` are symlinks."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in items:
                info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                mode = (stat.S_IFLNK | 0o777) if name in links else (stat.S_IFREG | 0o644)
                info.external_attr = mode << 16
                archive.writestr(info, content)
    return buffer.getvalue()


def replace(items: list[tuple[str, bytes]], name: str, content: bytes) -> list[tuple[str, bytes]]:
    return [(n, content if n == name else c) for n, c in items]


def flip_last_byte(content: bytes) -> bytes:
    return content[:-2] + bytes([content[-2] ^ 0x01]) + content[-1:]


def resign(items: list[tuple[str, bytes]], key: SigningKey, change) -> list[tuple[str, bytes]]:
    """Recompute SHA256SUMS and the manifest's file list as a careful forger would, edit the
    manifest with `change(dict)`, and sign it with `key`."""
    contents = dict(items)
    listed = [n for n, _ in items if n not in ("manifest.json", "manifest.json.minisig")]
    contents["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(contents[n]).hexdigest()}  {n}\n"
        for n in sorted(listed) if n != "SHA256SUMS").encode()
    items = replace(items, "SHA256SUMS", contents["SHA256SUMS"])
    manifest = json.loads(contents["manifest.json"])
    manifest["files"] = [{"path": n, "sha256": hashlib.sha256(contents[n]).hexdigest(),
                          "size": len(contents[n])} for n in sorted(listed)]
    change(manifest)
    data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    comment = (f"jalon package {manifest['package_id']} audit {manifest['audit']['id']} "
               f"framework {manifest['framework']['hash'][:16]} signed {manifest['created_at']}")
    signature = MinisignSignature.create(key, data, comment).to_text().encode("utf-8")
    return replace(replace(items, "manifest.json", data), "manifest.json.minisig", signature)
