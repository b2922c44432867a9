"""From a package file to a verified package: size check, read, decrypt when age-encrypted,
then the reader's checks. Safe to run on worker threads (it holds no database connection)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.boundary.regular_file import FileRefused, RegularFile
from app.boundary.zip_directory import ZipDirectory
from app.exchange.exchange_error import PackageError
from app.exchange.package_encryption import PackageEncryption
from app.exchange.package_reader import PackageReader, VerifiedPackage
from app.exchange.signing_key import SigningKey
from app.exchange.zip_inspector import ZIP_MAGIC, PackageLimits


@dataclass(frozen=True)
class OpenedPackage:
    path: Path
    package: VerifiedPackage
    encrypted: bool


class PackageOpener:
    def __init__(
        self,
        reader: PackageReader,
        keys: Callable[[], list[SigningKey]],
        limits: PackageLimits | None = None,
    ):
        self._reader = reader
        self._keys = keys
        self._limits = limits or PackageLimits()

    @staticmethod
    def is_encrypted(path: Path) -> bool:
        try:
            with RegularFile.open(path, PackageLimits().max_package_bytes) as handle:
                return PackageEncryption.is_encrypted(handle.read(64))
        except (FileRefused, OSError):
            return False  # reading it says why, in its receipt

    def read_bytes(self, path: Path) -> tuple[bytes, bool]:
        """The zip bytes of a package file, decrypted if needed, with nothing verified yet."""
        limit = self._limits.max_package_bytes
        try:
            self._check_ends(path, limit)
            data = RegularFile.read(path, limit)
        except FileRefused as error:
            raise PackageError.refused(error) from None
        if not PackageEncryption.is_encrypted(data):
            return data, False
        return PackageEncryption().decrypt(data, self._keys(), limit), True

    def _check_ends(self, path: Path, limit: int) -> None:
        """Refuse a file that cannot be a zip from its first bytes and its end records, before
        reading it whole: a folder merge meets 500 MB files that are no package at all."""
        with RegularFile.open(path, limit) as handle:
            try:
                head = handle.read(64)
                if PackageEncryption.is_encrypted(head):
                    return  # its zip is inside the encryption, read once decrypted
                if not head.startswith(ZIP_MAGIC):
                    raise PackageError(
                        "not-a-zip", "this file is not a Jalon package (it is not a zip archive)"
                    )
                found = ZipDirectory.bound(handle, self._limits.max_entries)
            except OSError:
                return  # reading it whole says why
        if found is None:
            raise PackageError(
                "damaged",
                "the package is damaged or incomplete (was the copy cut short?): {reason}",
                reason="its zip directory has no end",
            )

    def open(self, path: Path) -> OpenedPackage:
        data, encrypted = self.read_bytes(path)
        return OpenedPackage(path, self._reader.read(data), encrypted)

    def open_bytes(self, data: bytes, name: str, encrypted: bool = False) -> OpenedPackage:
        """A package already in memory (held in quarantine, for instance)."""
        return OpenedPackage(Path(name), self._reader.read(data), encrypted)
