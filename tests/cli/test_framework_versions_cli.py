"""`jalon framework diff`, `jalon framework install` and `jalon audit upgrade`, run as a user
runs them: a real `jalon` process on a real data directory."""

from __future__ import annotations

import pandas
from openpyxl import load_workbook

from tests.cli.test_cli import jalon
from tests.fixtures.sample_workbook import write_sample


def test_diff_prints_the_changes_and_drafts_a_crosswalk(tmp_path):
    draft = tmp_path / "draft.xlsx"
    result = jalon(
        tmp_path,
        "framework",
        "diff",
        "jalon_sp@2026.1",
        "jalon_sp@2026.2",
        "--draft-crosswalk",
        draft,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("jalon_sp 2026.1 (458abff34ded) -> jalon_sp 2026.2 (")
    assert (
        "4.3.2.2  removed: Is there a clear way to help clients who genuinely cannot pay, "
        "such as rescheduling, partial write-off or an insurance claim?" in lines
    )
    assert "    label [es]:" in lines and "    guidance [fr]:" in lines
    assert any(
        line.startswith(
            "crosswalk 2026.1 -> 2026.2: 2 merged, 2 new, 3 retired, "
            "2 reworded, 178 same; it covers every question"
        )
        for line in lines
    )
    # The draft is an SSSOM-shaped table any spreadsheet reader takes.
    table = pandas.read_excel(draft, sheet_name="crosswalk")
    assert list(table.columns[:8]) == [
        "subject_source",
        "subject_source_version",
        "subject_id",
        "subject_label",
        "predicate_id",
        "object_id",
        "object_label",
        "mapping_justification",
    ]
    relations = dict(zip(table.subject_id.fillna(""), table.predicate_id, strict=True))
    assert relations["q4_3_2_2"] == "retired"  # a person marks it merged
    assert relations["q3_2_2_1"] == "reworded" and relations["q1_1_1_1"] == "same"


def test_install_validates_first_and_refuses_another_content_under_a_known_version(tmp_path):
    sample = write_sample(tmp_path / "network.xlsx")
    first = jalon(tmp_path, "framework", "install", sample)
    assert "Installed sample 1" in first.stdout
    again = jalon(tmp_path, "framework", "install", sample)
    assert "Already installed: nothing changed." in again.stdout
    book = load_workbook(sample)
    book["survey"]["C3"] = "Written and approved strategy?"
    book.save(tmp_path / "changed.xlsx")
    changed = jalon(tmp_path, "framework", "install", tmp_path / "changed.xlsx", check=False)
    assert changed.returncode == 1
    assert "framework sample version 1 is already installed with another content" in (
        changed.stderr
    )
    listed = jalon(tmp_path, "framework", "list").stdout
    assert "sample       1           6 questions (+1 in modules)   installed  Sample framework" in (
        listed
    )


def test_upgrade_previews_then_upgrades_a_draft(tmp_path):
    created = jalon(
        tmp_path, "audit", "new", "--institution", "Kolda", "--framework", "jalon_sp@2026.1"
    ).stdout
    audit = created.split()[2]
    jalon(tmp_path, "audit", "answer", audit, "4.3.2.2", "partially")
    preview = jalon(tmp_path, "audit", "upgrade", audit, "--to", "2026.2", "--dry-run").stdout
    assert "carried      4.3.2.2 is carried to 3.2.2.1 (merged)" in preview
    assert preview.rstrip().endswith("Dry run: nothing was changed.")
    assert "jalon_sp 2026.1" in jalon(tmp_path, "audit", "show", audit).stdout
    jalon(tmp_path, "audit", "upgrade", audit, "--to", "2026.2", "--reason", "new release")
    shown = jalon(tmp_path, "audit", "show", audit).stdout
    assert "jalon_sp 2026.2" in shown and ": new release" in shown
    assert "3.2.2.1    partially" in shown
