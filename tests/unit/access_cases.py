"""The probes of the access-by-unit test: for each core function about prisoners, a call
that says whether it reached the unit-B prisoner's data, and the permission it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import (
    Grading,
    ReportKind,
)
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports import (
    access_report,
    checklist_results,
    observation_record,
    requests,
    subject_summary,
    unit_summary,
)
from radprev_desktop.core.services import (
    checklists,
    dashboard,
    handovers,
    observation_amendments,
    observations,
    referrals,
    retention,
    reviews,
    search,
    subject_duplicates,
    subject_file,
    subject_holders,
    subject_search,
    subjects,
    transfers,
)
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.services.search import ObservationFilter
from radprev_desktop.core.session import Session
from tests.factories import observation_input
from tests.unit.access_data_requests import DATA_REQUEST_CASES
from tests.unit.access_record_quality import RECORD_QUALITY_CASES
from tests.unit.access_release import RELEASE_CASES
from tests.unit.access_world import (
    B_FAMILY,
    LATER,
    TODAY,
    YESTERDAY,
    Case,
    Probe,
    World,
    _ids,
    _justification,
    _pdf_text,
)

AUTHOR = frozenset({"piotr"})
SUPERVISORS_OF_B = frozenset({"stefan", "wanda"})
WRITERS_OF_B = frozenset({"piotr", "stefan", "wanda"})
GRADE = Grading("3x5x2", "2", "B", "P")


def _amend(w: World, s: Session) -> bool:
    obs_id = w.submitted_b()
    observation_amendments.amend(s, obs_id, "time corrected", {"place": "Wing B landing"})
    return True


def _regrade(w: World, s: Session) -> bool:
    reviews.regrade(s, w.submitted_b(), GRADE, "second-hand account")
    return True


def _own_draft(call: Callable[[World, Session, str], object]) -> Probe:
    """Piotr's fresh draft: only its author may touch it (scope: test_moved_prisoner_...)."""

    def probe(w: World, s: Session) -> bool:
        call(w, s, w.draft_b())
        return True

    return probe


NOTHING_SEEN = Sections(protective_none_observed=True, other_explanations_none=True)


def _own_run(call: Callable[[World, Session, str], object]) -> Probe:
    def probe(w: World, s: Session) -> bool:
        call(w, s, w.run_draft_b())
        return True

    return probe


