"""Checklist runner: evidence before ticks, required sections, completion sealed in the vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from radprev_desktop.core.change_set import Change
from radprev_desktop.core.services import checklists, subjects
from radprev_desktop.core.services.checklists import Answer, RunStatus
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
from tests.gui.page_on_screen import shown_page


@pytest.fixture
def runner(qtbot, officer: Session):  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, ChecklistRunnerPage, officer, (900, 900), refresh=False)
    subject = subjects.create_subject(
        officer,
        prison_number="SR-77",
        family_name="Петровић",
        given_names="Марко",
        unit="A",
    )
    return page, subject.id


def test_complete_checklist_run(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    qtbot.wait(20)  # new item rows are shown by the layout on the next event loop turn
    assert page.run is not None and page.run.status is RunStatus.DRAFT
    # The non-indicators banner is visible from the start.
    assert page.banner.isVisible()
    assert "NOT indicators" in page.banner.text()
    done, total = page.answered()
    assert done == 0 and total > 20
    assert "Answered 0 of" in page.progress.text()

    # Observed without an example: refused with a message, nothing sealed.
    row = page.item_row("A3.2")
    qtbot.mouseClick(row.observed, Qt.MouseButton.LeftButton)
    assert row.evidence_row.isVisible()
    assert not page.complete()
    assert "concrete example" in page.messages.text()
    assert checklists.get_run(officer, page.run.id, audit=False).status is RunStatus.DRAFT

    qtbot.keyClicks(row.evidence, "Said all guards are enemies of his group, on the yard")
    # The date starts on today and is typed over in the language's format (issue 10: it
    # turned "2026-11-26" into "date?20261126" or 2001-11-26).
    assert row.date.date() == QDate.currentDate()
    two_days_ago = QDate.currentDate().addDays(-2)
    row.date.setFocus()
    qtbot.keyClick(row.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(row.date, two_days_ago.toString("yyyy-MM-dd"))
    assert row.date.date() == two_days_ago
    assert row.date.text() == two_days_ago.toString("yyyy-MM-dd")
    page.item_row("A1.1").not_observed.setChecked(True)
    page.item_row("A4.1").unknown.setChecked(True)
    assert page.answered()[0] == 3
    assert page.save()  # partial save
    saved = checklists.get_run(officer, page.run.id, audit=False)
    assert {a.item_code: a.answer for a in saved.answers} == {
        "A3.2": Answer.OBSERVED,
        "A1.1": Answer.NOT_OBSERVED,
        "A4.1": Answer.UNKNOWN,
    }

    # Required sections: protective factors and other explanations.
    page.summary.setPlainText("One hostile remark; otherwise settled.")
    assert not page.complete()
    assert "Protective factors" in page.messages.text()
    prot = page.item_row("P1")
    prot.observed.setChecked(True)
    qtbot.keyClicks(prot.evidence, "Weekly visits from his mother")
    assert not page.complete()
    assert "Other possible explanations" in page.messages.text()
    page.other_explanations.setPlainText("Conflict over a debt with another prisoner.")
    review = date.today() + timedelta(days=60)
    page.next_review.setDate(QDate(review.year, review.month, review.day))
    completed = checklists.complete_run.changes
    with qtbot.waitSignal(
        page.ctx.changed, timeout=2000, check_params_cb=lambda changes: changes == completed
    ):
        assert page.complete()
    assert completed & Change.CHECKLISTS and completed & Change.SYNC

    run = checklists.get_run(officer, page.run.id, audit=False)
    assert run.status is RunStatus.COMPLETED
    assert run.next_review_date == review.isoformat()
    assert run.other_explanations == "Conflict over a debt with another prisoner."
    answers = checklists.answers_by_code(run)
    assert answers["A3.2"].evidence.startswith("Said all guards")
    assert answers["A3.2"].evidence_date == (date.today() - timedelta(days=2)).isoformat()
    assert answers["P1"].answer is Answer.OBSERVED
    assert answers["A2.1"].answer is Answer.UNKNOWN  # unanswered → unknown when sealed
    # The result shows counts per domain; no total row, widgets read-only.
    assert page.result.isVisible()
    domains = [page.result.item(r, 0).text().split()[0] for r in range(page.result.rowCount())]
    assert "A3" in domains and "P" in domains
    assert not any(
        "total" in page.result.item(r, 0).text().lower() for r in range(page.result.rowCount())
    )
    assert not page.item_row("A3.2").observed.isEnabled()
    assert not page.complete_button.isEnabled()
    _review_sentence_in_english_and_serbian(page, run, review)


def _review_sentence_in_english_and_serbian(page, run, review: date) -> None:  # type: ignore[no-untyped-def]
    """The next review date in the language's format; a dotted date ends the sentence once."""
    assert f"Next review: {review.isoformat()}. The counts" in page.messages.text()
    i18n.install_language("sr_Latn")
    try:
        page.saving.show_result(run)
        dotted = review.strftime("%d.%m.%Y.")
        assert f"Sledeća provera: {dotted} Brojevi" in page.messages.text()
        assert ".." not in page.messages.text()
    finally:
        i18n.install_language("en")


