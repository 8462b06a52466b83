"""The "checklist_run" sync kind: completed run versions travel to the central office.

Only sealed versions enter the outbox (drafts never leave the workstation). At
the central office a record is checked (its JSON Schema, then `check`: real dates,
items answered once) and applied (`apply`: subject and template references, duplicates, conflicts).
The subject id is resolved through `subject_aliases`, as observations are, so a
run follows its prisoner when the central office matched the subject to an
existing file. See core/changes.py for the contract.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NoReturn

from radprev_desktop.core.errors import ForeignRecord, NotFound, ValidationError
from radprev_desktop.core.outbox import ApplyResult, Batch, Origin, SyncKind
from radprev_desktop.core.record_schema import (
    DATE,
    RecordSchema,
    boolean,
    integer,
    one_of,
    record_schema,
    text,
)
from radprev_desktop.core.services import checklist_rows, subject_holders
from radprev_desktop.core.services import checklists as runs
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.observation_sync import SENSITIVE_TERMS
from radprev_desktop.core.templates import ItemKind, Template
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection

ORDER = 40  # after subjects (10), observations (20) and reviews (30)

NAME = runs.KIND
_OPTIONAL = ("template_sha256", "completed_at", "next_review_date", "sensitive_terms")

SCHEMA = record_schema(
    NAME,
    "One completed version of a checklist run, with the template it used and its answers.",
    {
        "id": text(64, "the run's id", min_length=1),
        "version": integer("version: 1, then +1 per amendment", minimum=1, maximum=100000),
        "subject_id": text(64, "the prisoner's subject id", min_length=1),
        "template_code": text(40, "checklist template code"),
        "template_version": integer("checklist template version", minimum=1, maximum=100000),
        "template_sha256": text(64, "SHA-256 of the template content", nullable=True),
        "establishment_code": text(16, "the establishment it was completed at"),
        "author": text(64, "username of the author"),
        "author_code": text(32, "the author's staff code"),
        "protective_none_observed": boolean("no protective factor was observed"),
        "other_explanations": text(runs.MAX_SECTION, "other explanations considered"),
        "other_explanations_none": boolean("no other explanation was found"),
        "context_notes": text(runs.MAX_SECTION, "context notes"),
        "summary": text(runs.MAX_SUMMARY, "the author's summary", min_length=1),
        "next_review_date": text(10, "next review (YYYY-MM-DD)", nullable=True, pattern=DATE),
        "amendment_reason": text(runs.MAX_REASON, "why this version amends the one before"),
        "amended_by": text(64, "username who amended it"),
        "created_at": text(40, "time stamp the run was started"),
        "completed_at": text(40, "time stamp it was completed", nullable=True),
        "sensitive_terms": SENSITIVE_TERMS,
        "answers": {
            "type": "array",
            "maxItems": 200,
            "description": "one answer per template item (item codes unique)",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["item_code", "answer", "evidence", "evidence_date"],
                "properties": {
                    "item_code": text(8, "the template item", min_length=1),
                    "answer": one_of([a.value for a in runs.Answer], "the answer"),
                    "evidence": text(runs.MAX_EVIDENCE, "a dated example (observed indicators)"),
                    "evidence_date": text(10, "date of the example", nullable=True, pattern=DATE),
                },
            },
        },
    },
    optional=_OPTIONAL,
)


def _fail(message: Text, field: str) -> NoReturn:
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "checklist_run: %1"), message, field=field)


def check(record: dict[str, Any]) -> None:
    """Real calendar dates, and each template item answered once."""
    if record.get("next_review_date") is not None:
        _date(record["next_review_date"], "next_review_date")
    seen: set[str] = set()
    for entry in record["answers"]:
        if entry["item_code"] in seen:
            _fail(
                Text(
                    QT_TRANSLATE_NOOP("errors", "the item %1 is answered twice"), entry["item_code"]
                ),
                "answers",
            )
        seen.add(entry["item_code"])
        if entry["evidence_date"] is not None:
            _date(entry["evidence_date"], "answers")


def _date(value: str, field: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError:
        _fail(Text(QT_TRANSLATE_NOOP("errors", "%1 must be a date YYYY-MM-DD"), field), field)


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
        f"SELECT {checklist_rows.RUN_COLUMNS} FROM checklist_runs WHERE id = ? AND version = ? "
        "AND status = 'completed'",
        (object_id, version),
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The checklist run to export no longer exists."))
    run = checklist_rows.run_from_row(con, tuple(row))
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
        "sensitive_terms": [f.as_json() for f in run.sensitive_terms],  # type: ignore[attr-defined]
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
    subject_id = subject_holders.require_held_by(con, origin, record["subject_id"], "subject_id")
    return _store(con, record, subject_id, origin.workstation_id)


def receive(con: Connection, record: dict[str, Any], origin_workstation: str) -> ApplyResult:
    """A transferred prisoner's checklist run version arriving with the file."""
    return _store(
        con, record, subject_holders.require_in_vault(con, record["subject_id"]), origin_workstation
    )


