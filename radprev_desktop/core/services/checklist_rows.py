"""Checklist runs as rows: columns, a row as a ChecklistRun and back, and table-wide steps.

Shared by the checklists service, its sync kind and retention (anonymise,
erase, delivered marks): the services that read or write `checklist_runs` and
`checklist_answers`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from radprev_desktop.core import safeguards
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.outbox import drop_unsent
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.checklist_rules import (
    Answer,
    ChecklistRun,
    ItemAnswer,
    RunStatus,
)
from radprev_desktop.core.templates import ItemKind, Template
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of

#: The sync kind (and outbox kind) of a checklist run.
KIND = "checklist_run"

RUN_COLUMNS = (
    "row_no, id, version, is_current, subject_id, template_code, template_version, "
    "establishment_code, origin_workstation, status, author, author_code, "
    "protective_none_observed, other_explanations, other_explanations_none, context_notes, "
    "summary, next_review_date, amendment_reason, amended_by, created_at, updated_at, "
    "completed_at, sensitive_terms"
)


# --- reading helpers -----------------------------------------------------------------


def answers_of(con: Connection, row_no: int) -> tuple[ItemAnswer, ...]:
    return tuple(
        ItemAnswer(r[0], ItemKind(r[1]), r[2], Answer(r[3]), r[4], r[5])
        for r in con.execute(
            "SELECT item_code, kind, domain, answer, evidence, evidence_date "
            "FROM checklist_answers WHERE row_no = ? ORDER BY item_code",
            (row_no,),
        )
    )


def run_from_row(con: Connection, row: tuple[Any, ...]) -> ChecklistRun:
    return ChecklistRun(
        id=row[1],
        version=int(row[2]),
        is_current=bool(row[3]),
        subject_id=row[4],
        template_code=row[5],
        template_version=int(row[6]),
        establishment_code=row[7],
        origin_workstation=row[8],
        status=RunStatus(row[9]),
        author=row[10],
        author_code=row[11],
        answers=answers_of(con, int(row[0])),
        protective_none_observed=bool(row[12]),
        other_explanations=row[13],
        other_explanations_none=bool(row[14]),
        context_notes=row[15],
        summary=row[16],
        next_review_date=row[17],
        amendment_reason=row[18],
        amended_by=row[19],
        created_at=row[20],
        updated_at=row[21],
        completed_at=row[22],
        sensitive_terms=safeguards.findings_from_json(json.loads(row[23])),
    )


def load_row(con: Connection, run_id: str, version: int | None = None) -> tuple[Any, ...]:
    if version is None:
        found = con.execute(
            f"SELECT {RUN_COLUMNS} FROM checklist_runs WHERE id = ? AND is_current = 1", (run_id,)
        ).fetchone()
    else:
        found = con.execute(
            f"SELECT {RUN_COLUMNS} FROM checklist_runs WHERE id = ? AND version = ?",
            (run_id, version),
        ).fetchone()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such checklist run in the vault."))
    return tuple(found)


def template_of(con: Connection, code: str, version: int) -> Template:
    template = template_service.template_for_run(con, code, version)
    if template is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "The checklist template %1 version %2 is not in the vault."
            ),
            code,
            version,
        )
    return template


# --- writing helpers -------------------------------------------------------------------


def insert_row(con: Connection, run: ChecklistRun, status: RunStatus) -> int:
    cur = con.execute(
        "INSERT INTO checklist_runs(id, version, is_current, subject_id, template_code, "
        "template_version, establishment_code, origin_workstation, status, author, author_code, "
        "protective_none_observed, other_explanations, other_explanations_none, context_notes, "
        "summary, next_review_date, amendment_reason, amended_by, created_at, updated_at, "
        "completed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING row_no",
        _run_values(run, status),
    )
    return int(cur.fetchone()[0])


def _run_values(run: ChecklistRun, status: RunStatus) -> tuple[Any, ...]:
    return (
        run.id,
        run.version,
        1 if run.is_current else 0,
        run.subject_id,
        run.template_code,
        run.template_version,
        run.establishment_code,
        run.origin_workstation,
        status.value,
        run.author,
        run.author_code,
        int(run.protective_none_observed),
        run.other_explanations,
        int(run.other_explanations_none),
        run.context_notes,
        run.summary,
        run.next_review_date,
        run.amendment_reason,
        run.amended_by,
        run.created_at,
        run.updated_at,
        run.completed_at,
    )


_INSERT_COLUMNS = (
    "id", "version", "is_current", "subject_id", "template_code", "template_version",
    "establishment_code", "origin_workstation", "status", "author", "author_code",
    "protective_none_observed", "other_explanations", "other_explanations_none",
    "context_notes", "summary", "next_review_date", "amendment_reason", "amended_by",
    "created_at", "updated_at", "completed_at",
)  # fmt: skip


def insert_completed(con: Connection, received: list[tuple[ChecklistRun, str, str]]) -> None:
    """Several received runs — (run with its answers, completed at, sensitive terms as
    JSON) — written as `insert_row` + `write_answers` + completing them one by one do:
    inserted as drafts with keys reserved in order, their answers, then completed (the
    sealing triggers see the same steps)."""
    if not received:
        return
    row_nos = bulk.reserve_keys(con, "checklist_runs", "row_no", len(received))
    bulk.insert_rows(
        con,
        "checklist_runs",
        ("row_no", *_INSERT_COLUMNS),
        [
            (n, *_run_values(run, RunStatus.DRAFT))
            for n, (run, _, _) in zip(row_nos, received, strict=True)
        ],
    )
    bulk.insert_rows(
        con,
        "checklist_answers",
        ("row_no", "item_code", "kind", "domain", "answer", "evidence", "evidence_date"),
        [
            (n, a.item_code, a.kind.value, a.domain, a.answer.value, a.evidence, a.evidence_date)
            for n, (run, _, _) in zip(row_nos, received, strict=True)
            for a in run.answers
        ],
    )
    bulk.stage(
        con,
        "stage_run_completion",
        (("row_no", "BIGINT"), ("completed_at", "TEXT"), ("terms", "TEXT")),
        [(n, at, terms) for n, (_, at, terms) in zip(row_nos, received, strict=True)],
    )
    con.execute(
        "UPDATE checklist_runs SET status = 'completed', completed_at = st.completed_at, "
        "sensitive_terms = st.terms FROM stage_run_completion st "
        "WHERE checklist_runs.row_no = st.row_no"
    )
    bulk.drop_stage(con, "stage_run_completion")


_ANSWER_UPSERT = (
    "ON CONFLICT(row_no, item_code) DO UPDATE SET answer = excluded.answer, "
    "evidence = excluded.evidence, evidence_date = excluded.evidence_date"
)


def write_answers(con: Connection, row_no: int, answers: Iterable[ItemAnswer]) -> None:
    """Insert or update a run's answers (a later answer to the same item wins)."""
    rows = [
        (row_no, a.item_code, a.kind.value, a.domain, a.answer.value, a.evidence, a.evidence_date)
        for a in answers
    ]
    if dialect_of(con).is_postgresql and len(rows) > 1:
        # One statement for the run instead of one per answer: on the server each statement
        # pays a round trip, the policies' per-statement checks and the sealed-answers
        # statement trigger (a run's ≈ 30 answers: ≈ 30×). One row per item, the last one,
        # as the one-by-one upserts leave it (ON CONFLICT may touch a row once per statement).
        last = list({row[1]: row for row in rows}.values())
        con.execute(
            "INSERT INTO checklist_answers(row_no, item_code, kind, domain, answer, evidence, "
            "evidence_date) SELECT * FROM unnest(?::BIGINT[], ?::TEXT[], ?::TEXT[], "
            "?::TEXT[], ?::TEXT[], ?::TEXT[], ?::TEXT[]) " + _ANSWER_UPSERT,
            [list(column) for column in zip(*last, strict=True)],
        )
        return
    con.executemany(
        "INSERT INTO checklist_answers(row_no, item_code, kind, domain, answer, evidence, "
        "evidence_date) VALUES (?,?,?,?,?,?,?) " + _ANSWER_UPSERT,
        rows,
    )


