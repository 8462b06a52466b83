"""The referrals table's rows: its columns, row <-> Referral, the stored status history.

Shared by the referrals service and its sync kind (core/services/referrals.py,
core/services/referral_sync.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from radprev_desktop.core.model import Referral, ReferralStatus, ReferralStep
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection

COLUMNS = (
    "id, version, is_current, subject_id, programme, referred_by, referred_by_code, referred_on, "
    "reason_facts, reason_assessment, status, status_history, outcome, changed_by, "
    "establishment_code, origin_workstation, created_at, updated_at"
)


def referral_from_row(row: tuple[Any, ...]) -> Referral:
    """Build a Referral from a row selected with COLUMNS."""
    steps = tuple(
        ReferralStep(ReferralStatus(s["status"]), s["date"], s["by"], s.get("note", ""))
        for s in json.loads(row[11])
    )
    return Referral(
        id=str(row[0]),
        version=int(row[1]),
        is_current=bool(row[2]),
        subject_id=str(row[3]),
        programme=str(row[4]),
        referred_by=str(row[5]),
        referred_by_code=str(row[6]),
        referred_on=str(row[7]),
        reason_facts=str(row[8]),
        reason_assessment=str(row[9]),
        status=ReferralStatus(row[10]),
        history=steps,
        outcome=str(row[12]),
        changed_by=str(row[13]),
        establishment_code=str(row[14]),
        origin_workstation=str(row[15]),
        created_at=str(row[16]),
        updated_at=str(row[17]),
    )


def steps_json(steps: tuple[ReferralStep, ...]) -> str:
    """The status history as stored (and sent): a JSON list of {status, date, by, note}."""
    return json.dumps(
        [{"status": s.status.value, "date": s.date, "by": s.by, "note": s.note} for s in steps],
        ensure_ascii=False,
    )


#: The columns of `add_referral_rows`' rows, in this order.
REFERRAL_ROW_COLUMNS = ("row_no", *(c.strip() for c in COLUMNS.split(",")), "delivered_at")


def add_referral_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many referral versions at once, set-wise; rows made and checked by the caller,
    who holds the transaction (bulk loads: the synthetic central office)."""
    count = bulk.insert_rows(con, "referrals", REFERRAL_ROW_COLUMNS, rows)
    bulk.advance_identity(con, "referrals", "row_no")
    return count


def next_row_no(con: Connection) -> int:
    """The first free referral row number."""
    return bulk.next_number(con, "referrals", "row_no")


def file_versions(con: Connection, subject_id: str) -> list[tuple[str, int, str]]:
    """(id, version, origin workstation) of every version of the file's referrals."""
    return [
        (str(r[0]), int(r[1]), str(r[2]))
        for r in con.execute(
            "SELECT id, version, origin_workstation FROM referrals "
            "WHERE subject_id = ? ORDER BY created_at, id, version",
            (subject_id,),
        )
    ]
