"""The DPO's questions filter the audit log in SQL (issue 14 item 7) and answer exactly what
reading the whole log entry by entry answered, on SQLCipher and on PostgreSQL.

The reference below is the Python filter the questions used before (kept here, not in the
code base): every entry read, then tested one by one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.services import dpo_questions
from radprev_desktop.core.services.dpo_questions import CONSULTATIONS, DISCLOSURES, DpoQuestion
from radprev_desktop.core.session import Session
from tests.unit.access_central import CentralWorld
from tests.unit.test_central_scope import central_world as central_world  # the fixture
from tests.unit.test_central_scope import (  # and the per-process build it copies
    central_world_offices as central_world_offices,
)

TODAY = date.today()
PERIOD = {"date_from": (TODAY - timedelta(days=1)).isoformat(), "date_to": TODAY.isoformat()}
#: Purposes as users and older builds wrote them: empty ones in every spelling, real ones.
PURPOSES = (
    "",
    "other",
    "  Other  ",
    "other:",
    "OTHER:\t",
    "-",
    "—",
    "\n",
    "other: stated after all",
    "supervision: weekly",
    "review",
    "othe",
)


def _reference(session: Session, question: DpoQuestion, ids: set[str]) -> list[tuple[str, ...]]:
    """What the questions answered before: the whole log read and filtered in Python."""
    start = PERIOD["date_from"]
    end = (date.fromisoformat(PERIOD["date_to"]) + timedelta(days=1)).isoformat()
    if question is DpoQuestion.CONSULTED:
        return [
            (e.at, e.user, e.action, e.justification or "—")
            for e in audit.read_entries(session.con)
            if e.action in CONSULTATIONS
            and (e.object_id in ids or str(e.details.get("subject_id", "")) in ids)
        ]
    entries = audit.read_entries(session.con, date_from=start, date_to=end)
    if question is DpoQuestion.NO_PURPOSE:
        return [
            (e.at, e.user, e.action, e.justification or "—")
            for e in entries
            if e.action in CONSULTATIONS
            and " ".join(e.justification.split()).lower() in {"", "other", "other:", "-", "—"}
        ]
    return [
        (e.at, e.user, e.action, e.recipient or "—", e.justification or "—")
        for e in entries
        if e.action in DISCLOSURES
    ]


def _fill_log(session: Session, files: list[str]) -> None:
    """Every consultation and disclosure kind, about each file, with every purpose, plus
    entries that must not be found (other actions, other files, ids only in details)."""
    actions = sorted(CONSULTATIONS | DISCLOSURES | {"login", "settings_changed"})
    assert actions and files
    with session.transaction():
        for n, action in enumerate(actions):
            for m, why in enumerate(PURPOSES):
                about = files[(n + m) % len(files)]
                in_details = m % 3 == 0
                session.audit(
                    action,
                    object_type="subjects" if in_details else "subject",
                    object_id="" if in_details else about,
                    justification=why,
                    recipient="Probation service" if m % 2 else "",
                    details={"subject_id": about, "count": m} if in_details else {"count": m},
                )


@pytest.fixture
def dpo(central_world: CentralWorld) -> Iterator[tuple[Session, list[str]]]:
    files = [central_world.a1, central_world.b1, central_world.b2]
    _fill_log(central_world.sessions["admin"], files)
    yield central_world.sessions["aida"], files


def test_the_sql_answers_equal_reading_the_whole_log(dpo: tuple[Session, list[str]]) -> None:
    auditor, files = dpo
    checked = 0
    assert len(files) == 3
    for question in (DpoQuestion.NO_PURPOSE, DpoQuestion.EXPORTS):
        answer = dpo_questions.ask(auditor, question, **PERIOD)
        expected = _reference(auditor, question, set())
        assert expected, question
        assert list(answer.rows) == expected
        checked += 1
    for file_id in files:
        answer = dpo_questions.ask(auditor, DpoQuestion.CONSULTED, subject_id=file_id)
        expected = _reference(auditor, DpoQuestion.CONSULTED, {file_id})
        assert expected, file_id
        assert list(answer.rows) == expected
        checked += 1
    assert checked == 5


def test_the_no_purpose_answer_is_every_empty_spelling_and_nothing_else(
    dpo: tuple[Session, list[str]],
) -> None:
    auditor, _ = dpo
    said = {r[3] for r in dpo_questions.ask(auditor, DpoQuestion.NO_PURPOSE, **PERIOD).rows}
    assert said == {"—", "other", "  Other  ", "other:", "OTHER:\t", "-", "\n"}


def test_select_entries_with_nothing_to_look_for_is_empty(tmp_path: Path) -> None:
    # No SQL "IN ()" (a syntax error on both engines): no actions, no entries.
    assert audit.select_entries(None, []) == []  # type: ignore[arg-type]