def test_clear_removes_everything(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    page.item_row("A1.2").observed.setChecked(True)
    page.item_row("A1.2").evidence.setText("Stopped going to work")
    page.summary.setPlainText("Notatka: Łódź")
    page.clear()
    assert page.run is None
    assert page.rows == {}
    assert page.summary.toPlainText() == ""
    assert page.heading.text() == "" and page.banner.text() == ""
    with pytest.raises(KeyError):
        page.item_row("A1.2")


def test_draft_kept_before_lock(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    run_id = page.run.id
    page.item_row("A1.3").not_observed.setChecked(True)
    page.item_row("A2.1").observed.setChecked(True)  # no example yet: cannot be kept
    assert page.has_unsaved_changes()
    assert page.save_draft() is False  # the caller is told something could not be kept
    run = checklists.get_run(officer, run_id, audit=False)
    assert {a.item_code for a in run.answers} == {"A1.3"}
    assert page.item_row("A2.1").date.date() == QDate.currentDate()


def test_correct_a_completed_run(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    page.item_row("A1.1").not_observed.setChecked(True)
    page.protective_none.setChecked(True)
    page.other_none.setChecked(True)
    page.summary.setPlainText("Nothing of note this month.")
    assert page.complete()
    run_id = page.run.id
    assert page.amend_button.isVisibleTo(page)
    page.start_amend()
    row = page.item_row("A1.1")
    row.observed.setChecked(True)
    row.evidence.setText("Left the education class for good on Monday")
    row.date.setDate(QDate.currentDate().addDays(-1))
    assert not page.save_amend()  # no reason yet
    assert "reason" in page.messages.text()
    page.amend_reason.setText("Education officer reported it late")
    assert page.save_amend()
    history = checklists.run_history(officer, run_id)
    assert [r.version for r in history] == [1, 2]
    assert history[0].answer_for("A1.1").answer is Answer.NOT_OBSERVED
    assert history[1].answer_for("A1.1").answer is Answer.OBSERVED
    assert history[1].amendment_reason == "Education officer reported it late"
    assert all(r.status is RunStatus.COMPLETED for r in history)


def test_closing_an_untouched_run_leaves_no_empty_draft(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, subject_id = runner
    page.new_for_subject(subject_id)
    assert len(checklists.runs_for_subject(officer, subject_id)) == 1
    with qtbot.waitSignal(page.finished, timeout=1000):
        page.close_runner()
    assert checklists.runs_for_subject(officer, subject_id) == []
    # A run with one answer is kept as a draft.
    page.new_for_subject(subject_id)
    page.item_row("A1.1").unknown.setChecked(True)
    page.close_runner()
    [kept] = checklists.runs_for_subject(officer, subject_id)
    assert kept.status is RunStatus.DRAFT
    assert [a.item_code for a in kept.answers] == ["A1.1"]


def test_clear_after_every_state_leaves_no_dead_widget(qtbot, runner, officer: Session) -> None:  # type: ignore[no-untyped-def]
    """Issue 10: clear() raised "Internal C++ object (QCheckBox) already deleted"."""
    page, subject_id = runner
    page.new_for_subject(subject_id)
    run_id = page.run.id
    page.clear()  # new
    qtbot.wait(10)
    page.load(run_id)
    page.item_row("A1.1").not_observed.setChecked(True)
    page.protective_none.setChecked(True)
    assert page.save()
    page.clear()  # half
    qtbot.wait(10)
    page.load(run_id)
    assert page.protective_none.isChecked()
    page.other_none.setChecked(True)
    page.summary.setPlainText("Nothing of concern seen this month.")
    assert page.complete(), page.messages.text()
    page.clear()  # complete
    qtbot.wait(10)
    page.load(run_id)  # reopened (read-only, sealed)
    assert page.run.status is RunStatus.COMPLETED
    assert not page.protective_none.isEnabled()
    page.clear()
    qtbot.wait(10)
    page.clear()  # twice in a row, as lock then switch user do
    assert page.run is None and not page.rows
    assert page.protective_none.isChecked() is False
