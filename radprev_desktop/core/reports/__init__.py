"""PDF reports (ReportLab): one module per report; shared: typography, furniture, flowables.

Each report function takes a Session, checks the user's role itself and
returns a `Report` (PDF bytes built in memory plus its document id). Printing,
previewing or saving one is recorded with `disclosure.record_disclosure`.
"""

from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.furniture import Report
from radprev_desktop.core.reports.typography import ReportFontMissing

__all__ = ["Report", "ReportFontMissing", "ReportKind"]
