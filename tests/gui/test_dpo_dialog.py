"""The DPO's questions on screen: the auditor asks, sees the answer in words, previews the PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from radprev_desktop.core import audit_words
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subject_file, subjects
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.dpo_dialog import DpoDialog
from radprev_desktop.gui.texts.audit_text import ACTIONS, action_text


def test_auditor_asks_who_consulted_a_file(qtbot, make_session: Callable[..., Session]) -> None:  # type: ignore[no-untyped-def]
    officer = make_session(Role.OFFICER, username="olga", units=["A"])
    supervisor = make_session(Role.SUPERVISOR, username="stefan", units=["A"])
    auditor = make_session(Role.AUDITOR, username="aida")
    sid = subjects.create_subject(
        officer, prison_number="PL-88", family_name="Lis", given_names="Ola", unit="A"
    ).id
    subject_file.open_subject_file(supervisor, sid, make_justification("review", "file review"))
    ctx = AppContext()
    ctx.session = auditor
    dialog = DpoDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.date_from.isEnabled()  # the first question is about one file
    QTest.keyClicks(dialog.prison_number, "PL-88")
    QTest.keyClicks(dialog.reason, "complaint 2026-7")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    cells = [
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
    ]
    assert cells and "stefan" in cells and "opened a prisoner's file" in cells
    assert "Review of the file: file review" in cells  # the reason in words, not "review: …"
    asked = auditor.con.execute(
        "SELECT justification FROM audit WHERE action = 'dpo_question_asked'"
    ).fetchall()
    assert [r[0] for r in asked] == ["complaint 2026-7"]

    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.preview.memory.page_count >= 1
    dialog.question.setCurrentIndex(2)  # exports in a period: the dates, not the prisoner
    assert dialog.date_from.isEnabled() and not dialog.prison_number.isEnabled()


def test_the_screen_and_the_pdf_take_actions_from_the_one_core_table() -> None:
    assert audit_words.ACTIONS
    assert {code: str(a.words) for code, a in audit_words.ACTIONS.items()} == ACTIONS
    assert action_text("subjects_listed") == "listed prisoners"
    assert action_text("made_up_code") == "made up code"
