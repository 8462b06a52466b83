"""A received observation becomes the same columns whichever way it is mapped.

The import maps a received record straight to columns (`observation_rows.
received_columns`, decision 0024); everywhere else the typed values go through
`observation_rows.storable`, the single source of the column mapping. Real records
(the demo generator's observations with their versions, people, indicators and
gradings, serialised as they travel) and hand-made variants (optional fields left
out, every person category, source type and urgency) must give the same columns.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from radprev_desktop.core import demo
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    PersonCategory,
    PersonInvolved,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import observation_rows, observation_sync
from radprev_desktop.core.session import Session


def typed_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The columns through the typed values, as the import built them before 0024."""
    g = record["grading"]
    values = {
        "event_start": record["event_start"],
        "event_end": record.get("event_end"),
        "place": record["place"],
        "officer_duty": record["officer_duty"],
        "facts": record["facts"],
        "assessment": record["assessment"],
        "source_type": record["source_type"],
        "source_identity": "",
        "people": [
            PersonInvolved(PersonCategory(p["category"]), p["description"])
            for p in record["people"]
        ],
        "indicators": [IndicatorEvidence(i["code"], i["evidence"]) for i in record["indicators"]],
        "protective_factors": record["protective_factors"],
        "grading": Grading(
            g["preset"], g["source"], g["information"], g["handling"], g["conditions"]
        ),
        "urgency": record["urgency"],
        "action_taken": record["action_taken"],
        "own_account": record["own_account"],
        "restricted": record["restricted"],
        "other_explanations": record.get("other_explanations", ""),
        "other_explanations_none": record.get("other_explanations_none", False),
    }
    return observation_rows.storable(values)


def received(admin: Session) -> list[dict[str, Any]]:
    demo.generate(admin, subjects=6, observations=60, seed=5)
    keys = admin.con.execute(
        "SELECT id, version FROM observations WHERE status != 'draft' ORDER BY row_no"
    ).fetchall()
    return [observation_sync.serialize(admin.con, oid, version) for oid, version in keys]


def variants(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Optional fields left out, and every value of the closed lists."""
    made = []
    for n, record in enumerate(records[:12]):
        other = copy.deepcopy(record)
        for key in ("event_end", "other_explanations", "other_explanations_none"):
            other.pop(key, None)
        other["people"] = [
            {"category": c.value, "description": f"osoba {n} Ђорђе"} for c in PersonCategory
        ]
        other["source_type"] = list(SourceType)[n % len(SourceType)].value
        other["urgency"] = list(Urgency)[n % len(Urgency)].value
        other["restricted"] = n % 2 == 0
        other["protective_factors"] = ["rodzina", "praca"][: n % 3]
        made.append(other)
    return made


def test_received_columns_equal_the_typed_mapping(admin: Session) -> None:
    records = received(admin)
    assert len(records) >= 40
    assert any(r["people"] for r in records) and any(r["indicators"] for r in records)
    everything = records + variants(records)
    assert len(everything) > len(records)
    for record in everything:
        assert typed(observation_rows.received_columns(record)) == typed(typed_columns(record))


def typed(columns: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """Columns with their Python types (True == 1, but a driver stores them differently)."""
    return [(name, type(value).__name__, value) for name, value in columns.items()]


@pytest.mark.parametrize(("field", "value"), [("source_type", "rumour"), ("urgency", "soon")])
def test_a_value_outside_a_closed_list_is_refused_both_ways(
    admin: Session, field: str, value: str
) -> None:
    record = dict(received(admin)[0], **{field: value})
    with pytest.raises(ValueError):
        typed_columns(record)
    with pytest.raises(ValueError):
        observation_rows.received_columns(record)


def test_an_unknown_person_category_is_refused_both_ways(admin: Session) -> None:
    record = received(admin)[0]
    record["people"] = [{"category": "neighbour", "description": "x"}]
    with pytest.raises(ValueError):
        typed_columns(record)
    with pytest.raises(ValueError):
        observation_rows.received_columns(record)
