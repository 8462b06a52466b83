"""Importing export packages at the central office.

Order of checks (any failure rejects the package whole, changing nothing):
size → age decryption with this office's key → archive form → manifest form
and version → recipient fingerprint → sender enrolled and signature → part
hashes → sequence and chain. Inside an authentic package each record is
checked by its SyncKind; records that fail go to `quarantine` with the reason,
the rest are applied in ONE transaction together with the imported audit
entries and the `imports` row. Importing the same package again changes
nothing and says so.

Roles: an analyst or an administrator imports.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from radprev_desktop.core import audit as audit_mod
from radprev_desktop.core import audit_schema
from radprev_desktop.core import changes as outbox
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import ForeignRecord, PackageRejected, RadprevError
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys
from radprev_desktop.core.sync.registry import sync_kinds
from radprev_desktop.core.vault.connection import DatabaseError

Progress = Callable[[int, int, str], None]

IMPORT_ROLES = (Role.ANALYST, Role.ADMINISTRATOR)
# What a kind's validate/apply raises when a value has the wrong shape (e.g. a list
# where text was expected); such a record is quarantined, never a crash of the import.
_MALFORMED = (KeyError, TypeError, ValueError, AttributeError, IndexError)
_MAX_ID = 64
RECORDS_PART = "records.jsonl"
AUDIT_PART = "audit.jsonl"


class EnrolmentRequired(PackageRejected):
    """An authentic-looking package from a workstation that is not enrolled yet."""

    def __init__(self, workstation_id: str, establishment: str, fingerprint: str) -> None:
        from radprev_desktop.core import crypto

        super().__init__(
            f"The package comes from a workstation that is not enrolled ({establishment}, "
            f"fingerprint {crypto.group_fingerprint(fingerprint)}). Compare the fingerprint "
            "with the workstation's enrolment sheet, then enrol it and import again."
        )
        self.workstation_id = workstation_id
        self.establishment = establishment
        self.fingerprint = fingerprint


@dataclass(frozen=True)
class QuarantinedRecord:
    """A record kept aside, with the reason (shown in the import report)."""

    line: int
    part: str
    kind: str
    object_id: str
    reason: str
    field: str = ""


@dataclass
class ImportReport:
    """What one package import did."""

    file_name: str
    workstation_id: str
    establishment: str
    sequence: int
    status: str  # "imported" | "already_imported" | "failed" (audit log contradicted)
    records: int = 0
    inserted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    audit_entries: int = 0
    audit_problem: str = ""
    late: bool = False
    quarantined: list[QuarantinedRecord] = field(default_factory=list)
    foreign: int = 0  # quarantined because they touch another establishment's files
    gaps: list[int] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        """The package's audit entries contradict the workstation's log the office holds:
        its records were kept, but the import counts as failed until someone looks."""
        return self.status == "failed"

    def summary(self) -> str:
        """One paragraph for the CLI and the GUI (English source text)."""
        head = f"{self.file_name}: workstation {self.establishment}/{self.workstation_id[-8:]} package {self.sequence}"
        if self.status == "already_imported":
            return f"{head} was already imported; nothing changed (replay or duplicate)."
        text = f"IMPORT FAILED: {self.audit_problem} " if self.failed else ""
        text += (
            f"{head} imported: {self.inserted} new, {self.duplicates} already known, "
            f"{self.conflicts} conflicts, {len(self.quarantined)} quarantined, "
            f"{self.audit_entries} audit entries."
        )
        if self.foreign:
            text += (
                f" {self.foreign} of the quarantined records touch another establishment's "
                "files and were refused (a workstation may send its own establishment's "
                "records only)."
            )
        if self.late:
            text += " It arrived after a later package (filled a gap)."
        if self.gaps:
            text += f" Still missing from this workstation: {_ranges(self.gaps)}."
        if self.failed:
            text += (
                " Its audit log contradicts the entries this office already holds for the "
                "workstation: the contradicting entries are kept in quarantine; ask the "
                "establishment and the data-protection officer (sync verify-audit)."
            )
        for q in self.quarantined[:20]:
            text += f"\n  quarantined line {q.line} ({q.kind} {q.object_id}): {q.reason}"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "export",
            "file": self.file_name,
            "workstation_id": self.workstation_id,
            "establishment": self.establishment,
            "sequence": self.sequence,
            "status": self.status,
            "records": self.records,
            "inserted": self.inserted,
            "duplicates": self.duplicates,
            "conflicts": self.conflicts,
            "audit_entries": self.audit_entries,
            "audit_problem": self.audit_problem,
            "late": self.late,
            "gaps": self.gaps,
            "by_kind": self.by_kind,
            "quarantined": [q.__dict__ for q in self.quarantined],
            "foreign": self.foreign,
        }


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = None
    for n in sorted(numbers):
        if start is None:
            start = prev = n
        elif prev is not None and n == prev + 1:
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}–{prev}")
            start = prev = n
    if start is not None:
        out.append(f"{start}" if start == prev else f"{start}–{prev}")
    return ", ".join(out)


def read_file_limited(path: Path, limit: int = container.MAX_FILE_BYTES) -> bytes:
    """Read an untrusted file with a hard size cap (see `container.read_untrusted_file`)."""
    return container.read_untrusted_file(path, limit)


@dataclass(frozen=True)
class OpenedPackage:
    """A decrypted package whose manifest form checked (signature not yet)."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]
    sender_id: str
    sender_vault: str
    establishment: str
    signing_key: bytes
    sequence: int
    previous_hash: str

    @property
    def hash(self) -> str:
        return container.sha256_hex(self.manifest_bytes)


