"""The "checklist_run" sync kind: completed run versions travel to the central office.

Only sealed versions enter the outbox (drafts never leave the workstation). At
the central office a record is checked (`validate`: types, sizes, enums, dates)
and applied (`apply`: subject and template references, duplicates, conflicts).
The subject id is resolved through `subject_aliases`, as observations are, so a
run follows its prisoner when the central office matched the subject to an
existing file. See core/changes.py for the contract.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NoReturn

from radprev_desktop.core.changes import ApplyResult, Origin, SyncKind, register_kind
from radprev_desktop.core.errors import ForeignRecord, NotFound, ValidationError
from radprev_desktop.core.services import checklists as runs
from radprev_desktop.core.services import subjects
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.templates import ItemKind
from radprev_desktop.core.vault.connection import Connection

ORDER = 40  # after subjects (10), observations (20) and reviews (30)

_STRINGS = {
    "id": 64,
    "subject_id": 64,
    "template_code": 40,
    "template_sha256": 64,
    "establishment_code": 16,
    "author": 64,
    "author_code": 32,
    "other_explanations": runs.MAX_SECTION,
    "context_notes": runs.MAX_SECTION,
    "summary": runs.MAX_SUMMARY,
    "amendment_reason": runs.MAX_REASON,
    "amended_by": 64,
    "created_at": 40,
    "completed_at": 40,
    "next_review_date": 10,
}
_CONTENT = (
    "subject_id",
    "template_code",
    "template_version",
    "author",
    "protective_none_observed",
    "other_explanations",
    "other_explanations_none",
    "context_notes",
    "summary",
    "next_review_date",
    "amendment_reason",
    "answers",
)


def serialize(con: Connection, object_id: str, version: int) -> dict[str, Any]:
    """A completed run version as a JSON-safe record."""
    row = con.execute(
        f"SELECT {runs.RUN_COLUMNS} FROM checklist_runs WHERE id = ? AND version = ? "
        "AND status = 'completed'",
        (object_id, version),
    ).fetchone()
    if row is None:
        raise NotFound("The checklist run to export no longer exists.")
    run = runs._run_from_row(con, tuple(row))
    template = template_service.template_for_run(con, run.template_code, run.template_version)
    return {
        "id": run.id,
        "version": run.version,
        "subject_id": run.subject_id,
        "template_code": run.template_code,
        "template_version": run.template_version,
        "template_sha256": template.sha256 if template else "",
        "establishment_code": run.establishment_code,
        "author": run.author,
        "author_code": run.author_code,
        "protective_none_observed": run.protective_none_observed,
        "other_explanations": run.other_explanations,
        "other_explanations_none": run.other_explanations_none,
        "context_notes": run.context_notes,
        "summary": run.summary,
        "next_review_date": run.next_review_date,
        "amendment_reason": run.amendment_reason,
        "amended_by": run.amended_by,
        "created_at": run.created_at,
        "completed_at": run.completed_at,
        "answers": [
            {
                "item_code": a.item_code,
                "answer": a.answer.value,
                "evidence": a.evidence,
                "evidence_date": a.evidence_date,
            }
            for a in run.answers
        ],
    }


def _fail(message: str, field: str) -> NoReturn:
    raise ValidationError(f"checklist_run: {message}", field)


def validate(record: dict[str, Any]) -> None:
    """Shape of a record from a package: types, sizes, enums and dates."""
    if not isinstance(record, dict):
        _fail("the record is not an object", "record")
    for name, limit in _STRINGS.items():
        value = record.get(name)
        optional = name in ("next_review_date", "completed_at", "template_sha256")
        if value is None and optional:
            continue
        if not isinstance(value, str) or len(value) > limit:
            _fail(f"{name} must be text of at most {limit} characters", name)
    for name in ("version", "template_version"):
        value = record.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100000:
            _fail(f"{name} must be a positive integer", name)
    for name in ("protective_none_observed", "other_explanations_none"):
        if not isinstance(record.get(name), bool):
            _fail(f"{name} must be true or false", name)
    if not record["id"] or not record["subject_id"] or not record["summary"]:
        _fail("id, subject_id and summary are required", "id")
    if record.get("next_review_date") is not None:
        _date(record["next_review_date"], "next_review_date")
    answers = record.get("answers")
    if not isinstance(answers, list) or len(answers) > 200:
        _fail("answers must be a list of at most 200 entries", "answers")
    seen: set[str] = set()
    for entry in answers:
        _validate_answer(entry, seen)


def _date(value: Any, field: str) -> None:
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        _fail(f"{field} must be a date YYYY-MM-DD", field)


def _validate_answer(entry: Any, seen: set[str]) -> None:
    if not isinstance(entry, dict) or set(entry) != {
        "item_code",
        "answer",
        "evidence",
        "evidence_date",
    }:
        _fail("each answer needs item_code, answer, evidence, evidence_date", "answers")
    code = entry["item_code"]
    if not isinstance(code, str) or not 1 <= len(code) <= 8 or code in seen:
        _fail("an answer's item_code is missing, too long or repeated", "answers")
    seen.add(code)
    if entry["answer"] not in {a.value for a in runs.Answer}:
        _fail(f"answer for {code} is not observed, not_observed or unknown", "answers")
    evidence = entry["evidence"]
    if not isinstance(evidence, str) or len(evidence) > runs.MAX_EVIDENCE:
        _fail(f"evidence for {code} must be text of at most {runs.MAX_EVIDENCE}", "answers")
    if entry["evidence_date"] is not None:
        _date(entry["evidence_date"], "answers")


def _content(record: dict[str, Any]) -> str:
    picked = {k: record.get(k) for k in _CONTENT}
    picked["answers"] = sorted(record.get("answers", []), key=lambda a: a["item_code"])
    return json.dumps(picked, sort_keys=True, ensure_ascii=False)


def apply(con: Connection, record: dict[str, Any], origin: Origin) -> ApplyResult:
    """Insert a completed run version at the central office; duplicates and conflicts kept apart.

    Bound to the sender: the run's establishment must be the sender's, a run id
    already held must have been made there, and its prisoner must be held by the
    sender's establishment.
    """
    origin.require_own(record["establishment_code"], "a checklist run")
    first = con.execute(
        "SELECT establishment_code FROM checklist_runs WHERE id = ? LIMIT 1", (record["id"],)
    ).fetchone()
    if first is not None and str(first[0]) != origin.establishment:
        raise ForeignRecord("a checklist run", str(first[0]), origin.establishment, "id")
    subject_id = subjects.require_held_by(con, origin, record["subject_id"], "subject_id")
    incoming = dict(record, subject_id=subject_id)
    existing = con.execute(
        "SELECT 1 FROM checklist_runs WHERE id = ? AND version = ?",
        (record["id"], record["version"]),
    ).fetchone()
    if existing is not None:
        stored = serialize(con, record["id"], record["version"])
        return "duplicate" if _content(stored) == _content(incoming) else "conflict"
    template = template_service.template_for_run(
        con, record["template_code"], record["template_version"]
    ) or template_service.install_shipped(
        con, record["template_code"], record["template_version"], f"sync:{origin.workstation_id}"
    )
    if template is None:
        _fail(
            f"template {record['template_code']} version {record['template_version']} is not "
            "in the vault",
            "template_code",
        )
    if record.get("template_sha256") and record["template_sha256"] != template.sha256:
        _fail("the run used different template content than this vault holds", "template_sha256")
    answers: list[runs.ItemAnswer] = []
    for entry in record["answers"]:
        item = template.item(entry["item_code"])
        if item is None:
            _fail(f"item {entry['item_code']} is not in the template", "answers")
        if (
            entry["answer"] == "observed"
            and item.kind is ItemKind.INDICATOR
            and not (entry["evidence"] and entry["evidence_date"])
        ):
            _fail(f"item {item.code} is observed without a dated example", "answers")
        answers.append(
            runs.ItemAnswer(
                item.code,
                item.kind,
                item.domain,
                runs.Answer(entry["answer"]),
                entry["evidence"],
                entry["evidence_date"],
            )
        )
    newest = con.execute(
        "SELECT max(version) FROM checklist_runs WHERE id = ?", (record["id"],)
    ).fetchone()[0]
    is_current = newest is None or int(newest) < record["version"]
    run = runs.ChecklistRun(
        id=record["id"],
        version=record["version"],
        is_current=is_current,
        subject_id=subject_id,
        template_code=template.code,
        template_version=template.version,
        establishment_code=record["establishment_code"],
        origin_workstation=origin.workstation_id,
        status=runs.RunStatus.DRAFT,
        author=record["author"],
        author_code=record["author_code"],
        answers=tuple(answers),
        protective_none_observed=record["protective_none_observed"],
        other_explanations=record["other_explanations"],
        other_explanations_none=record["other_explanations_none"],
        context_notes=record["context_notes"],
        summary=record["summary"],
        next_review_date=record["next_review_date"],
        amendment_reason=record["amendment_reason"],
        amended_by=record["amended_by"],
        created_at=record["created_at"],
        updated_at=record["completed_at"] or record["created_at"],
        completed_at=None,
    )
    if is_current:
        con.execute("UPDATE checklist_runs SET is_current = 0 WHERE id = ?", (record["id"],))
    row_no = runs._insert_row(con, run, runs.RunStatus.DRAFT)
    runs._write_answers(con, row_no, answers)
    con.execute(
        "UPDATE checklist_runs SET status = 'completed', completed_at = ? WHERE row_no = ?",
        (record["completed_at"] or record["created_at"], row_no),
    )
    return "inserted"


register_kind(SyncKind(runs.KIND, ORDER, serialize, validate, apply))
