"""Observation record: one observation in full, for the file or a case conference.

Facts and the officer's assessment are printed apart and labelled; the
restricted source identity is never printed (it is not even read). Officers
may print it (their own drafts only, as on screen), supervisors any.
"""

from __future__ import annotations

from radprev_desktop.core import policy
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.blocks import (
    grading_legend,
    identity_block,
    not_a_risk_assessment,
    observation_detail,
)
from radprev_desktop.core.reports.disclosure import record_generation, require_justification
from radprev_desktop.core.reports.flowables import Story, title_block
from radprev_desktop.core.reports.furniture import Report, finish, furniture_for
from radprev_desktop.core.reports.item_wording import ItemWording
from radprev_desktop.core.services import observations, reviews, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


def observation_record(
    session: Session,
    observation_id: str,
    *,
    justification: str,
    version: int | None = None,
    language: str | None = None,
) -> Report:
    """The observation record (current version unless `version` is given).

    Reading it is a consultation: audited as "report_generated" with the reason.
    """
    policy.require_report(session, ReportKind.OBSERVATION)
    reason = require_justification(justification)
    obs = observations.get_observation(session, observation_id, version, audited=False)
    subject = subjects.get_subject(session, obs.subject_id)
    versions = observations.history(session, obs.id, audited=False)
    review_list = reviews.reviews_of(session, obs.id)
    furniture = furniture_for(
        session,
        QT_TRANSLATE_NOOP("reports", "Observation record"),
        language,
        [obs.classification, *(v.classification for v in versions)],
    )
    story = Story(furniture)
    reports = story.reports
    story.add(*title_block(furniture, story.styles))
    not_a_risk_assessment(story)
    story.heading(reports.tr("Prisoner"))
    identity_block(story, subject)
    story.heading(reports.tr("Observation"))
    wording = ItemWording(session.con, reports.language)
    observation_detail(story, obs, review_list, versions, wording)
    grading_legend(story, [obs.effective_grading.preset, obs.grading.preset])
    record_generation(
        session,
        furniture.document_id,
        ReportKind.OBSERVATION,
        object_type="observation",
        object_id=obs.id,
        reason=reason,
        subject_id=subject.id,
        version=obs.version,
    )
    return finish(furniture, story.items, ReportKind.OBSERVATION, subject_id=subject.id)
