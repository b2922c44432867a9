"""`jalon audit …`: create, list, show, answer, finalize, reopen and verify audits."""

from __future__ import annotations

import click

from app.cli.provenance_lines import signed_line
from app.cli.review_commands import echo_review_comments
from app.cli.terminal import confirm, echo
from app.composition import Application
from app.models.audit import Audit, AuditType
from app.models.expression_functions import to_display
from app.models.question_counts import QuestionCounts
from app.models.upgrade_record import UpgradeRecord
from app.services.audit_finalization import Blocker


@click.group()
def audit() -> None:
    """Create and work on audits."""


@audit.command()
@click.option("--institution", required=True, help="Name of the institution assessed.")
@click.option("--country", default="", help="Country (name or ISO code).")
@click.option(
    "--type",
    "audit_type",
    type=click.Choice([t.value for t in AuditType]),
    default=AuditType.SELF_ASSESSMENT.value,
    show_default=True,
)
@click.option("--auditor", "auditors", multiple=True, help="An auditor (repeat for several).")
@click.option("--period-start", default="", help="Start of the period assessed (YYYY-MM-DD).")
@click.option("--period-end", default="", help="End of the period assessed (YYYY-MM-DD).")
@click.option("--framework", "framework_ref", help="Bundled framework id or .xlsx file.")
@click.option("--lang", default="", help="Content language (default: the framework's).")
@click.option("--module", "modules", multiple=True, help="Optional module to include.")
@click.pass_obj
def new(
    app: Application,
    institution,
    country,
    audit_type,
    auditors,
    period_start,
    period_end,
    framework_ref,
    lang,
    modules,
) -> None:
    """Create a draft audit."""
    framework = app.frameworks.resolve(framework_ref)
    created = app.audits.create(
        framework,
        institution,
        country,
        AuditType(audit_type),
        tuple(auditors),
        period_start,
        period_end,
        lang,
        frozenset(modules),
    )
    counts = QuestionCounts.of(app.audits.open(created.id).score().overall)
    echo(
        f"Created audit {created.id} for {created.institution} "
        f"({framework.id} {framework.version}, {counts.questions} questions apply)"
    )


@audit.command("list")
@click.option(
    "--progress",
    is_flag=True,
    help="Also give each audit's progress: answered of the questions that apply (reads every "
    "audit's answers).",
)
@click.pass_obj
def list_audits(app: Application, progress: bool) -> None:
    """List audits, most recently changed first."""
    audits = app.audits.list()
    if not audits:
        echo("No audits yet. Create one with 'jalon audit new --institution NAME'.")
    for a in audits:
        shown = ""
        if progress:
            counts = QuestionCounts.of(app.audits.open(a.id).score().overall)
            shown = f"{100 * counts.progress:3.0f} % {counts.answered:>4}/{counts.questions:<4}  "
        echo(
            f"{a.short_id}  {a.status.value:9}  {a.updated_at[:16].replace('T', ' ')}  {shown}"
            f"{a.institution}{' (' + a.country + ')' if a.country else ''}  {_period(a)}"
        )


def _period(audit: Audit) -> str:
    """The period assessed: it tells an audit from its follow-up in the list."""
    if not audit.period_start and not audit.period_end:
        return "no period yet"
    return f"period {audit.period_start or '…'} to {audit.period_end or '…'}"


