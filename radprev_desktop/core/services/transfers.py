"""Transfers: a prisoner moves to another establishment, and the file follows.

An officer or supervisor records "transferred to establishment X on date" at
the prison the person leaves. That is a sealed record (it travels in the next
export) and sets the file's status to transferred. The central office then
issues the file to the receiving establishment in a transfer bundle
(core/sync/transfer_bundles.py); the receiving workstation takes it in, keeps
the history read-only, and new records continue the same file.

Sync record (kind "transfer", services/transfer_sync.py)::

    {"id", "version", "subject_id", "from_establishment", "to_establishment",
     "transfer_date", "note", "recorded_at", "recorded_by", "recorded_by_code",
     "establishment_code"}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now, now_iso
from radprev_desktop.core.errors import Conflict, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Mode, SubjectStatus, Transfer
from radprev_desktop.core.outbox import drop_unsent, record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection

#: An establishment code as the central office enrols them (letters, digits, '-').
ESTABLISHMENT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")
#: The code list (from a reference bundle) of the establishments a prisoner may go to.
ESTABLISHMENTS_LIST = "establishments"
MAX_NOTE = 500
TRANSFER_COLUMNS = (
    "id, subject_id, from_establishment, to_establishment, transfer_date, note, recorded_at, "
    "recorded_by, recorded_by_code, establishment_code"
)


def transfer_from_row(row: tuple[Any, ...]) -> Transfer:
    """Build a Transfer from a row selected with TRANSFER_COLUMNS."""
    return Transfer(*(str(v) for v in row))


def clean_establishment(value: str, field: str = "to_establishment") -> str:
    """An establishment code, upper case; ValidationError when it is not one."""
    code = value.strip().upper()
    if not ESTABLISHMENT_CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An establishment code is 1–16 letters, digits or '-' (e.g. PL-KRK1)."
            ),
            field=field,
        )
    return code


def known_establishments(session: Session) -> list[str]:
    """The establishments the central office listed (code list `establishments`), if any."""
    lists = session.setting("code_lists", {}) or {}
    return [str(c) for c in lists.get(ESTABLISHMENTS_LIST, [])]


def today() -> str:
    """Today's date (YYYY-MM-DD), the default day of a transfer."""
    return now().date().isoformat()


def _clean_date(value: str) -> str:
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "%1 is not a date (YYYY-MM-DD)."),
            f"{value!r}",
            field="transfer_date",
        ) from None
    if day > now().date():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A transfer is recorded on or after the day it happens, not before."
            ),
            field="transfer_date",
        )
    if day.year < 1990:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The transfer date is too far in the past."),
            field="transfer_date",
        )
    return day.isoformat()


def _clean_note(value: str) -> str:
    note = " ".join(value.split())
    if len(note) > MAX_NOTE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The note is limited to %1 characters."),
            MAX_NOTE,
            field="note",
        )
    return note


def _destination(session: Session, to_establishment: str) -> str:
    """The establishment the prisoner goes to: another one, and listed if a list exists."""
    target = clean_establishment(to_establishment)
    if target == session.establishment_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The prisoner is already in this establishment: name the one they go to."
            ),
            field="to_establishment",
        )
    listed = known_establishments(session)
    if listed and target not in listed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "%1 is not one of the establishments the central office lists."
            ),
            target,
            field="to_establishment",
        )
    return target


def _leaving(session: Session, subject_id: str) -> subjects.Subject:
    """The file of a prisoner in custody here (not anonymised), who may be transferred."""
    subject = subjects.get_subject(session, subject_id)
    if subject.establishment_code != session.establishment_code:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file belongs to another establishment; it cannot be transferred here.",
            )
        )
    if subject.anonymised:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This file was anonymised and cannot be transferred.")
        )
    if subject.status is not SubjectStatus.IN_CUSTODY:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "The prisoner is not in custody here (status: %1); only a prisoner in custody can be transferred.",
            ),
            subject.status.value,
        )
    return subject


