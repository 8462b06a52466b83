"""A quick save (`record(..., submit_now=True)`) writes version 1 already sealed (decision 0040).

It used to insert a draft and then update it to submitted in the same transaction, which
moved every index entry holding the status (about six more encrypted pages per save at 1M).
What it leaves behind must be what draft-then-submit left: the same row, grade, outbox line,
search entry and the same two audit entries; the same refusals, with nothing written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import SensitiveTermsNotConfirmed, ValidationError
from radprev_desktop.core.model import IndicatorEvidence, Observation, Urgency
from radprev_desktop.core.services import observations, search
from radprev_desktop.core.services.observation_fields import ObservationInput
from radprev_desktop.core.session import Session
from tests.factories import observation_input, subject

#: Columns that differ between any two saves (ids, clocks, row numbers).
OWN = {"row_no", "id", "recorded_at", "created_at", "updated_at", "submitted_at"}


def _draft_then_submit(session: Session, data: ObservationInput) -> Observation:
    """What `record(submit_now=True)` did before: a draft, then its submission."""
    with session.transaction():
        draft = observations.create_draft(session, data)
        return observations.submit(session, draft.id)


def _left_behind(session: Session, obs_id: str) -> dict[str, Any]:
    con = session.con
    cur = con.execute("SELECT * FROM observations WHERE id = ?", (obs_id,))
    names = [d[0] for d in cur.description]
    row = dict(zip(names, cur.fetchone(), strict=True))
    grades = con.execute(
        "SELECT observation_version, kind, preset, source_grade, information_grade, handling "
        "FROM grade_history WHERE observation_id = ?",
        (obs_id,),
    ).fetchall()
    outbox = con.execute(
        "SELECT kind, version, op FROM changes WHERE object_id = ?", (obs_id,)
    ).fetchall()
    entries = [
        (e.action, e.object_type, e.user, e.details)
        for e in audit.read_entries(con, object_id=obs_id)
    ]
    indicators = con.execute(
        "SELECT domain, code FROM observation_indicators WHERE row_no = ?", (row["row_no"],)
    ).fetchall()
    return {
        "row": {k: v for k, v in row.items() if k not in OWN},
        "times": (row["recorded_at"], row["created_at"], row["updated_at"], row["submitted_at"]),
        "grades": grades,
        "outbox": outbox,
        "audit": entries,
        "indicators": indicators,
    }


def test_a_quick_save_leaves_what_draft_then_submit_left(officer: Session) -> None:
    prisoner = subject(officer)
    data = replace(
        observation_input(prisoner.id, "Drew a symbol on the wall of the library."),
        indicators=(IndicatorEvidence("A3.2", "Repeated the sentence twice."),),
        urgency=Urgency.PRIORITY,
    )
    quick = observations.record(officer, data, submit_now=True)
    before = _draft_then_submit(officer, data)
    new, old = _left_behind(officer, quick.id), _left_behind(officer, before.id)
    assert new["row"]["status"] == "submitted" and new["row"]["version"] == 1
    assert new["row"] == old["row"]
    for part in ("grades", "outbox", "audit", "indicators"):
        assert new[part] == old[part], part
    assert [a[0] for a in new["audit"]] == ["observation_created", "observation_submitted"]
    assert new["audit"][0][3] == {"version": 1, "subject_id": prisoner.id, "indicators": 1}
    assert new["audit"][1][3] == {"version": 1, "urgency": "priority"}
    assert new["indicators"] == [("A3", "A3.2")]
    assert len(set(new["times"])) == 1  # recorded, created, last changed and sealed at once
    assert quick.sealed and quick == observations.get_observation(officer, quick.id)
    found = search.search(officer, "symbol library", limit=10).observations.items
    assert {o.id for o in found} == {quick.id, before.id}
    assert audit.verify_chain(officer.con).ok


def _updates_during(session: Session, action: Callable[[], object]) -> int:
    """How many times `action` updates an observation row (a temporary trigger counts)."""
    con = session.con
    con.execute("CREATE TEMP TABLE touched (n INTEGER)")
    con.execute(
        "CREATE TEMP TRIGGER counting AFTER UPDATE ON main.observations "
        "BEGIN INSERT INTO touched VALUES (1); END"
    )
    action()
    return int(con.execute("SELECT count(*) FROM touched").fetchone()[0])


def test_a_quick_save_never_passes_through_a_draft(officer: Session) -> None:
    data = observation_input(subject(officer).id)
    assert (
        _updates_during(officer, lambda: observations.record(officer, data, submit_now=True)) == 0
    )
    assert _updates_during_again(officer, data) == 1  # draft then submit: the row is updated


def _updates_during_again(session: Session, data: ObservationInput) -> int:
    session.con.execute("DELETE FROM touched")
    _draft_then_submit(session, data)
    return int(session.con.execute("SELECT count(*) FROM touched").fetchone()[0])


def _counts(session: Session) -> tuple[int, ...]:
    con = session.con
    return tuple(
        int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("observations", "grade_history", "changes", "audit", "observation_search")
    )


@pytest.mark.parametrize(
    "change, refused",
    [
        ({"facts": "Talked about the mosque's visitors in the yard."}, SensitiveTermsNotConfirmed),
        ({"assessment": ""}, ValidationError),  # a sealed record needs the officer's assessment
        ({"facts": ""}, ValidationError),
    ],
)
def test_a_refused_quick_save_writes_nothing(
    officer: Session, change: dict[str, Any], refused: type[Exception]
) -> None:
    data = replace(observation_input(subject(officer).id), **change)
    before = _counts(officer)
    with pytest.raises(refused):
        observations.record(officer, data, submit_now=True)
    assert _counts(officer) == before


def test_confirmed_words_are_kept_with_the_sealed_record(officer: Session) -> None:
    data = observation_input(subject(officer).id, "Talked about the mosque's visitors.")
    made = observations.record(officer, data, submit_now=True, confirm_sensitive=True)
    stored = officer.con.execute(
        "SELECT sensitive_terms FROM observations WHERE id = ?", (made.id,)
    ).fetchone()[0]
    assert any("mosque" in json.dumps(f) for f in json.loads(stored))
    assert made.sensitive_terms
