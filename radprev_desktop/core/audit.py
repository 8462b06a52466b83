"""The hash-chained, append-only audit log (Directive (EU) 2016/680, Art. 25).

Every entry's hash covers its fields and the previous entry's hash, so an entry
altered, deleted, inserted or moved breaks the chain at a place `verify` names.
The newest sequence number and hash are also kept in `meta`, and — outside the
database — sealed into vault.anchor as the *audit anchor* after every commit
(`session.py`, decision 0033). At every open the anchored entry must still be in the log with
the same hash: a log cut short, a database rolled back to an older copy, or a
chain rewritten and recomputed from some entry on shows there, before anything
new is appended. What the anchor cannot catch (an insider who holds the vault
key and reseals vault.keys too) is in docs/decisions/0007-… ; the central
office's copy of entries already sent catches that. Triggers refuse UPDATE and
DELETE on the table.

Entries never hold personal data of prisoners in `details`: object ids, counts
and codes only. Justification and recipient are what the user typed for a
consultation or disclosure.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from radprev_desktop.core import audit_schema
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.dialect import dialect_of
from radprev_desktop.core.vault.keys import AuditAnchor

# The row is audit_schema.FIELDS, in that order (the one definition of the audit row).
_MARKS = ",".join("?" for _ in audit_schema.FIELDS)

GENESIS = "0" * 64
# Written when an open finds the log behind or different from its anchor; every
# later `verify` reports it, because the log is incomplete from then on.
TAMPER_ACTION = "audit_log_tampering_detected"


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    seq: int
    at: str
    user: str
    workstation: str
    action: str
    object_type: str
    object_id: str
    justification: str
    recipient: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


def entry_hash(prev_hash: str, *fields: object) -> str:
    """SHA-256 over the canonical JSON of an entry's predecessor's hash and its fields in
    audit_schema.HASHED order (seq, at, user, …, details as JSON text)."""
    values = [prev_hash, *fields]
    if type(fields[0]) is int:  # seq
        try:
            return hashlib.sha256(orjson.dumps(values)).hexdigest()
        except orjson.JSONEncodeError:
            pass  # an integer beyond 64 bits, text that is not Unicode: json says what it says
    return hashlib.sha256(_hash_text(values).encode("utf-8")).hexdigest()


# json.dumps(…, ensure_ascii=False, separators=(",", ":")) without building an encoder per
# call: the same text (same class, same options); the central import hashes every audit
# line it receives (two thirds of a package's lines), where the new encoder was half the cost.
# Text and integers of 64 bits go through orjson instead (decision 0029): byte for byte the
# same UTF-8 (tests/unit/test_audit_hash_text.py), in a quarter of the time; anything else
# (a float `seq` that the reference validator calls an integer, 1.0) still goes through json.
_hash_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def append(
    con: Connection,
    *,
    user: str,
    workstation: str,
    action: str,
    object_type: str = "",
    object_id: str = "",
    justification: str = "",
    recipient: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an entry. Call inside the transaction of the change it records.

    On PostgreSQL, writers in other sessions would read the same head: the
    dialect's lock makes them wait here until this transaction ends, so the
    chain is extended by one writer at a time (SQLite has one writer anyway).
    """
    lock = dialect_of(con).lock_audit_head()
    if lock is not None:
        con.execute(lock)
    row = con.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev_seq, prev_hash = (int(row[0]), str(row[1])) if row else (0, GENESIS)
    seq = prev_seq + 1
    at = now_iso()
    details_json = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    # audit_schema.HASHED in its order: hashed, stored and returned from the one tuple.
    fields = (
        seq,
        at,
        user,
        workstation,
        action,
        object_type,
        object_id,
        justification,
        recipient,
        details_json,
    )
    digest = entry_hash(prev_hash, *fields)
    con.execute(
        f"INSERT INTO audit({audit_schema.COLUMNS}) VALUES ({_MARKS})", (*fields, prev_hash, digest)
    )
    con.execute(
        "INSERT INTO meta(key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest}",),
    )
    return AuditEntry(*fields[:-1], details or {}, prev_hash, digest)


def _rows(con: Connection, since: int = 0) -> Iterator[tuple[Any, ...]]:
    cursor = con.execute(
        f"SELECT {audit_schema.COLUMNS} FROM audit WHERE seq > ? ORDER BY rowid",
        (since,),
    )
    while True:
        batch = cursor.fetchmany(2000)
        if not batch:
            return
        yield from batch


@dataclass(frozen=True)
class ChainReport:
    """Result of checking the chain: ok, or the first broken entry and why."""

    ok: bool
    entries: int
    broken_at: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class AnchorCheck:
    """The log compared with the anchor sealed in vault.keys."""

    ok: bool
    # "ok", "none" (no anchor yet), "cut" (entries missing), "rewritten", or the anchor
    # file itself: "anchor_file_missing", "anchor_file_damaged", "anchor_file_older"
    kind: str
    anchor_seq: int | None
    head_seq: int
    reason: str = ""

    def details(self) -> dict[str, Any]:
        """What the tamper entry records (numbers only)."""
        return {"kind": self.kind, "anchored_seq": self.anchor_seq, "found_head_seq": self.head_seq}


