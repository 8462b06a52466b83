"""The checklist's status line after completing (soak9, session 9): it still said
"Unanswered items are recorded as unknown when you complete" on a sealed run. It now
says what completing did, and what a correction will do while one is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from radprev_desktop.core.services import checklists
from radprev_desktop.core.services.checklists import Answer, RunStatus
from radprev_desktop.core.session import Session
from tests.gui.test_checklist_runner import runner

__all__ = ["runner"]  # the runner fixture, shared with the runner's own tests


def test_the_status_line_says_what_completing_did(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    qtbot.wait(20)
    done, total = page.answered()
    assert done == 0 and total > 20
    before = page.progress.text()
    assert before == (
        f"Answered 0 of {total} items. Unanswered items are recorded as unknown when you complete."
    )
    page.item_row("A1.1").not_observed.setChecked(True)
    page.item_row("A4.1").unknown.setChecked(True)
    prot = page.item_row("P1")
    qtbot.mouseClick(prot.observed, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(prot.evidence, "Weekly visits from his mother")
    page.other_explanations.setPlainText("Conflict over a debt with another prisoner.")
    assert "Answered 3 of" in page.progress.text()
    page.summary.setPlainText("Settled on the wing.")
    assert page.complete(), page.messages.text()
    assert page.run is not None
    run = checklists.get_run(officer, page.run.id, audit=False)
    assert run.status is RunStatus.COMPLETED
    unknown = sum(1 for a in run.answers if a.answer is Answer.UNKNOWN)
    assert unknown == total - 2  # A4.1 answered unknown, the unanswered ones recorded so
    text = page.progress.text()
    assert "when you complete" not in text
    assert text == (
        f"Completed and sealed: all {total} items are recorded, {unknown} of them as unknown "
        "(items left unanswered included). A change now is a correction, kept as a new version."
    )
    # Opened again later: the same line.
    page.load(run.id)
    assert page.progress.text() == text
    # A correction being typed says what saving it will do.
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert page.amending
    assert page.progress.text() == (
        f"Correcting the completed checklist: answered {total} of {total} items. "
        "Unanswered items are recorded as unknown when you save the correction."
    )
