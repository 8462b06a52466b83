"""The audit log's indexes serve the DPO's questions on SQLCipher and PostgreSQL (issue 14
item 7; docs/benchmarks.md): the index by time (migration 0015) the questions over a period,
the indexes by object and by the file named in a list's details (0016) "who consulted this
file", which does not go through the index by time.

The statements are the ones `dpo_questions.ask` runs (captured from `audit.selection_sql`
while the service answers); their plans are read with EXPLAIN on a log of 12,000 chained
entries over a year (tests/bench/bench_dpo_questions.py writes them), PostgreSQL's after
ANALYZE as the office's maintenance leaves it.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.services import dpo_questions
from radprev_desktop.core.services.dpo_questions import DpoQuestion
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of
from tests.bench.bench_dpo_questions import _write_chunk
from tests.factories import ADMIN, ADMIN_PASSWORD, subject
from tests.unit.test_central_store import central_folder

__all__ = ["central_folder"]  # the PostgreSQL office's fixture

ENTRIES = 12_000
INDEX = "audit_by_time"
BY_FILE = ("audit_by_object_id", "audit_by_file")
Arguments = tuple[Collection[str], Any, Any, Any, Collection[str]]


@pytest.fixture
def asked(
    officer: Session, auditor: Session, monkeypatch: pytest.MonkeyPatch
) -> dict[DpoQuestion, Arguments]:
    """The arguments of `audit.selection_sql` for each question the DPO asks of the log."""
    prisoner = subject(officer)
    seen: list[Arguments] = []
    real = audit.selection_sql

    def spy(con: Connection, *args: Any) -> tuple[str, list[Any]]:
        seen.append(args)  # type: ignore[arg-type]
        return real(con, *args)

    monkeypatch.setattr(audit, "selection_sql", spy)
    found = {}
    for question in (DpoQuestion.CONSULTED, DpoQuestion.NO_PURPOSE, DpoQuestion.EXPORTS):
        dpo_questions.ask(
            auditor,
            question,
            subject_id=prisoner.id,
            date_from="2026-01-01",
            date_to="2026-01-31",
        )
        found[question] = seen[-1]
    assert len(seen) == 3
    return found


def _fill(session: Session) -> None:
    """ENTRIES consultations, disclosures and other actions over a year, chained."""
    files = [f"01a00000-0000-7000-8000-{n:012d}" for n in range(200)]
    step = timedelta(days=365) / ENTRIES
    _write_chunk(session, random.Random(14), files, (0, ENTRIES), audit.head(session.con), step)


def _plan(con: Connection, args: Arguments) -> str:
    sql, params = audit.selection_sql(con, *args)
    if dialect_of(con).is_postgresql:
        rows = con.execute(f"EXPLAIN {sql}", params).fetchall()
        return "\n".join(str(r[0]) for r in rows)
    rows = con.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(str(r[-1]) for r in rows)


@pytest.fixture(params=["sqlcipher", "postgresql"])
def filled(request: pytest.FixtureRequest, admin: Session) -> Iterator[Session]:
    """A store holding ENTRIES audit entries: the workstation vault, or a PostgreSQL office."""
    if request.param == "sqlcipher":
        _fill(admin)
        yield admin
        return
    folder: Path = request.getfixturevalue("central_folder")
    office = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        _fill(office)
        office.con.execute("ANALYZE audit")
        yield office
    finally:
        office.close()


def test_both_stores_hold_the_indexes(filled: Session) -> None:
    con = filled.con
    if dialect_of(con).is_postgresql:
        sql = "SELECT indexdef FROM pg_indexes WHERE tablename = 'audit' AND indexname = ?"
    else:
        sql = "SELECT sql FROM sqlite_master WHERE tbl_name = 'audit' AND name = ?"
    found = {}
    for name in (INDEX, *BY_FILE):
        row = con.execute(sql, (name,)).fetchone()
        assert row is not None, name
        found[name] = " ".join(str(row[0]).split())
    assert "(at, action)" in found[INDEX] and "(object_id)" in found["audit_by_object_id"]
    assert "subject_id" in found["audit_by_file"]


def test_each_question_takes_its_index(
    filled: Session, asked: dict[DpoQuestion, Arguments]
) -> None:
    for question in (DpoQuestion.NO_PURPOSE, DpoQuestion.EXPORTS):
        assert asked[question][1] == "2026-01-01"  # the period reaches the statement
        plan = _plan(filled.con, asked[question])
        assert INDEX in plan, (question, plan)
    whole = _plan(filled.con, asked[DpoQuestion.CONSULTED])
    assert INDEX not in whole, whole
    assert all(name in whole for name in BY_FILE), whole  # each half of the OR looked up
    assert "SCAN audit" not in whole and "Seq Scan" not in whole, whole
