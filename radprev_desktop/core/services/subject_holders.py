"""Which establishment holds a prisoner's file, and under which prison numbers.

The central identity of a file is "establishment + prison number"; a transfer
gives the file a new holder while the old numbers keep pointing at it. Synced
records are bound here: a workstation may send records only about files its
establishment holds (`require_held_by`), and only the current holder changes
or erases the file itself (`require_current_holder`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from radprev_desktop.core import policy
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import ForeignRecord, TransferredAway, ValidationError
from radprev_desktop.core.model import Subject
from radprev_desktop.core.outbox import Batch, Origin
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import search_index
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk
from radprev_desktop.core.vault.connection import Connection


def resolve_id(con: Connection, subject_id: str) -> str:
    """The file an id names: an alias (a workstation's id met at the central office) resolved."""
    row = con.execute("SELECT subject_id FROM subject_aliases WHERE alias_id = ?", (subject_id,))
    found = row.fetchone()
    return str(found[0]) if found else subject_id


# --- which establishment holds a prisoner (binding of synced records) -------------


def remember_number(con: Connection, subject_id: str, establishment: str, number: str) -> None:
    """Keep "establishment + prison number → file" (the central identity); a number
    given to a new file later points at that file from then on."""
    con.execute(
        "INSERT INTO subject_numbers(establishment_code, prison_number_key, prison_number, "
        "subject_id, since) VALUES (?,?,?,?,?) ON CONFLICT(establishment_code, "
        "prison_number_key) DO UPDATE SET subject_id = excluded.subject_id, "
        "prison_number = excluded.prison_number, since = excluded.since",
        (establishment, search_index.prison_number_key(number), number, subject_id, now_iso()),
    )


def remember_numbers(con: Connection, stage: str, since: str) -> None:
    """`remember_number` for every row of a staging table (id, establishment_code,
    prison_number_key, prison_number) at once: one INSERT … SELECT … ON CONFLICT."""
    if not stage.replace("_", "").isalnum():
        raise ValueError(f"not an identifier: {stage!r}")
    con.execute(
        "INSERT INTO subject_numbers(establishment_code, prison_number_key, prison_number, "
        f"subject_id, since) SELECT establishment_code, prison_number_key, prison_number, id, ? "
        f"FROM {stage} WHERE true ON CONFLICT(establishment_code, prison_number_key) "
        "DO UPDATE SET subject_id = excluded.subject_id, "
        "prison_number = excluded.prison_number, since = excluded.since",
        (since,),
    )


def known_numbers(session: Session, subject_id: str) -> list[tuple[str, str]]:
    """Every (establishment, prison number) the file was known under, oldest first."""
    policy.require(session, Permission.READ_SUBJECTS)
    resolved = resolve_id(session.con, subject_id)
    row = session.con.execute(
        "SELECT establishment_code, unit_code FROM subjects WHERE id = ?", (resolved,)
    ).fetchone()
    if row is not None:  # outside one's units: NotFound, as for the file itself
        policy.require_reach(session, _Where(str(row[0]), str(row[1] or "")))
    return [
        (str(r[0]), str(r[1]))
        for r in session.con.execute(
            "SELECT establishment_code, prison_number FROM subject_numbers WHERE subject_id = ? "
            "ORDER BY since, establishment_code",
            (resolved,),
        )
    ]


class _Where(NamedTuple):
    """Where a file lives, for the reach check (policy.Located)."""

    establishment_code: str
    unit_code: str


def establishments_holding(con: Connection, subject_id: str) -> frozenset[str]:
    """Establishments whose workstations may send records about this (resolved) subject.

    The establishment the file lives in now, every establishment it was known in
    before (a transferred prisoner's late records from the sending prison still
    arrive), and every establishment the central office issued the file to in a
    transfer bundle. Empty when the vault does not hold the subject.
    """
    row = con.execute("SELECT establishment_code FROM subjects WHERE id = ?", (subject_id,))
    found = row.fetchone()
    if found is None:
        return frozenset()
    holders = {str(found[0])}
    for (code,) in con.execute(
        "SELECT establishment_code FROM subject_numbers WHERE subject_id = ? UNION "
        "SELECT to_establishment FROM transfer_bundles WHERE subject_id = ?",
        (subject_id, subject_id),
    ):
        holders.add(str(code))
    return frozenset(holders)


def current_holder(con: Connection, subject_id: str) -> str | None:
    """The establishment a (resolved) file lives in: the one the central office last
    issued it to, else its own; None when the vault does not hold it."""
    issued = con.execute(
        "SELECT to_establishment FROM transfer_bundles WHERE subject_id = ? "
        "ORDER BY sequence DESC LIMIT 1",
        (subject_id,),
    ).fetchone()
    if issued is not None:
        return str(issued[0])
    row = con.execute("SELECT establishment_code FROM subjects WHERE id = ?", (subject_id,))
    found = row.fetchone()
    return None if found is None else str(found[0])


def require_in_vault(con: Connection, subject_id: str) -> str:
    """The resolved id of a subject this vault holds; ValidationError otherwise."""
    resolved = resolve_id(con, subject_id)
    if con.execute("SELECT 1 FROM subjects WHERE id = ?", (resolved,)).fetchone() is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The record refers to a prisoner the vault does not hold."),
            field="subject_id",
        )
    return resolved


