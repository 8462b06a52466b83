"""Subjects: the prisoners that observations are about.

A prison number is unique per establishment (compared folded, without spaces
or dashes); the duplicate check (`subject_duplicates.find_similar`) runs before
creating, so the same person is not entered twice under a different spelling.
Names may be in any script.
Every change keeps the old values in `subject_history` with who, when and why,
and bumps `version`; each version is queued for export. Opening a subject's
file (`subject_file.open_subject_file`) needs a justification and is audited.

Sync record (kind "subject", one per version)::

    {"id", "version", "establishment_code", "prison_number", "family_name",
     "given_names", "birth_year", "unit_code", "cell", "status", "review_due",
     "restricted", "anonymised", "created_at", "created_by", "updated_at"}

At the central office a subject is matched by establishment + prison number:
a workstation id that meets an existing subject under another id becomes an
alias of it (`subject_aliases`), and its observations attach to that subject.
"""

from __future__ import annotations

import json
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    ValidationError,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import (
    Mode,
    Subject,
    SubjectChange,
    SubjectStatus,
)
from radprev_desktop.core.outbox import (
    record_change,
)
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    record_notes,
    search_index,
    subject_fields,
    subject_holders,
    subject_scope,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

#: Months until a file is due for review, per kind (declared with the setting).


SUBJECT_COLUMNS = (
    "id, establishment_code, prison_number, family_name, given_names, birth_year, unit_code, "
    "cell, status, review_due, restricted, anonymised, version, created_at, created_by, "
    "updated_at, origin_workstation"
)
#: The details that say who the person is: on a restricted file, changed only as a
#: rectification (where the person is held — unit, cell, status — is kept current).
IDENTITY_FIELDS = ("prison_number", "family_name", "given_names", "birth_year")
EDITABLE = (
    "prison_number",
    "family_name",
    "given_names",
    "birth_year",
    "unit_code",
    "cell",
    "status",
    "review_due",
    "restricted",
)


def subject_from_row(row: tuple[Any, ...]) -> Subject:
    """Build a Subject from a row selected with SUBJECT_COLUMNS."""
    return Subject(
        id=row[0],
        establishment_code=row[1],
        prison_number=row[2],
        family_name=row[3],
        given_names=row[4],
        birth_year=row[5],
        unit_code=row[6],
        cell=row[7],
        status=SubjectStatus(row[8]),
        review_due=row[9],
        restricted=bool(row[10]),
        anonymised=bool(row[11]),
        version=int(row[12]),
        created_at=row[13],
        created_by=row[14],
        updated_at=row[15],
        origin_workstation=row[16],
    )


# --- reading ---------------------------------------------------------------------


def load(con: Connection, subject_id: str) -> Subject | None:
    """The file's header by id, read in the caller's transaction (no checks), or None."""
    row = con.execute(f"SELECT {SUBJECT_COLUMNS} FROM subjects WHERE id = ?", (subject_id,))
    found = row.fetchone()
    return None if found is None else subject_from_row(found)


def get_subject(
    session: Session, subject_id: str, permission: Permission = Permission.READ_SUBJECTS
) -> Subject:
    """A subject's header (names, number, unit); NotFound if unknown, erased or out of reach.

    This is not a consultation of the file: use `subject_file.open_subject_file` to read
    observations about the person. `permission` is the use the caller makes of the
    file (writing an observation needs the prisoner in the writer's units).
    """
    policy.require(session, Permission.READ_SUBJECTS)
    found = load_subject(session.con, subject_id)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no such prisoner in the vault (it may have been erased)."
            )
        )
    policy.require_reach(session, found, permission)
    return found


def load_subject(con: Connection, subject_id: str) -> Subject | None:
    """The subject row, whoever asks (for services that have checked the reader already)."""
    row = con.execute(
        f"SELECT {SUBJECT_COLUMNS} FROM subjects WHERE id = ?",
        (subject_holders.resolve_id(con, subject_id),),
    ).fetchone()
    return None if row is None else subject_from_row(row)


