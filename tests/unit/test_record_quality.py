"""Record quality (issue #14, item 5) on real vaults, read back from the PDFs.

Returned and rejected reports are absent from the summaries (the file still shows
them, with their state); an amendment keeps the supervisor's re-grade; an indicator
is counted and worded under the template version the observation cites, even after
an imported template gives its code another meaning.
"""

from __future__ import annotations

import io
import json

import pypdf

from radprev_desktop.core.model import Grading, IndicatorEvidence, ObservationStatus, Urgency
from radprev_desktop.core.reports.labels import grading_code
from radprev_desktop.core.reports.observation_record import observation_record
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import checklists, observation_amendments, observations, reviews
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.sample import sample_bytes
from tests.factories import subject, submitted
from tests.unit.checklist_support import NEXT_REVIEW
from tests.unit.checklist_support import YESTERDAY as DAY

PERIOD = {"date_from": "2026-09-01", "date_to": "2026-10-31"}
A21 = IndicatorEvidence("A2.1", "Sits only with the same two men at meals, greets nobody else.")


def joined(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() or "" for p in pages).split())


def test_returned_and_rejected_reports_are_absent_from_summaries(
    officer: Session, supervisor: Session
) -> None:
    prisoner = subject(officer)
    kept = submitted(officer, prisoner.id, facts="KEPT-REPORT threw a tray at a wall.")
    rejected = submitted(
        officer, prisoner.id, facts="REJECTED-REPORT shouted in the corridor.",
        urgency=Urgency.IMMEDIATE,
    )  # fmt: skip
    returned = submitted(
        officer, prisoner.id, facts="RETURNED-REPORT refused to leave the yard.",
        urgency=Urgency.IMMEDIATE,
    )  # fmt: skip
    reviews.accept(supervisor, kept, "Clear.")
    reviews.reject(supervisor, rejected, "Duplicate of an earlier report.")
    reviews.return_to_author(supervisor, returned, "Say what exactly was said.")

    summary = joined(
        subject_summary(supervisor, prisoner.id, justification="supervision: file review").pdf
    )
    assert "KEPT-REPORT" in summary
    assert "REJECTED-REPORT" not in summary and "RETURNED-REPORT" not in summary
    assert "1 observations recorded (routine 1, priority 0, immediate 0)" in summary
    assert "2 report(s) returned to their author or rejected by a supervisor" in summary

    unit = joined(
        unit_summary(supervisor, unit_code="A", justification="supervision: monthly", **PERIOD).pdf
    )
    assert "Routine 1" in unit and "Immediate 0" in unit
    assert "No immediate items in this period." in unit
    assert "REJECTED-REPORT" not in unit and "RETURNED-REPORT" not in unit

    # The file itself still shows every report, with its state.
    states = {o.id: o.status for o in observations.list_for_subject(supervisor, prisoner.id)}
    assert states == {
        kept: ObservationStatus.ACCEPTED,
        rejected: ObservationStatus.REJECTED,
        returned: ObservationStatus.RETURNED,
    }


def test_an_amendment_keeps_the_supervisors_regrade(officer: Session, supervisor: Session) -> None:
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id, facts="Shouted at the canteen orderly twice.")
    proposed = observations.get_observation(officer, obs_id).grading
    regrade = Grading(proposed.preset, "2", "B", proposed.handling)
    reviews.regrade(supervisor, obs_id, regrade, "Heard it second-hand.")
    fixed = observation_amendments.amend(
        officer, obs_id, "the time was wrong", {"event_start": "2026-10-01T11:15"}
    )
    assert fixed.version == 2 and fixed.effective_grading == regrade
    assert grading_code(regrade) != grading_code(proposed)
    record = joined(observation_record(supervisor, obs_id, justification="supervision: check").pdf)
    summary = joined(
        subject_summary(supervisor, prisoner.id, justification="supervision: file review").pdf
    )
    for text in (record, summary):
        assert grading_code(regrade) in text
    assert grading_code(proposed) not in summary  # not re-printed as the grade in force


def _sample_with_another_a2(version: int) -> bytes:
    data = json.loads(sample_bytes())
    data["version"] = version
    a2 = next(d for d in data["domains"] if d["code"] == "A2")
    for lang in a2["title"]:
        a2["title"][lang] = "Debts and trading"
    for lang in a2["items"][0]["label"]:
        a2["items"][0]["label"][lang] = "Owes tobacco or goods to other prisoners."
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_indicators_stay_tied_to_their_template_version(
    officer: Session, supervisor: Session, admin: Session
) -> None:
    prisoner = subject(officer)
    obs_id = submitted(
        officer, prisoner.id, facts="Sits apart with two men at every meal.", indicators=(A21,)
    )
    written = observations.get_observation(officer, obs_id)
    first = (written.template_code, written.template_version)
    assert first == (template_service.SAMPLE_CODE, 2)
    imported = template_service.import_template(admin, _sample_with_another_a2(3))
    assert imported.active and template_service.active_template(admin).version == 3

    unit = joined(
        unit_summary(supervisor, unit_code="A", justification="supervision: monthly", **PERIOD).pdf
    )
    assert "A2 Social relations and group dynamics (FRONTLINE-OBS-SAMPLE v2) 1 0 0" in unit
    assert "A2 Debts and trading (FRONTLINE-OBS-SAMPLE v3) 0 0 0" in unit
    for report in (
        observation_record(supervisor, obs_id, justification="supervision: check"),
        subject_summary(supervisor, prisoner.id, justification="supervision: file review"),
    ):
        text = joined(report.pdf)
        assert "Keeps company only with a small, closed group" in text
        assert "Owes tobacco" not in text


def test_support_items_are_printed_apart_from_indicators(
    officer: Session, supervisor: Session
) -> None:
    prisoner = subject(officer)
    run = checklists.start_run(officer, prisoner.id)
    checklists.save_answers(
        officer,
        run.id,
        [
            AnswerInput("A2.2", Answer.OBSERVED, "Gave orders to three men at exercise.", DAY),
            AnswerInput("A8.3", Answer.OBSERVED, "Says two men take his canteen every week."),
            AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course every day."),
        ],
        Sections(other_explanations="Possibly a debt dispute over tobacco."),
    )
    checklists.complete_run(officer, run.id, "Leading role at exercise.", NEXT_REVIEW)
    text = joined(
        subject_summary(supervisor, prisoner.id, justification="supervision: file review").pdf
    )
    indicators = text.index("Items observed, with the dated example")
    support = text.index("Support and vulnerability (for support, not a sign of risk)")
    bullied = text.index("A8.3 Being bullied, threatened or in debt to other prisoners")
    assert indicators < text.index("A2.2 Takes, or tries to take") < support < bullied
    assert "A8 Context and vulnerability" not in text[:support]  # not among the domain counts
