"""`jalon review …` and `jalon benchmark …` as a head office and a site type them."""

from __future__ import annotations

from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce, scored_names
from tests.jalon_cli import jalon as run_jalon


def jalon(data_dir, *args, check: bool = True):
    """As the person whose installation it is: keys belong to their author."""
    return run_jalon(data_dir, *args, check=check, env={"JALON_USER": data_dir.name.title()})


def test_review_commands_take_an_audit_there_and_back(make_site, tmp_path, default_framework):
    field, office, stranger = make_site("field"), make_site("office"), make_site("stranger")
    introduce(field, office)
    stranger.keys.signing_key()
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    answer_everything(session)
    session.finalize()
    field.packages.export(field.audits.get(audit.id), tmp_path / "first.jalon")
    office.merges.merge_file(tmp_path / "first.jalon")
    code = default_framework.indicators[scored_names(default_framework, 1)[0]].display_code
    head, site = office.paths.data_dir, field.paths.data_dir

    assert "received" in jalon(head, "review", "list").stdout
    jalon(head, "review", "start", audit.id[:8])
    said = jalon(
        head, "review", "comment", audit.id[:8], "Which minutes?", "--on", code, "--must-correct"
    ).stdout
    assert f"{code}  MUST BE CORRECTED" in said
    refused = jalon(head, "review", "accept", audit.id[:8], "--reason", "x", check=False)
    assert refused.returncode == 2  # no such option: click's usage error
    returned = tmp_path / "returned.jalon"
    assert (
        "returned for correction"
        in jalon(head, "review", "return", audit.id[:8], "--package", returned).stdout
    )

    imported = jalon(site, "review", "import", returned).stdout
    assert "updated" in imported and "Which minutes?" in imported and "[open]" in imported
    shown = jalon(site, "audit", "show", audit.id[:8]).stdout
    assert "Review: returned" in shown and "Which minutes?" in shown
    comment_id = field.reviews.review(audit).comments[0].id[:8]
    jalon(site, "review", "reply", audit.id[:8], comment_id, "Board minutes of March")
    assert "reply: Board minutes of March" in jalon(site, "review", "show", audit.id[:8]).stdout

    untrusted = jalon(stranger.paths.data_dir, "review", "import", returned, check=False)
    assert untrusted.returncode == 1
    assert "not in this installation's trust store" in untrusted.stderr
    assert "Traceback" not in untrusted.stderr


def test_a_review_step_from_a_package_is_shown_with_its_signer(
    make_site, tmp_path, default_framework
):
    """Seen in an attack run: a field site accepted its own audit in its own installation and
    sent it; at the head office `review show` said "Review: accepted (Office, …)" with no word
    of who signed it. The step's claimed author stands beside the key that signed it."""
    field, office = make_site("field", "Office"), make_site("office")
    field.keys.signing_key()
    office.trust.trust(field.keys.public_key_text(field.keys.current()), "Field site")
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    field.reviews.start(audit)
    field.reviews.accept(audit)  # under the head office's name: its author is "Office" too
    field.packages.export(field.audits.get(audit.id), tmp_path / "self-accepted.jalon")
    office.merges.merge_file(tmp_path / "self-accepted.jalon")
    key = field.keys.current().key_id

    shown = jalon(office.paths.data_dir, "review", "show", audit.id[:8]).stdout
    assert "Review: accepted (Office," in shown
    site = field.identity.site[:8]
    assert f"claimed: Office, site {site}; signed by Field site, key {key}" in shown