def find_by_prison_number(
    session: Session, prison_number: str, establishment_code: str | None = None
) -> Subject:
    """The subject with this prison number in this (or the given) establishment."""
    policy.require(session, Permission.READ_SUBJECTS)
    key = search_index.prison_number_key(prison_number)
    establishment = (establishment_code or session.establishment_code).strip().upper()
    row = session.con.execute(
        f"SELECT {SUBJECT_COLUMNS} FROM subjects WHERE establishment_code = ? "
        "AND prison_number_key = ?",
        (establishment, key),
    ).fetchone()
    if row is None:
        # A number the file was known under before a transfer (the central identity).
        row = session.con.execute(
            f"SELECT {SUBJECT_COLUMNS} FROM subjects WHERE id = (SELECT subject_id FROM "
            "subject_numbers WHERE establishment_code = ? AND prison_number_key = ?)",
            (establishment, key),
        ).fetchone()
    if row is not None and not policy.may_reach(session, subject_from_row(row)):
        row = None  # outside one's units: as if it did not exist
    if row is None and establishment != session.establishment_code:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No prisoner with prison number %1 in %2 is recorded."),
            prison_number.strip(),
            establishment,
        )
    if row is None and session.mode is Mode.CENTRAL:
        # Numbers are unique per establishment only: a bare one was simply "not recorded"
        # at the office, though the prisoner was there (seen under Xvfb, the DPO's question).
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "At the central office a prison number is given with its establishment, "
                "e.g. PL-WAW1:%1 (numbers are unique per establishment only).",
            ),
            prison_number.strip(),
        )
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No prisoner with prison number %1 is recorded."),
            prison_number.strip(),
        )
    return subject_from_row(row)


def split_reference(reference: str) -> tuple[str | None, str]:
    """'PL-WAW1:123' → ('PL-WAW1', '123'); a bare number → (None, number).

    At the central office a prisoner is named by establishment + prison number
    (numbers are unique per establishment only).
    """
    text = reference.strip()
    if ":" in text:
        establishment, number = text.split(":", 1)
        if establishment.strip() and number.strip():
            return establishment.strip().upper(), number.strip()
    return None, text


def find_by_reference(session: Session, reference: str) -> Subject:
    """A subject by id, 'EST:NUMBER' or a prison number of this vault's establishment."""
    establishment, number = split_reference(reference)
    if establishment is None:
        try:
            return get_subject(session, number)
        except NotFound:
            pass
    return find_by_prison_number(session, number, establishment)


def subject_history(session: Session, subject_id: str) -> list[SubjectChange]:
    """Every change of a subject, oldest first (old values, who, when, why)."""
    subject_id = get_subject(session, subject_id).id
    return [
        SubjectChange(int(r[0]), r[1], r[2], r[3], tuple(json.loads(r[4])), json.loads(r[5]))
        for r in session.con.execute(
            "SELECT version, at, by_user, reason, changed_fields, old_values "
            "FROM subject_history WHERE subject_id = ? ORDER BY seq",
            (subject_id,),
        )
    ]


# --- writing ---------------------------------------------------------------------


