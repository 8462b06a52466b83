"""Importing export packages at the central office, in named steps.

open → authenticate → validate → apply → record:

- open: size, age decryption with this office's key, archive form (checked
  headers before any data), manifest form and version, recipient fingerprint;
- authenticate: the sender enrolled, its key and signature, its establishment
  as enrolled;
- validate: part hashes and line counts, sequence and chain (a replay or a
  different package under a used number is refused); then every record line's
  envelope, schema and rules (failures to quarantine);
- apply: records in kind order, bound to the sender (import_records), then the
  audit entries against the office's copy of the workstation's log
  (import_audit);
- record: the `imports` row and the central audit entry.

A failure up to the package-level validation rejects the package whole and
changes nothing (files.import_file then leaves one `package_rejected` audit
entry); after it everything happens in ONE transaction. Importing the same
package again changes nothing and says so.

Roles: an analyst or an administrator imports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from radprev_desktop.core import crypto, outbox, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import package_imports
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys, transfer_keys
from radprev_desktop.core.sync.central_state import gaps
from radprev_desktop.core.sync.import_audit import AUDIT_PART, LineChecks, store_audit
from radprev_desktop.core.sync.import_records import (
    MAX_ID,
    RECORDS_PART,
    Target,
    apply_records,
    validate_records,
    without_cycle_collection,
)
from radprev_desktop.core.sync.import_report import ImportReport
from radprev_desktop.core.sync.prefetch import PackageChecks
from radprev_desktop.core.sync.registry import sync_kinds
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import bulk

Progress = Callable[[int, int, str], None]


class EnrolmentRequired(PackageRejected):
    """An authentic-looking package from a workstation that is not enrolled yet."""

    def __init__(self, workstation_id: str, establishment: str, fingerprint: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The package comes from a workstation that is not enrolled (%1, fingerprint %2). "
                "Compare the fingerprint with the workstation's enrolment sheet, then enrol it "
                "and import again.",
            ),
            establishment,
            crypto.group_fingerprint(fingerprint),
        )
        self.workstation_id = workstation_id
        self.establishment = establishment
        self.fingerprint = fingerprint


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


def open_package(session: Session, data: bytes, plain: bytes | None = None) -> OpenedPackage:
    """Decrypt and check the form of a package addressed to this office (`plain`: `data`
    already decrypted with this office's identity, files.import_packages' read ahead)."""
    if len(data) > container.MAX_FILE_BYTES:
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The package is larger than allowed."))
    if plain is None:
        plain = container.age_decrypt(data, keys.central_identity(session))
    manifest, manifest_bytes, signature, members = container.open_signed(plain)
    if manifest.get("kind") != "export":
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The file is not an export package."))
    sender = manifest.get("sender")
    if not isinstance(sender, dict):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The manifest does not name the sender."))
    ws, vault_id, est, key_hex = (
        sender.get("workstation_id"),
        sender.get("vault_id"),
        sender.get("establishment"),
        sender.get("signing_key"),
    )
    if not all(isinstance(v, str) and 0 < len(v) <= MAX_ID for v in (ws, vault_id, est)):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The manifest's sender is malformed."))
    if not container.is_hex64(key_hex):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest's sender key is malformed.")
        )
    sequence = manifest.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 1 <= sequence < 2**40:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest's sequence number is not valid.")
        )
    previous = manifest.get("previous_hash")
    if not container.is_hex64(previous):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest's previous package hash is malformed.")
        )
    fingerprint = manifest.get("recipient_fingerprint")
    if fingerprint not in keys.accepted_fingerprints(session):
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The package was made for another central office certificate "
                "(recipient fingerprint does not match this office).",
            )
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
    session: Session,
    opened: OpenedPackage,
    enrol_fingerprint: str | None = None,
    *,
    audit_now: bool = True,
) -> keys.Workstation:
    """Check the signature against the enrolled key; enrol when asked and it matches
    (`audit_now=False`: the caller writes the enrolment's audit entry, keys.enrol)."""
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
            audit_now=audit_now,
        )
    if known.signing_key != opened.signing_key:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The package names an enrolled workstation but carries another key: "
                "it was not made by that workstation (forged or replayed under its "
                "name).",
            )
        )
    container.check_signature(
        opened.manifest_bytes, opened.signature, known.signing_key, "the workstation's enrolled key"
    )
    if known.establishment != opened.establishment:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The package names establishment %1, but this workstation was "
                "enrolled for %2: it was not made by that workstation as enrolled. "
                "Nothing was changed.",
            ),
            opened.establishment,
            known.establishment,
        )
    return known