@audit.command()
@click.argument("reference")
@click.option("--lang", help="Language of the question texts.")
@click.pass_obj
def show(app: Application, reference: str, lang: str | None) -> None:
    """Show an audit and its current answers."""
    session = app.audits.open(reference)
    a, f = session.audit, session.framework
    language = lang or a.content_language
    card = session.score()
    echo(f"Audit {a.id}")
    echo(f"  institution  {a.institution} {a.country}".rstrip())
    echo(f"  type         {a.audit_type.value}; status {a.status.value}")
    echo(f"  framework    {f.id} {f.version} ({f.content_hash[:12]})")
    if a.auditors:
        echo(f"  auditors     {', '.join(a.auditors)}")
    if a.modules:
        echo(f"  modules      {', '.join(sorted(a.modules))}")
    overall = card.overall
    counts = QuestionCounts.of(overall)
    echo(
        f"  progress     {100 * counts.progress:.0f} %: {counts.answered} of {counts.questions} "
        f"questions answered ({counts.scored_answered} of {counts.scored} scored), "
        f"{overall.required_missing} mandatory missing"
    )
    if a.seal:
        echo(f"  seal         {a.seal}")
    for event in app.audits.events(a):
        record = UpgradeRecord.of(event)
        if record is not None:
            reason = event.detail.get("reason") or ""
            echo(
                f"  upgraded     from {record.from_version} to {record.to_version} on "
                f"{event.created_at[:10]} by {event.author}{': ' + reason if reason else ''}"
            )
    for indicator in f.iter_indicators():
        if indicator.is_calculated:
            value = card.values.get(indicator.name, "")
            if indicator.is_shown and value != "":
                echo(
                    f"  {indicator.display_code:10} {to_display(value)} (calculated)  "
                    f"{f.text(indicator.label, language)[:60]}"
                )
            continue
        answer = session.answers.get(indicator.name)
        if answer is None or not (
            answer.is_answered or answer.is_invalid or answer.comment or answer.flagged
        ):
            continue
        value = f"N/A ({answer.na_reason})" if answer.is_not_applicable else str(answer.value)
        flag = " [flagged]" if answer.flagged else ""
        echo(
            f"  {indicator.display_code:10} {value}{flag}  {f.text(indicator.label, language)[:60]}"
        )
        if answer.comment:
            echo(f"  {'':10} comment: {answer.comment}")
    earlier = session.no_longer_assessed()
    if earlier:
        echo("  no longer assessed (answers kept in the history, from an earlier version):")
        for indicator in earlier:
            answer = session.answers[indicator.name]
            value = f"N/A ({answer.na_reason})" if answer.is_not_applicable else str(answer.value)
            echo(f"  {indicator.display_code:10} {value}")
    echo_review_comments(app, a)


@audit.command()
@click.argument("reference")
@click.argument("code")
@click.argument("value", required=False)
@click.option("--na", "na_reason", help="Mark not applicable, with this reason.")
@click.option("--comment", help="Set the comment / evidence note.")
@click.option("--flag/--unflag", default=None, help="Flag the item for later.")
@click.option("--department", help="Department that answers the item.")
@click.option("--clear", is_flag=True, help="Remove the answer.")
@click.pass_obj
def answer(
    app: Application, reference, code, value, na_reason, comment, flag, department, clear
) -> None:
    """Answer CODE (an indicator code or name) in an audit.

    VALUE is a choice name (yes, partially, no, na, ...), a number, a date or text.
    """
    session = app.audits.open(reference)
    indicator = session.indicator(code)
    if sum(x is not None and x is not False for x in (value, na_reason, clear or None)) > 1:
        raise click.UsageError("give only one of VALUE, --na and --clear")
    if not any(x is not None for x in (value, na_reason, comment, flag, department)) and not clear:
        raise click.UsageError(
            "nothing to do: give a VALUE, --na, --comment, --flag, --department or --clear"
        )
    # One command, one change: a single revision (and a single commit) holds it all.
    given = {"value": value} if value is not None else {}
    session.update(
        indicator.name,
        **given,
        na_reason=na_reason,
        clear=clear,
        comment=comment,
        flagged=flag,
        department=department,
    )
    result = session.answer_of(indicator.name)
    shown = (
        f"N/A ({result.na_reason})"
        if result.is_not_applicable
        else (result.value if result.has_value else "(no answer)")
    )
    overall = session.score().overall
    counts = QuestionCounts.of(overall)
    percent = "-" if overall.percent is None else f"{overall.percent:.1f} %"
    echo(
        f"Saved {indicator.display_code} = {shown}; overall {percent}, "
        f"{counts.answered}/{counts.questions} answered"
    )


@audit.command()
@click.argument("reference")
@click.argument("code")
@click.pass_obj
def history(app: Application, reference: str, code: str) -> None:
    """Show every change made to one answer."""
    session = app.audits.open(reference)
    for revision in session.history(code):
        value = f"N/A ({revision.na_reason})" if revision.na_reason else revision.value
        echo(
            f"{revision.created_at}  {revision.author:12} {value}"
            f"{'  comment: ' + revision.comment if revision.comment else ''}"
            f"{'  [flagged]' if revision.flagged else ''}"
        )
        if revision.signed_by:  # the author is what the revision claims; this is proven
            echo(f"    {signed_line(app, revision)}")


def shown_blockers(blockers: list[Blocker], limit: int = 20) -> list[Blocker]:
    """Up to `limit` of `blockers`, in their order, with at least one of each kind (a kind is
    a message): a long run of unanswered questions must not hide the one carried action or
    conflict that also stops the audit."""
    first_of_kind: dict[str, Blocker] = {}
    for blocker in blockers:
        first_of_kind.setdefault(blocker.template, blocker)
    chosen = {id(blocker) for blocker in list(first_of_kind.values())[:limit]}
    for blocker in blockers:
        if len(chosen) >= limit:
            break
        chosen.add(id(blocker))
    return [blocker for blocker in blockers if id(blocker) in chosen]