def open_package(session: Session, data: bytes) -> OpenedPackage:
    """Decrypt and check the form of a package addressed to this office."""
    if len(data) > container.MAX_FILE_BYTES:
        raise PackageRejected("The package is larger than allowed.")
    plain = container.age_decrypt(data, keys.central_identity(session))
    manifest, manifest_bytes, signature, members = container.open_signed(plain)
    if manifest.get("kind") != "export":
        raise PackageRejected("The file is not an export package.")
    sender = manifest.get("sender")
    if not isinstance(sender, dict):
        raise PackageRejected("The manifest does not name the sender.")
    ws, vault_id, est, key_hex = (
        sender.get("workstation_id"),
        sender.get("vault_id"),
        sender.get("establishment"),
        sender.get("signing_key"),
    )
    if not all(isinstance(v, str) and 0 < len(v) <= _MAX_ID for v in (ws, vault_id, est)):
        raise PackageRejected("The manifest's sender is malformed.")
    if not container.is_hex64(key_hex):
        raise PackageRejected("The manifest's sender key is malformed.")
    sequence = manifest.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 1 <= sequence < 2**40:
        raise PackageRejected("The manifest's sequence number is not valid.")
    previous = manifest.get("previous_hash")
    if not container.is_hex64(previous):
        raise PackageRejected("The manifest's previous package hash is malformed.")
    fingerprint = manifest.get("recipient_fingerprint")
    if fingerprint not in keys.accepted_fingerprints(session):
        raise PackageRejected(
            "The package was made for another central office certificate (recipient "
            "fingerprint does not match this office)."
        )
    return OpenedPackage(
        manifest,
        manifest_bytes,
        signature,
        members,
        str(ws),
        str(vault_id),
        str(est),
        bytes.fromhex(str(key_hex)),
        int(sequence),
        str(previous),
    )


