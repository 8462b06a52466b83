"""Completing a checklist asks first (soak9, session 9: it sealed at once, unlike an
observation). The question says what is sealed and that a correction is then the only
way; Escape or Cancel seals nothing and loses nothing of what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core.services import checklists
from radprev_desktop.core.services.checklists import Answer, RunStatus
from radprev_desktop.core.session import Session
from tests.gui.modal import respond_to_modal
from tests.gui.test_checklist_runner import runner

__all__ = ["runner"]  # the runner fixture, shared with the runner's own tests


def test_completing_asks_first_and_escape_loses_nothing(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    qtbot.wait(20)
    assert page.run is not None
    run_id = page.run.id
    _, total = page.answered()
    page.item_row("A1.1").not_observed.setChecked(True)
    page.item_row("A4.1").unknown.setChecked(True)
    page.protective_none.setChecked(True)
    page.other_explanations.setPlainText("Conflict over a debt with another prisoner.")
    page.summary.setPlainText("Settled on the wing.")

    # Ctrl+Enter, then Escape: nothing sealed, everything typed still there and kept.
    asked: list[str] = []
    respond_to_modal(Qt.Key.Key_Escape, seen=asked)
    qtbot.keyClick(page.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "confirmComplete" in asked
    question = next(t for t in asked if "unanswered" in t)
    assert f"Answered 2 of {total} items; the {total - 2} unanswered items" in question
    assert "can only be changed by a correction with a reason" in question
    assert "Петровић" in question  # whose checklist: the page's heading
    run = checklists.get_run(officer, run_id, audit=False)
    assert run.status is RunStatus.DRAFT
    assert {a.item_code: a.answer for a in run.answers} == {
        "A1.1": Answer.NOT_OBSERVED,
        "A4.1": Answer.UNKNOWN,
    }
    assert page.summary.toPlainText() == "Settled on the wing."
    assert page.item_row("A1.1").not_observed.isChecked()
    assert page.complete_button.isEnabled() and not page.has_unsaved_changes()

    # The button, then Cancel: the same.
    respond_to_modal(button="Cancel")
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert checklists.get_run(officer, run_id, audit=False).status is RunStatus.DRAFT

    # The button, then *Complete and seal*: sealed.
    respond_to_modal(button="Complete and seal")
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    run = checklists.get_run(officer, run_id, audit=False)
    assert run.status is RunStatus.COMPLETED
    assert run.summary == "Settled on the wing."
    assert not page.complete_button.isEnabled()


def test_an_answer_core_refuses_is_shown_before_any_question(
    qtbot, runner, officer: Session
) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    qtbot.wait(20)
    assert page.run is not None
    qtbot.mouseClick(page.item_row("A3.2").observed, Qt.MouseButton.LeftButton)
    asked: list[str] = []
    respond_to_modal(Qt.Key.Key_Escape, seen=asked, tries=30)
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    qtbot.wait(500)  # the armed answer gives up after its tries: no question came
    assert asked == []
    assert "concrete example" in page.messages.text()
    assert checklists.get_run(officer, page.run.id, audit=False).status is RunStatus.DRAFT


def test_a_missing_section_is_said_before_any_question(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    """Walked in Serbian Cyrillic (ux10): *Complete and seal?* came first, and after Enter
    "protective factors are required". What completing would refuse is now said first."""
    page, subject_id = runner
    page.new_for_subject(subject_id)
    qtbot.wait(20)
    assert page.run is not None
    page.item_row("A1.1").not_observed.setChecked(True)
    page.summary.setPlainText("Settled on the wing.")  # protective factors left unanswered
    asked: list[str] = []
    respond_to_modal(Qt.Key.Key_Escape, seen=asked, tries=30)
    qtbot.keyClick(page.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(500)  # the armed answer gives up after its tries: no question came
    assert asked == []
    assert "Protective factors" in page.messages.text()
    assert checklists.get_run(officer, page.run.id, audit=False).status is RunStatus.DRAFT
