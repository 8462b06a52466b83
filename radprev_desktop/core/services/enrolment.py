"""Who trusts whom: the central office a workstation trusts (`trusted_central`) and the
workstations a central office enrolled (`workstations`).

The certificate and key logic lives in core/sync/keys.py and transfer_keys.py; this
service holds the SQL on the two tables they keep it in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection


@dataclass(frozen=True)
class TrustedCentralRow:
    """A central office certificate as a workstation keeps it."""

    fingerprint: str
    vault_id: str
    establishment: str
    age_recipient: str
    backup_recipient: str
    signing_key: str
    certificate: str
    trusted_at: str
    trusted_by: str


def trust_central(con: Connection, row: TrustedCentralRow) -> None:
    """Trust this certificate from now on (the one trusted before is kept, inactive)."""
    con.execute("UPDATE trusted_central SET active = 0")
    con.execute(
        "INSERT INTO trusted_central(fingerprint, vault_id, establishment, age_recipient, "
        "backup_recipient, signing_key, certificate, trusted_at, trusted_by, active) "
        "VALUES (?,?,?,?,?,?,?,?,?,1) ON CONFLICT(fingerprint) DO UPDATE SET active = 1",
        (
            row.fingerprint,
            row.vault_id,
            row.establishment,
            row.age_recipient,
            row.backup_recipient,
            row.signing_key,
            row.certificate,
            row.trusted_at,
            row.trusted_by,
        ),
    )


def trusted_certificate(con: Connection) -> str | None:
    """The certificate text of the central office trusted now, or None."""
    row = con.execute("SELECT certificate FROM trusted_central WHERE active = 1").fetchone()
    return None if row is None else str(row[0])


def central_signing_keys(con: Connection) -> dict[str, str]:
    """vault id → signing key (hex) of every central office ever trusted (active last)."""
    rows = con.execute(
        "SELECT vault_id, signing_key, active FROM trusted_central ORDER BY active"
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def trusts_a_central_office(con: Connection) -> bool:
    """Whether this workstation trusts a central office now."""
    return con.execute("SELECT 1 FROM trusted_central WHERE active = 1").fetchone() is not None


def enrolled_row(
    con: Connection, workstation_id: str
) -> tuple[str, str, str, str, str, str] | None:
    """(workstation id, vault id, establishment, signing key, fingerprint, enrolled at) of an
    active enrolled workstation, or None."""
    row = con.execute(
        "SELECT workstation_id, vault_id, establishment, signing_key, fingerprint, enrolled_at "
        "FROM workstations WHERE workstation_id = ? AND active = 1",
        (workstation_id,),
    ).fetchone()
    return None if row is None else tuple(str(v) for v in row)  # type: ignore[return-value]


def known_fingerprint(con: Connection, workstation_id: str, fingerprint: str) -> str | None:
    """The fingerprint kept for this workstation id or this fingerprint, or None."""
    row = con.execute(
        "SELECT fingerprint FROM workstations WHERE workstation_id = ? OR fingerprint = ?",
        (workstation_id, fingerprint),
    ).fetchone()
    return None if row is None else str(row[0])


def enrol(
    con: Connection,
    *,
    workstation_id: str,
    vault_id: str,
    establishment: str,
    signing_key: str,
    fingerprint: str,
    enrolled_at: str,
    enrolled_by: str,
) -> None:
    """Keep a newly enrolled workstation."""
    con.execute(
        "INSERT INTO workstations(workstation_id, vault_id, establishment, signing_key, "
        "fingerprint, enrolled_at, enrolled_by) VALUES (?,?,?,?,?,?,?)",
        (
            workstation_id,
            vault_id,
            establishment,
            signing_key,
            fingerprint,
            enrolled_at,
            enrolled_by,
        ),
    )


def workstations(con: Connection) -> list[tuple[str, str]]:
    """(workstation id, establishment) of every enrolled workstation, by id."""
    return [
        (str(r[0]), str(r[1]))
        for r in con.execute(
            "SELECT workstation_id, establishment FROM workstations ORDER BY workstation_id"
        )
    ]


def set_transfer_recipient(con: Connection, workstation_id: str, recipient: str) -> None:
    """Keep the age recipient a workstation's transfer bundles are encrypted to."""
    con.execute(
        "UPDATE workstations SET age_recipient = ? WHERE workstation_id = ? AND age_recipient != ?",
        (recipient, workstation_id, recipient),
    )


def transfer_recipients(con: Connection, establishment: str) -> list[tuple[str, str]]:
    """(workstation id, age recipient) of the establishment's active workstations with a key."""
    return [
        (str(r[0]), str(r[1]))
        for r in con.execute(
            "SELECT workstation_id, age_recipient FROM workstations WHERE establishment = ? "
            "AND active = 1 AND age_recipient != '' ORDER BY workstation_id",
            (establishment,),
        )
    ]


def transfer_recipient(con: Connection, workstation_id: str) -> str:
    """The age recipient kept for one workstation ('' if none)."""
    row = con.execute(
        "SELECT age_recipient FROM workstations WHERE workstation_id = ?", (workstation_id,)
    ).fetchone()
    return str(row[0]) if row and row[0] else ""


def enrolled_workstations(con: Connection) -> list[tuple[str, str, str, str]]:
    """(workstation id, establishment, fingerprint, enrolled at) of every enrolled
    workstation, by establishment."""
    return [
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in con.execute(
            "SELECT workstation_id, establishment, fingerprint, enrolled_at FROM workstations "
            "ORDER BY establishment, workstation_id"
        ).fetchall()
    ]


#: Columns of a `workstations` row for a bulk load (the synthetic central office).
WORKSTATION_ROW_COLUMNS = (
    "workstation_id", "vault_id", "establishment", "signing_key", "fingerprint",
    "enrolled_at", "enrolled_by", "age_recipient",
)  # fmt: skip


def add_workstation_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many enrolled workstations at once (WORKSTATION_ROW_COLUMNS order, made and checked
    by the caller, who holds the transaction): the synthetic central office."""
    return bulk.insert_rows(con, "workstations", WORKSTATION_ROW_COLUMNS, rows)


def recipients_by_workstation(con: Connection) -> dict[str, str]:
    """Workstation id → its age recipient for transfers ('' if none), every workstation in
    one query (the health view)."""
    return {
        str(r[0]): str(r[1] or "")
        for r in con.execute("SELECT workstation_id, age_recipient FROM workstations")
    }
