"""`jalon merge PACKAGES…`: verify and merge many packages, one receipt per package."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from app.cli.key_commands import terminal_passphrase
from app.cli.provenance_lines import receipt_authors_line
from app.cli.terminal import echo
from app.composition import Application
from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.paths import AppPaths


def echo_receipt(receipt: ImportReceipt) -> None:
    line = f"{receipt.status.value:15} {receipt.file}"
    if receipt.institution:
        line += f"  {receipt.institution}"
    if receipt.merged or receipt.status == ReceiptStatus.ALREADY_PRESENT:
        line += f"  +{receipt.revisions_added} revisions"
    if receipt.conflicts:
        line += f", {receipt.conflicts} conflict(s) to resolve"
    echo(line)
    if receipt.reason:
        echo(f"    {receipt.message}")
    for note in receipt.notes:
        echo(f"    note: {note}")
    if receipt.authors:
        echo(f"    {receipt_authors_line(receipt)}")


def _package_files(items: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for item in items:
        files.extend(sorted(item.glob("*.jalon")) if item.is_dir() else [item])
    return files


@click.command()
@click.argument("packages", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--into",
    "into",
    type=click.Path(file_okay=False),
    metavar="DATA_DIR",
    help="Merge into the installation in DATA_DIR (a head office database) instead "
    "of the current one.",
)
@click.option(
    "--quarantine-untrusted",
    is_flag=True,
    help="Hold packages from unknown or revoked signers instead of refusing them.",
)
@click.option(
    "--retry-quarantine",
    is_flag=True,
    help="Try the packages held in quarantine again (after trusting a signer).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary and rejections.")
@click.pass_context
def merge(
    ctx: click.Context,
    packages: tuple[Path, ...],
    into: str | None,
    quarantine_untrusted: bool,
    retry_quarantine: bool,
    quiet: bool,
) -> None:
    """Verify and merge PACKAGES (files, or folders of .jalon files).

    Each package gets a receipt: accepted (new audit), updated, already-present, conflicts,
    quarantined or rejected with the reason. Every receipt is also kept in the merge log.
    """
    app: Application = ctx.obj
    if into:
        app = Application(AppPaths.resolve(into), author=ctx.find_root().params.get("author"))
        ctx.call_on_close(app.close)
    app.passphrase_prompt = terminal_passphrase
    files = _package_files(packages)
    if not files and not retry_quarantine:
        raise click.UsageError("give package files or folders, or --retry-quarantine")
    show_bar = sys.stderr.isatty() and len(files) > 1
    receipts: list[ImportReceipt] = []
    with click.progressbar(
        length=len(files), label="Merging", file=sys.stderr, hidden=not show_bar
    ) as bar:

        def progress(done: int, total: int, receipt: ImportReceipt) -> None:
            bar.update(1)

        if retry_quarantine:
            receipts += app.merges.retry_quarantine()
        receipts += app.merges.merge(files, progress, quarantine_untrusted=quarantine_untrusted)
    for receipt in receipts:
        if not quiet or receipt.status == ReceiptStatus.REJECTED:
            echo_receipt(receipt)
    counts = Counter(r.status.value for r in receipts)
    echo(
        "Merged "
        + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        + f" into {app.paths.data_dir}"
        if receipts
        else "Nothing to merge."
    )
    if counts.get(ReceiptStatus.REJECTED.value):
        raise click.exceptions.Exit(1)
