"""Keeping, checking, sealing and closing what the observation editor holds.

A draft is kept even when unfinished (Ctrl+S, the timer, leaving the page, the
lock) and says what it still lacks; Ctrl+Enter checks, shows a short summary of
what will be sealed and seals it (a correction with its reason), asking first
about words on religion, ethnicity or politics; Escape asks before anything
typed is dropped. All rules are core's (`services.observations`,
`observation_amendments`); this module calls them for the page
(gui/pages/observation_editor.py). Texts keep the page's translation context
("ObservationEditorPage").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QMessageBox

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import Observation, Urgency
from radprev_desktop.core.services import observation_amendments, observation_fields, observations
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.sensitive_question import seal_asking
from radprev_desktop.gui.texts.labels import label

if TYPE_CHECKING:  # the page imports this module; only the type checker needs it back
    from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage

translate = QCoreApplication.translate


class ObservationSaving:
    """Drafts, checks, submission and closing for one editor page."""

    def __init__(self, page: ObservationEditorPage) -> None:
        self.page = page

    # --- drafts --------------------------------------------------------------------

    def store_draft(self) -> Observation:
        p = self.page
        session = p.ctx.require_session()
        assert p.subject_id is not None
        if p.observation_id is None:
            obs = p.ctx.perform(observations.create_draft, session, p.input(), unfinished=True)
        else:
            obs = p.ctx.perform(
                observations.update_draft,
                session,
                p.observation_id,
                unfinished=True,
                **p.fields(),
            )
        p.observation_id = obs.id
        p.dirty = False
        p.autosave_timer.stop()
        return obs

    @staticmethod
    def saved_text(automatic: bool) -> str:
        time = QDateTime.currentDateTime().toString("HH:mm:ss")
        if automatic:
            return translate(
                "ObservationEditorPage", "Draft saved automatically at {time}."
            ).format(time=time)
        return translate("ObservationEditorPage", "Draft saved at {time}.").format(time=time)

    def save_draft_now(self) -> bool:
        """Ctrl+S: keep the draft (only the author sees it), and say what is still missing."""
        p = self.page
        if p.subject_id is None or p.amend_of is not None or p.read_only:
            return False
        try:
            self.store_draft()
        except RadprevError as exc:
            p.show_error(exc)
            return False
        p.status_line.setText(self.saved_text(False))
        p.hide_message()
        self.show_pending(p.ctx.require_session())
        p.ctx.status_message.emit(translate("ObservationEditorPage", "Draft saved."))
        return True

    def save_draft(self) -> bool:
        """Page protocol: keep typed work without asking (leaving the page, lock, switch)."""
        p = self.page
        if not p.dirty or p.read_only:
            return True
        if p.subject_id is None or p.amend_of is not None:
            return False  # a correction is no draft: the caller asks
        try:
            self.store_draft()
        except RadprevError as exc:
            p.show_error(exc)
            return False
        return True

    def autosave(self) -> None:
        """Timer: save the draft quietly if something changed."""
        p = self.page
        if not p.dirty or p.amend_of is not None or p.subject_id is None:
            p.autosave_timer.stop()
            return
        try:
            self.store_draft()
        except RadprevError:
            return  # e.g. a text over its limit: kept on screen, Ctrl+S says why
        p.status_line.setText(self.saved_text(True))

    # --- checks ----------------------------------------------------------------------

    def show_pending(self, session: Any) -> None:
        """An unfinished draft says at once what it still lacks (e.g. after the lock)."""
        try:
            observations.check_input(session, self.page.input())
        except ValidationError as exc:
            self.page.show_error(
                exc,
                focus=False,
                prefix=translate("ObservationEditorPage", "Kept as an unfinished draft."),
            )

    def _check(self, session: Any) -> None:
        """ValidationError for what is missing or wrong (a correction needs its reason)."""
        p = self.page
        if p.amend_of is not None and not p.amend_reason.value():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An amendment needs a reason."), field="reason"
            )
        observations.check_input(session, p.input())

    def recheck(self) -> None:
        """Live check while an error is shown: it goes away as soon as it is fixed."""
        p = self.page
        session = p.ctx.session
        if not p.error_shown or session is None or not session.is_open or not p.subject_id:
            return
        try:
            self._check(session)
        except ValidationError as exc:
            p.messages.setText(error_text(exc))
            return
        p.hide_message()

    # --- sealing -----------------------------------------------------------------------

    def request_submit(self) -> bool:
        """Ctrl+Enter / Submit: check, confirm what will be sealed, then submit."""
        p = self.page
        if p.subject_id is None or p.read_only:
            return False
        try:
            self._check(p.ctx.require_session())
        except ValidationError as exc:
            p.show_error(exc)
            return False
        if not self.confirm_submit():
            return False
        return self.submit()

    def confirm_submit(self) -> bool:
        """A short summary of what will be sealed; Enter submits, Escape goes back."""
        p = self.page
        values = p.fields()
        indicators = ", ".join(i.code for i in values["indicators"]) or translate(
            "ObservationEditorPage", "none"
        )
        text = translate(
            "ObservationEditorPage",
            "{heading}\n\nUrgency: {urgency}\nIndicators: {indicators}\n\n"
            "Once submitted it is sealed: it can only be corrected with a reason.",
        ).format(heading=p.heading.text(), urgency=label(values["urgency"]), indicators=indicators)
        box = QMessageBox(p)
        box.setObjectName("confirmSubmit")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ObservationEditorPage", "Submit and seal?"))
        box.setText(text)
        ok = box.addButton(
            translate("ObservationEditorPage", "Submit and seal"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def submit(self) -> bool:
        """Seal the observation (or its correction) and send it for review.

        Words about religion, ethnicity or politics are asked about first (core
        refuses until the officer answers); "necessary" is kept with the record.
        """
        p = self.page
        if p.subject_id is None or p.read_only:
            return False
        session = p.ctx.require_session()
        try:
            sealed = seal_asking(p, lambda yes: self._seal(session, yes))
        except RadprevError as exc:
            p.show_error(exc)
            return False
        if sealed is None:
            p.show_message(
                translate(
                    "ObservationEditorPage", "Not submitted: change the wording, then submit."
                )
            )
            return False
        self._submitted(sealed)
        return True

    def _submitted(self, obs: Observation) -> None:
        p = self.page
        immediate = obs.urgency is Urgency.IMMEDIATE
        p.dirty = False
        p.autosave_timer.stop()
        p.hide_message()
        p.status_line.setText(
            translate("ObservationEditorPage", "Submitted for review (version {version}).").format(
                version=obs.version
            )
        )
        p.ctx.status_message.emit(
            translate(
                "ObservationEditorPage",
                "Observation submitted. Escalate now in person or by phone.",
            )
            if immediate
            else translate("ObservationEditorPage", "Observation submitted for review.")
        )
        p.submitted.emit(obs.id, obs.subject_id)
        p.finished.emit(obs.id)

    def _seal(self, session: Any, confirmed: bool) -> Observation:
        p = self.page
        if p.amend_of is not None:
            obs: Observation = p.ctx.perform(
                observation_amendments.amend,
                session,
                p.amend_of.id,
                p.amend_reason.value(),
                self.amended_fields(),
                confirm_sensitive=confirmed,
            )
            return obs
        self.store_draft()
        assert p.observation_id is not None
        sealed: Observation = p.ctx.perform(
            observations.submit, session, p.observation_id, confirm_sensitive=confirmed
        )
        return sealed

    def amended_fields(self) -> dict[str, Any]:
        """The fields that differ from the version being corrected."""
        p = self.page
        assert p.amend_of is not None
        before = observation_fields.content_of(p.amend_of)
        changes: dict[str, Any] = {}
        for name, value in p.fields().items():
            old = before.get(name)
            if name == "source_identity" and not value:
                continue  # the restricted field is not shown; empty means unchanged
            if name == "event_start":
                if str(old)[:16].replace("T", " ") == str(value)[:16].replace("T", " "):
                    continue
            elif isinstance(old, tuple):
                old = list(old)
            if old != value:
                changes[name] = value
        return changes

    # --- closing -----------------------------------------------------------------------

    def close_editor(self) -> None:
        """Close / Escape: ask when something is unsaved, then go back."""
        p = self.page
        if p.dirty and not p.read_only and not self.ask_before_closing():
            return
        p.finished.emit(p.observation_id or "")

    def ask_before_closing(self) -> bool:
        """Keep the draft, discard the changes or stay; False when the user stays."""
        p = self.page
        box = QMessageBox(p)
        box.setObjectName("unsavedObservation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ObservationEditorPage", "Unsaved changes"))
        correcting = p.amend_of is not None
        box.setText(
            translate("ObservationEditorPage", "The correction is not submitted yet. Discard it?")
            if correcting
            else translate("ObservationEditorPage", "Keep what you typed as a draft?")
        )
        keep = None
        if not correcting:
            keep = box.addButton(
                translate("ObservationEditorPage", "Keep as draft"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep or QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if keep is not None and clicked is keep:
            return self.save_draft()
        if clicked is discard:
            p.dirty = False
            p.autosave_timer.stop()
            return True
        return False
