"""A file whose reason for access was not given (the question cancelled, e.g. after an
unlock) opens with *Change reason…*: the page stayed empty, only that button enabled,
and the reason given there opened nothing (bundle walk, session 9)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages import subject_detail
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage


def test_change_reason_opens_the_file_that_waited_for_one(
    qtbot, make_session: Callable[..., Session], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    supervisor = make_session(Role.SUPERVISOR, username="stefan", units=["A"])
    sid = subjects.create_subject(
        supervisor, prison_number="PN-77", family_name="Lis", given_names="Ola", unit="A"
    ).id
    answers = [None, ("review", "file review")]

    def asked(session: Session, parent: object = None, *, ask_again: bool = False) -> object:
        if session.justification is None or ask_again:  # as the real one: asks only then
            session.justification = answers.pop(0)
        return session.justification

    monkeypatch.setattr(subject_detail, "ensure_justification", asked)
    ctx = AppContext()
    ctx.session = supervisor
    page = SubjectDetailPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.open_subject(sid)  # cancelled: not opened
    assert page.subject is None and page.reason_button.isEnabled()
    qtbot.mouseClick(page.reason_button, Qt.MouseButton.LeftButton)
    assert answers == []
    assert page.subject is not None and page.subject.id == sid
    assert "Lis" in page.title.text()
