"""Import step "apply" for a package's audit entries, and the check of the office's copy.

Each line of `audit.jsonl` is checked against the audit row schema and its hash,
then against the workstation's log the office already holds (the entry received
before, the links to the entries before and after). Malformed lines and entries
that contradict the held log are kept in quarantine and make the import FAILED;
fitting entries are stored once per workstation (`imported_audit`).
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import itemgetter
from typing import Any, NamedTuple, cast

import jsonschema
import orjson

from radprev_desktop.core import audit as audit_mod
from radprev_desktop.core import audit_schema, policy
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.record_schema_code import compile_accepting
from radprev_desktop.core.services import imported_audit, package_imports
from radprev_desktop.core.services.imported_audit import Held
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container
from radprev_desktop.core.sync.import_records import decode_plain, quarantine
from radprev_desktop.core.sync.import_report import ImportReport

AUDIT_PART = "audit.jsonl"


_AUDIT_VALIDATOR = jsonschema.Draft202012Validator(audit_schema.SCHEMA)
# The schema as plain Python: says "valid" in ≈ 2 µs where jsonschema takes ≈ 100 µs; only a
# line it does not pass goes to jsonschema, for the verdict and the reason (record_schema_code).
_AUDIT_ACCEPTS = compile_accepting(audit_schema.SCHEMA)
# An entry's values in hashing order / in column order, as one tuple (checked fields).
_HASHED_OF = itemgetter(*audit_schema.HASHED)
_FIELDS_OF = itemgetter(*audit_schema.FIELDS)


def _audit_line_problem(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The parsed audit line, or the reason it is malformed or altered."""
    if len(raw) > container.MAX_LINE_BYTES:
        return None, "The audit line is larger than allowed."
    entry = _fast_entry(raw)
    if entry is None:
        entry, problem = _checked_entry(raw)
        if entry is None:
            return None, problem
    recomputed = audit_mod.entry_hash(entry["prev_hash"], *_HASHED_OF(entry))
    if recomputed != entry["hash"]:
        return None, f"Audit entry {entry['seq']} does not match its hash (altered)."
    return entry, ""


def _fast_entry(raw: bytes) -> dict[str, Any] | None:
    """The line as orjson reads it when that is certainly json's value of a valid entry,
    else None (decision 0029). An entry the plain schema code accepts holds only text and
    one integer in a closed object: orjson gives those exactly as json does (it refuses
    lone surrogates and invalid UTF-8, and turns an integer beyond 64 bits into a float,
    which the plain code refuses). Everything else is read again by json below."""
    try:
        entry = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if _AUDIT_ACCEPTS is None or not _AUDIT_ACCEPTS(entry):
        return None
    return cast(dict[str, Any], entry)