@operation(Change.SYNC)
def enrol_from_package(session: Session, data: bytes, typed_fingerprint: str) -> keys.Workstation:
    """Enrol the workstation that signed this package (fingerprint compared)."""
    keys.require_mode(session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Enrolling a workstation"))
    policy.require(session, Permission.MANAGE_SYNC_KEYS)
    opened = open_package(session, data)
    return authenticate(session, opened, typed_fingerprint)


@operation(Change.SYNC | Change.RECORDS)
def import_package(
    session: Session,
    data: bytes,
    *,
    file_name: str = "",
    enrol_fingerprint: str | None = None,
    progress: Progress | None = None,
    kinds: dict[str, outbox.SyncKind] | None = None,
    opened: OpenedPackage | None = None,
    checked: PackageChecks | None = None,
) -> ImportReport:
    """Import one package (see the module doc); raises PackageRejected when refused.

    `kinds`: the record kinds by name (default: every registered one); tests pass the
    same kinds without their set-based apply to hold it to the one-by-one result.
    `opened`: `open_package(session, data)` done beforehand; `checked`: the parts' hashes and checks
    made beforehand from these bytes (another process, files.import_packages) — the
    package is still authenticated and validated here, in its own turn."""
    report = progress or (lambda done, total, what: None)
    # A file name from a USB stick may hold bytes that are not UTF-8 (surrogate escapes).
    file_name = file_name.encode("utf-8", "replace").decode("utf-8")[:200]
    keys.require_mode(
        session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Importing export packages")
    )
    policy.require(session, Permission.IMPORT_PACKAGES)
    if opened is None:
        opened = open_package(session, data)
    if checked is not None and checked.hash != opened.hash:
        checked = None
    if enrol_fingerprint is None:
        again = _already_imported(session, opened, file_name)
        if again is not None:
            return again
    _require_reach(session, opened.establishment)
    with without_cycle_collection(), session.transaction() as con:
        package_imports.wait_for_other_imports_of(con, opened.sender_id)
        package_imports.plan_for_hot_tables(con)
        # An enrolment's audit entry is written last, beside the import's own: appending to
        # the audit chain holds its head until the end of the transaction, and analysts'
        # audited reads would otherwise wait for the whole package.
        enrolling = (
            enrol_fingerprint is not None and keys.enrolled(session, opened.sender_id) is None
        )
        ws = authenticate(session, opened, enrol_fingerprint, audit_now=False)
        parts = validate_package(session, opened, ws, None if checked is None else checked.digests)
        transfer_keys.remember_transfer_recipient(
            session, ws.workstation_id, opened.manifest["sender"].get("age_recipient")
        )
        result = _new_report(session, opened, ws, file_name)
        if result.status == "already_imported":
            if enrolling:
                keys.audit_enrolment(session, ws)
            return result
        target = Target(
            con,
            outbox.Origin(ws.workstation_id, ws.establishment),
            opened.sequence,
            result,
            parts.get(RECORDS_PART, b""),
        )
        if kinds is not None or checked is None or checked.records is None:
            checked = None
        result.checked_ahead = checked is not None
        _apply_parts(target, parts, sync_kinds() if kinds is None else kinds, checked, report)
        if enrolling:
            keys.audit_enrolment(session, ws)
        record_import(session, opened, result)
    report(3, 3, "Done")
    return result


def _apply_parts(
    target: Target,
    parts: dict[str, bytes],
    kinds: dict[str, outbox.SyncKind],
    checked: PackageChecks | None,
    report: Progress,
) -> None:
    """Steps "validate" (records' lines) and "apply" of an authenticated package's parts."""
    con, ws, seq = target.con, target.origin.workstation_id, target.package_seq
    records = None if checked is None else checked.records
    accepted = validate_records(target, parts.get(RECORDS_PART, b""), kinds, records)
    report(1, 3, "Applying records")
    audit_part = parts.get(AUDIT_PART, b"")
    # Checked ahead in another process, or here while the server works (PostgreSQL).
    checks = LineChecks(audit_part) if checked is None else None
    with bulk.meanwhile(con, iter(()) if checks is None else checks.steps()):
        apply_records(target, accepted, report)
    report(2, 3, "Storing audit entries")
    audit = None if checked is None else checked.audit
    store_audit(con, ws, seq, audit_part, target.result, checks, audit)


def _require_reach(session: Session, establishment: str) -> None:
    """An analyst limited to some establishments imports only their packages: the store
    (row security on PostgreSQL) would refuse the records of another establishment."""
    if not policy.scope(session, Permission.IMPORT_PACKAGES).covers(establishment, ""):
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The package comes from %1, an establishment your account is not granted; "
                "an administrator or an analyst granted it imports it. Nothing was changed.",
            ),
            establishment,
        )


