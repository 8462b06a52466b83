"""Checklist runs on real SQLCipher vaults: every rule, typed errors, nothing half-written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radprev_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.model import Role, Subject
from radprev_desktop.core.services import checklist_rows, checklists, subjects
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.checklists import Answer, AnswerInput, RunStatus, Sections
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.connection import DatabaseError
from tests.unit.checklist_support import (
    NEXT_REVIEW,
    TODAY,
    YESTERDAY,
    checklist_prisoner,
)
from tests.unit.checklist_support import complete as _complete

TABLES = ("checklist_runs", "checklist_answers", "changes", "audit", "checklist_templates")


def counts(session: Session) -> dict[str, int]:
    return {t: int(session.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


@pytest.fixture
def prisoner(officer: Session) -> Subject:
    return checklist_prisoner(officer)


def test_start_uses_active_sample_and_is_audited(officer: Session, prisoner: Subject) -> None:
    before = counts(officer)
    run = checklists.start_run(officer, prisoner.id)
    assert run.status is RunStatus.DRAFT and run.version == 1
    assert run.template_code == template_service.SAMPLE_CODE
    after = counts(officer)
    assert after["checklist_runs"] == before["checklist_runs"] + 1
    assert after["changes"] == before["changes"]  # drafts never enter the outbox
    actions = [
        r[0]
        for r in officer.con.execute(
            "SELECT action FROM audit WHERE object_id = ? ORDER BY seq", (run.id,)
        )
    ]
    assert actions == ["checklist_started"]


def test_roles(admin: Session, auditor: Session, prisoner: Subject, officer: Session) -> None:
    with pytest.raises(PermissionDenied):
        checklists.start_run(admin, prisoner.id)
    with pytest.raises(PermissionDenied):
        checklists.start_run(auditor, prisoner.id)
    with pytest.raises(NotFound):
        checklists.start_run(officer, "no-such-subject")


def test_observed_needs_evidence_and_date(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    before = counts(officer)
    cases = [
        (AnswerInput("A3.1", Answer.OBSERVED), "answers.A3.1.evidence"),
        (AnswerInput("A3.1", Answer.OBSERVED, "   "), "answers.A3.1.evidence"),
        (AnswerInput("A3.1", Answer.OBSERVED, "Said X.", None), "answers.A3.1.evidence_date"),
        (
            AnswerInput("A3.1", Answer.OBSERVED, "Said X.", "yesterday"),
            "answers.A3.1.evidence_date",
        ),
        (
            AnswerInput(
                "A3.1", Answer.OBSERVED, "Said X.", (TODAY + timedelta(days=2)).isoformat()
            ),
            "answers.A3.1.evidence_date",
        ),
        (AnswerInput("A3.1", Answer.OBSERVED, "x" * 2001, YESTERDAY), "answers.A3.1.evidence"),
        (AnswerInput("P1", Answer.OBSERVED), "answers.P1.evidence"),
        (AnswerInput("A3.1", "ticked"), "answers.A3.1"),
        (AnswerInput("Z9.9", Answer.UNKNOWN), "answers.Z9.9"),
        (AnswerInput("A3.1", Answer.NOT_OBSERVED, "but here is text"), "answers.A3.1"),
    ]
    assert cases, "nothing to check"
    for case, field in cases:
        # a valid answer in the same call must not be written either
        good = AnswerInput("A1.2", Answer.NOT_OBSERVED)
        with pytest.raises(ValidationError) as err:
            checklists.save_answers(officer, run.id, [good, case])
        assert err.value.field == field, (case, err.value.field)
        assert case.item_code.upper() in str(err.value)
    assert counts(officer) == before


def test_context_item_may_be_observed_without_example(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    saved = checklists.save_answer(officer, run.id, "a8.1", "observed")
    answer = saved.answer_for("A8.1")
    assert (
        answer is not None and answer.answer is Answer.OBSERVED and answer.kind.value == "context"
    )


def test_partial_save_and_author_only(
    officer: Session, prisoner: Subject, make_session: Callable[..., Session]
) -> None:
    run = checklists.start_run(officer, prisoner.id)
    checklists.save_answer(
        officer, run.id, "A1.1", Answer.OBSERVED, "Left the workshop.", YESTERDAY
    )
    checklists.save_answer(officer, run.id, "A1.1", Answer.UNKNOWN)  # changed mind
    draft = checklists.update_sections(officer, run.id, Sections(context_notes="Father died."))
    assert draft.answer_for("A1.1").answer is Answer.UNKNOWN  # type: ignore[union-attr]
    assert draft.context_notes == "Father died." and len(draft.answers) == 1
    other = make_session(Role.OFFICER, username="oskar")
    with pytest.raises(NotFound):  # someone else's draft is not even shown
        checklists.get_run(other, run.id)
    with pytest.raises(NotFound):
        checklists.save_answer(other, run.id, "A1.1", Answer.UNKNOWN)
    assert checklists.runs_for_subject(other, prisoner.id) == []
    assert [r.id for r in checklists.my_drafts(officer)] == [run.id]


def test_complete_requires_sections(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    before = counts(officer)
    with pytest.raises(ValidationError) as err:
        checklists.complete_run(officer, run.id, "Summary.", NEXT_REVIEW)
    assert err.value.field == "protective_factors"
    checklists.update_sections(officer, run.id, Sections(protective_none_observed=True))
    with pytest.raises(ValidationError) as err:
        checklists.complete_run(officer, run.id, "Summary.", NEXT_REVIEW)
    assert err.value.field == "other_explanations"
    checklists.update_sections(officer, run.id, Sections(other_explanations_none=True))
    with pytest.raises(ValidationError) as err:
        checklists.complete_run(officer, run.id, "  ", NEXT_REVIEW)
    assert err.value.field == "summary"
    for bad in ("", "2020-01-01", "31/12/2026", (TODAY + timedelta(days=5000)).isoformat()):
        with pytest.raises(ValidationError) as err:
            checklists.complete_run(officer, run.id, "Summary.", bad)
        assert err.value.field == "next_review_date"
    checklists.save_answer(officer, run.id, "P3", Answer.OBSERVED, "Talks with his tutor weekly.")
    with pytest.raises(ValidationError) as err:  # both seen and "none observed"
        checklists.complete_run(officer, run.id, "Summary.", NEXT_REVIEW)
    assert err.value.field == "protective_none_observed"
    after = counts(officer)
    assert after["changes"] == before["changes"]
    assert (
        officer.con.execute("SELECT status FROM checklist_runs WHERE id = ?", (run.id,)).fetchone()[
            0
        ]
        == "draft"
    )


def test_complete_seals_and_queues(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    done = _complete(officer, run.id)
    template = template_service.get_template(officer, run.template_code, run.template_version)
    assert done.sealed and done.completed_at
    assert len(done.answers) == len(template.items())  # unanswered stored as unknown
    pending = officer.con.execute(
        "SELECT kind, object_id, version FROM changes WHERE kind = 'checklist_run'"
    ).fetchall()
    assert [tuple(p) for p in pending] == [("checklist_run", run.id, 1)]
    for attempt in (
        lambda: checklists.save_answer(officer, run.id, "A1.1", Answer.UNKNOWN),
        lambda: checklists.update_sections(officer, run.id, Sections(summary="changed")),
        lambda: checklists.complete_run(officer, run.id, "again", NEXT_REVIEW),
        lambda: checklists.discard_draft(officer, run.id),
    ):
        before = counts(officer)
        with pytest.raises(Conflict):
            attempt()
        assert counts(officer) == before
    # the database itself refuses edits of a sealed run
    with pytest.raises(DatabaseError):
        officer.con.execute("UPDATE checklist_runs SET summary = 'x' WHERE id = ?", (run.id,))
    with pytest.raises(DatabaseError):
        officer.con.execute(
            "UPDATE checklist_answers SET answer = 'observed' WHERE row_no = "
            "(SELECT row_no FROM checklist_runs WHERE id = ?) AND item_code = 'A1.1'",
            (run.id,),
        )


def test_domain_counts_are_counts_only(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    draft = checklists.save_answer(
        officer, run.id, "A2.2", Answer.OBSERVED, "Gave orders.", YESTERDAY
    )
    draft_counts = {c.domain: c for c in checklists.run_summary(officer, draft)}
    assert draft_counts["A2"].observed == 1 and draft_counts["A2"].unanswered == 3
    done = _complete(officer, run.id)
    by_domain = {c.domain: c for c in checklists.run_summary(officer, done)}
    assert (by_domain["A2"].observed, by_domain["A2"].not_observed, by_domain["A2"].unknown) == (
        1,
        0,
        3,
    )
    assert (by_domain["A1"].observed, by_domain["A1"].not_observed) == (0, 1)
    assert by_domain["P"].observed == 1 and by_domain["A8"].kind.value == "context"
    assert all(c.unanswered == 0 for c in by_domain.values())
    fields = set(checklists.DomainCounts.__dataclass_fields__)
    assert fields == {"domain", "kind", "observed", "not_observed", "unknown", "unanswered"}


def test_amend_creates_linked_version(
    officer: Session, supervisor: Session, prisoner: Subject, make_session: Callable[..., Session]
) -> None:
    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    with pytest.raises(ValidationError) as err:
        checklists.amend_run(officer, run.id, "  ")
    assert err.value.field == "reason"
    other = make_session(Role.OFFICER, username="oskar")
    with pytest.raises(PermissionDenied):
        checklists.amend_run(other, run.id, "I think so")
    before = counts(officer)
    with pytest.raises(ValidationError):  # an amendment obeys the evidence rule too
        checklists.amend_run(officer, run.id, "Wrong item", [AnswerInput("A4.2", Answer.OBSERVED)])
    assert counts(officer) == before
    amended = checklists.amend_run(
        supervisor,
        run.id,
        "Date of the example was wrong",
        [AnswerInput("A2.2", Answer.OBSERVED, "Gave orders to three men.", YESTERDAY)],
        Sections(summary="Leading role at exercise (corrected)."),
    )
    assert amended.version == 2 and amended.sealed and amended.amended_by == "stefan"
    history = checklists.run_history(officer, run.id)
    assert [(r.version, r.is_current) for r in history] == [(1, False), (2, True)]
    assert history[0].summary == "Leading role at exercise."
    assert history[1].amendment_reason == "Date of the example was wrong"
    assert [r.version for r in checklists.runs_for_subject(supervisor, prisoner.id)] == [2]
    pending = officer.con.execute(
        "SELECT version FROM changes WHERE kind = 'checklist_run' ORDER BY seq"
    ).fetchall()
    assert [p[0] for p in pending] == [1, 2]
    with pytest.raises(Conflict):
        draft = checklists.start_run(officer, prisoner.id)
        checklists.amend_run(officer, draft.id, "no")


def test_discard_draft(officer: Session, prisoner: Subject) -> None:
    before = counts(officer)
    run = checklists.start_run(officer, prisoner.id)
    checklists.save_answer(officer, run.id, "A1.1", Answer.UNKNOWN)
    checklists.discard_draft(officer, run.id)
    after = counts(officer)
    assert after["checklist_runs"] == before["checklist_runs"]
    assert after["checklist_answers"] == before["checklist_answers"]


def test_opening_is_audited_with_justification(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    officer.justification = ("review", "monthly check")
    checklists.get_run(officer, run.id)
    row = officer.con.execute(
        "SELECT justification, details FROM audit WHERE action = 'checklist_opened'"
    ).fetchone()
    assert row[0] == "review: monthly check"
    assert "Gave orders" not in row[1]  # no free text in audit details


def test_retention_hooks(officer: Session, prisoner: Subject) -> None:
    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    assert checklist_rows.undelivered_for_subject(officer.con, prisoner.id) == 1
    with officer.transaction() as con:
        checklist_rows.mark_delivered(con, run.id, 1)
        assert checklist_rows.undelivered_for_subject(con, prisoner.id) == 0
        assert checklist_rows.scrub_for_subject(con, prisoner.id) == 1
    scrubbed = checklists.get_run(officer, run.id, audit=False)
    assert scrubbed.summary == "[removed]"
    assert scrubbed.answer_for("A2.2").evidence == "[removed]"  # type: ignore[union-attr]
    assert scrubbed.answer_for("A2.2").answer is Answer.OBSERVED  # type: ignore[union-attr]
    with officer.transaction() as con:
        assert checklist_rows.purge_for_subject(con, prisoner.id) == 1
    assert counts(officer)["checklist_runs"] == 0
    assert (
        officer.con.execute(
            "SELECT count(*) FROM changes WHERE kind = 'checklist_run' AND package_seq IS NULL"
        ).fetchone()[0]
        == 0
    )


def test_demo_generator_follows_every_rule(officer: Session) -> None:
    import random

    from radprev_desktop.core.demo_checklists import generate_runs

    ids = [
        subjects.create_subject(
            officer, prison_number=f"D-{n}", family_name="Novak", given_names="Ана", unit="A"
        ).id
        for n in range(25)
    ]
    started = generate_runs(officer, random.Random(7), ids, fraction=0.8)
    assert started > 10
    rows = officer.con.execute(
        "SELECT id, version, status, is_current FROM checklist_runs"
    ).fetchall()
    statuses = {r[2] for r in rows}
    assert statuses == {"draft", "completed"}
    assert any(r[1] == 2 for r in rows)  # some amended
    assert len({r[0] for r in rows}) == started
    bad = officer.con.execute(
        "SELECT count(*) FROM checklist_answers WHERE kind = 'indicator' AND answer = 'observed' "
        "AND (evidence = '' OR evidence_date IS NULL)"
    ).fetchone()[0]
    assert bad == 0
    for run_id, version, status, _ in rows:
        if status == "completed":
            run = checklists.get_run(officer, run_id, version, audit=False)
            assert run.summary and run.next_review_date
            assert len(run.answers) == 36


def test_demo_generator_called_by_the_administrator(
    admin: Session, officer: Session, supervisor: Session
) -> None:
    import random

    from radprev_desktop.core.demo_checklists import generate_runs

    ids = [
        subjects.create_subject(
            officer, prison_number=f"E-{n}", family_name="Krasniqi", given_names="Arbër", unit="A"
        ).id
        for n in range(10)
    ]
    assert generate_runs(admin, random.Random(3), ids, fraction=1.0) == 10
    authors = {r[0] for r in admin.con.execute("SELECT author FROM checklist_runs")}
    assert authors <= {"olga", "stefan"} and admin.user.username == "admin"


ANSWER_VALUES = st.one_of(st.sampled_from([a.value for a in Answer]), st.text(max_size=12))
CODES = st.one_of(
    st.sampled_from(["A1.1", "A3.2", "A8.1", "P1", "p2", "A9.9", "A1", ""]),
    st.text(max_size=8),
)
DATES = st.one_of(
    st.none(),
    st.just(YESTERDAY),
    st.dates().map(lambda d: d.isoformat()),
    st.text(max_size=12),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.builds(AnswerInput, CODES, ANSWER_VALUES, st.text(max_size=40), DATES), max_size=4)
)
def test_random_answers_save_whole_or_not_at_all(
    officer: Session, prisoner: Subject, answers: list[AnswerInput]
) -> None:
    run_id = officer.con.execute(
        "SELECT id FROM checklist_runs WHERE status = 'draft' LIMIT 1"
    ).fetchone()
    if run_id is None:
        run_id = (checklists.start_run(officer, prisoner.id).id,)
    before = counts(officer)
    answered_before = checklists.get_run(officer, run_id[0], audit=False).answers
    try:
        saved = checklists.save_answers(officer, run_id[0], answers)
    except ValidationError as exc:
        assert exc.field and str(exc)
        assert counts(officer) == before
        assert checklists.get_run(officer, run_id[0], audit=False).answers == answered_before
        return
    for a in saved.answers:
        if a.kind.value == "indicator" and a.answer is Answer.OBSERVED:
            assert a.evidence.strip() and a.evidence_date


def test_no_plaintext_of_a_run_on_disk(officer: Session, prisoner: Subject, vault_dir) -> None:  # type: ignore[no-untyped-def]
    canary = "Kanarek-Żółw-7319 said the slogan"
    run = checklists.start_run(officer, prisoner.id)
    checklists.save_answer(officer, run.id, "A3.4", Answer.OBSERVED, canary, YESTERDAY)
    officer.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    paths = list(vault_dir.rglob("*"))
    assert paths
    for path in paths:
        if path.is_file():
            data = path.read_bytes()
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                assert encoded not in data, path


def test_administrator_and_auditor_reading(
    admin: Session, auditor: Session, officer: Session, prisoner: Subject
) -> None:
    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    with pytest.raises(PermissionDenied):
        checklists.get_run(admin, run.id)
    assert checklists.get_run(auditor, run.id).sealed  # data-subject access: audited read
    with pytest.raises(PermissionDenied):
        checklists.amend_run(auditor, run.id, "no")


def test_erasing_the_prisoner_removes_every_run(
    admin: Session, officer: Session, prisoner: Subject
) -> None:
    from radprev_desktop.core.services import retention

    run = checklists.start_run(officer, prisoner.id)
    _complete(officer, run.id)
    checklists.amend_run(officer, run.id, "Typo", sections=Sections(summary="Fixed."))
    with admin.transaction() as con:
        retention.mark_delivered(con, "subject", prisoner.id, prisoner.version)
        checklist_rows.mark_delivered(con, run.id, 1)
        checklist_rows.mark_delivered(con, run.id, 2)
    retention.erase_subject(admin, prisoner.id, "Recorded about the wrong person")
    assert counts(admin)["checklist_runs"] == 0 and counts(admin)["checklist_answers"] == 0


def test_check_completion_refuses_as_completing_would_and_writes_nothing(
    officer: Session, prisoner: Subject
) -> None:
    """The GUI asks *Complete and seal?* only when completing would be accepted."""
    run = checklists.start_run(officer, prisoner.id)
    before = counts(officer)
    with pytest.raises(ValidationError) as err:
        checklists.check_completion(officer, run.id, "Summary.", NEXT_REVIEW)
    assert err.value.field == "protective_factors"
    sections = Sections(protective_none_observed=True, other_explanations_none=True)
    with pytest.raises(ValidationError) as err:
        checklists.check_completion(officer, run.id, "  ", NEXT_REVIEW, sections)
    assert err.value.field == "summary"
    checklists.check_completion(officer, run.id, "Summary.", NEXT_REVIEW, sections)  # accepted
    assert counts(officer) == before
    assert checklists.get_run(officer, run.id, audit=False).status is RunStatus.DRAFT
    assert checklists.get_run(officer, run.id, audit=False).summary == ""
