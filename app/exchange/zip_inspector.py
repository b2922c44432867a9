"""The zip layer of a package, read as hostile input: every entry is checked before any byte
is used, and nothing is ever extracted to disk.

Refused: files that are not zips or are cut short, too many or too large entries, absolute
paths, "..", links, duplicate names, encrypted or exotically compressed entries, names a
package never holds, and entries whose compression ratio betrays a zip bomb.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass

from app.boundary.regular_file import FileRefused
from app.boundary.zip_directory import ZipDirectory
from app.exchange.exchange_error import PackageError
from app.exchange.package_manifest import MANIFEST, SIGNATURE, is_content_path
from app.exchange.verified_entry_cache import VerifiedEntryCache

ZIP_MAGIC = b"PK\x03\x04"
_END_SIGNATURE = b"PK\x05\x06"
_END_RECORD_BYTES = 22  # without a comment: Jalon writes none
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class PackageLimits:
    max_package_bytes: int = 512 * 1024 * 1024
    max_entries: int = 10_000
    max_entry_bytes: int = 64 * 1024 * 1024  # evidence files are at most 50 MB
    max_total_bytes: int = 512 * 1024 * 1024
    max_ratio: int = 200  # JSON compresses about 5 to 20 times; 200 is no honest file
    ratio_floor: int = 1024 * 1024  # small entries cannot do harm whatever their ratio

    def expands_like_a_bomb(self, size: int, compressed_size: int) -> bool:
        """Whether an entry of `size` bytes stored in `compressed_size` is refused as a zip
        bomb (PackageWriter stores such an entry uncompressed instead)."""
        return size > self.ratio_floor and size > self.max_ratio * max(compressed_size, 1)


class ZipInspector:
    def __init__(
        self, limits: PackageLimits | None = None, cache: VerifiedEntryCache | None = None
    ):
        self.limits = limits or PackageLimits()
        self._cache = cache

    def entries(self, data: bytes) -> dict[str, bytes]:
        limits = self.limits
        if len(data) > limits.max_package_bytes:
            raise PackageError(
                "too-large",
                "the package is {size} MB, more than the {limit} MB a package may hold",
                size=len(data) // 1_000_000,
                limit=limits.max_package_bytes // 1_000_000,
            )
        if not data.startswith(ZIP_MAGIC):
            raise PackageError(
                "not-a-zip", "this file is not a Jalon package (it is not a zip archive)"
            )
        try:  # before zipfile builds an object for every entry its directory lists
            ZipDirectory.bound(data, limits.max_entries)
        except FileRefused as error:
            raise PackageError.refused(error) from None
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        # NotImplementedError: a damaged directory claims a zip version or a compression
        # method zipfile does not know.
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as error:
            raise PackageError(
                "damaged",
                "the package is damaged or incomplete (was the copy cut short?): {reason}",
                reason=error,
            ) from None
        _check_nothing_added(data, archive)
        if len(infos) > limits.max_entries:
            raise PackageError(
                "too-many-entries",
                "the package holds {count} files, more than {limit}",
                count=len(infos),
                limit=limits.max_entries,
            )
        seen: set[str] = set()
        total = 0
        for info in infos:
            self._check(info, seen)
            seen.add(info.filename)
            total += info.file_size
            if total > limits.max_total_bytes:
                raise PackageError(
                    "too-large",
                    "the files in the package add up to more than {limit} MB",
                    limit=limits.max_total_bytes // 1_000_000,
                )
        result: dict[str, bytes] = {}
        cache = self._cache
        for info in infos:
            known = cache.content(data, info) if cache is not None else None
            if known is not None:
                result[info.filename] = known
                continue
            try:
                content = archive.read(info)
            except (
                zipfile.BadZipFile,
                zlib.error,
                EOFError,
                ValueError,
                OSError,
                NotImplementedError,
            ) as error:
                raise PackageError(
                    "damaged",
                    "the package is damaged: {name} cannot be read ({reason})",
                    name=info.filename,
                    reason=error,
                ) from None
            if len(content) != info.file_size:
                raise PackageError(
                    "damaged",
                    "the package is damaged: {name} does not have the size its zip entry declares",
                    name=info.filename,
                )
            if cache is not None:
                cache.remember(data, info, content)
            result[info.filename] = content
        return result

    def _check(self, info: zipfile.ZipInfo, seen: set[str]) -> None:
        name, limits = info.filename, self.limits
        if name.startswith(("/", "\\")) or _DRIVE.match(name):
            raise PackageError(
                "absolute-path",
                "the package holds an entry with an absolute path ({name}); a package never does",
                name=name,
            )
        if ".." in re.split(r"[/\\]", name):
            raise PackageError(
                "path-traversal",
                "the package holds an entry that climbs out of its folder ({name})",
                name=name,
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError(
                "link-entry",
                "the package holds a link ({name}); a package holds only plain files",
                name=name,
            )
        if name in seen:
            raise PackageError("duplicate-entry", "the package holds {name} twice", name=name)
        if name not in (MANIFEST, SIGNATURE) and not is_content_path(name):
            raise PackageError(
                "unexpected-entry",
                "the package holds {name}, which no Jalon package has",
                name=name,
            )
        if info.flag_bits & 0x1:
            raise PackageError(
                "encrypted-entry",
                "the package holds a password-protected entry ({name})",
                name=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(
                "unsupported-compression",
                "{name} in the package uses a compression method Jalon does not read",
                name=name,
            )
        if info.file_size > limits.max_entry_bytes:
            raise PackageError(
                "entry-too-large",
                "{name} in the package is {size} MB, more than the {limit} MB allowed",
                name=name,
                size=info.file_size // 1_000_000,
                limit=limits.max_entry_bytes // 1_000_000,
            )
        if limits.expands_like_a_bomb(info.file_size, info.compress_size):
            raise PackageError(
                "compression-ratio",
                "{name} in the package expands {ratio} "
                "times when unpacked: this is how zip bombs work, so the package "
                "is refused",
                name=name,
                ratio=info.file_size // max(info.compress_size, 1),
            )


def _check_nothing_added(data: bytes, archive: zipfile.ZipFile) -> None:
    """A package is a zip archive and nothing else: bytes before its first entry (a decoy
    archive in front) or after its end record (appended data, a zip comment) are read by
    some tools and skipped by others, so the package could mean two things."""
    end = data.rfind(_END_SIGNATURE)
    after = len(data) - (end + _END_RECORD_BYTES)
    if after:
        raise PackageError(
            "added-data",
            "the package has {count} bytes after the end of its "
            "zip archive (added after it was written?)",
            count=after,
        )
    recorded_start = int.from_bytes(data[end + 16 : end + 20], "little")
    if archive.start_dir != recorded_start:
        raise PackageError(
            "added-data",
            "the package has {count} bytes before the start of "
            "its zip archive (added after it was written?)",
            count=archive.start_dir - recorded_start,
        )
