"""The observation editor, driven from the keyboard only; the vault is checked afterwards."""

from __future__ import annotations

import time
import warnings

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.model import (
    ObservationStatus,
    PersonCategory,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import observation_fields, observations, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.texts.versions import observation_html
from tests.gui.modal import activate, respond_to_modal
from tests.gui.page_on_screen import shown_page


def make_subject(session: Session, number: str = "PL-1001") -> str:
    s = subjects.create_subject(
        session,
        prison_number=number,
        family_name="Wiśniewski",
        given_names="Łukasz",
        birth_year=1990,
        unit="A",
    )
    return s.id


@pytest.fixture
def editor(qtbot, officer: Session):  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, ObservationEditorPage, officer, (900, 1000), refresh=False)
    qtbot.waitExposed(page)
    return page.ctx, page


def consider(page: ObservationEditorPage) -> None:
    """What every sealed record needs besides the facts: the assessment and other explanations."""
    if not page.assessment.toPlainText():
        page.assessment.setPlainText("Usually quiet on the wing.")
    if not page.other_explanations.toPlainText():
        page.other_explanations.setPlainText("A quarrel over the television the evening before.")


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab(qtbot, page, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        w = focused() or page
        qtbot.keyClick(w, Qt.Key.Key_Tab)


def type_here(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    w = focused()
    assert w is not None
    qtbot.keyClicks(w, text)


def _type_the_texts_by_tab(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Place, duty, facts, assessment and other explanations, moving on with Tab only."""
    type_here(qtbot, "Wing A landing 2")
    tab(qtbot, page)
    assert focused() is page.duty
    type_here(qtbot, "landing officer")
    tab(qtbot, page)
    assert focused() is page.facts
    type_here(qtbot, 'He told cellmate "you will pay for this" and tore up the notice.')
    tab(qtbot, page)
    assert focused() is page.assessment
    type_here(qtbot, "Usually calm. Possibly a debt dispute with the cellmate.")
    tab(qtbot, page)
    assert focused() is page.other_explanations
    type_here(qtbot, "A debt over tobacco with the cellmate.")
    tab(qtbot, page)
    assert focused() is page.other_none
    tab(qtbot, page)


def test_new_observation_keyboard_only(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer)
    started = time.monotonic()
    page.new_for_subject(subject_id)
    page.activateWindow()
    page.place.setFocus()
    assert focused() is page.place

    _type_the_texts_by_tab(qtbot, page)
    assert focused() is page.source_type
    # "Overheard" is the second choice: Down arrow in the combo box.
    qtbot.keyClick(page.source_type, Qt.Key.Key_Down)
    assert page.source_type.currentData() == SourceType.OVERHEARD.value
    # The source type proposed a grade for hearsay (untested source, known indirectly).
    assert page.grading.source.currentData() == "2"
    assert page.grading.information.currentData() == "C"
    # Jump to urgency with its mnemonic (Alt+Y) and choose "priority".
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.urgency
    qtbot.keyClick(page.urgency, Qt.Key.Key_Down)
    assert page.urgency.currentData() == Urgency.PRIORITY.value
    assert not page.immediate_warning.isVisible()
    # Protective factors: Alt+O
    qtbot.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.protective
    type_here(qtbot, "regular family visits")
    tab(qtbot, page)
    assert focused() is page.person_category
    qtbot.keyClick(page.person_category, Qt.Key.Key_Home)  # prisoner
    tab(qtbot, page)
    assert focused() is page.person_description
    type_here(qtbot, "cellmate")
    qtbot.keyClick(page.person_description, Qt.Key.Key_Return)
    assert page.people.count() == 1
    # Action taken: Alt+C
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.action_taken
    type_here(qtbot, "Informed the wing manager.")
    # Ctrl+S saves a draft first.
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.observation_id is not None
    draft = observations.get_observation(officer, page.observation_id)
    assert draft.status is ObservationStatus.DRAFT
    # Ctrl+Enter submits after a short confirmation of what will be sealed (Enter confirms).
    asked: list[str] = []
    respond_to_modal(seen=asked)
    with qtbot.waitSignal(page.finished, timeout=2000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "confirmSubmit" in asked
    assert any("Priority" in text and "sealed" in text for text in asked)
    elapsed = time.monotonic() - started
    assert elapsed < 60

    obs = observations.get_observation(officer, page.observation_id, include_source_identity=True)
    assert obs.status is ObservationStatus.SUBMITTED
    assert obs.subject_id == subject_id
    assert obs.facts == 'He told cellmate "you will pay for this" and tore up the notice.'
    assert obs.assessment == "Usually calm. Possibly a debt dispute with the cellmate."
    assert obs.other_explanations == "A debt over tobacco with the cellmate."
    assert obs.place == "Wing A landing 2"
    assert obs.officer_duty == "landing officer"
    assert obs.source_type is SourceType.OVERHEARD
    assert (obs.grading.source, obs.grading.information, obs.grading.handling) == ("2", "C", "P")
    assert obs.urgency is Urgency.PRIORITY
    assert obs.protective_factors == ("regular family visits",)
    assert [(p.category, p.description) for p in obs.people] == [
        (PersonCategory.PRISONER, "cellmate")
    ]
    assert obs.action_taken == "Informed the wing manager."
    assert obs.recorded_by == officer.user.username


def test_immediate_shows_escalation_instruction(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    page.new_for_subject(make_subject(officer))
    assert not page.immediate_warning.isVisible()
    page.urgency.setFocus()
    qtbot.keyClick(page.urgency, Qt.Key.Key_End)
    assert page.urgency.currentData() == Urgency.IMMEDIATE.value
    assert page.immediate_warning.isVisible()
    assert "Escalate now in person or by phone" in page.immediate_warning.text()
    assert "do not wait for an export" in page.immediate_warning.text()


def test_missing_facts_gives_inline_message_and_saves_nothing(
    qtbot, editor, officer: Session
) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    page.place.setFocus()
    type_here(qtbot, "yard")
    qtbot.keyClick(page.place, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.messages.isVisible()
    assert "What was seen or heard is required" in page.messages.text()
    assert focused() is page.facts
    assert observations.list_for_subject(officer, subject_id) == []


def test_sensitive_word_nudges_but_does_not_block(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    page.facts.setFocus()
    type_here(qtbot, "He shouted at staff near the mosque poster in the corridor.")
    assert page.update_nudge() == ["mosque"]
    assert page.nudge.isVisible()
    assert "Is this necessary to describe the behaviour?" in page.nudge.text()
    consider(page)
    # Sealing asks once more; "change the wording" keeps the draft as it is.
    asked: list[str] = []
    respond_to_modal(button="Change the wording", seen=asked)
    assert not page.submit()
    assert "sensitiveQuestion" in asked and any("mosque" in t for t in asked)
    [draft] = observations.list_for_subject(officer, subject_id)
    assert draft.status is ObservationStatus.DRAFT
    # The evidence and the other explanations are read too, not only the facts.
    page.other_explanations.setPlainText("He may have been going to Friday prayers.")
    assert set(page.update_nudge()) >= {"mosque", "prayers"}
    activate(page)
    respond_to_modal(button="Necessary: keep and submit")
    assert page.submit()
    [obs] = observations.list_for_subject(officer, subject_id)
    assert "mosque" in obs.facts
    assert obs.status is ObservationStatus.SUBMITTED
    asked_about = {f.field: f.words for f in obs.sensitive_terms}  # type: ignore[attr-defined]
    assert "mosque" in asked_about["facts"] and "other_explanations" in asked_about
    # The supervisor's reading pane says that the question fired and what was kept.
    shown = observation_html(obs)
    assert "were necessary, and kept them" in shown and "mosque" in shown
    assert "Friday prayers" in shown  # the other explanations are shown with the record


def test_polish_text_autosave_and_clear(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    page.facts.setPlainText("Groził współosadzonemu: „zapłacisz za to”.")
    assert page.has_unsaved_changes()
    page.save_draft()
    [draft] = observations.list_for_subject(officer, subject_id)
    assert draft.status is ObservationStatus.DRAFT
    assert draft.facts == "Groził współosadzonemu: „zapłacisz za to”."
    page.clear()
    assert page.facts.toPlainText() == ""
    assert page.heading.text() == ""
    assert page.people.count() == 0
    assert page.subject_id is None and page.observation_id is None
    # The draft can be continued later.
    page.load(draft.id)
    assert page.facts.toPlainText() == draft.facts
    page.assessment.setPlainText("Можда сукоб због дуга.")
    page.other_none.setChecked(True)
    assert page.submit()
    obs = observations.get_observation(officer, draft.id)
    assert obs.assessment == "Можда сукоб због дуга."
    assert obs.status is ObservationStatus.SUBMITTED


def test_ctrl_n_picks_the_prisoner_first(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer, "PL-2002")
    page.new_observation()
    assert page.picker.isVisible()
    assert focused() is page.pick_query
    type_here(qtbot, "wisniewski")
    qtbot.keyClick(page.pick_query, Qt.Key.Key_Return)
    assert page.subject_id == subject_id
    assert not page.picker.isVisible()
    page.facts.setPlainText("Asked other prisoners to stop eating with staff")
    consider(page)
    assert page.submit()
    [obs] = observations.list_for_subject(officer, subject_id)
    assert obs.status is ObservationStatus.SUBMITTED


def test_shortcuts_inside_the_main_window(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    """Mnemonics and Ctrl shortcuts do not clash with the menu bar (Alt+F/G/H)."""
    from radprev_desktop.gui.main_window import MainWindow

    subject_id = make_subject(officer, "PL-3003")
    officer.justification = ("new_information", "")
    win = MainWindow(officer)
    qtbot.addWidget(win)
    win.resize(1200, 900)
    win.show()
    qtbot.waitExposed(win)
    win.raise_()
    win.activateWindow()
    with warnings.catch_warnings():  # offscreen: make the main window the active one
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(win)
    qtbot.waitActive(win)
    win.open_subject(subject_id)
    detail = win.pages["subject_detail"]
    detail.new_observation()
    page = detail.editor
    assert focused() is page.place
    qtbot.keyClick(page.place, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.urgency
    qtbot.keyClick(page.urgency, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.facts
    type_here(qtbot, "Wrote a list of staff names and shift times on his cell wall.")
    consider(page)
    qtbot.keyClick(page.facts, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.observation_id is not None
    respond_to_modal()
    qtbot.keyClick(page.facts, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    obs = observations.get_observation(officer, page.observation_id)
    assert obs.status is ObservationStatus.SUBMITTED
    assert detail.stack.currentWidget() is detail.file_view
    win.close()


def test_indicator_with_evidence_by_keyboard(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer, "PL-4004")
    page.new_for_subject(subject_id)
    page.activateWindow()
    page.facts.setFocus()
    type_here(qtbot, "Handed out leaflets calling staff enemies in the yard.")
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.indicators
    tree = page.indicators
    # Walk down to A3.1 (first item of domain A3) with the arrow keys.
    target = None
    for _ in range(40):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        item = tree.currentItem()
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == "A3.1":
            target = item
            break
    assert target is not None
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert target.checkState(0) == Qt.CheckState.Checked
    assert page.evidence.isEnabled()
    assert focused() is page.evidence  # ticking asks for the evidence at once
    type_here(qtbot, "Leaflet said guards are enemies of the believers' group")
    assert target.text(1) == "Leaflet said guards are enemies of the believers' group"
    consider(page)
    respond_to_modal(button="Necessary: keep and submit")  # "believers"
    assert page.submit()
    obs = observations.get_observation(officer, page.observation_id)
    assert [(i.code, i.evidence) for i in obs.indicators] == [
        ("A3.1", "Leaflet said guards are enemies of the believers' group")
    ]


def test_unfinished_draft_is_kept_and_says_what_is_missing(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    """Issue 10: auto-lock dropped a draft that did not validate; now it is kept."""
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    page.place.setText("Visits hall")
    page.assessment.setPlainText("Started with my opinion; facts to follow.")
    page.save_draft()  # no facts yet: an ordinary draft would be refused
    [draft] = observations.list_for_subject(officer, subject_id)
    assert draft.status is ObservationStatus.DRAFT and draft.facts == ""
    page.clear()
    page.load(draft.id)
    assert page.assessment.toPlainText() == "Started with my opinion; facts to follow."
    assert page.messages.isVisible()
    assert "unfinished" in page.messages.text()
    assert "What was seen or heard is required" in page.messages.text()
    # Live validation: the message changes as soon as the facts are written, and goes
    # when the other explanations are considered too.
    page.facts.setPlainText("Shouted at the visitor and pushed the table.")
    qtbot.waitUntil(lambda: "Other possible explanations" in page.messages.text(), timeout=3000)
    page.other_none.setChecked(True)
    qtbot.waitUntil(lambda: not page.messages.isVisible(), timeout=3000)


def test_paste_over_the_limit_is_cut_with_a_message(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    _ctx, page = editor
    page.new_for_subject(make_subject(officer))
    limit = observation_fields.FIELD_LIMITS["facts"]
    QGuiApplication.clipboard().setText("x" * 100_000)
    page.facts.setFocus()
    qtbot.keyClick(page.facts, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(page.facts.toPlainText()) == limit
    counter = page.findChild(QWidget, "factsCounter")
    assert counter is not None and counter.isVisible()
    assert "left out" in counter.text()
    qtbot.keyClick(page.facts, Qt.Key.Key_A)
    assert len(page.facts.toPlainText()) == limit
    assert "Limit reached" in counter.text()
    assert page.save_draft_now()  # never refused on save
    QGuiApplication.clipboard().clear()


def test_place_and_duty_start_as_last_time_and_focus_goes_to_the_facts(
    qtbot, editor, officer: Session
) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    page.place.setText("Wing B landing 1")
    page.duty.setText("landing officer")
    page.facts.setPlainText("Tore down the notice board.")
    consider(page)
    assert page.submit()
    page.new_for_subject(subject_id)
    assert page.place.text() == "Wing B landing 1"
    assert page.duty.text() == "landing officer"
    assert focused() is page.facts
    assert not page.has_unsaved_changes()


def test_sealed_observation_is_read_only_with_amend(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    page.facts.setPlainText("Refused to go to work, said the work is forbidden for him.")
    consider(page)
    assert page.submit()
    obs_id = page.observation_id
    page.load(obs_id)
    assert page.read_only
    assert page.facts.isReadOnly()
    assert not page.save_button.isVisible() and not page.submit_button.isVisible()
    assert page.amend_button.isVisible()
    assert not page.submit()
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert not page.read_only and not page.facts.isReadOnly()
    assert focused() is page.amend_reason
    page.facts.setPlainText("Refused to go to work at the laundry; said it is forbidden for him.")
    page.amend_reason.setText("Added where")
    assert page.submit()
    assert observations.get_observation(officer, obs_id).version == 2


def test_escape_asks_before_closing_and_keeps_the_draft(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    subject_id = make_subject(officer)
    page.new_for_subject(subject_id)
    page.facts.setFocus()
    type_here(qtbot, "Drew a symbol on the cell door")
    asked: list[str] = []
    respond_to_modal(seen=asked)  # Enter: the default answer keeps the draft
    with qtbot.waitSignal(page.finished, timeout=3000):
        qtbot.keyClick(page.facts, Qt.Key.Key_Escape)
    assert "unsavedObservation" in asked
    [draft] = observations.list_for_subject(officer, subject_id)
    assert draft.facts == "Drew a symbol on the cell door"
    # Escape on an unchanged form closes at once.
    page.load(draft.id)
    activate(page)  # offscreen: the closed question box took the activation along
    page.facts.setFocus()
    with qtbot.waitSignal(page.finished, timeout=3000):
        qtbot.keyClick(page.facts, Qt.Key.Key_Escape)


def test_typing_a_code_or_a_word_finds_the_indicator(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    _ctx, page = editor
    page.new_for_subject(make_subject(officer))
    tree = page.indicators
    tree.setFocus()
    qtbot.keyClicks(tree, "A3.1")
    assert tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "A3.1"
    label = tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 2)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    word = label.split()[1][:5]
    tree.keyboardSearch(word)
    found = tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 2)
    assert word.lower() in found.lower()


def test_wheel_over_an_unfocused_combo_scrolls_the_form(qtbot, editor, officer: Session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    from radprev_desktop.gui.inputs import install_wheel_guard

    install_wheel_guard()
    _ctx, page = editor
    page.resize(700, 400)
    page.new_for_subject(make_subject(officer))
    page.facts.setFocus()
    combo = page.source_type
    page.form_scroll.ensureWidgetVisible(combo)
    before = combo.currentIndex()
    bar = page.form_scroll.verticalScrollBar()
    start = bar.value()
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(combo.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before
    assert bar.value() > start  # the form scrolled instead
