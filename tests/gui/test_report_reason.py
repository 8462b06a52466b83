"""The Reports page's reason follows the report chosen: the access report answers the
person's request, and a reason chosen for another report never stays unnoticed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core import audit
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.session import Session
from radprev_desktop.gui.pages.reports import ReportsPage
from tests.factories import subject, submitted
from tests.gui.test_reports_page import choose, make_page


def _reason(page: ReportsPage) -> tuple[str, str]:
    return str(page.reason.currentData()), page.reason_text.text()


def test_the_reason_follows_the_report_chosen(qtbot, officer: Session, auditor: Session) -> None:  # type: ignore[no-untyped-def]
    prisoner = subject(officer, number="PL-3111", family="Krasniqi", given="Arben")
    submitted(officer, prisoner.id)
    auditor.justification = ("other", "monthly DPO check")
    page = make_page(qtbot, auditor)
    choose(page, ReportKind.DATA_PROTECTION)
    assert _reason(page) == ("other", "monthly DPO check")  # the session's reason
    choose(page, ReportKind.ACCESS)
    assert _reason(page) == ("data_subject_request", "")  # not the session's, not "review"
    qtbot.keyClicks(page.reason_text, "request of 2 Nov")
    qtbot.keyClicks(page.picker.query, "PL-3111")
    qtbot.keyClick(page.picker.query, Qt.Key.Key_Return)
    assert page.picker.subject_id == prisoner.id
    assert _reason(page) == ("data_subject_request", "request of 2 Nov")  # the user's words stay
    # A report chosen next starts from its own reason, not from the access report's.
    choose(page, ReportKind.DATA_PROTECTION)
    assert _reason(page) == ("other", "monthly DPO check")
    choose(page, ReportKind.ACCESS)
    assert _reason(page) == ("data_subject_request", "")
    page.reason.setCurrentIndex(page.reason.findData("supervision"))  # the user's own choice
    page.picker.subject_chosen.emit(prisoner.id)
    assert _reason(page)[0] == "supervision"  # chosen for this report: it stays
    page.reason.setCurrentIndex(page.reason.findData("data_subject_request"))
    qtbot.keyClicks(page.reason_text, "letter 7")
    qtbot.keyClicks(page.recipient, "The prisoner")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.report is not None and page.report.kind is ReportKind.ACCESS
    entry = audit.read_entries(auditor.con)[-1]
    assert entry.action == "report_previewed"
    assert entry.justification == "data_subject_request: letter 7"
    page.clear()  # lock: the next user starts from the suggestion again
    page.refresh()
    choose(page, ReportKind.ACCESS)
    assert _reason(page) == ("data_subject_request", "")