@operation(Change.SUBJECTS | Change.SYNC)
def create_subject(
    session: Session,
    *,
    prison_number: str,
    family_name: str,
    given_names: str,
    birth_year: int | None = None,
    unit: str | None = None,
    cell: str = "",
    status: SubjectStatus = SubjectStatus.IN_CUSTODY,
    review_due: str | None = None,
    restricted: bool = False,
) -> Subject:
    """Add a prisoner; Conflict if the prison number is already recorded here."""
    policy.require(session, Permission.ADD_SUBJECTS)  # WRITE_SUBJECTS's roles; no office
    number = subject_fields.clean_prison_number(prison_number)
    family = subject_fields.clean_name(
        family_name, "family_name", subject_fields.NAME_LABELS["family_name"]
    )
    given = subject_fields.clean_name(
        given_names, "given_names", subject_fields.NAME_LABELS["given_names"]
    )
    year = subject_fields.clean_birth_year(birth_year)
    unit_code = subject_scope.unit_within_reach(session, subject_fields.clean_unit(session, unit))
    cell = subject_fields.clean_text(cell, "cell")
    status = SubjectStatus(status)
    due = (
        subject_fields.clean_date(review_due, "review_due")
        if review_due
        else subject_fields.default_review_due(session, status)
    )
    key = search_index.prison_number_key(number)
    subject_id = new_id()
    at = now_iso()
    with session.transaction() as con:
        exists = con.execute(
            "SELECT 1 FROM subjects WHERE establishment_code = ? AND prison_number_key = ?",
            (session.establishment_code, key),
        ).fetchone()
        if exists:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Prison number %1 is already recorded in this establishment; open "
                    "that prisoner's file instead.",
                ),
                number,
            )
        cur = con.execute(
            "INSERT INTO subjects(id, establishment_code, prison_number, prison_number_key, "
            "family_name, given_names, names_key, birth_year, unit_code, cell, status, "
            "review_due, restricted, version, created_at, created_by, updated_at, "
            "origin_workstation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?) RETURNING rowid",
            (
                subject_id,
                session.establishment_code,
                number,
                key,
                family,
                given,
                search_index.fold_key(f"{family} {given}"),
                year,
                unit_code,
                cell,
                status.value,
                due,
                int(restricted),
                at,
                session.user.username,
                at,
                session.workstation_id,
            ),
        )
        search_index.index_subject(con, int(cur.fetchone()[0]), family, given, number)
        subject_holders.remember_number(con, subject_id, session.establishment_code, number)
        record_change(con, "subject", subject_id, 1)
        session.audit(
            "subject_created", object_type="subject", object_id=subject_id, details={"version": 1}
        )
    return get_subject(session, subject_id)


@operation(Change.SUBJECTS | Change.SYNC)
def update_subject(session: Session, subject_id: str, *, reason: str, **changes: Any) -> Subject:
    """Change fields of a subject (see EDITABLE) with a reason; old values kept.

    Setting `restricted` (accuracy disputed, LED Art. 16) needs a supervisor or
    administrator. A status change to released/transferred brings the review
    date forward to that status's retention period unless a date is given.
    """
    policy.require(session, Permission.WRITE_SUBJECTS)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the prisoner's details change."), field="reason"
        )
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "These fields cannot be changed: %1."),
            ", ".join(sorted(unknown)),
        )
    if "restricted" in changes:
        policy.require(session, Permission.RESTRICT_SUBJECTS)
    current = get_subject(session, subject_id, Permission.WRITE_SUBJECTS)
    if current.anonymised:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This file was anonymised and cannot be changed.")
        )
    new = subject_fields.clean_changes(session, changes)
    if set(new) & set(IDENTITY_FIELDS):
        # A restricted file's identity is corrected only as a rectification (decision 0023).
        record_notes.require_changeable(session.con, current.restricted, "subject", current.id)
    if "status" in new and "review_due" not in new and new["status"] != current.status.value:
        proposed = subject_fields.default_review_due(session, SubjectStatus(new["status"]))
        if proposed < current.review_due:
            new["review_due"] = proposed
    old = _editable_values(current)
    changed = sorted(k for k, v in new.items() if old[k] != v)
    if not changed:
        return current
    merged = {**old, **{k: new[k] for k in changed}}
    version = current.version + 1
    with session.transaction() as con:
        if "prison_number" in changed:
            clash = con.execute(
                "SELECT 1 FROM subjects WHERE establishment_code = ? AND prison_number_key = ? "
                "AND id != ?",
                (
                    current.establishment_code,
                    search_index.prison_number_key(merged["prison_number"]),
                    current.id,
                ),
            ).fetchone()
            if clash:
                raise Conflict(
                    QT_TRANSLATE_NOOP("errors", "Prison number %1 is already recorded."),
                    merged["prison_number"],
                )
        _write_update(con, current, merged, changed, version, reason, session.user.username)
        record_change(con, "subject", current.id, version)
        session.audit(
            "subject_changed",
            object_type="subject",
            object_id=current.id,
            details={"version": version, "fields": changed},
        )
    moved = load_subject(session.con, current.id)
    assert moved is not None  # changed in this transaction; may now be outside the writer's units
    return moved