def write_sections(con: Connection, row_no: int, run: ChecklistRun) -> None:
    con.execute(
        "UPDATE checklist_runs SET protective_none_observed = ?, other_explanations = ?, "
        "other_explanations_none = ?, context_notes = ?, summary = ?, next_review_date = ?, "
        "updated_at = ? WHERE row_no = ?",
        (
            int(run.protective_none_observed),
            run.other_explanations,
            int(run.other_explanations_none),
            run.context_notes,
            run.summary,
            run.next_review_date,
            now_iso(),
            row_no,
        ),
    )


# --- table-wide steps (retention and delivery) ----------------------------

REMOVED = "[removed]"


def undelivered_for_subject(con: Connection, subject_id: str) -> int:
    """Completed run versions of a prisoner not yet acknowledged by the central office."""
    row = con.execute(
        "SELECT count(*) FROM checklist_runs WHERE subject_id = ? AND status = 'completed' "
        "AND delivered_at IS NULL",
        (subject_id,),
    ).fetchone()
    return int(row[0])


def mark_delivered(con: Connection, run_id: str, version: int, at: str | None = None) -> None:
    """Sync hook: a receipt acknowledged this run version."""
    con.execute(
        "UPDATE checklist_runs SET delivered_at = ? WHERE id = ? AND version = ?",
        (at or now_iso(), run_id, version),
    )