def authenticate(
    session: Session, opened: OpenedPackage, enrol_fingerprint: str | None = None
) -> keys.Workstation:
    """Check the signature against the enrolled key; enrol when asked and it matches."""
    known = keys.enrolled(session, opened.sender_id)
    if known is None:
        # Only a self-consistent package may even be offered for enrolment.
        container.check_signature(
            opened.manifest_bytes, opened.signature, opened.signing_key, "the sender's key"
        )
        fp = keys.workstation_fingerprint(opened.signing_key)
        if enrol_fingerprint is None:
            raise EnrolmentRequired(opened.sender_id, opened.establishment, fp)
        return keys.enrol(
            session,
            workstation_id=opened.sender_id,
            vault_id=opened.sender_vault,
            establishment=opened.establishment,
            signing_key=opened.signing_key,
            typed_fingerprint=enrol_fingerprint,
        )
    if known.signing_key != opened.signing_key:
        raise PackageRejected(
            "The package names an enrolled workstation but carries another key: it was not "
            "made by that workstation (forged or replayed under its name)."
        )
    container.check_signature(
        opened.manifest_bytes, opened.signature, known.signing_key, "the workstation's enrolled key"
    )
    if known.establishment != opened.establishment:
        raise PackageRejected(
            f"The package names establishment {opened.establishment}, but this workstation "
            f"was enrolled for {known.establishment}: it was not made by that workstation as "
            "enrolled. Nothing was changed."
        )
    return known


def enrol_from_package(session: Session, data: bytes, typed_fingerprint: str) -> keys.Workstation:
    """Enrol the workstation that signed this package (fingerprint compared)."""
    keys.require_mode(session, Mode.CENTRAL, "Enrolling a workstation")
    session.require(Role.ADMINISTRATOR)
    opened = open_package(session, data)
    return authenticate(session, opened, typed_fingerprint)