def require_held_by(con: Connection, origin: Origin, subject_id: str, field: str) -> str:
    """The resolved id of a subject the sender's establishment holds.

    ValidationError when the vault does not hold the subject; ForeignRecord when
    it belongs to another establishment (an insider with one workstation's keys).
    """
    resolved = resolve_id(con, subject_id)
    holders = establishments_holding(con, resolved)
    if not holders:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The record refers to a prisoner the vault does not hold."),
            field=field,
        )
    if origin.establishment not in holders:
        raise ForeignRecord("the file of a prisoner", min(holders), origin.establishment, field)
    return resolved


def require_current_holder(con: Connection, origin: Origin, subject_id: str) -> str | None:
    """For a change to the file itself (its details, its erasure): the resolved id when
    the file lives at the sender's establishment now; None when the vault does not hold
    it. A prison the prisoner was transferred from may still send its late records,
    but no longer changes or erases the file (TransferredAway)."""
    resolved = resolve_id(con, subject_id)
    holder = current_holder(con, resolved)
    if holder is None:
        return None
    if holder != origin.establishment:
        if origin.establishment in establishments_holding(con, resolved):
            raise TransferredAway(origin.establishment, holder)
        raise ForeignRecord("the file of a prisoner", holder, origin.establishment)
    return resolved


def require_originated_at(con: Connection, origin: Origin, subject_id: str) -> str | None:
    """For erasure: the resolved id when the file lives at the sender's establishment
    (a transfer moves the duty to review and erase it); None when the vault does not hold it."""
    return require_current_holder(con, origin, subject_id)


def held_by_sender(
    con: Connection, source: str, params: tuple[object, ...], origin: Origin
) -> dict[int, str]:
    """`require_held_by` for a batch at once: line number → resolved subject id, for the
    lines whose subject the vault holds and the sender's establishment may send about.

    `source` is a query giving (n, subject_id) rows (usually a staging table joined
    to held rows); aliases are followed and the holders asked by join, as
    `establishments_holding` asks them for one file. Lines left out are refused by
    `require_held_by` when applied one by one (with its reason).
    """
    return {n: held[0] for n, held in held_rows_by_sender(con, source, params, origin).items()}


def held_rows_by_sender(
    con: Connection, source: str, params: tuple[object, ...], origin: Origin
) -> dict[int, tuple[Any, ...]]:
    """`held_by_sender` for a `source` giving more columns after (n, subject_id): line
    number → (resolved subject id, those columns), so a kind that needs more of the rows
    it joins (a review's observation row) asks the server once, not twice."""
    own = origin.establishment
    rows = con.execute(
        "SELECT s.id, src.* FROM (" + source + ") src "
        "LEFT JOIN subject_aliases a ON a.alias_id = src.subject_id "
        "JOIN subjects s ON s.id = COALESCE(a.subject_id, src.subject_id) "
        "WHERE s.establishment_code = ? "
        "OR EXISTS (SELECT 1 FROM subject_numbers sn WHERE sn.subject_id = s.id "
        "AND sn.establishment_code = ?) "
        "OR EXISTS (SELECT 1 FROM transfer_bundles tb WHERE tb.subject_id = s.id "
        "AND tb.to_establishment = ?)",
        (*params, own, own, own),
    )
    return {int(r[1]): (str(r[0]), *r[3:]) for r in rows}


