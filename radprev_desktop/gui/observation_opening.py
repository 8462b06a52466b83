"""Opening an observation in the editor: a new one for a prisoner, the officer's draft, a record.

A new form starts with place and duty as in the officer's last observation and
the grading proposed for "I saw or heard it myself". A draft opens to continue
(what it still lacks said at once), a returned one as a correction for its
author, any other sealed one read-only. The page (gui/pages/observation_editor.py)
holds the widgets; texts keep its translation context ("ObservationEditorPage").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core.model import (
    Observation,
    ObservationStatus,
    ReviewDecision,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import (
    classification,
    observation_fields,
    observations,
    reviews,
    subjects,
)
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.session import Session
from radprev_desktop.gui.texts.labels import label, person_name
from radprev_desktop.gui.texts.template_view import active_template_view

if TYPE_CHECKING:  # the page imports this module; only the type checker needs it back
    from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage

translate = QCoreApplication.translate


class ObservationOpening:
    """What the editor page shows when it opens a prisoner's new observation or a record."""

    def __init__(self, page: ObservationEditorPage) -> None:
        self.page = page

    def new_for_subject(self, subject_id: str) -> None:
        """An empty form for a new observation about `subject_id` (place and duty remembered)."""
        p = self.page
        session = p.ctx.require_session()
        subject = subjects.get_subject(session, subject_id)
        place, duty = observations.last_place_and_duty(session)
        p.clear()
        p.filling = True
        p.subject_id = subject.id
        p.subject_text = {"name": subject.display_name, "number": subject.prison_number}
        p.heading.setText(
            translate("ObservationEditorPage", "New observation — {name} ({number})").format(
                **p.subject_text
            )
        )
        p.status_line.setText(translate("ObservationEditorPage", "Not saved yet."))
        p.grading.set_preset(observation_fields.current_preset(session))
        p.fields_.show_template(active_template_view(p.ctx))
        p.fields_.classification.set_levels(classification.levels(session))
        p.form.clear()
        p.place.set_value(place)
        p.duty.set_value(duty)
        p.grading.set_value(
            grading_service.propose_grading(SourceType.OWN_OBSERVATION, p.grading.preset_name)
        )
        p.set_mode("edit")
        p.filling = False
        p.dirty = False
        p.form_scroll.verticalScrollBar().setValue(0)
        (p.facts if place else p.place).setFocus()
        p.subject_shown.emit(subject.id)

    def observe_subject(self, subject_id: str) -> None:
        """The user's own draft about `subject_id` if there is one, else an empty form for it."""
        p = self.page
        session = p.ctx.require_session()
        drafts = [
            o
            for o in observations.list_for_subject(session, subject_id, limit=50)
            if o.status is ObservationStatus.DRAFT and o.recorded_by == session.user.username
        ]
        if drafts:
            self.load(drafts[0].id)
        else:
            self.new_for_subject(subject_id)

    def load(self, observation_id: str, *, amend: bool = False) -> None:
        """Open a draft to continue, a returned one to correct, a sealed one to read."""
        p = self.page
        session = p.ctx.require_session()
        obs = observations.get_observation(session, observation_id)
        mine = obs.recorded_by == session.user.username
        if obs.status is ObservationStatus.DRAFT and mine:
            # The author continues with the restricted field too (an audited read).
            obs = observations.get_observation(
                session, observation_id, include_source_identity=True
            )
        subject = subjects.get_subject(session, obs.subject_id)
        p.clear()
        p.filling = True
        p.subject_id = obs.subject_id
        p.observation_id = obs.id
        p.subject_shown.emit(obs.subject_id)
        if obs.status is ObservationStatus.DRAFT:
            mode = "edit"
            title = translate("ObservationEditorPage", "Draft observation — {name} ({number})")
        else:
            p.amend_of = obs
            returned_to_me = obs.status is ObservationStatus.RETURNED and mine
            mode = "amend" if amend or returned_to_me else "read"
            title = (
                translate(
                    "ObservationEditorPage", "Correction of an observation — {name} ({number})"
                )
                if mode == "amend"
                else translate("ObservationEditorPage", "Observation (sealed) — {name} ({number})")
            )
        p.subject_text = {"name": subject.display_name, "number": subject.prison_number}
        p.heading.setText(title.format(**p.subject_text))
        p.status_line.setText(status_text(session, obs, mode))
        p.grading.set_preset(obs.grading.preset)
        p.fields_.show_template(active_template_view(p.ctx))
        p.fields_.classification.set_levels(classification.levels(session))
        p.form.set_values(observation_fields.content_of(obs))
        p.immediate_warning.setVisible(obs.urgency is Urgency.IMMEDIATE)
        p.set_mode(mode)
        p.filling = False
        p.dirty = False
        p.update_nudge()
        p.form_scroll.verticalScrollBar().setValue(0)
        if mode == "amend":
            p.amend_reason.setFocus()
        elif mode == "edit":
            p.facts.setFocus()
            p.saving.show_pending(session)
        elif p.amend_button.isVisible():
            p.amend_button.setFocus()
        else:
            p.close_button.setFocus()


def status_text(session: Session, obs: Observation, mode: str) -> str:
    """The status line: version, sealed or not, and who returned it with what comment."""
    status = translate("ObservationEditorPage", "Status: {status}, version {version}").format(
        status=label(obs.status), version=obs.version
    )
    if mode == "read":
        status += " — " + translate(
            "ObservationEditorPage", "sealed: it can only be corrected with a reason (Amend)."
        )
    if obs.status is ObservationStatus.RETURNED:
        returned = [
            r for r in reviews.reviews_of(session, obs.id) if r.decision is ReviewDecision.RETURN
        ]
        if returned:
            status += " — " + translate(
                "ObservationEditorPage", "returned by {who}: {comment}"
            ).format(who=person_name(session, returned[-1].reviewer), comment=returned[-1].comment)
    return status