def _store(
    con: Connection, record: dict[str, Any], subject_id: str, origin_workstation: str
) -> ApplyResult:
    """Insert one completed version; duplicates and conflicts kept apart."""
    incoming = dict(record, subject_id=subject_id)
    existing = con.execute(
        "SELECT 1 FROM checklist_runs WHERE id = ? AND version = ?",
        (record["id"], record["version"]),
    ).fetchone()
    if existing is not None:
        stored = serialize(con, record["id"], record["version"])
        return "duplicate" if _content(stored) == _content(incoming) else "conflict"
    template = _template_of(con, record, origin_workstation)
    answers = _answers(record, template)
    newest = con.execute(
        "SELECT max(version) FROM checklist_runs WHERE id = ?", (record["id"],)
    ).fetchone()[0]
    is_current = newest is None or int(newest) < record["version"]
    run = _run(record, origin_workstation, subject_id, template, answers, is_current)
    if is_current:
        con.execute("UPDATE checklist_runs SET is_current = 0 WHERE id = ?", (record["id"],))
    row_no = checklist_rows.insert_row(con, run, runs.RunStatus.DRAFT)
    checklist_rows.write_answers(con, row_no, answers)
    con.execute(
        "UPDATE checklist_runs SET status = 'completed', completed_at = ?, sensitive_terms = ? "
        "WHERE row_no = ?",
        (
            record["completed_at"] or record["created_at"],
            json.dumps(record.get("sensitive_terms", []), ensure_ascii=False),
            row_no,
        ),
    )
    return "inserted"


def _template_of(con: Connection, record: dict[str, Any], origin_workstation: str) -> Template:
    """The run's template version, installed from the shipped ones if missing; same content."""
    template = template_service.template_for_run(
        con, record["template_code"], record["template_version"]
    ) or template_service.install_shipped(
        con, record["template_code"], record["template_version"], f"sync:{origin_workstation}"
    )
    if template is None:
        _fail(
            Text(
                QT_TRANSLATE_NOOP("errors", "template %1 version %2 is not in the vault"),
                record["template_code"],
                record["template_version"],
            ),
            "template_code",
        )
    if record.get("template_sha256") and record["template_sha256"] != template.sha256:
        _fail(
            Text(
                QT_TRANSLATE_NOOP(
                    "errors", "the run used different template content than this vault holds"
                )
            ),
            "template_sha256",
        )
    return template


def _answers(record: dict[str, Any], template: Template) -> list[runs.ItemAnswer]:
    """The answers, each checked against its template item (observed needs a dated example)."""
    answers: list[runs.ItemAnswer] = []
    for entry in record["answers"]:
        item = template.item(entry["item_code"])
        if item is None:
            _fail(
                Text(
                    QT_TRANSLATE_NOOP("errors", "item %1 is not in the template"),
                    entry["item_code"],
                ),
                "answers",
            )
        if (
            entry["answer"] == "observed"
            and item.kind is ItemKind.INDICATOR
            and not (entry["evidence"] and entry["evidence_date"])
        ):
            _fail(
                Text(
                    QT_TRANSLATE_NOOP("errors", "item %1 is observed without a dated example"),
                    item.code,
                ),
                "answers",
            )
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
    return answers


def _run(
    record: dict[str, Any],
    origin_workstation: str,
    subject_id: str,
    template: Template,
    answers: list[runs.ItemAnswer],
    is_current: bool,
) -> runs.ChecklistRun:
    return runs.ChecklistRun(
        id=record["id"],
        version=record["version"],
        is_current=is_current,
        subject_id=subject_id,
        template_code=template.code,
        template_version=template.version,
        establishment_code=record["establishment_code"],
        origin_workstation=origin_workstation,
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


def apply_many(con: Connection, batch: Batch, origin: Origin) -> set[int]:
    """`apply` for the new runs of a batch at once (see SyncKind.apply_many).

    Takes the runs whose every version in the batch is the sender's own, whose id the
    vault does not hold yet, whose versions differ, whose prisoner the sender's
    establishment holds (by join against a staging table of the batch's keys), whose
    template version the vault holds with the same content and whose answers fit it; the
    highest version of each is the current one, as applying them one by one in any order
    leaves it. Everything else goes through `apply` (which installs a shipped template or
    quarantines with the reason).
    """
    found = subject_holders.stage_new_groups(con, batch, origin, "stage_run_keys", "checklist_runs")
    if found is None:
        return set()
    plain, held = found
    bulk.drop_stage(con, "stage_run_keys")
    chosen: list[tuple[int, runs.ChecklistRun, str, str]] = []
    templates: dict[tuple[str, int], Template | None] = {}
    for items in plain.values():
        newest = max(r["version"] for _, r in items)
        made = [_received(con, templates, r, origin, held.get(n), r["version"] == newest)
                for n, r in items]  # fmt: skip
        if all(m is not None for m in made):
            chosen.extend((n, *m) for (n, _), m in zip(items, made, strict=True) if m)
    chosen.sort(key=lambda item: item[0])
    checklist_rows.insert_completed(con, [(run, at, terms) for _, run, at, terms in chosen])
    return {n for n, _, _, _ in chosen}


def _received(
    con: Connection,
    templates: dict[tuple[str, int], Template | None],
    record: dict[str, Any],
    origin: Origin,
    subject_id: str | None,
    is_current: bool,
) -> tuple[runs.ChecklistRun, str, str] | None:
    """The run `_store` would insert (with its completion time and sensitive terms), or
    None when `apply` must decide it one by one (prisoner not held, template missing or
    different, an answer that does not fit)."""
    if subject_id is None:
        return None
    key = (record["template_code"], record["template_version"])
    if key not in templates:
        templates[key] = template_service.template_for_run(con, *key)
    template = templates[key]
    if template is None or (
        record.get("template_sha256") and record["template_sha256"] != template.sha256
    ):
        return None
    try:
        answers = _answers(record, template)
    except ValidationError:
        return None
    run = _run(record, origin.workstation_id, subject_id, template, answers, is_current)
    at = record["completed_at"] or record["created_at"]
    return run, at, json.dumps(record.get("sensitive_terms", []), ensure_ascii=False)


KIND = SyncKind(
    NAME,
    ORDER,
    RecordSchema(NAME, SCHEMA),
    serialize,
    apply,
    check,
    receive=receive,
    apply_many=apply_many,
)