@operation(Change.SUBJECTS | Change.SYNC)
def record_transfer(
    session: Session,
    subject_id: str,
    *,
    to_establishment: str,
    transfer_date: str,
    note: str = "",
) -> Transfer:
    """Record that a prisoner of this establishment moved to another one (officer, supervisor).

    The file's status becomes transferred (a new version of the header, with the
    review date of a transferred file); both travel in the next export, and the
    central office issues the file to the receiving establishment.
    """
    policy.require(session, Permission.RECORD_TRANSFERS)
    if session.mode is not Mode.WORKSTATION:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "A transfer is recorded at the prison the prisoner leaves.")
        )
    target = _destination(session, to_establishment)
    day = _clean_date(transfer_date)
    text = _clean_note(note)
    subject = _leaving(session, subject_id)
    transfer = Transfer(
        id=new_id(),
        subject_id=subject.id,
        from_establishment=session.establishment_code,
        to_establishment=target,
        transfer_date=day,
        note=text,
        recorded_at=now_iso(),
        recorded_by=session.user.username,
        recorded_by_code=session.user.staff_code,
        establishment_code=session.establishment_code,
    )
    with session.transaction() as con:
        insert(con, transfer, session.workstation_id)
        record_change(con, "transfer", transfer.id, 1)
        subjects.update_subject(
            session,
            subject.id,
            reason=f"transferred to {target} on {day}",
            status=SubjectStatus.TRANSFERRED,
        )
        session.audit(
            "transfer_recorded",
            object_type="subject",
            object_id=subject.id,
            recipient=target,
            details={"transfer_id": transfer.id, "to": target, "date": day},
        )
    return transfer


def insert(con: Connection, transfer: Transfer, origin_workstation: str) -> None:
    """Store a transfer row (recorded here, imported at the central office, or received)."""
    con.execute(
        f"INSERT INTO transfers({TRANSFER_COLUMNS}, origin_workstation, delivered_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            transfer.id,
            transfer.subject_id,
            transfer.from_establishment,
            transfer.to_establishment,
            transfer.transfer_date,
            transfer.note,
            transfer.recorded_at,
            transfer.recorded_by,
            transfer.recorded_by_code,
            transfer.establishment_code,
            origin_workstation,
            None,
        ),
    )


def get_transfer(con: Connection, transfer_id: str) -> Transfer | None:
    """One transfer by id (no permission check: for the sync layer)."""
    row = con.execute(
        f"SELECT {TRANSFER_COLUMNS} FROM transfers WHERE id = ?", (transfer_id,)
    ).fetchone()
    return None if row is None else transfer_from_row(row)


def transfers_of(session: Session, subject_id: str, *, audit: bool = False) -> list[Transfer]:
    """Every move of this prisoner the vault knows, oldest first (the chain).

    Screens call it within the file's consultation; a caller outside one (the CLI)
    passes audit=True to log its own, with its purpose.
    """
    policy.require(session, Permission.READ_SUBJECTS)
    resolved = subjects.get_subject(session, subject_id).id
    if audit:
        consultation.record(session, "transfers_listed", object_type="subject", object_id=resolved)
    return subject_transfers(session.con, resolved)


def subject_transfers(con: Connection, subject_id: str) -> list[Transfer]:
    """The chain of moves of a (resolved) subject, oldest first (no permission check)."""
    return [
        transfer_from_row(r)
        for r in con.execute(
            f"SELECT {TRANSFER_COLUMNS} FROM transfers WHERE subject_id = ? "
            "ORDER BY transfer_date, recorded_at, id",
            (subject_id,),
        )
    ]


def mark_delivered(con: Connection, transfer_id: str, at: str) -> None:
    """The central office holds this transfer (a receipt listed its package)."""
    con.execute("UPDATE transfers SET delivered_at = ? WHERE id = ?", (at, transfer_id))


#: The columns of `add_transfer_rows`' rows, in this order.
TRANSFER_ROW_COLUMNS = (
    *(c.strip() for c in TRANSFER_COLUMNS.split(",")), "origin_workstation", "delivered_at"
)  # fmt: skip


