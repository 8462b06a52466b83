"""What an audit entry means, in words a prisoner can read (the access report).

The audit log stores short action codes (`subject_file_opened`, `report_generated`);
the person asking what was done with their data gets a sentence in the report
language instead. Codes are grouped by what happened to the file, so a new code
falls into its group by its name; `tests/unit/test_access_report_redaction.py`
checks every code written anywhere in the code base has a group.
"""

from __future__ import annotations

from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Source

READ = QT_TRANSLATE_NOOP("reports", "Read the file or a record in it")
SEARCHED = QT_TRANSLATE_NOOP("reports", "Found the file in a search or a list")
DETAILS = QT_TRANSLATE_NOOP("reports", "Recorded or corrected the prisoner's details")
WROTE = QT_TRANSLATE_NOOP("reports", "Wrote or corrected an observation")
REVIEWED = QT_TRANSLATE_NOOP("reports", "Reviewed an observation")
CHECKLIST = QT_TRANSLATE_NOOP("reports", "Completed or corrected a checklist")
PRINTED = QT_TRANSLATE_NOOP("reports", "Made a report")
DISCLOSED = QT_TRANSLATE_NOOP("reports", "Gave data to another authority")
EXPORTED = QT_TRANSLATE_NOOP("reports", "Sent to the central office")
TRANSFERRED = QT_TRANSLATE_NOOP("reports", "Transfer to another establishment")
REFERRAL = QT_TRANSLATE_NOOP("reports", "Referral to a programme")
RETENTION = QT_TRANSLATE_NOOP("reports", "Decision on keeping or erasing the file")
LINKED = QT_TRANSLATE_NOOP("reports", "Decision whether two files are the same person")
RESTRICTED = QT_TRANSLATE_NOOP("reports", "Restriction, correction or dispute of the data")
OTHER = QT_TRANSLATE_NOOP("reports", "Other recorded action on the file")

#: Exact codes first, then the start of a code (the group of every code beginning so).
EXACT: dict[str, Source] = {
    "subject_file_opened": READ,
    "observation_read_for_review": READ,
    "source_identity_viewed": READ,
    "conflict_viewed": READ,
    "observation_reviewed": REVIEWED,
    "report_generated": PRINTED,
    "report_saved": PRINTED,
    "report_printed": PRINTED,
    "handover_made": DISCLOSED,
    "record_disclosed": DISCLOSED,
    "subject_access_exported": DISCLOSED,
    "transfer_bundle_issued": TRANSFERRED,
    "transfer_received": TRANSFERRED,
    "transfer_recorded": TRANSFERRED,
    "subject_erased": RETENTION,
    "rejected_report_erased": RETENTION,
    "dpo_question_asked": READ,
    "subject_link_undone": LINKED,
    "consolidated_view": SEARCHED,
    "link_suggestions_viewed": SEARCHED,
    "dashboard_viewed": SEARCHED,
    "review_queue_viewed": SEARCHED,
    "search": SEARCHED,
}
#: Ends of codes: consultations (services/consultation.py) name what was read or listed.
SUFFIXES: tuple[tuple[str, Source], ...] = (
    ("_listed", SEARCHED),
    ("_searched", SEARCHED),
    ("_compared", SEARCHED),
    ("_viewed", READ),
    ("_read", READ),
    ("_opened", READ),
)
PREFIXES: tuple[tuple[str, Source], ...] = (
    ("subject_files_", LINKED),
    ("subject_restrict", RESTRICTED),
    ("record_note", RESTRICTED),
    ("rectification", RESTRICTED),
    ("subject_", DETAILS),
    ("observation_", WROTE),
    ("checklist", CHECKLIST),
    ("referral_", REFERRAL),
    ("retention_", RETENTION),
    ("report_", PRINTED),
    ("package_", EXPORTED),
    ("export", EXPORTED),
)


def meaning(action: str) -> Source:
    """The group of an audit action code: exact codes, then ends, then starts (OTHER
    when no group fits)."""
    if action in EXACT:
        return EXACT[action]
    for end, group in SUFFIXES:
        if action.endswith(end):
            return group
    for prefix, group in PREFIXES:
        if action.startswith(prefix):
            return group
    return OTHER
