"""`jalon package …`: export an audit as a signed package, verify a package, import one."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.key_commands import terminal_passphrase
from app.cli.merge_commands import echo_receipt
from app.cli.terminal import echo
from app.composition import Application
from app.models.import_receipt import ReceiptStatus


@click.group()
@click.pass_obj
def package(app: Application) -> None:
    """Signed audit packages (.jalon) to carry audits between installations."""
    app.passphrase_prompt = terminal_passphrase


@package.command("export")
@click.argument("reference")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--encrypt-to",
    "recipients",
    multiple=True,
    metavar="KEY",
    help="Encrypt for this recipient: a key id (own or trusted signer), an age key "
    "(age1…) or an ssh-ed25519 key. Repeat for several.",
)
@click.pass_obj
def export_package(
    app: Application, reference: str, file: Path, recipients: tuple[str, ...]
) -> None:
    """Write audit REFERENCE to FILE as a signed package."""
    audit = app.audits.get(reference)
    written = app.packages.export(audit, file, recipients)
    m = written.manifest
    echo(
        f"Wrote {written.path} ({written.size:,} bytes"
        f"{', encrypted' if written.encrypted else ''}): audit {m.audit_id} of "
        f"{m.institution}, signed by {m.signer_name} with key {m.signer_key_id}"
    )


@package.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def verify(app: Application, file: Path) -> None:
    """Check a package completely (structure, hashes, signature, signer) without importing."""
    check = app.packages.verify(file)
    m = check.package.manifest
    echo(f"Package {m.package_id}{' (encrypted)' if check.encrypted else ''}")
    echo(f"  audit      {m.audit_id} of {m.institution} ({m.audit_status})")
    echo(f"  framework  {m.framework_id} {m.framework_version} ({m.framework_hash[:12]})")
    echo(
        f"  signed by  {m.signer_name}"
        f"{' (' + m.signer_organisation + ')' if m.signer_organisation else ''}, key "
        f"{m.signer_key_id}, on {m.created_at[:19]}"
    )
    echo(f"  content    {len(m.files)} files, every SHA-256 matches; signature valid")
    if not check.trusted:
        echo(f"Not trusted: {check.problem}", err=True)
        raise click.exceptions.Exit(1)
    echo("  signer     trusted")


@package.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--quarantine-untrusted",
    is_flag=True,
    help="Hold a package from an unknown or revoked signer instead of refusing it.",
)
@click.pass_obj
def import_package(app: Application, file: Path, quarantine_untrusted: bool) -> None:
    """Verify a package and merge it into this installation."""
    receipt = app.merges.merge_file(file, quarantine_untrusted)
    echo_receipt(receipt)
    if receipt.status == ReceiptStatus.REJECTED:
        raise click.exceptions.Exit(1)


@package.command()
@click.pass_obj
def quarantine(app: Application) -> None:
    """List packages held in quarantine ('jalon merge --retry-quarantine' tries them again)."""
    held = app.merges.quarantined()
    if not held:
        echo("No package in quarantine.")
    for item in held:
        echo(
            f"{item.held_at[:19]}  {item.file_name}  {item.institution}  "
            f"signed by {item.signer_name} ({item.signer_key_id})"
        )
        echo(f"    {item.message}")


@package.command("log")
@click.argument("reference", required=False)
@click.option("--limit", default=50, show_default=True, help="How many receipts to show.")
@click.pass_obj
def merge_log(app: Application, reference: str | None, limit: int) -> None:
    """Show the merge log: the latest receipts, newest first (of one audit with REFERENCE)."""
    audit_id = app.audits.get(reference).id if reference else None
    receipts = app.merges.log(limit, audit_id)
    if not receipts:
        echo("The merge log is empty.")
    for receipt in receipts:
        echo(f"{receipt.created_at[:19].replace('T', ' ')}  ", nl=False)
        echo_receipt(receipt)
