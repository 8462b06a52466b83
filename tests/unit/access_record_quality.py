"""Probes of the access-by-unit test for issue 14's record quality and DPO functions:
restriction, rejected-report retention, counts per template version, the DPO's questions."""

from __future__ import annotations

from datetime import date, timedelta

from radprev_desktop.core.model import IndicatorEvidence
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports import dpo_report
from radprev_desktop.core.services import (
    classification,
    dpo_questions,
    observation_counts,
    observations,
    rejected_retention,
    restriction,
    reviews,
)
from radprev_desktop.core.services.search import ObservationFilter
from radprev_desktop.core.session import Session
from tests.factories import observation_input
from tests.unit.access_world import Case, World, _pdf_text


def _restrict(w: World, s: Session) -> bool:
    restriction.set_restriction(s, w.b.id, True, "accuracy disputed by the prisoner")
    restriction.set_restriction(s, w.b.id, False, "checked: the record is accurate")
    return True


def _rejected_b(w: World) -> str:
    obs_id = w.submitted_b()
    reviews.reject(w.sessions["stefan"], obs_id, "not about this prisoner")
    return obs_id


FAR = date.today() + timedelta(days=400)  # past the rejected reports' period


def _dpo_pdf(w: World, s: Session) -> bool:
    report = dpo_report.dpo_report(s, "consulted", subject_id=w.b.id, justification="complaint")
    return w.b.prison_number in _pdf_text(report.pdf)


def _domain_counts_b(w: World, s: Session) -> bool:
    cited = IndicatorEvidence("A2.2", "Gave orders to three men at exercise.")
    observations.record(w.piotr, observation_input(w.b.id, indicators=(cited,)), submit_now=True)
    return any(c.count for c in observation_counts.by_domain(s, ObservationFilter(unit="B")))


RECORD_QUALITY_CASES: dict[str, Case] = {
    "restriction.set_restriction": Case(_restrict, Permission.RESTRICT_SUBJECTS),
    "rejected_retention.expired": Case(
        lambda w, s: _rejected_b(w) in rejected_retention.expired(s, FAR).observation_ids,
        Permission.DECIDE_RETENTION,
    ),
    "rejected_retention.erase_expired": Case(
        lambda w, s: _rejected_b(w) in rejected_retention.erase_expired(s, FAR).observation_ids,
        Permission.DECIDE_RETENTION,
    ),
    "observation_counts.by_urgency": Case(
        lambda w, s: (
            sum(observation_counts.by_urgency(s, ObservationFilter(unit="B")).values()) > 0
        ),
        Permission.READ_OBSERVATIONS,
    ),
    "observation_counts.by_domain": Case(_domain_counts_b, Permission.READ_OBSERVATIONS),
    "dpo_questions.ask": Case(
        lambda w, s: (
            dpo_questions.ask(s, "consulted", subject_id=w.b.id).about == w.b.prison_number
        ),
        Permission.READ_AUDIT_LOG,
    ),
    "dpo_report.dpo_report": Case(_dpo_pdf, Permission.READ_AUDIT_LOG),
    "classification.reclassify": Case(
        lambda w, s: (
            classification.reclassify(
                s, w.submitted_b(), "RESTRICTED", "source protection"
            ).classification
            == "RESTRICTED"
        ),
        Permission.REVIEW,
    ),
}