@audit.command()
@click.argument("reference")
@click.pass_obj
def finalize(app: Application, reference: str) -> None:
    """Lock an audit once every mandatory item is answered."""
    session = app.audits.open(reference)
    blockers = session.blockers()
    if blockers:
        shown = shown_blockers(blockers)
        for blocker in shown:
            echo(f"  {blocker.message}", err=True)
        if len(blockers) > len(shown):
            echo(f"  … and {len(blockers) - len(shown)} more", err=True)
        raise click.ClickException(f"cannot finalize: {len(blockers)} item(s) need attention")
    audit_ = session.finalize()
    echo(f"Finalized audit {audit_.id} by {audit_.finalized_by}; seal {audit_.seal}")


@audit.command()
@click.argument("reference")
@click.option("--reason", required=True, help="Why the audit is reopened (kept in its log).")
@click.pass_obj
def reopen(app: Application, reference: str, reason: str) -> None:
    """Reopen a finalized audit for changes."""
    audit_ = app.audits.open(reference).reopen(reason)
    echo(f"Reopened audit {audit_.id}: {reason}")


@audit.command()
@click.argument("reference")
@click.pass_obj
def verify(app: Application, reference: str) -> None:
    """Check that a finalized audit still matches its seal."""
    session = app.audits.open(reference)
    if not session.audit.is_finalized:
        raise click.ClickException("the audit is a draft; only finalized audits carry a seal")
    if not session.seal_intact():
        raise click.ClickException(
            "the audit was changed after it was finalized: its content no longer matches its seal"
        )
    echo(f"Audit {session.audit.id} matches its seal {session.audit.seal}")


@audit.command()
@click.argument("reference")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def delete(app: Application, reference: str, yes: bool) -> None:
    """Delete a draft audit."""
    target = app.audits.get(reference)
    if not yes:
        confirm(f"Delete the draft audit of {target.institution} ({target.short_id})?", abort=True)
    app.audits.delete(target)
    echo(f"Deleted audit {target.id}")


@audit.command()
@click.argument("reference")
@click.option(
    "--to",
    "version",
    required=True,
    help="The version to upgrade to (e.g. 2026.2), or id@version, or an .xlsx file.",
)
@click.option("--dry-run", is_flag=True, help="Show what would happen; change nothing.")
@click.option("--reason", default="", help="Why the audit is upgraded (kept in its log).")
@click.pass_obj
def upgrade(app: Application, reference: str, version: str, dry_run: bool, reason: str) -> None:
    """Upgrade a draft audit to a newer version of its framework, along its crosswalk."""
    from app.models.crosswalk import Relation
    from app.models.upgrade_plan import Outcome

    target_audit = app.audits.get(reference)
    current = app.audits.framework_of(target_audit)
    looks_like_version = "@" not in version and not version.lower().endswith((".xlsx", ".xlsm"))
    target = app.frameworks.resolve(f"{current.id}@{version}" if looks_like_version else version)
    upgrades = app.upgrades
    if dry_run:
        plan = upgrades.preview(target_audit, target)
    else:
        target_audit, plan = upgrades.upgrade(target_audit, target, reason)
    echo(
        f"{'Preview: upgrading' if dry_run else 'Upgraded'} audit {target_audit.short_id} "
        f"({target_audit.institution}) from {current.id} {current.version} to "
        f"{target.id} {target.version}"
    )
    echo(
        f"  {plan.count(Outcome.KEPT)} answer(s) kept, {plan.count(Outcome.CARRIED)} carried "
        f"to another question, {plan.count(Outcome.NOT_CARRIED)} not carried (kept in the "
        f"history as no longer assessed); {len(plan.changes)} revision(s) "
        f"{'to write' if dry_run else 'written'}"
    )
    for move in plan.moves:
        if move.outcome == Outcome.KEPT and move.relation == Relation.SAME:
            continue
        note = target.text(move.note, target_audit.content_language) if move.note else ""
        echo(f"  {move.outcome.value:12} {move.message}{'  (' + note + ')' if note else ''}")
    if dry_run:
        echo("Dry run: nothing was changed.")


def _add_follow_up_commands() -> None:
    # In their own module; registered here so that `jalon audit` lists them.
    from app.cli.follow_up_commands import figures, follow_up, keep

    audit.add_command(follow_up)
    audit.add_command(keep)
    audit.add_command(figures)


_add_follow_up_commands()