def head(con: Connection) -> tuple[int, str]:
    """Sequence number and hash of the newest entry (0 and the genesis hash when empty)."""
    row = con.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def check_anchor(con: Connection, anchor: AuditAnchor | None, problem: str = "") -> AnchorCheck:
    """Is the anchored entry still in the log, with the same hash? (cheap: one lookup)

    `problem`: what was wrong with vault.anchor (anchor_file.MISSING, DAMAGED, OLDER);
    `anchor` is then vault.keys' own record, still checked first.
    """
    check = _check_entry(con, anchor)
    if not check.ok or not problem:
        return check
    what = {
        "missing": "the anchor file vault.anchor is missing",
        "damaged": "the anchor file vault.anchor is damaged, was edited or comes from "
        "another vault or an older key",
        "older": "the anchor file vault.anchor is older than the anchor vault.keys recorded "
        "(an older copy was put back)",
    }.get(problem, f"the anchor file vault.anchor: {problem}")
    return AnchorCheck(
        False,
        f"anchor_file_{problem}",
        check.anchor_seq,
        check.head_seq,
        f"{what}: entries written after entry {check.anchor_seq or 0} cannot be checked against it",
    )


def _check_entry(con: Connection, anchor: AuditAnchor | None) -> AnchorCheck:
    head_seq, _ = head(con)
    if anchor is None:
        return AnchorCheck(True, "none", None, head_seq)
    row = con.execute("SELECT hash FROM audit WHERE seq = ?", (anchor.seq,)).fetchone()
    if row is None or head_seq < anchor.seq:
        missing = anchor.seq - head_seq
        return AnchorCheck(
            False,
            "cut",
            anchor.seq,
            head_seq,
            f"the log ends at entry {head_seq} but entry {anchor.seq} had been written: "
            f"{missing} entr{'y is' if missing == 1 else 'ies are'} missing (the log was cut "
            "short or the database was replaced by an older copy)",
        )
    if str(row[0]) != anchor.hash:
        return AnchorCheck(
            False,
            "rewritten",
            anchor.seq,
            head_seq,
            f"entry {anchor.seq} is not the entry that was written (the log was rewritten "
            "and its chain recomputed, or the database was replaced)",
        )
    return AnchorCheck(True, "ok", anchor.seq, head_seq)


def incidents(con: Connection) -> list[AuditEntry]:
    """Entries recording a detected cut or rewrite of the log (oldest first)."""
    return read_entries(con, action=TAMPER_ACTION)


def verify_chain(
    con: Connection, anchor: AuditAnchor | None = None, problem: str = ""
) -> ChainReport:
    """Walk the log, then compare it with its anchor and past incidents.

    Names the first broken link, a cut or rewrite the anchor shows, or an
    earlier detected tampering (the log stays incomplete after one).
    """
    chain = _walk_chain(con)
    if not chain.ok:
        return chain
    check = check_anchor(con, anchor, problem)
    if not check.ok:
        return ChainReport(False, chain.entries, check.anchor_seq, check.reason)
    found = incidents(con)
    if found:
        first = found[0]
        return ChainReport(
            False,
            chain.entries,
            first.seq,
            f"tampering with the log was detected on {first.at[:10]} "
            f"({first.details.get('kind', '?')}: entry {first.details.get('anchored_seq')} "
            f"had been written, the log then ended at {first.details.get('found_head_seq')}); "
            f"{len(found)} such record(s) in the log",
        )
    return chain


def _walk_chain(con: Connection) -> ChainReport:
    """Walk the log in storage order and name the first broken link, if any."""
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    for row in _rows(con):
        seq, at, user, ws, action, otype, oid, just, recip, details, prev, digest = row
        count += 1
        if seq != expected_seq:
            kind = "missing or deleted" if seq > expected_seq else "out of order or inserted"
            return ChainReport(
                False, count, int(seq), f"entry {expected_seq} is {kind} (found {seq})"
            )
        if prev != prev_hash:
            return ChainReport(
                False, count, int(seq), f"entry {seq} does not follow entry {seq - 1}"
            )
        recomputed = entry_hash(prev, seq, at, user, ws, action, otype, oid, just, recip, details)
        if recomputed != digest:
            return ChainReport(False, count, int(seq), f"entry {seq} was altered")
        prev_hash = digest
        expected_seq += 1
    head = con.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head is not None:
        head_seq, _, head_hash = str(head[0]).partition(":")
        if int(head_seq) != expected_seq - 1 or head_hash != prev_hash:
            return ChainReport(
                False,
                count,
                expected_seq,
                f"the log ends at entry {expected_seq - 1} but entry {head_seq} was written "
                "(entries were removed from the end)",
            )
    elif count:
        return ChainReport(False, count, 1, "the log's head record is missing")
    return ChainReport(True, count)


