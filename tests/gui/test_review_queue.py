"""Supervisor's review queue: immediate first; accept, return, re-grade, reject; diff of versions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from radprev_desktop.core.model import (
    ObservationStatus,
    ReviewDecision,
    Role,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import observation_amendments, observations, reviews, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.review_queue import ReviewQueuePage
from tests.gui.page_on_screen import shown_page


def observe(session: Session, subject_id: str, facts: str, urgency: Urgency) -> str:
    data = observations.ObservationInput(
        subject_id=subject_id,
        facts=facts,
        assessment="Usually quiet; could be a debt dispute.",
        source_type=SourceType.OVERHEARD,
        urgency=urgency,
        other_explanations_none=True,
    )
    return observations.record(session, data, submit_now=True).id


@pytest.fixture
def queue(qtbot, officer: Session, make_session: Callable[..., Session]):  # type: ignore[no-untyped-def]
    supervisor = make_session(Role.SUPERVISOR, username="stefan")
    sid = subjects.create_subject(
        officer, prison_number="PL-500", family_name="Dąbrowski", given_names="Jerzy", unit="A"
    ).id
    ids = {
        "routine": observe(officer, sid, "Argued about the canteen list", Urgency.ROUTINE),
        "immediate": observe(
            officer, sid, "Said he would hurt a named officer tonight", Urgency.IMMEDIATE
        ),
        "priority": observe(officer, sid, "Passed notes to new arrivals", Urgency.PRIORITY),
        "fourth": observe(officer, sid, "Collected signatures for a complaint", Urgency.ROUTINE),
    }
    supervisor.justification = ("supervision", "daily review")
    page = shown_page(qtbot, ReviewQueuePage, supervisor, (1100, 900))
    return page, supervisor, ids


def test_immediate_first_and_decisions(qtbot, queue, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, supervisor, ids = queue
    order = [page.model.row_at(i).id for i in range(page.model.rowCount())]
    assert order[0] == ids["immediate"]
    assert order[1] == ids["priority"]
    assert "4" in page.count.text()
    # The immediate item is selected first and its instruction is shown.
    assert page.current is not None and page.current.id == ids["immediate"]
    assert page.urgent.isVisible()
    assert "Said he would hurt" in page.reading.toPlainText()

    # Accept the immediate one.
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert observations.get_observation(supervisor, ids["immediate"]).status is (
        ObservationStatus.ACCEPTED
    )
    # Now the priority one is first; return it without a comment: refused, nothing changes.
    assert page.current is not None and page.current.id == ids["priority"]
    assert not page.return_to_author()
    assert "needs a comment" in page.message.text()
    assert observations.get_observation(supervisor, ids["priority"]).status is (
        ObservationStatus.SUBMITTED
    )
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Who received the notes? Add the cell numbers.")
    assert page.return_to_author()
    assert observations.get_observation(supervisor, ids["priority"]).status is (
        ObservationStatus.RETURNED
    )
    [review] = reviews.reviews_of(supervisor, ids["priority"])
    assert review.decision is ReviewDecision.RETURN
    assert review.comment == "Who received the notes? Add the cell numbers."

    # Re-grade the routine one: source 3 (not reliable), information D, with a reason.
    assert page.current is not None and page.current.id == ids["routine"]
    page.grading.source.setCurrentIndex(page.grading.source.findData("3"))
    page.grading.information.setCurrentIndex(page.grading.information.findData("D"))
    page.comment.setPlainText("Hearsay from one prisoner only")
    assert page.regrade()
    regraded = observations.get_observation(supervisor, ids["routine"])
    assert regraded.status is ObservationStatus.ACCEPTED
    assert regraded.current_grading is not None
    assert (regraded.current_grading.source, regraded.current_grading.information) == ("3", "D")
    assert (regraded.grading.source, regraded.grading.information) == ("2", "C")  # officer's kept
    history = observations.grade_history(supervisor, ids["routine"])
    assert [h.kind for h in history] == ["proposed", "regraded"]

    # Reject the last one with a reason.
    assert page.current is not None and page.current.id == ids["fourth"]
    page.comment.setPlainText("Lawful complaint, not relevant")
    assert page.reject()
    assert observations.get_observation(supervisor, ids["fourth"]).status is (
        ObservationStatus.REJECTED
    )
    assert page.model.rowCount() == 0
    assert page.current is None


def test_amended_version_shows_diff(qtbot, queue, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page, supervisor, ids = queue
    reviews.return_to_author(supervisor, ids["priority"], "Add the cell numbers")
    observation_amendments.amend(
        officer,
        ids["priority"],
        "Supervisor asked for cells",
        {"facts": "Passed notes to cells A12 and A14"},
    )
    page.refresh()
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).id == ids["priority"]:
            page.view.selectRow(row)
    assert page.current is not None and page.current.version == 2
    assert page.tabs.isTabEnabled(1)
    diff = page.unified.toPlainText()
    assert "-Passed notes to new arrivals" in diff
    assert "+Passed notes to cells A12 and A14" in diff
    assert "Reason for the correction" in page.side.toPlainText()
    page.clear()
    assert page.model.rowCount() == 0
    assert page.reading.toPlainText() == "" and page.unified.toPlainText() == ""
    assert page.side.toPlainText() == ""


def test_officer_cannot_use_queue(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.session = officer
    page = ReviewQueuePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0
    assert "supervisor" in page.count.text()


def test_returned_observation_corrected_by_its_author(qtbot, queue, officer: Session) -> None:  # type: ignore[no-untyped-def]
    from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage

    page, supervisor, ids = queue
    reviews.return_to_author(supervisor, ids["routine"], "Which canteen list? Add the date.")
    octx = AppContext()
    octx.session = officer
    officer.justification = ("new_information", "")
    detail = SubjectDetailPage(octx)
    qtbot.addWidget(detail)
    obs = observations.get_observation(officer, ids["routine"])
    assert detail.open_subject(obs.subject_id)
    for row in range(detail.timeline_model.rowCount()):
        if detail.timeline_model.row_at(row).id == ids["routine"]:
            detail.timeline.selectRow(row)
    assert "Which canteen list? Add the date." in detail.reading.toPlainText()
    assert detail.amend_button.isEnabled()
    detail.amend_selected()
    editor = detail.editor
    assert "Which canteen list? Add the date." in editor.status_line.text()
    editor.facts.setPlainText("Argued about the canteen list of 3 March with the orderly")
    assert not editor.submit()  # a correction needs its reason
    assert "reason" in editor.messages.text()
    editor.amend_reason.setText("Supervisor asked which list")
    assert editor.submit()
    corrected = observations.get_observation(supervisor, ids["routine"])
    assert corrected.version == 2
    assert corrected.status is ObservationStatus.SUBMITTED
    assert corrected.amendment_reason == "Supervisor asked which list"
    page.refresh()
    assert ids["routine"] in [page.model.row_at(i).id for i in range(page.model.rowCount())]


def test_no_name_is_listed_before_the_reason_for_access(qtbot, supervisor, officer) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from radprev_desktop.core.services import observations, subjects
    from radprev_desktop.gui.context import AppContext
    from radprev_desktop.gui.pages.review_queue import ReviewQueuePage
    from tests.gui.modal import respond_to_modal

    person = subjects.create_subject(
        officer, prison_number="PL-77", family_name="Gashi", given_names="Blerim", unit="A"
    )
    observations.record(
        officer,
        observations.ObservationInput(
            subject_id=person.id,
            facts="Shouted at the chaplain.",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
        submit_now=True,
        confirm_sensitive=True,
    )
    ctx = AppContext()
    ctx.session = supervisor
    page = ReviewQueuePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.gate.isVisible() and not page.split.isVisible()
    assert page.model.rowCount() == 0
    respond_to_modal(reason="review")
    qtbot.mouseClick(page.gate.button, Qt.MouseButton.LeftButton)
    assert supervisor.justification is not None
    assert page.model.rowCount() == 1 and page.split.isVisible()