#: A batch's records grouped by id: line number and record of each version.
Groups = dict[str, list[tuple[int, dict[str, Any]]]]


def stage_new_groups(
    con: Connection, batch: Batch, origin: Origin, stage: str, table: str
) -> tuple[Groups, dict[int, str]] | None:
    """The part of a kind's `apply_many` that every bulk kind asks first, written once.

    Groups the batch by record id and keeps the ids whose every version is the sender's
    own, whose versions differ and that `table` does not hold yet; the second value is
    `held_by_sender` for their lines. The keys (n, id, subject_id) are left staged in
    `stage` for the caller's own joins: the caller drops it. None when nothing was
    staged (no group qualified). `stage` and `table` are the callers' constants.
    """
    groups: Groups = {}
    for n, record in batch:
        groups.setdefault(record["id"], []).append((n, record))
    plain = {
        rid: items
        for rid, items in groups.items()
        if all(r["establishment_code"] == origin.establishment for _, r in items)
        and len({r["version"] for _, r in items}) == len(items)
    }
    if not plain:
        return None
    bulk.stage(
        con,
        stage,
        (("n", "BIGINT"), ("id", "TEXT"), ("subject_id", "TEXT")),
        [(n, r["id"], r["subject_id"]) for items in plain.values() for n, r in items],
    )
    held = held_by_sender(con, f"SELECT n, subject_id FROM {stage}", (), origin)
    for (rid,) in con.execute(
        f"SELECT DISTINCT k.id FROM {stage} k "
        f"WHERE EXISTS (SELECT 1 FROM {table} t WHERE t.id = k.id)"
    ):
        plain.pop(str(rid), None)
    return plain, held


#: The columns of `add_subject_rows`' rows, in this order.
SUBJECT_ROW_COLUMNS = (
    "rowid", "id", "establishment_code", "prison_number", "prison_number_key", "family_name",
    "given_names", "names_key", "birth_year", "unit_code", "cell", "status", "review_due",
    "restricted", "created_at", "created_by", "updated_at", "origin_workstation", "delivered_at",
)  # fmt: skip
#: The columns of `add_number_rows`' rows (the central identity of a file).
NUMBER_ROW_COLUMNS = (
    "establishment_code", "prison_number_key", "prison_number", "subject_id", "since"
)  # fmt: skip


