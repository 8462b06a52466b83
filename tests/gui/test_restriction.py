"""The prisoner's file: a supervisor restricts processing and lifts it, typing the reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage


def type_into_next_dialog(text: str, asked: list[str]) -> None:
    """When the reason dialog opens, type `text` (ASCII) and press Enter, as a user would."""

    def answer(left: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            if left > 0:
                QTimer.singleShot(10, lambda: answer(left - 1))
            return
        asked.append(box.labelText())
        edit = box.findChild(QLineEdit)
        assert edit is not None
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def _page(qtbot, session: Session, subject_id: str) -> SubjectDetailPage:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.session = session
    session.justification = ("review", "file review")
    page = SubjectDetailPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.open_subject(subject_id)
    return page


def test_supervisor_restricts_and_lifts(qtbot, make_session: Callable[..., Session]) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga", units=["A"])
    supervisor = make_session(Role.SUPERVISOR, username="stefan", units=["A"])
    sid = subjects.create_subject(
        officer, prison_number="PL-31", family_name="Wójcik", given_names="Adam", unit="A"
    ).id
    assert not _page(qtbot, officer, sid).restrict_button.isEnabled()  # core says who may

    page = _page(qtbot, supervisor, sid)
    button = page.restrict_button
    assert button.isEnabled() and button.text().replace("&", "") == "Restrict processing…"
    asked: list[str] = []
    type_into_next_dialog("Accuracy disputed by the prisoner", asked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and "restricted" in asked[0]
    assert subjects.get_subject(supervisor, sid).restricted
    assert page.identity["restricted"].text() == "Restricted: accuracy disputed"
    assert button.text().replace("&", "") == "Lift restriction…"

    type_into_next_dialog("Corrected by an amendment", asked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not subjects.get_subject(supervisor, sid).restricted
    assert page.identity["restricted"].text() == "none"
    actions = [
        r[0]
        for r in supervisor.con.execute(
            "SELECT action FROM audit WHERE object_id = ? AND action LIKE 'restriction%' "
            "ORDER BY seq",
            (sid,),
        )
    ]
    assert actions == ["restriction_set", "restriction_lifted"]