def _complete(w: World, s: Session, run_id: str) -> None:
    checklists.save_answers(
        s,
        run_id,
        [AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course every day.")],
        Sections(other_explanations="A debt over tobacco may explain it."),
    )
    checklists.complete_run(s, run_id, "Keeps to himself at exercise.", LATER)


def _create_in_b(w: World, s: Session) -> bool:
    try:
        added = subjects.create_subject(
            s, prison_number=w.number(), family_name=B_FAMILY, given_names="Iga", unit="B"
        )
    except ValidationError as exc:  # a unit one does not work in is refused by name
        assert exc.field == "unit"
        return False
    return added.unit_code == "B"


def _overdue(w: World, s: Session) -> bool:
    subjects.update_subject(w.admin, w.b.id, reason="due for review", review_due=YESTERDAY)
    return w.b.id in _ids(retention.overdue(s, limit=1000).items)


def _erase(w: World, s: Session) -> bool:
    doomed = w.subject_in_b()
    with w.admin.transaction() as con:  # the central office has it: erasure may go ahead
        retention.mark_delivered(con, "subject", doomed.id, doomed.version)
    retention.erase_subject(s, doomed.id, "recorded by mistake")
    return True


def _unit_summary_text(w: World, s: Session) -> bool:
    report = unit_summary.unit_summary(
        s,
        date_from=(TODAY - timedelta(days=400)).isoformat(),
        date_to=TODAY.isoformat(),
        justification="supervision",
    )
    return B_FAMILY in _pdf_text(report.pdf)


CASES: dict[str, Case] = {
    "subjects.get_subject": Case(
        lambda w, s: subjects.get_subject(s, w.b.id).id == w.b.id, Permission.READ_SUBJECTS
    ),
    "subjects.find_by_prison_number": Case(
        lambda w, s: subjects.find_by_prison_number(s, w.b.prison_number).id == w.b.id,
        Permission.READ_SUBJECTS,
    ),
    "subject_duplicates.find_similar": Case(
        lambda w, s: w.b.id in _ids(subject_duplicates.find_similar(s, family_name=B_FAMILY)),
        Permission.READ_SUBJECTS,
    ),
    "subjects.subject_history": Case(
        lambda w, s: subjects.subject_history(s, w.b.id) is not None, Permission.READ_SUBJECTS
    ),
    "subjects.create_subject": Case(_create_in_b, Permission.WRITE_SUBJECTS),
    "subjects.update_subject": Case(
        lambda w, s: (
            subjects.update_subject(s, w.b.id, reason="cell change", cell=w.number()) is not None
        ),
        Permission.WRITE_SUBJECTS,
    ),
    "subjects.set_restricted": Case(
        lambda w, s: subjects.set_restricted(s, w.b.id, False, "checked: not disputed") is not None,
        Permission.RESTRICT_SUBJECTS,
    ),
    "subject_file.open_subject_file": Case(
        lambda w, s: (
            subject_file.open_subject_file(s, w.b.id, _justification()).subject.id == w.b.id
        ),
        Permission.READ_OBSERVATIONS,
    ),
    "subject_file.open_details": Case(
        lambda w, s: subject_file.open_details(s, w.b.id).subject.id == w.b.id,
        Permission.READ_SUBJECTS,
    ),
    "observations.get_observation": Case(
        lambda w, s: observations.get_observation(s, w.obs_b).id == w.obs_b,
        Permission.READ_OBSERVATIONS,
    ),
    "observations.history": Case(
        lambda w, s: bool(observations.history(s, w.obs_b)), Permission.READ_OBSERVATIONS
    ),
    "observations.grade_history": Case(
        lambda w, s: bool(observations.grade_history(s, w.obs_b)), Permission.READ_OBSERVATIONS
    ),
    "observations.list_for_subject": Case(
        lambda w, s: bool(observations.list_for_subject(s, w.b.id)), Permission.READ_OBSERVATIONS
    ),
    "observations.create_draft": Case(
        lambda w, s: observations.create_draft(s, observation_input(w.b.id)) is not None,
        Permission.WRITE_OBSERVATIONS,
    ),
    "observations.record": Case(
        lambda w, s: observations.record(s, observation_input(w.b.id)) is not None,
        Permission.WRITE_OBSERVATIONS,
    ),
    "observation_amendments.amend": Case(_amend, Permission.WRITE_OBSERVATIONS, WRITERS_OF_B),
    "observations.update_draft": Case(
        _own_draft(lambda w, s, i: observations.update_draft(s, i, place="Wing B")),
        Permission.WRITE_OBSERVATIONS,
        AUTHOR,
    ),
    "observations.submit": Case(
        _own_draft(lambda w, s, i: observations.submit(s, i)), Permission.WRITE_OBSERVATIONS, AUTHOR
    ),
    "observations.discard_draft": Case(
        _own_draft(lambda w, s, i: observations.discard_draft(s, i)),
        Permission.WRITE_OBSERVATIONS,
        AUTHOR,
    ),
    "reviews.review_queue": Case(
        lambda w, s: w.submitted_b() in _ids_of_obs(reviews.review_queue(s, limit=1000).items),
        Permission.REVIEW,
    ),
    "reviews.accept": Case(
        lambda w, s: reviews.accept(s, w.submitted_b()) is not None, Permission.REVIEW
    ),
    "reviews.return_to_author": Case(
        lambda w, s: reviews.return_to_author(s, w.submitted_b(), "Which wall?") is not None,
        Permission.REVIEW,
    ),
    "reviews.reject": Case(
        lambda w, s: reviews.reject(s, w.submitted_b(), "Not about this man.") is not None,
        Permission.REVIEW,
    ),
    "reviews.regrade": Case(_regrade, Permission.REVIEW),
    "reviews.get_review": Case(
        lambda w, s: reviews.get_review(s, w.review_b).id == w.review_b,
        Permission.READ_OBSERVATIONS,
    ),
    "reviews.open_for_review": Case(
        lambda w, s: bool(reviews.open_for_review(s, w.obs_b)), Permission.REVIEW
    ),
    "reviews.reviews_of": Case(
        lambda w, s: reviews.reviews_of(s, w.obs_b) is not None, Permission.READ_OBSERVATIONS
    ),
    "search.search": Case(
        lambda w, s: w.b.id in _ids(search.search(s, "zebra").observations.items),
        Permission.READ_OBSERVATIONS,
        frozenset({"piotr", "stefan", "wanda"}),  # the auditor may not search what was written
    ),
    "subject_search.search_subjects": Case(
        lambda w, s: w.b.id in _ids(subject_search.search_subjects(s, B_FAMILY).items),
        Permission.READ_SUBJECTS,
    ),
    "search.observation_counts": Case(
        lambda w, s: sum(search.observation_counts(s, ObservationFilter(unit="B"))[0].values()) > 0,
        Permission.READ_OBSERVATIONS,
    ),
    "search.list_observations": Case(
        lambda w, s: w.b.id in _ids(search.list_observations(s, limit=1000).items),
        Permission.READ_OBSERVATIONS,
    ),
    "subject_search.list_subjects": Case(
        lambda w, s: w.b.id in _ids(subject_search.list_subjects(s, limit=1000).items),
        Permission.READ_SUBJECTS,
    ),
    "dashboard.dashboard": Case(
        lambda w, s: w.b.id in _dashboard_subjects(dashboard.dashboard(s, limit=1000)),
        Permission.READ_OBSERVATIONS,
        frozenset({"piotr", "stefan", "wanda"}),  # own draft; immediate items, overdue files
    ),
    "checklists.start_run": Case(
        lambda w, s: checklists.start_run(s, w.b.id) is not None, Permission.RUN_CHECKLISTS
    ),
    "checklists.save_answers": Case(
        _own_run(lambda w, s, i: checklists.save_answers(s, i, [AnswerInput("A1.1", "unknown")])),
        Permission.RUN_CHECKLISTS,
        AUTHOR,
    ),
    "checklists.save_answer": Case(
        _own_run(lambda w, s, i: checklists.save_answer(s, i, "A1.1", "unknown")),
        Permission.RUN_CHECKLISTS,
        AUTHOR,
    ),
    "checklists.update_sections": Case(
        _own_run(lambda w, s, i: checklists.update_sections(s, i, Sections(summary="So far."))),
        Permission.RUN_CHECKLISTS,
        AUTHOR,
    ),
    "checklists.discard_draft": Case(
        _own_run(lambda w, s, i: checklists.discard_draft(s, i)), Permission.RUN_CHECKLISTS, AUTHOR
    ),
    "checklists.complete_run": Case(_own_run(_complete), Permission.RUN_CHECKLISTS, AUTHOR),
    "checklists.check_completion": Case(
        _own_run(
            lambda w, s, i: checklists.check_completion(
                s, i, "Keeps to himself.", LATER, NOTHING_SEEN
            )
        ),
        Permission.RUN_CHECKLISTS,
        AUTHOR,
    ),
    "checklists.amend_run": Case(
        lambda w, s: (
            checklists.amend_run(
                s, w.completed_run_b(), "Summary reworded", sections=Sections(summary="Reworded.")
            )
            is not None
        ),
        Permission.RUN_CHECKLISTS,
        WRITERS_OF_B,
    ),
    "checklists.get_run": Case(
        lambda w, s: checklists.get_run(s, w.run_b).id == w.run_b, Permission.READ_CHECKLISTS
    ),
    "checklists.run_history": Case(
        lambda w, s: bool(checklists.run_history(s, w.run_b)), Permission.READ_CHECKLISTS
    ),
    "checklists.runs_for_subject": Case(
        lambda w, s: bool(checklists.runs_for_subject(s, w.b.id)), Permission.READ_CHECKLISTS
    ),
    "checklists.my_drafts": Case(
        # Piotr's own draft on B (the start_run probe gives other roles drafts of their own,
        # in whatever order the cases run)
        lambda w, s: any(
            r.subject_id == w.b.id and r.author == "piotr" for r in checklists.my_drafts(s)
        ),
        Permission.RUN_CHECKLISTS,
        AUTHOR,
    ),
    "retention.overdue": Case(_overdue, Permission.SEE_OVERDUE_FILES),
    "retention.decide": Case(
        lambda w, s: (
            retention.decide(
                s, w.b.id, "keep", "still needed for the review board", new_review_due=LATER
            )
            is not None
        ),
        Permission.DECIDE_RETENTION,
    ),
    "retention.erase_subject": Case(_erase, Permission.ERASE_FILES),
    "access_report.access_report": Case(
        lambda w, s: (
            B_FAMILY
            in _pdf_text(access_report.access_report(s, w.b.id, justification="request").pdf)
        ),
        Permission.READ_SUBJECTS,
        frozenset({"aida"}),
    ),
    "access_report.consultations": Case(
        lambda w, s: bool(access_report.consultations(s, {w.b.id})),
        Permission.READ_AUDIT_LOG,
    ),
    "checklist_results.runs_for_subject": Case(
        lambda w, s: bool(checklist_results.runs_for_subject(s, w.b.id)),
        Permission.READ_CHECKLISTS,
    ),
    "observation_record.observation_record": Case(
        lambda w, s: (
            B_FAMILY
            in _pdf_text(
                observation_record.observation_record(s, w.obs_b, justification="supervision").pdf
            )
        ),
        Permission.READ_OBSERVATIONS,
        WRITERS_OF_B,  # printed by officers and supervisors
    ),
    "subject_summary.subject_summary": Case(
        lambda w, s: (
            B_FAMILY
            in _pdf_text(
                subject_summary.subject_summary(s, w.b.id, justification="supervision").pdf
            )
        ),
        Permission.READ_OBSERVATIONS,
        SUPERVISORS_OF_B,
    ),
    "subject_summary.sealed_observations": Case(
        lambda w, s: bool(subject_summary.sealed_observations(s, w.b.id)),
        Permission.READ_OBSERVATIONS,
    ),
    "unit_summary.unit_summary": Case(_unit_summary_text, Permission.REVIEW, SUPERVISORS_OF_B),
    "subject_search.new_subjects": Case(
        lambda w, s: (
            w.b.id
            in {
                n.id
                for n in subject_search.new_subjects(
                    s, (TODAY - timedelta(days=1)).isoformat(), TODAY.isoformat(), None, limit=1000
                )[1]
            }
        ),
        Permission.READ_SUBJECTS,
    ),
    # The data subject's access report reads the text (the auditor only; whole vault).
    "observations.history_for_access_request": Case(
        lambda w, s: observations.history_for_access_request(s, w.obs_b)[-1].facts != "",
        Permission.READ_OBSERVATIONS,
        frozenset({"aida"}),
    ),
    "checklists.runs_for_access_request": Case(
        lambda w, s: w.run_b in {r.id for r in checklists.runs_for_access_request(s, w.b.id)},
        Permission.READ_CHECKLISTS,
        frozenset({"aida"}),
    ),
    "search.subject_matches": Case(
        lambda w, s: w.b.id in _ids(search.subject_matches(s, B_FAMILY, 100, 0).items),
        Permission.READ_SUBJECTS,
    ),
    "subjects.find_by_reference": Case(
        lambda w, s: subjects.find_by_reference(s, w.b.prison_number).id == w.b.id,
        Permission.READ_SUBJECTS,
    ),
    "subject_holders.known_numbers": Case(
        lambda w, s: subject_holders.known_numbers(s, w.b.id) is not None,
        Permission.READ_SUBJECTS,
    ),
    "transfers.transfers_of": Case(
        lambda w, s: transfers.transfers_of(s, w.b.id) is not None, Permission.READ_SUBJECTS
    ),
    "referrals.referrals_for_subject": Case(
        lambda w, s: referrals.referrals_for_subject(s, w.b.id) is not None,
        Permission.READ_REFERRALS,
    ),
    "referrals.refer": Case(lambda w, s: _referral_b(w, s) != "", Permission.WRITE_REFERRALS),
    "referrals.get_referral": Case(
        lambda w, s: referrals.get_referral(s, _referral_b(w, w.piotr)).subject_id == w.b.id,
        Permission.READ_REFERRALS,
    ),
    "referrals.referral_history": Case(
        lambda w, s: bool(referrals.referral_history(s, _referral_b(w, w.piotr))),
        Permission.READ_REFERRALS,
    ),
    "handovers.collect": Case(
        lambda w, s: handovers.collect(s, w.b.id, due_for_release=True) is not None,
        Permission.MAKE_HANDOVERS,
    ),
    "handovers.handovers_of": Case(
        lambda w, s: handovers.handovers_of(s, w.b.id) is not None, Permission.MAKE_HANDOVERS
    ),
    "requests.generate": Case(
        lambda w, s: (
            B_FAMILY
            in _pdf_text(
                requests.generate(
                    s,
                    requests.ReportRequest(
                        ReportKind.SUBJECT, justification="supervision", subject_id=w.b.id
                    ),
                ).pdf
            )
        ),
        Permission.READ_OBSERVATIONS,
        SUPERVISORS_OF_B,
    ),
}


def _ids_of_obs(items: object) -> set[str]:
    return {o.id for o in items}  # type: ignore[attr-defined]


def _dashboard_subjects(board: dashboard.Dashboard) -> set[str]:
    found = {o.subject_id for o in board.my_drafts.items}
    found |= {o.subject_id for o in board.returned_to_me.items}
    found |= {o.subject_id for o in board.immediate_awaiting_review.items}
    return found | {s.id for s in board.overdue_reviews.items}


def _referral_b(w: World, s: Session) -> str:
    """A referral of the unit-B prisoner made by `s` (PermissionDenied / NotFound outside)."""
    return referrals.refer(
        s,
        w.b.id,
        programme=referrals.programmes(s)[0],
        reason_facts="Asked twice to join the carpentry course this week.",
    ).id


CASES.update(RELEASE_CASES)  # referrals, transfers, handovers, disclosures
CASES.update(RECORD_QUALITY_CASES)  # restriction, rejected reports, counts, DPO questions
CASES.update(DATA_REQUEST_CASES)  # rectification requests and disputes
