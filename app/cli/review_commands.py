"""`jalon review …`: the head office's review of received audits, and the site's replies."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.provenance_lines import signed_line
from app.cli.terminal import echo
from app.composition import Application
from app.models.audit import Audit
from app.models.review import ReviewComment


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ")


def _where(app: Application, audit: Audit, target: str) -> str:
    if not target:
        return "(whole audit)"
    node = app.audits.framework_of(audit).indicators.get(target)
    return node.display_code if node is not None else target


def _comment_line(app: Application, audit: Audit, comment: ReviewComment) -> str:
    mark = "  MUST BE CORRECTED" if comment.must_correct else ""
    return (
        f"{comment.id[:8]}  {_where(app, audit, comment.target)}{mark}\n"
        f"    {comment.text}  — {comment.author}, {_when(comment.created_at)}"
    )


def echo_review_comments(app: Application, audit: Audit) -> None:
    """The review's state and comments with their replies (also under `jalon audit show`)."""
    review = app.reviews.review(audit)
    if not review.events and not review.comments:
        return
    latest = review.latest
    echo(
        f"Review: {review.state.value}"
        + (f" ({latest.author}, {_when(latest.created_at)})" if latest else "")
    )
    if latest is not None and latest.signed_by:
        # A step that came in a package is the signer's word, whatever name it carries: a site
        # could sign its own audit's acceptance under the head office's name.
        echo(f"    {signed_line(app, latest)}")
    if latest is not None and latest.reason:
        echo(f"    reason: {latest.reason}")
    open_ids = {c.id for c in app.reviews.open_corrections(audit, review)}
    for comment, replies in review.threads():
        echo(_comment_line(app, audit, comment) + ("  [open]" if comment.id in open_ids else ""))
        for reply in replies:
            echo(f"      reply: {reply.text}  — {reply.author}, {_when(reply.created_at)}")


@click.group()
def review() -> None:
    """Review received audits (head office) and reply to reviews (field site)."""


@review.command("list")
@click.pass_obj
def list_reviews(app: Application) -> None:
    """Every received audit with its review state and open corrections."""
    summaries = app.reviews.summaries()
    if not summaries:
        echo("No received audits.")
    for summary in summaries:
        echo(
            f"{summary.audit.short_id}  {summary.review.state.value:<12} "
            f"{summary.open_corrections:>3} open  {summary.audit.institution}"
        )


@review.command()
@click.argument("reference")
@click.pass_obj
def show(app: Application, reference: str) -> None:
    """The review of audit REFERENCE: state, comments and replies."""
    audit = app.audits.get(reference)
    echo(f"Audit {audit.short_id} of {audit.institution}")
    if not app.reviews.review(audit).events:
        echo(f"Review: {app.reviews.review(audit).state.value}")
    echo_review_comments(app, audit)


@review.command()
@click.argument("reference")
@click.pass_obj
def start(app: Application, reference: str) -> None:
    """Start (or resume after a resubmission) the review of audit REFERENCE."""
    audit = app.audits.get(reference)
    app.reviews.start(audit)
    echo(f"Review of {audit.short_id} ({audit.institution}) started.")


@review.command()
@click.argument("reference")
@click.argument("text")
@click.option(
    "--on",
    "target",
    default="",
    help="The question or Organization Information field (name or code); "
    "default: the audit as a whole.",
)
@click.option(
    "--must-correct",
    is_flag=True,
    help="The site must correct or reply before the audit can be finalized again.",
)
@click.pass_obj
def comment(app: Application, reference: str, text: str, target: str, must_correct: bool) -> None:
    """Add a reviewer's comment TEXT to audit REFERENCE."""
    audit = app.audits.get(reference)
    added = app.reviews.comment(audit, target, text, must_correct)
    echo(_comment_line(app, audit, added))


def _package_to_write(help_text: str):
    """The --package option of the commands that send a signed package along."""
    return click.option(
        "--package", "target", required=True, type=click.Path(dir_okay=False), help=help_text
    )


def _sent(audit, what: str, written) -> None:
    echo(
        f"Audit {audit.short_id} ({audit.institution}) {what}: "
        f"{written.path} ({written.size} bytes, SHA-256 {written.sha256})"
    )


@review.command("return")
@click.argument("reference")
@_package_to_write("The signed review package to write for the site.")
@click.pass_obj
def return_(app: Application, reference: str, target: str) -> None:
    """Return audit REFERENCE to its site for correction, as a signed review package."""
    audit = app.audits.get(reference)
    _sent(audit, "returned for correction", app.review_post.return_to_site(audit, Path(target)))


@review.command()
@click.argument("reference")
@click.pass_obj
def accept(app: Application, reference: str) -> None:
    """Accept audit REFERENCE."""
    audit = app.audits.get(reference)
    app.reviews.accept(audit)
    echo(f"Audit {audit.short_id} ({audit.institution}) accepted.")


@review.command()
@click.argument("reference")
@click.option("--reason", required=True, help="Why the audit is rejected.")
@click.pass_obj
def reject(app: Application, reference: str, reason: str) -> None:
    """Reject audit REFERENCE, with a reason."""
    audit = app.audits.get(reference)
    app.reviews.reject(audit, reason)
    echo(f"Audit {audit.short_id} ({audit.institution}) rejected.")


@review.command()
@click.argument("reference")
@click.argument("comment_id")
@click.argument("text")
@click.pass_obj
def reply(app: Application, reference: str, comment_id: str, text: str) -> None:
    """Reply TEXT to the reviewer's comment COMMENT_ID on audit REFERENCE."""
    audit = app.audits.get(reference)
    app.reviews.reply(audit, app.reviews.comment_by_id(audit, comment_id), text)
    echo(f"Replied to {comment_id}.")


@review.command()
@click.argument("reference")
@_package_to_write("The signed package of the corrected audit to write for the head office.")
@click.pass_obj
def resubmit(app: Application, reference: str, target: str) -> None:
    """Resubmit audit REFERENCE after correction, with the replies, as a signed package."""
    audit = app.audits.get(reference)
    _sent(audit, "resubmitted", app.review_post.resubmit(audit, Path(target)))


@review.command("import")
@click.argument("package", type=click.Path(dir_okay=False))
@click.pass_obj
def import_(app: Application, package: str) -> None:
    """Import a review package from the head office (or a resubmission from a site)."""
    receipt = app.review_post.receive(Path(package))
    echo(
        f"{receipt.file}: {receipt.status.value}"
        + (f" ({receipt.message})" if receipt.reason else "")
    )
    if receipt.status.value == "rejected":
        raise click.exceptions.Exit(1)
    if receipt.audit_id:
        echo_review_comments(app, app.audits.get(receipt.audit_id))
