"""`jalon keys …`: this installation's signing keys and its trust store of other signers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from app.cli.terminal import echo, prompt
from app.composition import Application
from app.exchange.key_file import KEYRING, PASSPHRASE
from app.exchange.minisign_public_key import MinisignPublicKey
from app.models.errors import JalonError


def terminal_passphrase(purpose: str, new: bool) -> str | None:
    """Ask on the terminal, hidden, when there is one; scripts use JALON_KEY_PASSPHRASE."""
    if not sys.stdin.isatty():
        return None
    return str(
        prompt(f"Passphrase for the {purpose}", hide_input=True, confirmation_prompt=new, err=True)
    )


@click.group()
@click.pass_obj
def keys(app: Application) -> None:
    """Signing keys, and the keys of signers whose packages you accept.

    A private key is stored encrypted under the data folder's "keys" directory, readable by
    you only: with a random key kept in the system keyring when there is one, otherwise with
    a passphrase (asked here, or taken from JALON_KEY_PASSPHRASE).
    """
    app.passphrase_prompt = terminal_passphrase


@keys.command()
@click.option("--name", default="", help="Owner's name shown with the key (default: author).")
@click.option("--organisation", default="", help="Owner's organisation.")
@click.option(
    "--protection",
    type=click.Choice(["auto", KEYRING, PASSPHRASE]),
    default="auto",
    show_default=True,
    help="Keep the key's secret in the system keyring or under a "
    "passphrase (auto: keyring when available).",
)
@click.pass_obj
def new(app: Application, name: str, organisation: str, protection: str) -> None:
    """Create a new signing key for the current author (it signs from now on)."""
    info = app.keys.create(name, organisation, None if protection == "auto" else protection)
    echo(f"Created signing key {info.key_id} for {info.name} (protected by {info.protection}).")
    echo(app.keys.public_key_text(info), nl=False)


@keys.command()
@click.argument("key", required=False)
@click.pass_obj
def show(app: Application, key: str | None) -> None:
    """Show a signing key of this installation (default: the current author's)."""
    info = app.keys.get(key)
    echo(f"Key id        {info.key_id}")
    echo(f"Owner         {info.name}{' (' + info.organisation + ')' if info.organisation else ''}")
    echo(f"Signs for     {info.owner}")
    echo(f"Protection    {info.protection}")
    echo(f"Secret file   {app.paths.keys / info.file}")
    echo(f"Created       {info.created_at[:19]}")
    echo("Public key (minisign):")
    echo(app.keys.public_key_text(info), nl=False)


@keys.command("export")
@click.argument("key", required=False)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the public key to this file (default: print it).",
)
@click.pass_obj
def export_key(app: Application, key: str | None, output: Path | None) -> None:
    """Export a public key in the minisign format, for others to trust."""
    info = app.keys.get(key) if key else app.keys.signing_key()[0]
    text = app.keys.public_key_text(info)
    if output is None:
        echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise JalonError(
            "cannot write {file}: {reason}", file=str(output), reason=error.strerror
        ) from error
    echo(f"Wrote public key {info.key_id} to {output}")


@keys.command()
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="Whose key it is.")
@click.option("--organisation", default="", help="Their organisation.")
@click.option("--valid-from", default="", help="Accept packages signed from this date.")
@click.option("--valid-until", default="", help="Accept packages signed until this date.")
@click.option(
    "--institution",
    "institutions",
    multiple=True,
    help="Accept their packages only about this institution (repeat for several).",
)
@click.pass_obj
def trust(
    app: Application,
    public_key_file: Path,
    name: str,
    organisation: str,
    valid_from: str,
    valid_until: str,
    institutions: tuple[str, ...],
) -> None:
    """Trust the signer of a minisign public key file."""
    text = MinisignPublicKey.file_text(public_key_file)
    signer = app.trust.trust(text, name, organisation, valid_from, valid_until, institutions)
    echo(
        f"Trusted key {signer.key_id} of {signer.name}"
        f"{' for ' + ', '.join(signer.institutions) if signer.institutions else ''}"
    )


@keys.command()
@click.argument("key")
@click.option("--reason", default="", help="Why (lost laptop, left the team…); kept on record.")
@click.pass_obj
def revoke(app: Application, key: str, reason: str) -> None:
    """Revoke a key: its packages are refused from now on."""
    signer = app.trust.revoke(key, reason)
    echo(f"Revoked key {signer.key_id} of {signer.name}")


@keys.command("list")
@click.pass_obj
def list_keys(app: Application) -> None:
    """List this installation's keys and the trusted signers."""
    own = app.keys.own_keys()
    echo("Own keys:" if own else "No own signing key yet (one is made on first export).")
    for info in own:
        echo(f"  {info.key_id}  {info.name:24} {info.protection:10} signs for {info.owner}")
    signers = [s for s in app.trust.list() if not s.own]
    echo("Trusted signers:" if signers else "No trusted signers.")
    for s in signers:
        limits = []
        if s.valid_from or s.valid_until:
            limits.append(f"valid {s.valid_from or '…'} to {s.valid_until or '…'}")
        if s.institutions:
            limits.append("for " + ", ".join(s.institutions))
        if s.is_revoked:
            limits.append(
                f"REVOKED {s.revoked_at[:10]}{': ' + s.revoked_reason if s.revoked_reason else ''}"
            )
        echo(f"  {s.key_id}  {s.name:24} {s.organisation:16} {'; '.join(limits)}".rstrip())
