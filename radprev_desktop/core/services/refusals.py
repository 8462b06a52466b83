"""What this part says when it refuses (messages marked for the catalogues, context "errors")."""

from __future__ import annotations

from radprev_desktop.core.text import QT_TRANSLATE_NOOP

THE_AUDITOR_SEES_RECORDS_METADATA_AND = QT_TRANSLATE_NOOP(
    "errors",
    "The auditor sees records' metadata and the audit log, not what officers wrote: search by prisoner name or number instead.",
)


A_PAGE_HOLDS_ROWS_AND_STARTS = QT_TRANSLATE_NOOP(
    "errors",
    "A page holds 1–1000 rows and starts at 0 or later.",
)

IS_NOT_A_DATE_YYYY_MM = QT_TRANSLATE_NOOP(
    "errors",
    "%1 is not a date (YYYY-MM-DD).",
)