def _checked_entry(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """json's reading of the line and the schema's verdict, with the reason of a refusal."""
    try:
        entry = decode_plain(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None, "The audit line is not valid JSON."
    if container.has_lone_surrogates(raw, entry):
        return None, "The audit line holds text that is not valid Unicode."
    if _AUDIT_ACCEPTS is None or not _AUDIT_ACCEPTS(entry):
        error = jsonschema.exceptions.best_match(_AUDIT_VALIDATOR.iter_errors(entry))
        if error is not None:
            where = ".".join(str(p) for p in error.absolute_path) or "line"
            return None, f"The audit line is malformed ({where}: {error.message[:120]})."
    return entry, ""


def _held_around(con: Any, ws: str, seqs: list[int]) -> Held:
    """The stored entries a package's entries are checked against (one query, not per entry)."""
    if not seqs:
        return {}
    return imported_audit.held_between(con, ws, min(seqs) - 1, max(seqs) + 1)


def _audit_contradiction(
    held: Held, ws: str, entry: dict[str, Any], previous: dict[str, Any] | None
) -> str:
    """How this entry contradicts what the office already holds of the workstation's log
    (or the entries before it in the same package); empty when it fits."""
    seq = int(entry["seq"])
    stored = held.get(seq)
    if stored is not None and stored[0] != entry["hash"]:
        return f"Audit entry {seq} differs from the one received before (the log was rewritten)."
    if entry["workstation"] != ws:
        return f"Audit entry {seq} names another workstation."
    if previous is not None and int(previous["seq"]) == seq - 1:
        expected: str | None = str(previous["hash"])
    elif seq == 1:
        expected = audit_mod.GENESIS
    else:
        expected = held[seq - 1][0] if seq - 1 in held else None
    if expected is not None and expected != entry["prev_hash"]:
        return f"Audit entry {seq} does not follow entry {seq - 1} (the log was rewritten)."
    after = held.get(seq + 1)
    if after is not None and after[1] != entry["hash"]:
        return (
            f"Audit entry {seq + 1}, received before, does not follow entry {seq} of this "
            "package (the log was rewritten)."
        )
    return ""


class LineChecks:
    """Each audit line's own check (form and hash: no store), made step by step — while
    the server works on the records (PgConnection.meanwhile) — or all at once."""

    def __init__(self, data: bytes) -> None:
        self.lines = _lines(data)
        self.found: list[tuple[dict[str, Any] | None, str]] = []

    def steps(self, size: int = 64) -> Iterator[int]:
        """Check `size` more lines per step; ends when every line is checked."""
        lines, found = self.lines, self.found
        while len(found) < len(lines):
            for _, raw in lines[len(found) : len(found) + size]:
                found.append(_audit_line_problem(raw))
            yield len(found)

    def all(self) -> list[tuple[dict[str, Any] | None, str]]:
        for _ in self.steps(len(self.lines) or 1):
            pass
        return self.found


class CheckedAudit(NamedTuple):
    """What the audit part's checks found without the office's copy of the log (plain values:
    marshal carries them between processes), as store_audit finds it when the office holds
    nothing of the workstation's log in the package's range: the lines kept in quarantine
    (number, entry seq or "", reason) in store_audit's order, the rows to store, the lowest
    and highest seq of the well-formed entries and the links (prev_hash) of those at the
    lowest — store_audit_checked compares them with what the office holds."""

    workstation: str
    sequence: int
    quarantined: list[tuple[int, str, str]]
    fresh: list[tuple[Any, ...]]
    low: int
    high: int
    first_links: list[str]


def check_audit_lines(ws: str, seq: int, data: bytes) -> CheckedAudit:
    """store_audit's checks against an empty held log; reads nothing from any store."""
    checked = _check_lines(LineChecks(data))
    quarantined = [(number, "", problem) for number, problem, _ in checked.malformed]
    held: Held = {}
    fresh = _fit(held, ws, seq, checked.entries, quarantined)
    seqs = [int(entry["seq"]) for _, entry, _ in checked.entries]
    low, high = (min(seqs), max(seqs)) if seqs else (0, 0)
    links = [str(e["prev_hash"]) for _, e, _ in checked.entries if int(e["seq"]) == low]
    return CheckedAudit(ws, seq, quarantined, fresh, low, high, links)


class _Lines(NamedTuple):
    malformed: list[tuple[int, str, bytes]]
    entries: list[tuple[int, dict[str, Any], bytes]]


def _check_lines(checks: LineChecks) -> _Lines:
    """Each line's form and hash; the well-formed entries sorted by their seq."""
    malformed: list[tuple[int, str, bytes]] = []
    entries: list[tuple[int, dict[str, Any], bytes]] = []
    for (number, raw), (entry, problem) in zip(checks.lines, checks.all(), strict=True):
        if entry is None:
            malformed.append((number, problem, raw))
            continue
        entries.append((number, entry, raw))
    entries.sort(key=lambda item: int(item[1]["seq"]))
    return _Lines(malformed, entries)


def _fit(
    held: Held,
    ws: str,
    seq: int,
    entries: list[tuple[int, dict[str, Any], bytes]],
    quarantined: list[tuple[int, str, str]],
) -> list[tuple[Any, ...]]:
    """The rows of the entries that fit `held` (updated as they are taken); the others are
    added to `quarantined` as (line number, entry seq, reason)."""
    fresh: list[tuple[Any, ...]] = []
    previous: dict[str, Any] | None = None
    for number, entry, _ in entries:
        problem = _audit_contradiction(held, ws, entry, previous)
        if problem:
            quarantined.append((number, str(entry["seq"]), problem))
            continue
        previous = entry
        if int(entry["seq"]) in held:
            continue  # the same entry again (a re-send): already held
        held[int(entry["seq"])] = (str(entry["hash"]), str(entry["prev_hash"]))
        fresh.append((ws, *_FIELDS_OF(entry), seq))
    return fresh


def store_audit(
    con: Any,
    ws: str,
    seq: int,
    data: bytes,
    result: ImportReport,
    checks: LineChecks | None = None,
    checked: CheckedAudit | None = None,
) -> None:
    """Check each audit line and its links to the log already held, then store it.

    Malformed lines and entries that contradict the held log are kept in quarantine
    (the evidence) and make the import FAILED; fitting entries are stored once.
    `checks`: the lines' own checks, perhaps made while the server worked (LineChecks);
    `checked`: check_audit_lines' verdicts on these very bytes, made beforehand (another
    process); used when what the office holds cannot change them, else checked here again.
    """
    if checked is not None and checked.workstation == ws and checked.sequence == seq:
        held = _held_around(con, ws, [checked.low, checked.high] if checked.first_links else [])
        if _held_cannot_change(held, checked):
            _store_checked(con, ws, seq, data, result, checked)
            return
    if checks is None:
        checks = LineChecks(data)
    lines = checks.lines
    found = _check_lines(checks)
    quarantined = [(number, "", problem) for number, problem, _ in found.malformed]
    held = _held_around(con, ws, [int(e["seq"]) for _, e, _ in found.entries])
    fresh = _fit(held, ws, seq, found.entries, quarantined)
    _store_checked(
        con, ws, seq, data, result, CheckedAudit(ws, seq, quarantined, fresh, 0, 0, []), lines
    )


def _held_cannot_change(held: Held, checked: CheckedAudit) -> bool:
    """True when the held entries around the package's range give every entry the verdict
    it had against an empty log: none held inside the range or right after it, and the one
    right before it (if held) is the link of every entry at the lowest seq."""
    before = held.get(checked.low - 1)
    if any(number != checked.low - 1 for number in held):
        return False
    return before is None or all(link == before[0] for link in checked.first_links)


def _store_checked(
    con: Any,
    ws: str,
    seq: int,
    data: bytes,
    result: ImportReport,
    checked: CheckedAudit,
    lines: list[tuple[int, bytes]] | None = None,
) -> None:
    """Quarantine what the checks refused (in their order), then store the fitting rows."""
    if checked.quarantined:
        raws = dict(lines if lines is not None else _lines(data))
        for number, entry_seq, problem in checked.quarantined:
            result.audit_problem = result.audit_problem or problem
            quarantine(
                con, ws, seq, number, AUDIT_PART, "audit", entry_seq, problem, "", raws[number],
                result,
            )  # fmt: skip
    # One COPY (PostgreSQL) or executemany (SQLCipher) for every entry that fits.
    result.audit_entries += imported_audit.store(con, checked.fresh)


def _lines(data: bytes) -> list[tuple[int, bytes]]:
    """(line number from 1, raw line) of a JSON Lines part."""
    return list(enumerate(data.split(b"\n")[:-1], start=1)) if data else []


def verify_imported_audit(session: Session, workstation_id: str) -> audit_mod.ChainReport:
    """Walk one workstation's imported audit entries; a gap is not a break, a wrong link is,
    and so is a failed import (entries that contradicted the log held, kept in quarantine)."""
    policy.require(session, Permission.VERIFY_IMPORTED_AUDIT)
    prev: tuple[int, str] | None = None
    count = 0
    for entry in imported_audit.entries(session.con, workstation_id):
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
    failed = package_imports.first_failed_audit(session.con, workstation_id)
    if failed is not None:
        return audit_mod.ChainReport(
            False, count, None, f"the import of package {failed[0]} failed: {failed[1]}"
        )
    return audit_mod.ChainReport(True, count)
