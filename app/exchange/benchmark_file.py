"""A peer benchmark as one signed file: a zip of benchmark.json, its minisign signature
(benchmark.json.minisig, checkable with stock `minisign -Vm benchmark.json -p signer.pub`) and
signer.pub. Read as hostile input: a bounded size, exactly those three entries, strict JSON,
and a signature by a key of this installation's trust store (not the signer.pub it carries)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from app.exchange.benchmark_shape import BenchmarkShape
from app.exchange.exchange_error import PackageError
from app.exchange.minisign_public_key import MinisignPublicKey, key_id_text
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_content_check import CLOCK_SKEW, parse_timestamp
from app.exchange.signing_key import SigningKey
from app.exchange.strict_json import StrictJson
from app.exchange.trust_policy import until
from app.models.trusted_signer import TrustedSigner

BENCHMARK = "benchmark.json"
SIGNATURE = "benchmark.json.minisig"
SIGNER_KEY = "signer.pub"
MAX_FILE_BYTES = 50 * 1024 * 1024
FORMAT = "jalon-benchmark"
VERSION = 1
STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # as Jalon writes times, so that they compare as texts


class BenchmarkFile:
    @staticmethod
    def build(document: dict[str, Any], key: SigningKey, signer_name: str) -> bytes:
        data = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        comment = f"jalon benchmark signed {document['created_at']}"
        signature = MinisignSignature.create(key, data, comment)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(BENCHMARK, data)
            archive.writestr(SIGNATURE, signature.to_text())
            archive.writestr(SIGNER_KEY, key.public.to_text(signer_name))
        return buffer.getvalue()

    @staticmethod
    def read(data: bytes, signers: Iterable[TrustedSigner]) -> tuple[dict[str, Any], str]:
        """The verified document and the signer's key id; PackageError when anything is
        wrong, nothing kept."""
        if len(data) > MAX_FILE_BYTES:
            raise PackageError(
                "benchmark-too-large",
                "the benchmark file is larger than {limit} bytes",
                limit=MAX_FILE_BYTES,
            )
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except (zipfile.BadZipFile, NotImplementedError):  # or a zip version it does not know
            raise PackageError("not-a-zip", "the benchmark file is not a zip archive") from None
        names = sorted(info.filename for info in infos)
        if names != sorted((BENCHMARK, SIGNATURE, SIGNER_KEY)):
            raise PackageError(
                "benchmark-entries",
                "the benchmark file holds {names}, not "
                "exactly benchmark.json, its signature and signer.pub",
                names=", ".join(names) or "nothing",
            )
        if sum(info.file_size for info in infos) > MAX_FILE_BYTES:
            raise PackageError(
                "benchmark-too-large",
                "the benchmark file is larger than {limit} bytes",
                limit=MAX_FILE_BYTES,
            )
        try:
            contents = {info.filename: archive.read(info) for info in infos}
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
            raise PackageError("damaged", "the benchmark file is damaged") from None
        signature = MinisignSignature.parse(contents[SIGNATURE])
        key_id = key_id_text(signature.key_id)
        trusted = {s.key_id: s for s in signers}.get(key_id)
        if trusted is None or trusted.is_revoked:
            raise PackageError(
                "unknown-signer",
                "the benchmark file is signed by key {key}, which this installation does not trust",
                key=key_id,
            )
        if not signature.verify(
            contents[BENCHMARK], MinisignPublicKey.from_line(trusted.public_key)
        ):
            raise PackageError(
                "bad-signature",
                "the benchmark file's signature does not "
                "match its content: it was changed after signing",
            )
        document = StrictJson(BENCHMARK).loads(contents[BENCHMARK])
        if (
            not isinstance(document, dict)
            or document.get("format") != FORMAT
            or (document.get("version") != VERSION)
        ):
            raise PackageError(
                "benchmark-format",
                "benchmark.json does not declare format {name} version {version}",
                name=FORMAT,
                version=VERSION,
            )
        _check_signer(trusted, document.get("created_at"))
        BenchmarkShape.check(document)
        return document, key_id


def _check_signer(trusted: TrustedSigner, created_at: object) -> None:
    """A benchmark speaks for the whole network: its signer must be trusted for every
    institution (a key trusted only for its own institution's packages is a field site's), and
    within the key's validity. A signature cannot prove when it was made, so a key whose
    validity has ended signs no benchmark any more, whatever date it gives."""
    if trusted.institutions:
        raise PackageError(
            "benchmark-signer-scoped",
            "the benchmark file is signed by {name} (key {key}), who is trusted only for "
            "{scope}; a benchmark covers every institution, so only a signer trusted for all "
            "of them may sign one",
            name=trusted.name,
            key=trusted.key_id,
            scope=", ".join(trusted.institutions),
        )
    signed = parse_timestamp(created_at) if isinstance(created_at, str) else None
    if signed is None or "T" not in str(created_at):
        raise PackageError(
            "benchmark-format",
            "benchmark.json's created_at is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ",
            value=repr(created_at)[:60],
        )
    now = datetime.now(UTC)
    ended = trusted.valid_until and now.strftime(STAMP) > until(trusted.valid_until)
    if (
        ended
        or signed > now + CLOCK_SKEW
        or (trusted.valid_from and str(created_at) < trusted.valid_from)
    ):
        raise PackageError(
            "benchmark-signer-not-valid",
            "the benchmark file says it was signed on {signed} by key {key} of {name}, which "
            "is valid from {start} until {end}; a signature cannot prove when it was made, so "
            "it is refused",
            signed=str(created_at)[:10],
            key=trusted.key_id,
            name=trusted.name,
            start=trusted.valid_from or "…",
            end=trusted.valid_until or "…",
        )
