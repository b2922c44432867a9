"""English texts of reports and exports (see report_texts)."""

TEXTS = {
    # PDF report: cover and page furniture
    "report_title": "Social performance audit report",
    "draft": "DRAFT",
    "draft_notice": "Draft: this audit is not finalized. Answers and scores may still change.",
    "generated_on": "Generated on {date}",
    "seal_short": "Seal {seal}…",
    "page_of": "Page {page} of {pages}",
    "institution": "Institution",
    "country": "Country",
    "audit_type": "Type of audit",
    "period": "Period assessed",
    "period_range": "{start} – {end}",
    "period_from": "From {start}",
    "period_until": "Until {end}",
    "auditors": "Auditors",
    "framework": "Framework",
    "framework_version": "{name}, version {version}",
    "status": "Status",
    "status_draft": "Draft (not finalized)",
    "status_finalized": "Finalized on {date} by {author}",
    "generated": "Report generated",
    "audit_id": "Audit identifier",
    "fingerprint": "Fingerprint of the finalized audit (SHA-256 seal)",
    "fingerprint_help": "This fingerprint is computed from every answer, its full history, the "
    "action plan and the evidence files. Jalon recomputes it to show "
    "whether anything changed after finalization.",
    "seal_intact": "Seal verified: the audit data matches the fingerprint recorded at "
    "finalization.",
    "seal_broken": "Warning: the audit data no longer matches the fingerprint recorded at "
    "finalization.",
    # Summary
    "summary": "Summary",
    "overall_score": "Overall score",
    "coverage_line": "Coverage {share} ({answered} of {total} scored items answered)",
    "partial_note": "Partial result: {count} scored items are not answered yet.",
    "chart_caption": "Scores by dimension on a fixed scale from 0 to 100 %. Colours: red below "
    "50 %, amber from 50 %, green from 75 %.",
    "scores_by_dimension": "Scores by dimension",
    "strongest": "Strongest practices",
    "weakest": "Practices to strengthen",
    "method_note": "A score is the share of points obtained over the points possible among the "
    "answered items. Items marked not applicable and questions that do not apply "
    "to the institution are left out; coverage shows how much has been answered.",
    "code": "Code",
    "dimension": "Dimension",
    "practice": "Practice",
    "score": "Score",
    "coverage": "Coverage",
    "answered": "Answered",
    "scored_answered": "Scored items answered",
    # Dimension sections
    "label_colon": "{label}:",
    "question": "Question",
    "answer": "Answer",
    "points": "Points",
    "na_reason": "Reason for N/A",
    "comment": "Comment",
    "figure_confirmed": "Moved from {previous} to {value} since the previous audit; confirmed by "
    "{author} on {date}: {note}",
    "figure_confirmation": "Change confirmed",
    "evidence": "Evidence",
    "flagged_items": "Flagged for follow-up",
    "not_applicable": "Not applicable",
    "not_answered": "Not answered",
    "invalid_value": "{typed} (as typed; not valid: {problem})",
    "expects_number": "a number is expected",
    "expects_whole_number": "a whole number is expected",
    "expects_date": "a date written YYYY-MM-DD is expected",
    "expects_choice": "not one of the choices",
    # Organization information, action plan, evidence
    "org_information": "Organization information",
    "item": "Item",
    "value": "Value",
    "action_plan": "Action plan",
    "no_actions": "No action has been planned for this audit yet.",
    "target": "Indicator or practice",
    "action": "Action",
    "owner": "Responsible",
    "due": "Due date",
    "priority": "Priority",
    "action_status": "Status",
    "overdue": "overdue",
    "to_verify": "to verify",
    "action_note": "Note",
    "drop_reason": "Reason for dropping",
    "overdue_count": "Overdue actions: {count}",
    "previous_plan": "What became of the previous action plan",
    "previous_plan_help": (
        "Each action of the plan of the previous audit ({period}): its status "
        "then and now, and how the indicators it targets changed (like for "
        "like: a change in what was answered is not counted as a change of "
        "practice)."
    ),
    "status_then": "Status then",
    "status_now": "Status now",
    "target_change": "Its indicators",
    "not_carried": "Not carried over",
    "change_improved": "Improved",
    "change_regressed": "Regressed",
    "change_unchanged": "Unchanged",
    "change_newly assessed": "Newly assessed",
    "change_no longer assessed": "No longer assessed",
    "change_not comparable": "Not comparable",
    "change_none": "Not assessed",
    "sheet_previous_plan": "Previous plan",
    "carried_from": "Carried over",
    "evidence_annex": "Annex: evidence files",
    "evidence_help": "Files attached as evidence, kept in the audit's data. The SHA-256 "
    "prefix identifies each file exactly.",
    "no_evidence": "No evidence file is attached to this audit.",
    "file": "File",
    "size": "Size",
    "added_by": "Added by",
    "added_on": "Date",
    # Excel export
    "sheet_summary": "Summary",
    "sheet_answers": "Answers",
    "sheet_scores": "Scores",
    "sheet_organization": "Organization information",
    "sheet_actions": "Action plan",
    "scored_items": "Scored items",
    "standard": "Standard",
    "raw_value": "Stored value",
    "possible": "Possible",
    "applies": "Applies",
    "flagged": "Flagged",
    "department": "Department",
    "last_change": "Last change (UTC)",
    "changed_by": "Changed by",
    "yes": "Yes",
    "no": "No",
    "level": "Level",
    "label": "Label",
    "section": "Section",
    "created": "Created (UTC)",
    "updated": "Updated (UTC)",
    "level_root": "Overall",
    "level_dimension": "Dimension",
    "level_standard": "Standard",
    "level_practice": "Practice",
    "level_section": "Section",
    "level_module": "Module",
    "level_group": "Group",
    # Consolidated export
    "sheet_audits": "Audits",
    "sheet_all_answers": "All answers",
    "period_start": "Period start",
    "period_end": "Period end",
    "version": "Version",
    "code_in_newest": "Code in the newest version",
    # Offline fill-in workbook
    "sheet_fill": "Questionnaire",
    "sheet_instructions": "Instructions",
    "fill_title": "Offline questionnaire – {institution}",
    "fill_subtitle": "{framework}, version {version}. Exported on {date}.",
    "fill_step_answer": 'Answer in the sheet "{sheet}", one row per question. Only the '
    "yellow columns can be changed: Answer, Reason for N/A and Comment.",
    "fill_step_lists": "For questions with choices, pick the answer from the drop-down list "
    "of the cell.",
    "fill_step_numbers": "Numbers: type the figure only (a decimal comma or point are both "
    "accepted). Dates: type them as YYYY-MM-DD.",
    "fill_step_na": "If a question does not apply to the institution, leave the answer empty "
    'and explain why in "Reason for N/A".',
    "fill_step_empty": "An empty cell never erases an answer already recorded in Jalon. Answers "
    "already recorded are shown so that you can check or correct them.",
    "fill_step_rows": "Do not add, delete or move rows, columns or sheets, and do not change the "
    "codes: Jalon checks every row when the workbook comes back.",
    "fill_step_relevance": "Some questions only apply after certain answers (for example, "
    "details of a strategy only if the strategy exists). Leave them "
    "empty when they do not concern you.",
    "fill_step_return": "Save the file and send it back. It is imported into Jalon after a "
    "preview of every change; nothing is recorded before that check.",
    "fill_audit_line": "Audit {audit}",
    "fill_header_key": "Key",
    "fill_header_code": "Code",
    "fill_header_section": "Practice",
    "fill_header_question": "Question",
    "fill_header_guidance": "Guidance",
    "fill_header_expected": "Expected answer",
    "fill_header_answer": "Answer",
    "fill_header_na_reason": "Reason for N/A",
    "fill_header_comment": "Comment",
    "fill_expect_choice": "Choose from the list",
    "fill_expect_multiple": "One or more of: {choices} (separated by ;)",
    "fill_expect_integer": "Whole number",
    "fill_expect_decimal": "Number",
    "fill_expect_date": "Date (YYYY-MM-DD)",
    "fill_expect_text": "Text",
    "fill_required": "required",
    "fill_error_title": "Answer not accepted",
    "fill_error_choice": "Choose one of the answers of the list.",
    "fill_error_integer": "Type a whole number.",
    "fill_error_decimal": "Type a number.",
    "fill_error_date": "Type a date (YYYY-MM-DD).",
    # Progress since the previous audit, timeline of the institution
    "progress": "Progress since the previous audit",
    "progress_compared": "Compared with the audit of {date} ({framework}, version {version}; "
    "identifier {id}).",
    "progress_overall": "Overall score: {before} then {after}. Change: {change} points; change "
    "of practice: {practice} points.",
    "progress_across_versions": "The two audits use different versions of the framework "
    "({old} and {new}); they are compared through the crosswalk "
    "the newer version holds. Questions the framework redefined "
    "between them are not compared.",
    "progress_needs_crosswalk": "The previous audit ({date}) used version {old} of the "
    "framework and this one uses version {new}. Comparing them "
    "needs a crosswalk between the two versions, which version "
    "{new} does not hold, so no progress is shown.",
    "progress_chart_caption": "Grey: the previous audit; blue: this audit. Fixed scale from 0 "
    "to 100 %.",
    "before": "Before",
    "after": "After",
    "change": "Change",
    "practice_change": "Change of practice",
    "progress_note": "Change: the raw change of the score, in points. Change of practice: the "
    "change over the questions scored in both audits only. * What was "
    "answered differs between the two audits, so part of the raw change comes "
    "from what was answered, not from practice.",
    "progress_counts": "Questions: {improved} improved, {regressed} regressed, {unchanged} "
    "unchanged, {newly} newly assessed, {gone} no longer assessed.",
    "progress_improved": "Questions that improved ({count})",
    "progress_regressed": "Questions that regressed ({count})",
    "progress_newly_assessed": "Newly assessed ({count})",
    "progress_newly_help": "Not answered, not applicable or not asked last time. Their scores "
    "count in this audit but are not a change of practice.",
    "progress_no_longer_assessed": "No longer assessed ({count})",
    "progress_gone_help": "Scored last time, unanswered or not applicable this time. They are "
    "not a change of practice either.",
    "progress_not_comparable": "{count} questions were redefined by the framework between the "
    "two versions and are not compared.",
    "timeline": "Timeline of the institution",
    "timeline_caption": "Overall score (thick line) and the score of each dimension at every "
    "audit of the institution up to this one, on a fixed scale from 0 to "
    "100 %.",
    "audit_of": "Audit",
    "this_audit": "this audit",
    "sheet_progress": "Progress",
    "sheet_timeline": "Timeline",
    "score_before": "Score before",
    "coverage_before": "Coverage before",
    "score_after": "Score after",
    "coverage_after": "Coverage after",
    "change_points": "Change (points)",
    "practice_change_points": "Change of practice (points)",
    "newly_assessed": "Newly assessed",
    "no_longer_assessed": "No longer assessed",
    "share_before": "Points obtained before",
    "share_after": "Points obtained after",
    "indicator_change": "Change",
    "question_improved": "improved",
    "question_regressed": "regressed",
    "question_unchanged": "unchanged",
    "question_newly_assessed": "newly assessed",
    "question_no_longer_assessed": "no longer assessed",
    "question_not_comparable": "not comparable",
    "previous_code": "Code before",
    # Peer benchmark
    "peers_heading": "Against the peer group",
    "peers_line": "Compared with the {count} institutions of the peer group {group} in the "
    "network's benchmark of {date}. Peer groups smaller than {minimum} "
    "institutions are not published, and the benchmark names none of them.",
    "peers_none": "No peer benchmark applies to this audit: the benchmark of {date} has no peer "
    "group {group} for this framework version (groups smaller than {minimum} "
    "institutions are not published).",
    "peers_other_version": "No comparison with peers: the network's benchmark of {date} holds "
    "the peer groups of this framework on version {versions}, and this audit is on version "
    "{version}. No crosswalk installed here leads from {version} to {versions}, so the scores "
    "of the two versions are not put side by side.",
    "peers_read_as": "This audit, made with version {version} of the framework, is read as "
    "version {read_as} through the framework's crosswalk, as the network's audits were: its "
    "scores in the table are those of version {read_as}, and the charts, which show version "
    "{version}, carry no peer marks.",
    "peers_group_country": "country {value}",
    "peers_group_field": "{label}: {value}",
    "peers_group_missing": "(not answered)",
    "peers_chart_caption": "Against the peer group: the grey box spans its middle half (first to "
    "third quartile), the dark line is its median; on the radar, the "
    "dashed line is the peer median.",
    "peers_table_note": "The quarter says where the audit's score falls among the peer group's "
    "scores: in the lowest quarter it is below the first quartile, in the "
    "highest above the third.",
    "peer_q1": "Peer Q1",
    "peer_median": "Peer median",
    "peer_q3": "Peer Q3",
    "peer_quarter": "Quarter",
    "peer_institutions": "Institutions",
    "quarter_1": "lowest",
    "quarter_2": "second",
    "quarter_3": "third",
    "quarter_4": "highest",
    "peer_below_median": "Median − Q1 (chart)",
    "peer_above_median": "Q3 − median (chart)",
    "sheet_peers": "Peer group",
}
