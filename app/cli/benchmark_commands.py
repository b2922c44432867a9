"""`jalon benchmark …`: peer benchmarks built from accepted audits, signed, imported, shown."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.terminal import echo
from app.composition import Application
from app.models.peer_quartiles import MIN_GROUP_SIZE


@click.group()
def benchmark() -> None:
    """Build, import and show peer benchmarks."""


@benchmark.command()
@click.argument("target", type=click.Path(dir_okay=False))
@click.option(
    "--group-by",
    default="country",
    show_default=True,
    help="Peer groups: 'country', or 'field:QUESTION' for the answer to an "
    "Organization Information question (institution type, size class...).",
)
@click.option(
    "--min-size",
    default=MIN_GROUP_SIZE,
    show_default=True,
    help="Groups with fewer institutions are left out.",
)
@click.option(
    "--per-version",
    is_flag=True,
    help="Keep each version of a framework apart instead of pooling older versions under "
    "the newest through its crosswalks.",
)
@click.pass_obj
def build(app: Application, target: str, group_by: str, min_size: int, per_version: bool) -> None:
    """Build a signed benchmark file TARGET from the accepted audits."""
    built = app.benchmarks.build(Path(target), group_by, min_size, per_version)
    echo(
        f"{built.path}: {built.groups} peer group(s) from {built.audits} accepted audit(s); "
        f"{built.left_out} group(s) smaller than {min_size} left out"
    )


@benchmark.command("import")
@click.argument("source", type=click.Path(dir_okay=False))
@click.pass_obj
def import_(app: Application, source: str) -> None:
    """Verify a benchmark file from the head office and keep it here."""
    document = app.benchmarks.import_file(Path(source))
    echo(f"Benchmark of {document['created_at'][:10]} imported (groups by {document['group_by']}).")


@benchmark.command()
@click.argument("source", required=False, type=click.Path(dir_okay=False))
@click.option("--audit", "reference", help="Show this audit against its peer group.")
@click.pass_obj
def show(app: Application, source: str | None, reference: str | None) -> None:
    """Show a benchmark file (default: the one imported here), or an audit against it."""
    document = app.benchmarks.read(Path(source)) if source else app.benchmarks.imported()
    if document is None:
        raise click.UsageError("no benchmark imported here; give a file")
    if reference:
        audit = app.audits.get(reference)
        comparison = app.benchmarks.compare(audit, document)
        echo(
            f"{audit.institution} against its peers: {comparison.group_by} = "
            f"{comparison.group}, {comparison.institutions} institutions"
        )
        if comparison.read_as is not None:
            own, newer = app.audits.framework_of(audit).version, comparison.read_as.version
            echo(
                f"  this audit's version {own} read as {newer} through the crosswalk: the "
                f"codes and scores are {newer}'s"
            )
        echo(f"  {'node':<12} {'score':>7} {'Q1':>7} {'median':>7} {'Q3':>7}  quarter")
        for row in comparison.rows:
            score = "-" if row.score is None else f"{row.score:.1f}"
            echo(
                f"  {row.code:<12} {score:>7} {row.peers.q1:>7.1f} {row.peers.median:>7.1f} "
                f"{row.peers.q3:>7.1f}  {row.quartile or '-'}"
            )
        return
    echo(
        f"Benchmark of {document['created_at'][:10]}: groups by {document['group_by']}, "
        f"minimum {document['min_group_size']} institutions"
    )
    for entry in document["frameworks"]:
        pooled = [v["version"] for v in entry.get("versions", ()) if v["hash"] != entry["hash"]]
        through = f", with {', '.join(pooled)} through the crosswalk" if pooled else ""
        echo(f"  framework {entry['id']} {entry['version']} ({entry['hash'][:12]}){through}")
        for group in entry["groups"]:
            overall = next((n for n in group["nodes"] if n["node"] == "overall"), None)
            median = f", overall median {overall['median']:.1f}" if overall else ""
            echo(f"    {group['group']}: {group['institutions']} institutions{median}")