def add_transfer_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many recorded transfers at once, set-wise; rows made and checked by the caller,
    who holds the transaction (bulk loads: the synthetic central office)."""
    return bulk.insert_rows(con, "transfers", TRANSFER_ROW_COLUMNS, rows)


def latest_transfers(
    con: Connection, reach: tuple[str, list[Any]] = ("1 = 1", [])
) -> list[tuple[Any, ...]]:
    """The latest transfer of each file within `reach` (a condition on `subjects s`, from
    subject_scope.scope_sql): TRANSFER_COLUMNS, then the prisoner's number, family and
    given names, and how many bundles were issued for that transfer."""
    prefixed = ", ".join("t." + c.strip() for c in TRANSFER_COLUMNS.split(","))
    condition, params = reach
    return [
        tuple(r)
        for r in con.execute(
            f"SELECT {prefixed}, s.prison_number, s.family_name, s.given_names, "
            "(SELECT count(*) FROM transfer_bundles b WHERE b.transfer_id = t.id) "
            "FROM transfers t JOIN subjects s ON s.id = t.subject_id "
            "WHERE t.id = (SELECT t2.id FROM transfers t2 WHERE t2.subject_id = t.subject_id "
            f"ORDER BY t2.transfer_date DESC, t2.recorded_at DESC, t2.id DESC LIMIT 1) "
            f"AND {condition} ORDER BY t.transfer_date, t.recorded_at",
            params,
        ).fetchall()
    ]


def file_transfers(con: Connection, subject_id: str) -> list[tuple[str, int, str]]:
    """(id, version 1, origin workstation) of the file's transfers, in order (bundles)."""
    return [
        (str(r[0]), 1, str(r[1]))
        for r in con.execute(
            "SELECT id, origin_workstation FROM transfers WHERE subject_id = ? "
            "ORDER BY transfer_date, recorded_at, id",
            (subject_id,),
        )
    ]


@dataclass(frozen=True)
class IssuedBundleRow:
    """A transfer bundle the central office issued, as its list keeps it."""

    sequence: int
    transfer_id: str
    subject_id: str
    from_establishment: str
    to_establishment: str
    bundle_hash: str
    recipients: str  # JSON list of workstation ids
    records: int
    issued_at: str
    issued_by: str


def remember_bundle(con: Connection, row: IssuedBundleRow) -> None:
    """Keep an issued transfer bundle (the latest names where the file lives now)."""
    con.execute(
        "INSERT INTO transfer_bundles(sequence, transfer_id, subject_id, "
        "from_establishment, to_establishment, bundle_hash, recipients, records, "
        "issued_at, issued_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            row.sequence,
            row.transfer_id,
            row.subject_id,
            row.from_establishment,
            row.to_establishment,
            row.bundle_hash,
            row.recipients,
            row.records,
            row.issued_at,
            row.issued_by,
        ),
    )


def received_bundle_hash(con: Connection, sender: str, sequence: int) -> str | None:
    """Workstation: the hash of transfer bundle `sequence` of this central office taken in
    before, or None."""
    row = con.execute(
        "SELECT bundle_hash FROM received_transfers WHERE sender = ? AND sequence = ?",
        (sender, sequence),
    ).fetchone()
    return None if row is None else str(row[0])


def bundle_taken_in(con: Connection, transfer_id: str) -> bool:
    """Workstation: whether a bundle of this transfer was taken in here before."""
    row = con.execute("SELECT 1 FROM received_transfers WHERE transfer_id = ?", (transfer_id,))
    return row.fetchone() is not None


@dataclass(frozen=True)
class ReceivedBundleRow:
    """A transfer bundle taken in at this workstation."""

    sender: str
    sequence: int
    bundle_hash: str
    transfer_id: str
    subject_id: str
    from_establishment: str
    records: int
    imported_at: str
    imported_by: str


def remember_received_bundle(con: Connection, row: ReceivedBundleRow) -> None:
    """Workstation: keep a transfer bundle taken in (replays are recognised by it)."""
    con.execute(
        "INSERT INTO received_transfers(sender, sequence, bundle_hash, transfer_id, "
        "subject_id, from_establishment, records, imported_at, imported_by) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        (
            row.sender,
            row.sequence,
            row.bundle_hash,
            row.transfer_id,
            row.subject_id,
            row.from_establishment,
            row.records,
            row.imported_at,
            row.imported_by,
        ),
    )


def received_bundles(con: Connection) -> list[tuple[Any, ...]]:
    """Workstation: (sequence, subject id, from, records, imported at, imported by) of the
    transfer bundles taken in, newest first."""
    return [
        tuple(r)
        for r in con.execute(
            "SELECT sequence, subject_id, from_establishment, records, imported_at, imported_by "
            "FROM received_transfers ORDER BY imported_at DESC"
        ).fetchall()
    ]


def purge_for_subject(con: Connection, subject_id: str) -> None:
    """Erasure: delete a prisoner's transfers and their unsent changes."""
    ids = [
        str(r[0])
        for r in con.execute("SELECT id FROM transfers WHERE subject_id = ?", (subject_id,))
    ]
    drop_unsent(con, ("transfer",), ids)
    con.execute("DELETE FROM transfers WHERE subject_id = ?", (subject_id,))
