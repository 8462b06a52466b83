"""PDF reports (ReportLab): one module per report, page furniture in `furniture`.

Each report function takes a Session, checks the user's role itself and
returns a `Report` (PDF bytes built in memory plus its document id). Printing,
previewing or saving one is recorded with `disclosure.record_disclosure`.
"""

from radprev_desktop.core.reports.furniture import Report, ReportFontMissing, ReportKind

__all__ = ["Report", "ReportFontMissing", "ReportKind"]
