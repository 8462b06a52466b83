"""Record notes in words (the file screen, the access report, the command line).

Rectification requests, disputes and restriction notes are stored with short codes
(core/services/record_notes.py); a person reading them gets words in their language.
"""

from __future__ import annotations

from radprev_desktop.core.services.record_notes import RecordNote
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Source, Text

KINDS: dict[str, Source] = {
    "rectification": QT_TRANSLATE_NOOP("reports", "Rectification request"),
    "dispute": QT_TRANSLATE_NOOP("reports", "Dispute"),
    "restriction_set": QT_TRANSLATE_NOOP("reports", "Processing restricted"),
    "restriction_lifted": QT_TRANSLATE_NOOP("reports", "Restriction lifted"),
}
OUTCOMES: dict[str, Source] = {
    "open": QT_TRANSLATE_NOOP("reports", "open, not decided yet"),
    "rectified": QT_TRANSLATE_NOOP("reports", "rectified"),
    "refused": QT_TRANSLATE_NOOP("reports", "refused"),
    "noted": QT_TRANSLATE_NOOP("reports", "noted beside the record"),
}
ABOUT: dict[str, Source] = {
    "subject": QT_TRANSLATE_NOOP("reports", "the prisoner's details"),
    "observation": QT_TRANSLATE_NOOP("reports", "an observation"),
    "checklist_run": QT_TRANSLATE_NOOP("reports", "a checklist run"),
}


def outcome(note: RecordNote) -> Text:
    """What came of a request, in one line: 'rectified by version 3', 'refused: …'."""
    if note.outcome == "rectified" and note.outcome_version:
        return Text(
            QT_TRANSLATE_NOOP("reports", "rectified by version %1"),
            note.outcome_version,
        )
    if note.outcome == "refused":
        return Text(QT_TRANSLATE_NOOP("reports", "refused: %1"), note.outcome_reason)
    if note.outcome == "noted":
        return Text(
            QT_TRANSLATE_NOOP("reports", "noted beside the record: %1"), note.outcome_reason
        )
    if note.outcome in OUTCOMES:
        return Text(OUTCOMES[note.outcome])
    return Text(QT_TRANSLATE_NOOP("reports", "not a request"))
