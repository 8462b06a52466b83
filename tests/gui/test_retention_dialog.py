"""Retention decisions on screen: the supervisor keeps an overdue file with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.dashboard import DashboardPage
from radprev_desktop.gui.retention_dialog import RetentionDialog
from tests.gui.modal import respond_to_modal


def test_supervisor_keeps_an_overdue_file(qtbot, make_session: Callable[..., Session]) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga", units=["A"])
    supervisor = make_session(Role.SUPERVISOR, username="stefan", units=["A"])
    late = (date.today() - timedelta(days=5)).isoformat()
    sid = subjects.create_subject(
        officer, prison_number="PL-5", family_name="Kos", given_names="Jan", unit="A",
        review_due=late,
    ).id  # fmt: skip
    ctx = AppContext()
    ctx.session = supervisor
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    dashboard.show()
    supervisor.justification = ("review", "weekly")
    dashboard.refresh()
    assert dashboard.retention_button.isVisible()  # core: supervisors decide retention

    dialog = RetentionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "PL-5"
    assert dialog.next_review.isEnabled() and not dialog.keep_text.isEnabled()
    next_year = QDate.currentDate().addMonths(12)
    dialog.next_review.setDate(next_year)
    seen: list[str] = []
    respond_to_modal(seen=seen)  # no reason: the message says so, and nothing changes
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert any("reason" in text.lower() for text in seen)
    assert subjects.get_subject(supervisor, sid).review_due == late
    QTest.keyClicks(dialog.reason, "still needed for the open case")
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert subjects.get_subject(supervisor, sid).review_due == next_year.toString(
        Qt.DateFormat.ISODate
    )
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.rejected_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "No rejected report is past its period."


def test_officers_do_not_see_it(qtbot, make_session: Callable[..., Session]) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.session = make_session(Role.OFFICER, username="olga", units=["A"])
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.refresh()
    assert not dashboard.retention_button.isVisible()
