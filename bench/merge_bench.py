"""Central merge benchmark: verify and merge N signed packages, each a fully answered audit of
the default framework, into one head-office database; compared with a baseline measured in the
same run: for each package, a raw Ed25519 verification of its manifest signature plus a raw
SQLite insert of the same number of rows, with the same durable group commits and pragmas.

    python -m bench.merge_bench                 # 10,000 packages (target: >= 200 packages/s)
    python -m bench.merge_bench --count 500     # a quick run
    python -m bench merge --count=500           # through the benchmark runner

Packages are generated once per count with the real PackageWriter (on every core) into
bench/results/merge-packages-N/ and reused by later runs (--fresh makes them again).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# A benchmark must never touch the keyring of the person running it.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("JALON_KEY_PASSPHRASE", "merge benchmark passphrase")

from app.composition import Application
from app.exchange.minisign_public_key import MinisignPublicKey
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_content import PackageContent
from app.exchange.package_writer import PackageWriter
from app.exchange.signing_key import SigningKey
from app.models.framework import QuestionType
from app.paths import AppPaths
from app.services.merge.merge_service import GROUP_PACKAGES
from app.services.merge.process_verifier import ProcessVerifier

RESULTS = Path(__file__).resolve().parent / "results"
TARGET = 200.0


def _value(indicator) -> str:
    if indicator.is_select:
        return indicator.choices[0].name
    if indicator.type == QuestionType.INTEGER:
        return "1990" if indicator.name == "org_year_founded" else "12"
    if indicator.type == QuestionType.DECIMAL:
        return "5"
    if indicator.type == QuestionType.DATE:
        return "2025-03-31"
    return "Noted during the visit"


def _template(folder: Path) -> tuple[PackageContent, object, bytes, str, str]:
    """A fully answered audit made through the services, and the key that signs it."""
    site = Application(AppPaths(folder / "field"), author="Field auditor")
    try:
        framework = site.catalog.default()
        audit = site.audits.create(framework, "Template", "SN")
        session = site.audits.open(audit.id)
        for indicator in framework.iter_indicators():
            if indicator.is_answerable:
                session.answer(indicator.name, _value(indicator))
        content, framework, _evidence = site.packages.content(session.audit)
        info, key = site.keys.signing_key()
        return content, framework, key.secret_bytes(), info.name, site.keys.public_key_text(info)
    finally:
        site.close()


def _variant(content: PackageContent, number: int) -> PackageContent:
    """The same audit for another institution: new audit and revision ids, same answers."""
    audit_id = str(uuid.uuid4())
    ids = {r.id: str(uuid.uuid4()) for r in content.revisions}
    revisions = tuple(
        dataclasses.replace(
            r,
            id=ids[r.id],
            audit_id=audit_id,
            parent_id=ids.get(r.parent_id) if r.parent_id else None,
        )
        for r in content.revisions
    )
    audit = dataclasses.replace(content.audit, id=audit_id, institution=f"Institution {number}")
    events = tuple(dataclasses.replace(e, audit_id=audit_id) for e in content.events)
    return PackageContent(audit, revisions, (), events, ())


def _write_range(job: tuple) -> int:
    content, framework, secret, signer, folder, start, stop = job
    writer = PackageWriter(SigningKey.from_secret(secret), signer, "Bench network", "bench")
    # Signed after the answers were made, as a real export is: a package whose revisions are
    # later than its signing time is refused.
    signed_at = max(r.created_at for r in content.revisions)
    for number in range(start, stop):
        _manifest, data = writer.build(_variant(content, number), framework, {}, signed_at)
        (Path(folder) / f"package-{number:05d}.jalon").write_bytes(data)
    return stop - start


def packages(count: int, fresh: bool) -> tuple[list[Path], str]:
    folder = RESULTS / f"merge-packages-{count}"
    key_file = folder / "signer.pub"
    existing = sorted(folder.glob("*.jalon")) if folder.is_dir() else []
    if not fresh and len(existing) == count and key_file.exists():
        return existing, key_file.read_text()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch:
        content, framework, secret, signer, public = _template(Path(scratch))
    started = time.perf_counter()
    workers = os.cpu_count() or 1
    step = -(-count // workers)
    jobs = [
        (content, framework, secret, signer, str(folder), start, min(start + step, count))
        for start in range(0, count, step)
    ]
    with ProcessPoolExecutor(workers) as pool:
        made = sum(pool.map(_write_range, jobs))
    key_file.write_text(public)
    print(
        f"generated {made} packages in {time.perf_counter() - started:.1f} s "
        f"({workers} processes) into {folder}",
        flush=True,
    )
    return sorted(folder.glob("*.jalon")), public


def merge(paths: list[Path], public: str, folder: Path) -> tuple[float, list]:
    central = Application(AppPaths(folder / "central"), author="Head office")
    try:
        central.trust.trust(public, "Field auditor", "Bench network")
        started = time.perf_counter()
        receipts = central.merges.merge(paths)
        return time.perf_counter() - started, receipts
    finally:
        central.close()


def baseline(paths: list[Path], public: str, folder: Path) -> float:
    """Raw Ed25519 verification of each manifest plus a raw insert of as many rows as the
    package holds revisions, committed durably in groups as the merge does, same pragmas."""
    key = MinisignPublicKey.from_text(public)
    work = []
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            manifest = archive.read("manifest.json")
            signature = MinisignSignature.parse(archive.read("manifest.json.minisig"))
            revisions = json.loads(archive.read("audit.json"))["revisions"]
        work.append((manifest, signature, [(r["id"], json.dumps(r)) for r in revisions]))
    connection = sqlite3.connect(folder / "baseline.sqlite3")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
    started = time.perf_counter()
    for first in range(0, len(work), GROUP_PACKAGES):
        with connection:  # one durable commit per group of packages, as the merge does
            for manifest, signature, rows in work[first : first + GROUP_PACKAGES]:
                digest = hashlib.blake2b(manifest, digest_size=64).digest()
                if not key.verify(signature.signature, digest):
                    raise SystemExit("baseline: a signature does not verify")
                connection.executemany("INSERT INTO rows (id, data) VALUES (?, ?)", rows)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def cpu_check() -> float:
    """Seconds of CPU a fixed Python loop takes: printed before and after the merge, so that a
    figure can be read against how fast the (virtual) processor ran at the time."""
    started = time.process_time()
    sum(i * i for i in range(3_000_000))
    return time.process_time() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="merge_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="packages (default 10,000)")
    parser.add_argument("--fresh", action="store_true", help="generate the packages again")
    options = parser.parse_args(argv)
    paths, public = packages(options.count, options.fresh)
    size = sum(p.stat().st_size for p in paths)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        speed_before = cpu_check()
        merge_s, receipts = merge(paths, public, folder)
        speed_after = cpu_check()
        accepted = sum(r.status.value == "accepted" for r in receipts)
        revisions = sum(r.revisions_added for r in receipts)
        database_mb = (folder / "central" / "jalon.sqlite3").stat().st_size / 1e6
        baseline_s = baseline(paths, public, folder)
    rate, raw_rate = len(paths) / merge_s, len(paths) / baseline_s
    print(
        f"packages            {len(paths):,} ({size / 1e6:.0f} MB, "
        f"{revisions / max(len(paths), 1):.0f} revisions each); {accepted:,} accepted"
    )
    where = (
        "a helper process"
        if ProcessVerifier.worth_it(len(paths))
        else "a thread (too few packages or one core)"
    )
    print(
        f"verify + merge      {merge_s:.1f} s = {rate:.0f} packages/s "
        f"(target >= {TARGET:.0f}); central database {database_mb:.0f} MB; "
        f"verified in {where}"
    )
    print(
        f"baseline            {baseline_s:.1f} s = {raw_rate:.0f} packages/s "
        f"(raw Ed25519 verify + SQLite insert of the same rows)"
    )
    print(f"ratio               {merge_s / baseline_s:.2f}x the baseline's time")
    print(
        f"cpu check           {speed_before:.2f} s before the merge, {speed_after:.2f} s after "
        f"(a fixed Python loop: the lower, the faster the processor was running)"
    )
    if accepted != len(paths):
        print("error: not every package was accepted")
        return 1
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