def _editable_values(current: Subject) -> dict[str, Any]:
    """The fields `update_subject` may change, as stored."""
    return {
        "prison_number": current.prison_number,
        "family_name": current.family_name,
        "given_names": current.given_names,
        "birth_year": current.birth_year,
        "unit_code": current.unit_code,
        "cell": current.cell,
        "status": current.status.value,
        "review_due": current.review_due,
        "restricted": current.restricted,
    }


def _write_update(
    con: Connection,
    current: Subject,
    merged: dict[str, Any],
    changed: list[str],
    version: int,
    reason: str,
    by_user: str,
) -> None:
    """Store the old values, write the new ones and keep the indexes in step."""
    old_values = {
        k: (current.status.value if k == "status" else getattr(current, k)) for k in changed
    }
    # A file taken in by transfer moves to the receiving establishment.
    establishment = merged.get("establishment_code", current.establishment_code)
    con.execute(
        "INSERT INTO subject_history(subject_id, version, at, by_user, reason, changed_fields, "
        "old_values) VALUES (?,?,?,?,?,?,?)",
        (
            current.id,
            current.version,
            now_iso(),
            by_user,
            reason,
            json.dumps(changed),
            json.dumps(old_values, ensure_ascii=False),
        ),
    )
    con.execute(
        "UPDATE subjects SET prison_number = ?, prison_number_key = ?, family_name = ?, "
        "given_names = ?, names_key = ?, birth_year = ?, unit_code = ?, cell = ?, status = ?, "
        "review_due = ?, restricted = ?, version = ?, updated_at = ?, delivered_at = NULL, "
        "establishment_code = ? WHERE id = ?",
        (
            merged["prison_number"],
            search_index.prison_number_key(merged["prison_number"]),
            merged["family_name"],
            merged["given_names"],
            search_index.fold_key(f"{merged['family_name']} {merged['given_names']}"),
            merged["birth_year"],
            merged["unit_code"],
            merged["cell"],
            merged["status"],
            merged["review_due"],
            int(merged["restricted"]),
            version,
            now_iso(),
            establishment,
            current.id,
        ),
    )
    if {"prison_number", "establishment_code"} & set(changed):
        subject_holders.remember_number(con, current.id, establishment, merged["prison_number"])
    if {"prison_number", "family_name", "given_names"} & set(changed):
        rowid = con.execute("SELECT rowid FROM subjects WHERE id = ?", (current.id,)).fetchone()
        search_index.index_subject(
            con,
            int(rowid[0]),
            merged["family_name"],
            merged["given_names"],
            merged["prison_number"],
        )
        search_index.reindex_subject_observations(
            con,
            current.id,
            search_index.observation_subject_text(
                merged["family_name"], merged["given_names"], merged["prison_number"]
            ),
        )


@operation(Change.SUBJECTS | Change.SYNC)
def set_restricted(session: Session, subject_id: str, restricted: bool, reason: str) -> Subject:
    """Mark a file restricted (accuracy disputed, LED Art. 16) or lift it; supervisor."""
    return update_subject(session, subject_id, reason=reason, restricted=restricted)


def names_of_others(con: Connection, subject_id: str) -> list[tuple[str, str]]:
    """Family and given names of every other prisoner in the vault: what a person's access
    report redacts (core/reports/redaction.py); the caller has checked the reader."""
    resolved = subject_holders.resolve_id(con, subject_id)
    return [
        (str(r[0]), str(r[1]))
        for r in con.execute(
            "SELECT family_name, given_names FROM subjects WHERE id != ? AND anonymised = 0",
            (resolved,),
        )
    ]