def entry_from_row(row: tuple[Any, ...]) -> AuditEntry:
    """Build an AuditEntry from a SELECT in `_rows` column order."""
    seq, at, user, ws, action, otype, oid, just, recip, details, prev, digest = row
    return AuditEntry(
        int(seq), at, user, ws, action, otype, oid, just, recip, json.loads(details), prev, digest
    )


def read_entries(
    con: Connection,
    *,
    since: int = 0,
    user: str | None = None,
    action: str | None = None,
    object_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
) -> list[AuditEntry]:
    """Entries matching the filters, oldest first. Callers must check the auditor role."""
    sql = f"SELECT {audit_schema.COLUMNS} FROM audit WHERE seq > ?"
    params: list[Any] = [since]
    if user:
        sql += ' AND "user" = ?'
        params.append(user)
    if action:
        sql += " AND action = ?"
        params.append(action)
    if object_id:
        sql += " AND object_id = ?"
        params.append(object_id)
    if date_from:
        sql += " AND at >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND at < ?"
        params.append(date_to)
    sql += " ORDER BY seq"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [entry_from_row(r) for r in con.execute(sql, params).fetchall()]


def rows_from(con: Connection, start: int, limit: int) -> list[tuple[Any, ...]]:
    """Up to `limit` raw audit rows (audit_schema.FIELDS order) from seq `start` on, for
    the export package."""
    return [
        tuple(r)
        for r in con.execute(
            f"SELECT {audit_schema.COLUMNS} FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?",
            (start, limit),
        ).fetchall()
    ]


#: Characters trimmed around a stated purpose before it is compared (both engines' trim).
PURPOSE_BLANKS = " \t\r\n"


def select_entries(
    con: Connection,
    actions: Collection[str],
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    about: Collection[str] = (),
    named: Collection[str] = (),
    about_field: str = "subject_id",
    purposes: Collection[str] = (),
) -> list[AuditEntry]:
    """Entries of `actions`, filtered in SQL on either store, oldest first.

    `about`: only entries whose object id is one of these ids, or (`named`) whose
    details' `about_field` is one of those. `purposes`: only entries whose justification, lower-cased and trimmed of
    PURPOSE_BLANKS, is one of these (lower-case) texts. The DPO's questions
    (services/dpo_questions.py) read a large log this way, not entry by entry in Python.
    Callers must check the auditor role.
    """
    if not actions:
        return []
    sql, params = selection_sql(
        con, actions, date_from, date_to, (about, named, about_field), purposes
    )
    return [entry_from_row(r) for r in con.execute(sql, params).fetchall()]


def selection_sql(
    con: Connection,
    actions: Collection[str],
    date_from: str | None,
    date_to: str | None,
    about: tuple[Collection[str], Collection[str], str],
    purposes: Collection[str],
) -> tuple[str, list[Any]]:
    """The statement and parameters of `select_entries` (the benchmark runs it bare)."""
    dialect = dialect_of(con)
    marks = ", ".join("?" for _ in actions)
    sql = f"SELECT {audit_schema.COLUMNS} FROM audit WHERE action IN ({marks})"
    params: list[Any] = list(actions)
    if date_from:
        sql += " AND at >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND at < ?"
        params.append(date_to)
    ids, named, about_field = about
    if ids or named:
        # The LIKE on the id is a cheap superset before the JSON is parsed (json_extract
        # costs tens of microseconds a row on SQLCipher; docs/benchmarks.md).
        field = dialect.json_text("details", about_field)
        either = [f"object_id IN ({', '.join('?' for _ in ids)})"] if ids else []
        either += [f"(details LIKE ? AND {field} = ?)" for _ in named]
        sql += f" AND ({' OR '.join(either)})"
        params += [*ids, *(v for n in named for v in (f"%{n}%", n))]
    if purposes:
        # A purpose that is one of `purposes` once trimmed is at most as long as the
        # longest of them, or starts or ends with a blank: that cheap test first (lower()
        # and trim() cost microseconds a row on SQLCipher).
        longest = max(len(p) for p in purposes)
        edges = [f"{b}%" for b in PURPOSE_BLANKS] + [f"%{b}" for b in PURPOSE_BLANKS]
        said = ", ".join("?" for _ in purposes)
        sql += (
            f" AND (length(justification) <= ?{' OR justification LIKE ?' * len(edges)})"
            f" AND lower(trim(justification, ?)) IN ({said})"
        )
        params += [longest, *edges, PURPOSE_BLANKS, *purposes]
    return sql + " ORDER BY seq", params
