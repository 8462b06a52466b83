"""Import step "apply" for a package's audit entries, and the check of the office's copy.

Each line of `audit.jsonl` is checked against the audit row schema and its hash,
then against the workstation's log the office already holds (the entry received
before, the links to the entries before and after). Malformed lines and entries
that contradict the held log are kept in quarantine and make the import FAILED;
fitting entries are stored once per workstation (`imported_audit`).
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from radprev_desktop.core import audit as audit_mod
from radprev_desktop.core import audit_schema, policy
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container
from radprev_desktop.core.sync.import_records import quarantine
from radprev_desktop.core.sync.import_report import ImportReport

AUDIT_PART = "audit.jsonl"


_AUDIT_VALIDATOR = jsonschema.Draft202012Validator(audit_schema.SCHEMA)


def _audit_line_problem(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The parsed audit line, or the reason it is malformed or altered."""
    if len(raw) > container.MAX_LINE_BYTES:
        return None, "The audit line is larger than allowed."
    try:
        entry = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None, "The audit line is not valid JSON."
    if container.has_lone_surrogates(raw, entry):
        return None, "The audit line holds text that is not valid Unicode."
    error = jsonschema.exceptions.best_match(_AUDIT_VALIDATOR.iter_errors(entry))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "line"
        return None, f"The audit line is malformed ({where}: {error.message[:120]})."
    recomputed = audit_mod.entry_hash(entry["prev_hash"], *(entry[k] for k in audit_schema.HASHED))
    if recomputed != entry["hash"]:
        return None, f"Audit entry {entry['seq']} does not match its hash (altered)."
    return entry, ""


def _stored_audit_hash(con: Any, ws: str, seq: int) -> str | None:
    row = con.execute(
        "SELECT hash FROM imported_audit WHERE workstation_id = ? AND seq = ?", (ws, seq)
    ).fetchone()
    return None if row is None else str(row[0])


def _audit_contradiction(
    con: Any, ws: str, entry: dict[str, Any], previous: dict[str, Any] | None
) -> str:
    """How this entry contradicts what the office already holds of the workstation's log
    (or the entries before it in the same package); empty when it fits."""
    seq = int(entry["seq"])
    stored = _stored_audit_hash(con, ws, seq)
    if stored is not None and stored != entry["hash"]:
        return f"Audit entry {seq} differs from the one received before (the log was rewritten)."
    if entry["workstation"] != ws:
        return f"Audit entry {seq} names another workstation."
    if previous is not None and int(previous["seq"]) == seq - 1:
        expected: str | None = str(previous["hash"])
    elif seq == 1:
        expected = audit_mod.GENESIS
    else:
        expected = _stored_audit_hash(con, ws, seq - 1)
    if expected is not None and expected != entry["prev_hash"]:
        return f"Audit entry {seq} does not follow entry {seq - 1} (the log was rewritten)."
    after = con.execute(
        "SELECT prev_hash FROM imported_audit WHERE workstation_id = ? AND seq = ?", (ws, seq + 1)
    ).fetchone()
    if after is not None and str(after[0]) != entry["hash"]:
        return (
            f"Audit entry {seq + 1}, received before, does not follow entry {seq} of this "
            "package (the log was rewritten)."
        )
    return ""


def store_audit(con: Any, ws: str, seq: int, data: bytes, result: ImportReport) -> None:
    """Check each audit line and its links to the log already held, then store it.

    Malformed lines and entries that contradict the held log are kept in quarantine
    (the evidence) and make the import FAILED; fitting entries are stored once.
    """
    part = AUDIT_PART
    entries: list[tuple[int, dict[str, Any], bytes]] = []
    for number, raw in _lines(data):
        entry, problem = _audit_line_problem(raw)
        if entry is None:
            result.audit_problem = result.audit_problem or problem
            quarantine(con, ws, seq, number, part, "audit", "", problem, "", raw, result)
            continue
        entries.append((number, entry, raw))
    entries.sort(key=lambda item: int(item[1]["seq"]))
    previous: dict[str, Any] | None = None
    for number, entry, raw in entries:
        problem = _audit_contradiction(con, ws, entry, previous)
        if problem:
            result.audit_problem = result.audit_problem or problem
            quarantine(
                con, ws, seq, number, part, "audit", str(entry["seq"]), problem, "", raw, result
            )
            continue
        previous = entry
        if _stored_audit_hash(con, ws, int(entry["seq"])) is not None:
            continue  # the same entry again (a re-send): already held
        con.execute(
            f"INSERT INTO imported_audit(workstation_id, {audit_schema.COLUMNS}, package_seq) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ws, *(entry[k] for k in audit_schema.FIELDS), seq),
        )
        result.audit_entries += 1


def _lines(data: bytes) -> list[tuple[int, bytes]]:
    """(line number from 1, raw line) of a JSON Lines part."""
    return list(enumerate(data.split(b"\n")[:-1], start=1)) if data else []


def verify_imported_audit(session: Session, workstation_id: str) -> audit_mod.ChainReport:
    """Walk one workstation's imported audit entries; a gap is not a break, a wrong link is,
    and so is a failed import (entries that contradicted the log held, kept in quarantine)."""
    policy.require(session, Permission.VERIFY_IMPORTED_AUDIT)
    prev: tuple[int, str] | None = None
    count = 0
    for row in session.con.execute(
        f"SELECT {audit_schema.COLUMNS} FROM imported_audit WHERE workstation_id = ? ORDER BY seq",
        (workstation_id,),
    ):
        entry = dict(zip(audit_schema.FIELDS, row, strict=True))
        seq, prev_hash, digest = entry["seq"], entry["prev_hash"], entry["hash"]
        count += 1
        recomputed = audit_mod.entry_hash(prev_hash, *(entry[k] for k in audit_schema.HASHED))
        if recomputed != digest:
            return audit_mod.ChainReport(False, count, int(seq), f"entry {seq} was altered")
        if prev is not None and prev[0] == seq - 1 and prev[1] != prev_hash:
            return audit_mod.ChainReport(
                False, count, int(seq), f"entry {seq} does not follow entry {seq - 1}"
            )
        if prev is None and seq == 1 and prev_hash != audit_mod.GENESIS:
            return audit_mod.ChainReport(False, count, 1, "entry 1 does not start the chain")
        prev = (int(seq), str(digest))
    failed = session.con.execute(
        "SELECT seq, audit_problem FROM imports WHERE workstation_id = ? AND audit_problem != '' "
        "ORDER BY seq LIMIT 1",
        (workstation_id,),
    ).fetchone()
    if failed is not None:
        return audit_mod.ChainReport(
            False, count, None, f"the import of package {failed[0]} failed: {failed[1]}"
        )
    return audit_mod.ChainReport(True, count)