def _already_imported(
    session: Session, opened: OpenedPackage, file_name: str
) -> ImportReport | None:
    """The same package again: authenticated, then reported as a no-op (outside any write)."""
    if _stored_hash(session, opened) != opened.hash:
        return None
    ws = authenticate(session, opened)
    return ImportReport(
        file_name,
        ws.workstation_id,
        ws.establishment,
        opened.sequence,
        "already_imported",
        gaps=gaps(session, ws.workstation_id),
    )


def _stored_hash(session: Session, opened: OpenedPackage) -> str | None:
    return package_imports.stored_hash(session.con, opened.sender_id, opened.sequence)


def validate_package(
    session: Session,
    opened: OpenedPackage,
    ws: keys.Workstation,
    digests: dict[str, str] | None = None,
) -> dict[str, bytes]:
    """Step "validate" for the package: parts against the manifest (`digests`: their
    hashes computed by the checking process), then the sequence and chain. A different
    package under a number already imported is refused."""
    parts = container.check_parts(opened.manifest, opened.members, digests)
    stored = _stored_hash(session, opened)
    if stored is not None and stored != opened.hash:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "A different package number %1 from this workstation was already "
                "imported: this one is a replay or a forgery (or the workstation was "
                "restored from an old backup). Nothing was changed.",
            ),
            opened.sequence,
        )
    if stored is None:
        _check_chain(session.con, opened)
    return parts


def _new_report(
    session: Session, opened: OpenedPackage, ws: keys.Workstation, file_name: str
) -> ImportReport:
    """An empty report; "already_imported" when this very package is held (enrol + import)."""
    if _stored_hash(session, opened) == opened.hash:
        return ImportReport(
            file_name,
            ws.workstation_id,
            ws.establishment,
            opened.sequence,
            "already_imported",
            gaps=gaps(session, ws.workstation_id),
        )
    last = package_imports.last_sequence(session.con, ws.workstation_id)
    return ImportReport(
        file_name,
        ws.workstation_id,
        ws.establishment,
        opened.sequence,
        "imported",
        late=opened.sequence < int(last),
    )


def record_import(session: Session, opened: OpenedPackage, result: ImportReport) -> None:
    """Step "record": the `imports` row and the central audit entry (failed or imported)."""
    if result.audit_problem:
        result.status = "failed"
    package_imports.record_import(
        session.con,
        package_imports.ImportRow(
            result.workstation_id,
            opened.sequence,
            opened.hash,
            opened.previous_hash,
            str(opened.manifest.get("created_at", "")),
            session.user.username,
            result.file_name,
            result.records,
            result.audit_entries,
            result.inserted,
            result.duplicates,
            result.conflicts,
            len(result.quarantined),
            result.audit_problem,
        ),
    )
    result.gaps = gaps(session, result.workstation_id)
    session.audit(
        "package_import_failed" if result.failed else "package_imported",
        object_type="package",
        object_id=f"{result.workstation_id}:{opened.sequence}",
        details={
            "status": result.status,
            "workstation": result.workstation_id,
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


def _check_chain(con: Any, opened: OpenedPackage) -> None:
    """previous_hash must name the package before; the package after must name this one."""
    if opened.sequence == 1 and opened.previous_hash != container.GENESIS:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "Package 1 names a previous package: the chain is broken.")
        )
    if opened.sequence > 1 and opened.previous_hash == container.GENESIS:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors", "Package %1 names no previous package: the chain is broken."
            ),
            opened.sequence,
        )
    before = package_imports.stored_hash(con, opened.sender_id, opened.sequence - 1)
    if before is not None and before != opened.previous_hash:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "Package %1 does not follow package %2 already imported (the chain of "
                "packages is broken). Nothing was changed.",
            ),
            opened.sequence,
            opened.sequence - 1,
        )
    after = package_imports.stored_previous_hash(con, opened.sender_id, opened.sequence + 1)
    if after is not None and after != opened.hash:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "Package %1, already imported, does not follow this package %2 (the "
                "chain of packages is broken). Nothing was changed.",
            ),
            opened.sequence + 1,
            opened.sequence,
        )