def import_package(
    session: Session,
    data: bytes,
    *,
    file_name: str = "",
    enrol_fingerprint: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import one package (see the module doc); raises PackageRejected when refused."""
    report = progress or (lambda done, total, what: None)
    # A file name from a USB stick may hold bytes that are not UTF-8 (surrogate escapes).
    file_name = file_name.encode("utf-8", "replace").decode("utf-8")[:200]
    keys.require_mode(session, Mode.CENTRAL, "Importing export packages")
    session.require(*IMPORT_ROLES)
    opened = open_package(session, data)
    con = session.con
    existing = con.execute(
        "SELECT package_hash FROM imports WHERE workstation_id = ? AND seq = ?",
        (opened.sender_id, opened.sequence),
    ).fetchone()
    if existing is not None and enrol_fingerprint is None:
        ws = authenticate(session, opened)
        if str(existing[0]) == opened.hash:
            return ImportReport(
                file_name,
                ws.workstation_id,
                ws.establishment,
                opened.sequence,
                "already_imported",
                gaps=gaps(session, ws.workstation_id),
            )
    with session.transaction():
        ws = authenticate(session, opened, enrol_fingerprint)
        parts = container.check_parts(opened.manifest, opened.members)
        if existing is not None:
            if str(existing[0]) == opened.hash:
                return ImportReport(
                    file_name,
                    ws.workstation_id,
                    ws.establishment,
                    opened.sequence,
                    "already_imported",
                    gaps=gaps(session, ws.workstation_id),
                )
            raise PackageRejected(
                f"A different package number {opened.sequence} from this workstation was already "
                "imported: this one is a replay or a forgery (or the workstation was restored "
                "from an old backup). Nothing was changed."
            )
        _check_chain(con, opened)
        last = con.execute(
            "SELECT COALESCE(max(seq), 0) FROM imports WHERE workstation_id = ?",
            (ws.workstation_id,),
        ).fetchone()[0]
        result = ImportReport(
            file_name,
            ws.workstation_id,
            ws.establishment,
            opened.sequence,
            "imported",
            late=opened.sequence < int(last),
        )
        report(1, 3, "Applying records")
        origin = outbox.Origin(ws.workstation_id, ws.establishment)
        _apply_records(con, origin, opened.sequence, parts, result, report)
        report(2, 3, "Storing audit entries")
        _store_audit(con, ws.workstation_id, opened.sequence, parts, result)
        if result.audit_problem:
            result.status = "failed"
        con.execute(
            "INSERT INTO imports(workstation_id, seq, package_hash, prev_hash, created_at, "
            "imported_at, imported_by, file_name, records, audit_entries, inserted, duplicates, "
            "conflicts, quarantined, audit_problem) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                ws.workstation_id,
                opened.sequence,
                opened.hash,
                opened.previous_hash,
                str(opened.manifest.get("created_at", ""))[:40],
                now_iso(),
                session.user.username,
                file_name[:200],
                result.records,
                result.audit_entries,
                result.inserted,
                result.duplicates,
                result.conflicts,
                len(result.quarantined),
                result.audit_problem[:500],
            ),
        )
        result.gaps = gaps(session, ws.workstation_id)
        session.audit(
            "package_import_failed" if result.failed else "package_imported",
            object_type="package",
            object_id=f"{ws.workstation_id}:{opened.sequence}",
            details={
                "status": result.status,
                "workstation": ws.workstation_id,
                "sequence": opened.sequence,
                "package_hash": opened.hash,
                "inserted": result.inserted,
                "duplicates": result.duplicates,
                "conflicts": result.conflicts,
                "quarantined": len(result.quarantined),
                "foreign": result.foreign,
                "audit_entries": result.audit_entries,
            },
        )
    report(3, 3, "Done")
    return result


def _check_chain(con: Any, opened: OpenedPackage) -> None:
    """previous_hash must name the package before; the package after must name this one."""
    if opened.sequence == 1 and opened.previous_hash != container.GENESIS:
        raise PackageRejected("Package 1 names a previous package: the chain is broken.")
    if opened.sequence > 1 and opened.previous_hash == container.GENESIS:
        raise PackageRejected(
            f"Package {opened.sequence} names no previous package: the chain is broken."
        )
    before = con.execute(
        "SELECT package_hash FROM imports WHERE workstation_id = ? AND seq = ?",
        (opened.sender_id, opened.sequence - 1),
    ).fetchone()
    if before is not None and str(before[0]) != opened.previous_hash:
        raise PackageRejected(
            f"Package {opened.sequence} does not follow package {opened.sequence - 1} already "
            "imported (the chain of packages is broken). Nothing was changed."
        )
    after = con.execute(
        "SELECT prev_hash FROM imports WHERE workstation_id = ? AND seq = ?",
        (opened.sender_id, opened.sequence + 1),
    ).fetchone()
    if after is not None and str(after[0]) != opened.hash:
        raise PackageRejected(
            f"Package {opened.sequence + 1}, already imported, does not follow this package "
            f"{opened.sequence} (the chain of packages is broken). Nothing was changed."
        )


def _quarantine(
    con: Any,
    ws: str,
    seq: int,
    line: int,
    part: str,
    kind: str,
    object_id: str,
    reason: str,
    fld: str,
    raw: bytes,
    result: ImportReport,
) -> None:
    con.execute(
        "INSERT INTO quarantine(workstation_id, package_seq, line, part, kind, object_id, reason, "
        "field, content, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            ws,
            seq,
            line,
            part,
            kind[:64],
            object_id[:_MAX_ID],
            reason[:500],
            fld[:64],
            raw.decode("utf-8", "replace"),
            now_iso(),
        ),
    )
    result.quarantined.append(
        QuarantinedRecord(line, part, kind[:64], object_id[:_MAX_ID], reason[:500], fld[:64])
    )


class _FractionRefused(ValueError):
    pass


def _no_fraction(literal: str) -> Any:
    raise _FractionRefused(literal)


def _parse_record_line(raw: bytes) -> tuple[dict[str, Any] | None, str, str, str]:
    """(line, kind, id, problem) — problem empty when the envelope is well formed."""
    if len(raw) > container.MAX_LINE_BYTES:
        return None, "", "", "The record is larger than allowed."
    try:
        # Integers only (as in canonical JSON): a JSON Schema "integer" would accept 2.0.
        line = json.loads(raw.decode("utf-8"), parse_float=_no_fraction)
    except _FractionRefused:
        return None, "", "", "The record holds a number with a fraction (integers only)."
    except (ValueError, RecursionError):
        return None, "", "", "The line is not valid JSON."
    if not isinstance(line, dict):
        return None, "", "", "The line is not a JSON object."
    if container.has_lone_surrogates(raw, line):
        return None, "", "", "The line holds text that is not valid Unicode."
    kind, oid = line.get("kind"), line.get("id")
    kind_s = kind if isinstance(kind, str) else ""
    oid_s = oid if isinstance(oid, str) else ""
    version, op, record = line.get("version"), line.get("op"), line.get("record")
    if not kind_s or len(kind_s) > 64:
        return None, kind_s, oid_s, "The record names no kind."
    if not oid_s or len(oid_s) > _MAX_ID:
        return None, kind_s, oid_s, "The record has no valid id."
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**31:
        return None, kind_s, oid_s, "The record has no valid version."
    if op not in ("upsert", "tombstone"):
        return None, kind_s, oid_s, "The record's operation is not known."
    if not isinstance(record, dict):
        return None, kind_s, oid_s, "The record's content is not an object."
    if record.get("id") != oid_s or record.get("version") != version:
        return None, kind_s, oid_s, "The record's id or version differs from its envelope."
    return line, kind_s, oid_s, ""


def _apply_records(
    con: Any,
    origin: outbox.Origin,
    seq: int,
    parts: dict[str, bytes],
    result: ImportReport,
    report: Progress,
) -> None:
    part = RECORDS_PART
    ws = origin.workstation_id
    data = parts.get(part, b"")
    kinds = sync_kinds()
    accepted: list[tuple[int, int, outbox.SyncKind, dict[str, Any], bytes]] = []
    for number, raw in enumerate(data.split(b"\n")[:-1] if data else [], start=1):
        result.records += 1
        line, kind_name, oid, problem = _parse_record_line(raw)
        kind = kinds.get(kind_name) if kind_name else None
        if not problem and kind is None:
            problem = f"The record kind {kind_name!r} is not known to this version."
        if problem or line is None or kind is None:
            _quarantine(con, ws, seq, number, part, kind_name, oid, problem, "", raw, result)
            continue
        try:
            kind.validate(line["record"])
        except RadprevError as exc:
            fld = str(getattr(exc, "field", "") or "")
            _quarantine(con, ws, seq, number, part, kind_name, oid, str(exc), fld, raw, result)
            continue
        except _MALFORMED:
            # A validator tripped over a value of the wrong shape: the record is malformed.
            reason = "The record is malformed (a field has the wrong type or shape)."
            _quarantine(con, ws, seq, number, part, kind_name, oid, reason, "", raw, result)
            continue
        accepted.append((kind.order, number, kind, line, raw))
    accepted.sort(key=lambda item: (item[0], item[1]))
    total = len(accepted)
    for index, (_, number, kind, line, raw) in enumerate(accepted):
        con.execute("SAVEPOINT record")
        try:
            outcome = kind.apply(con, line["record"], origin)
        except (RadprevError, DatabaseError, *_MALFORMED) as exc:
            con.execute("ROLLBACK TO record")
            con.execute("RELEASE record")
            if isinstance(exc, RadprevError):
                reason = str(exc)
            elif isinstance(exc, DatabaseError):
                reason = "The record does not fit the vault (a constraint refused it)."
            else:
                reason = "The record is malformed (a field has the wrong type or shape)."
            fld = str(getattr(exc, "field", "") or "")
            result.foreign += isinstance(exc, ForeignRecord)
            _quarantine(con, ws, seq, number, part, kind.name, line["id"], reason, fld, raw, result)
            continue
        con.execute("RELEASE record")
        result.by_kind[kind.name] = result.by_kind.get(kind.name, 0) + 1
        if outcome == "inserted":
            result.inserted += 1
        elif outcome == "duplicate":
            result.duplicates += 1
        else:
            result.conflicts += 1
            con.execute(
                "INSERT OR IGNORE INTO sync_conflicts(workstation_id, package_seq, kind, "
                "object_id, version, content, at) VALUES (?,?,?,?,?,?,?)",
                (
                    ws,
                    seq,
                    kind.name,
                    line["id"],
                    line["version"],
                    container.canonical_json(line["record"]).decode("utf-8"),
                    now_iso(),
                ),
            )
        if index % 5000 == 0:
            report(1, 3, f"Applying records ({index}/{total})")


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


def _store_audit(
    con: Any, ws: str, seq: int, parts: dict[str, bytes], result: ImportReport
) -> None:
    """Check each audit line and its links to the log already held, then store it.

    Malformed lines and entries that contradict the held log are kept in quarantine
    (the evidence) and make the import FAILED; fitting entries are stored once.
    """
    part = AUDIT_PART
    entries: list[tuple[int, dict[str, Any], bytes]] = []
    for number, raw in _lines(parts.get(part, b"")):
        entry, problem = _audit_line_problem(raw)
        if entry is None:
            result.audit_problem = result.audit_problem or problem
            _quarantine(con, ws, seq, number, part, "audit", "", problem, "", raw, result)
            continue
        entries.append((number, entry, raw))
    entries.sort(key=lambda item: int(item[1]["seq"]))
    previous: dict[str, Any] | None = None
    for number, entry, raw in entries:
        problem = _audit_contradiction(con, ws, entry, previous)
        if problem:
            result.audit_problem = result.audit_problem or problem
            _quarantine(
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
    session.require(Role.AUDITOR, Role.ADMINISTRATOR, Role.ANALYST)
    prev: tuple[int, str] | None = None
    count = 0
    for row in session.con.execute(
        "SELECT seq, at, user, workstation, action, object_type, object_id, justification, "
        "recipient, details, prev_hash, hash FROM imported_audit WHERE workstation_id = ? "
        "ORDER BY seq",
        (workstation_id,),
    ):
        seq, at, user, wsid, action, otype, oid, just, recip, details, prev_hash, digest = row
        count += 1
        recomputed = audit_mod.entry_hash(
            prev_hash, seq, at, user, wsid, action, otype, oid, just, recip, details
        )
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


# --- what the central office sees --------------------------------------------------


MAX_GAPS_LISTED = 1000


def gaps(session: Session, workstation_id: str) -> list[int]:
    """Sequence numbers below the highest imported that have not arrived (the first 1000)."""
    missing: list[int] = []
    expected = 1
    for (seq,) in session.con.execute(
        "SELECT seq FROM imports WHERE workstation_id = ? ORDER BY seq", (workstation_id,)
    ):
        seq = int(seq)
        while expected < seq and len(missing) < MAX_GAPS_LISTED:
            missing.append(expected)
            expected += 1
        if len(missing) >= MAX_GAPS_LISTED:
            break
        expected = seq + 1
    return missing


@dataclass(frozen=True)
class WorkstationState:
    """One enrolled workstation as shown on the central Sync page."""

    workstation_id: str
    establishment: str
    fingerprint: str
    enrolled_at: str
    packages: int
    last_sequence: int
    last_import_at: str | None
    gaps: list[int]
    quarantined: int
    conflicts: int
    failed_imports: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def workstation_states(session: Session) -> list[WorkstationState]:
    """Enrolled workstations with last sequence, gaps, quarantine and conflict counts."""
    session.require(*IMPORT_ROLES, Role.SUPERVISOR, Role.AUDITOR)
    out: list[WorkstationState] = []
    con = session.con
    for ws, est, fp, enrolled_at in con.execute(
        "SELECT workstation_id, establishment, fingerprint, enrolled_at FROM workstations "
        "ORDER BY establishment, workstation_id"
    ).fetchall():
        count, last, last_at = con.execute(
            "SELECT count(*), COALESCE(max(seq), 0), max(imported_at) FROM imports "
            "WHERE workstation_id = ?",
            (ws,),
        ).fetchone()
        quarantined = con.execute(
            "SELECT count(*) FROM quarantine WHERE workstation_id = ? AND resolved_at IS NULL",
            (ws,),
        ).fetchone()[0]
        conflicts = con.execute(
            "SELECT count(*) FROM sync_conflicts WHERE workstation_id = ? AND resolved_at IS NULL",
            (ws,),
        ).fetchone()[0]
        failed = [
            int(r[0])
            for r in con.execute(
                "SELECT seq FROM imports WHERE workstation_id = ? AND audit_problem != '' "
                "ORDER BY seq",
                (ws,),
            )
        ]
        out.append(
            WorkstationState(
                str(ws),
                str(est),
                str(fp),
                str(enrolled_at),
                int(count),
                int(last),
                last_at,
                gaps(session, str(ws)),
                int(quarantined),
                int(conflicts),
                failed,
            )
        )
    return out


@dataclass(frozen=True)
class QuarantineItem:
    """A quarantined line (its content stays in the vault; not shown in lists)."""

    id: int
    workstation_id: str
    package_seq: int
    line: int
    part: str
    kind: str
    object_id: str
    reason: str
    field: str
    at: str


def quarantine_items(session: Session, limit: int = 1000) -> list[QuarantineItem]:
    """Unresolved quarantined records, newest first."""
    session.require(*IMPORT_ROLES)
    rows = session.con.execute(
        "SELECT id, workstation_id, package_seq, line, part, kind, object_id, reason, field, at "
        "FROM quarantine WHERE resolved_at IS NULL ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [QuarantineItem(*r) for r in rows]


@dataclass(frozen=True)
class ConflictItem:
    """A same id+version that arrived with different content."""

    id: int
    workstation_id: str
    package_seq: int
    kind: str
    object_id: str
    version: int
    at: str


def conflict_items(session: Session, limit: int = 1000) -> list[ConflictItem]:
    """Unresolved conflicts, newest first."""
    session.require(*IMPORT_ROLES)
    rows = session.con.execute(
        "SELECT id, workstation_id, package_seq, kind, object_id, version, at FROM sync_conflicts "
        "WHERE resolved_at IS NULL ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [ConflictItem(*r) for r in rows]


def conflict_content(session: Session, conflict_id: int) -> dict[str, Any]:
    """The conflicting record as received (audited consultation)."""
    session.require(*IMPORT_ROLES)
    row = session.con.execute(
        "SELECT kind, object_id, content FROM sync_conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()
    if row is None:
        from radprev_desktop.core.errors import NotFound

        raise NotFound("There is no such conflict.")
    with session.transaction():
        session.audit("conflict_viewed", object_type=str(row[0]), object_id=str(row[1]))
    result: dict[str, Any] = json.loads(row[2])
    return result


def resolve(session: Session, table: str, item_id: int, note: str) -> None:
    """Mark a quarantine item or conflict as dealt with (kept, not deleted)."""
    session.require(*IMPORT_ROLES)
    if table not in ("quarantine", "sync_conflicts"):
        raise ValueError(table)
    with session.transaction() as con:
        con.execute(
            f"UPDATE {table} SET resolved_at = ?, resolved_by = ? WHERE id = ?",
            (now_iso(), session.user.username, item_id),
        )
        session.audit(
            "sync_item_resolved",
            object_type=table,
            object_id=str(item_id),
            details={"note_length": len(note)},
        )