def add_subject_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many new files at once, set-wise (executemany / COPY): the subjects, their
    establishment + number and their search rows.

    For bulk loads whose rows were made and checked by the caller (the synthetic
    central office of `make bench`); the caller holds the transaction.
    """
    count = bulk.insert_rows(con, "subjects", SUBJECT_ROW_COLUMNS, rows)
    add_number_rows(con, [(r[2], r[4], r[3], r[1], r[14]) for r in rows])
    search_index.add_subject_index_rows(
        con, [(r[0], search_index.subject_text(r[5], r[6]), search_index.fold(r[3])) for r in rows]
    )
    bulk.advance_identity(con, "subjects", "rowid")
    return count


def add_number_rows(con: Connection, rows: Sequence[Sequence[Any]]) -> int:
    """Many "establishment + number → file" rows at once (NUMBER_ROW_COLUMNS order)."""
    return bulk.insert_rows(con, "subject_numbers", NUMBER_ROW_COLUMNS, rows)


def next_subject_rowid(con: Connection) -> int:
    """The first free subject rowid (bulk rows carry their own)."""
    return bulk.next_number(con, "subjects", "rowid")


def origin_workstation(con: Connection, subject_id: str) -> str | None:
    """The workstation that wrote the file's header, or None when there is no such file."""
    row = con.execute(
        "SELECT origin_workstation FROM subjects WHERE id = ?", (subject_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def number_taken(con: Connection, establishment: str, number_key: str, other_than: str) -> bool:
    """Whether another file of `establishment` holds this prison number (folded key)."""
    row = con.execute(
        "SELECT 1 FROM subjects WHERE establishment_code = ? AND prison_number_key = ? AND id != ?",
        (establishment, number_key, other_than),
    ).fetchone()
    return row is not None


def set_origin_workstation(con: Connection, subject_id: str, workstation_id: str) -> None:
    """The file's header is written here from now on (a file taken in by transfer)."""
    con.execute(
        "UPDATE subjects SET origin_workstation = ? WHERE id = ?", (workstation_id, subject_id)
    )


def number_keys(con: Connection) -> set[str]:
    """Every prison number key held (folded), for bulk loads that must not repeat one."""
    return {str(r[0]) for r in con.execute("SELECT prison_number_key FROM subjects")}


def undeliver_files_with_queued_records(con: Connection) -> None:
    """Demo data: a file whose observations or checklist runs wait in the outbox travels
    with them (it is marked not delivered, so it is queued too); a run sent without its
    prisoner is quarantined at the central office."""
    con.execute(
        "UPDATE subjects SET delivered_at = NULL WHERE id IN (SELECT o.subject_id FROM "
        "observations o JOIN changes ch ON ch.kind = 'observation' AND ch.object_id = o.id "
        "AND ch.version = o.version WHERE ch.package_seq IS NULL)"
    )
    con.execute(
        "UPDATE subjects SET delivered_at = NULL WHERE id IN (SELECT r.subject_id FROM "
        "checklist_runs r JOIN changes ch ON ch.kind = 'checklist_run' AND ch.object_id = r.id "
        "WHERE ch.package_seq IS NULL)"
    )


def mark_delivered(con: Connection, subject_id: str, version: int, at: str) -> None:
    """The central office holds the file at this version (a receipt listed it)."""
    con.execute(
        "UPDATE subjects SET delivered_at = ? WHERE id = ? AND version = ?",
        (at, subject_id, version),
    )


def forget_numbers(con: Connection, subject_id: str) -> None:
    """The numbers the file was known under (anonymisation, erasure)."""
    con.execute("DELETE FROM subject_numbers WHERE subject_id = ?", (subject_id,))


def purge_file(con: Connection, subject_id: str) -> None:
    """Erasure: the file itself, its aliases and numbers (after what hangs on it)."""
    con.execute("DELETE FROM subject_aliases WHERE subject_id = ?", (subject_id,))
    forget_numbers(con, subject_id)
    con.execute("DELETE FROM subjects WHERE id = ?", (subject_id,))


def anonymise_file(con: Connection, subject: Subject, new: Subject, by_user: str, at: str) -> int:
    """Anonymisation of the file's header: earlier values leave the history, one
    'anonymised' line is added, the header takes `new`'s names; its index rowid."""
    con.execute(
        "UPDATE subject_history SET old_values = '{}', reason = 'anonymised' WHERE subject_id = ?",
        (subject.id,),
    )
    con.execute(
        "INSERT INTO subject_history(subject_id, version, at, by_user, reason, "
        "changed_fields, old_values) VALUES (?,?,?,?,?,?,'{}')",
        (
            subject.id,
            subject.version,
            at,
            by_user,
            "anonymised",
            '["prison_number","family_name","given_names","birth_year","cell"]',
        ),
    )
    con.execute(
        "UPDATE subjects SET prison_number = ?, prison_number_key = ?, family_name = ?, "
        "given_names = ?, names_key = ?, birth_year = NULL, cell = '', anonymised = 1, "
        "review_due = ?, version = ?, updated_at = ?, delivered_at = NULL WHERE id = ?",
        (
            new.prison_number,
            search_index.prison_number_key(new.prison_number),
            new.family_name,
            new.given_names,
            search_index.fold_key(f"{new.family_name} {new.given_names}"),
            new.review_due,
            new.version,
            at,
            subject.id,
        ),
    )
    row = con.execute("SELECT rowid FROM subjects WHERE id = ?", (subject.id,)).fetchone()
    return int(row[0])