def scrub_for_subject(con: Connection, subject_id: str) -> int:
    """Anonymisation: replace the free text of every run version; returns the run rows touched.

    Answers, dates and codes stay; the 0003 triggers allow exactly this change
    to sealed runs and nothing else.
    """
    rows = [
        int(r[0])
        for r in con.execute(
            "SELECT row_no FROM checklist_runs WHERE subject_id = ?", (subject_id,)
        ).fetchall()
    ]
    for row_no in rows:
        con.execute(
            "UPDATE checklist_runs SET "
            "other_explanations = CASE WHEN other_explanations = '' THEN '' ELSE ? END, "
            "context_notes = CASE WHEN context_notes = '' THEN '' ELSE ? END, "
            "summary = CASE WHEN summary = '' THEN '' ELSE ? END, "
            "amendment_reason = CASE WHEN amendment_reason = '' THEN '' ELSE ? END "
            "WHERE row_no = ?",
            (REMOVED, REMOVED, REMOVED, REMOVED, row_no),  # plain `?`: PostgreSQL has no `?1`
        )
        con.execute(
            "UPDATE checklist_answers SET evidence = ? WHERE row_no = ? AND evidence != ''",
            (REMOVED, row_no),
        )
    return len(rows)


def purge_for_subject(con: Connection, subject_id: str) -> int:
    """Erasure: delete every run of a prisoner and its unsent outbox rows; returns runs deleted."""
    ids = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT id FROM checklist_runs WHERE subject_id = ?", (subject_id,)
        ).fetchall()
    ]
    drop_unsent(con, (KIND,), ids)
    con.execute("DELETE FROM checklist_runs WHERE subject_id = ?", (subject_id,))
    return len(ids)


def file_completed_runs(con: Connection, subject_id: str) -> list[tuple[str, int, str]]:
    """(id, version, origin workstation) of the file's completed checklist runs."""
    return [
        (str(r[0]), int(r[1]), str(r[2]))
        for r in con.execute(
            "SELECT id, version, origin_workstation FROM checklist_runs "
            "WHERE subject_id = ? AND status = 'completed' ORDER BY created_at, id, version",
            (subject_id,),
        )
    ]


def completed_versions(con: Connection, run_id: str) -> list[tuple[int, str]]:
    """(version, when it was completed) of every completed version of one checklist run; an
    amendment is completed when it is made (a rectification cites one made after the
    request, decision 0023)."""
    return [
        (int(r[0]), str(r[1]))
        for r in con.execute(
            "SELECT version, completed_at FROM checklist_runs "
            "WHERE id = ? AND status = 'completed' ORDER BY version",
            (run_id,),
        )
    ]


def file_templates(con: Connection, subject_id: str) -> list[tuple[str, int]]:
    """(template code, version) of the templates the file's completed runs used."""
    return [
        (str(r[0]), int(r[1]))
        for r in con.execute(
            "SELECT DISTINCT template_code, template_version FROM checklist_runs "
            "WHERE subject_id = ? AND status = 'completed' ORDER BY 1, 2",
            (subject_id,),
        ).fetchall()
    ]
