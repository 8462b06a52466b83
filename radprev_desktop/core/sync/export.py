"""Writing export packages at a workstation, and the state of delivery.

An export takes every pending row of the `changes` outbox (each record made by
its SyncKind's `serialize`) plus the audit entries since the last export, and
writes ONE package: signed inside, age-encrypted to the central office (and an
optional offline backup recipient), written beside its final name, flushed,
renamed, then read back, decrypted and verified. Only then are the changes
marked as carried, in the same transaction as the `exports` row and the audit
entry of the disclosure. Any failure removes the file and leaves the outbox
pending.

Roles: an administrator or a supervisor exports (the security office usually
carries the stick); receipts are imported by the same roles.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyrage import x25519

from radprev_desktop import __version__
from radprev_desktop.core import audit, audit_schema, outbox, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict, NotFound, StorageError, ValidationError
from radprev_desktop.core.fileio import atomic_write, check_writable, storage_message
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import deliveries
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys, transfer_keys
from radprev_desktop.core.sync.registry import sync_kinds
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import migrations

Progress = Callable[[int, int, str], None]


RECORDS_PART = "records.jsonl"
AUDIT_PART = "audit.jsonl"


@dataclass(frozen=True)
class ExportResult:
    """What one export wrote."""

    path: Path
    sequence: int
    package_hash: str
    records: int
    audit_entries: int
    by_kind: dict[str, int]
    skipped: int
    more_pending: bool
    resend: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "sequence": self.sequence,
            "package_hash": self.package_hash,
            "records": self.records,
            "audit_entries": self.audit_entries,
            "by_kind": self.by_kind,
            "skipped": self.skipped,
            "more_pending": self.more_pending,
            "resend": self.resend,
        }


#: The purpose written into the audit entry of every export (a disclosure).
TRANSFER_PURPOSE = "transfer to the central office"


def package_file_name(establishment: str, workstation_id: str, sequence: int) -> str:
    """`radprev-export_<EST>_<ws8>_<seq6>.age` — for people sorting USB sticks only."""
    short = workstation_id.replace("-", "")[-8:]
    return f"radprev-export_{_safe(establishment)}_{short}_{sequence:06d}.age"


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in text)[:16] or "X"


@dataclass
class Collected:
    """Step "collect": what the next package carries (inside the export transaction)."""

    sequence: int
    prev_hash: str
    rows: list[tuple[int, str, str, int, str, str]]
    more_pending: bool
    record_lines: list[dict[str, Any]] = field(default_factory=list)
    audit_lines: list[dict[str, Any]] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    #: First and last audit sequence carried, fixed when collected: build() empties
    #: audit_lines to free memory, and the exports row must still say what travelled.
    carried: tuple[int, int] = (0, 0)

    @property
    def audit_range(self) -> tuple[int, int]:
        """First and last audit sequence carried (0, 0 = none)."""
        if not self.audit_lines:
            return self.carried
        return int(self.audit_lines[0]["seq"]), int(self.audit_lines[-1]["seq"])

    @property
    def audit_count(self) -> int:
        first, last = self.audit_range
        return last - first + 1 if last else 0


@dataclass(frozen=True)
class Built:
    """Step "build": the signed, encrypted package in memory."""

    manifest: dict[str, Any]
    encrypted: bytes
    package_hash: str


def _collect_changes(
    con: Any, resend: bool, limit: int
) -> list[tuple[int, str, str, int, str, str]]:
    return outbox.pending_changes(con, resend=resend, limit=limit + 1)


def _audit_lines(con: Any, resend: bool) -> list[dict[str, Any]]:
    start = deliveries.audit_carried_up_to(con) + 1
    if resend:
        unacknowledged = deliveries.first_unacknowledged_audit(con)
        if unacknowledged is not None:
            start = min(start, unacknowledged)
    rows = audit.rows_from(con, start, container.MAX_LINES)
    return [dict(zip(audit_schema.FIELDS, row, strict=True)) for row in rows]


def _superseded(record: dict[str, Any], version: int) -> bool:
    """True when the record serialised for change `version` is already a later version."""
    current = record.get("version")
    return isinstance(current, int) and current > version


def collect(con: Any, resend: bool, report: Progress) -> Collected:
    """Step "collect": the pending changes (each serialised by its kind) and audit entries."""
    last = deliveries.last_package(con)
    rows = _collect_changes(con, resend, container.MAX_RECORDS_PER_EXPORT)
    collected = Collected(
        sequence=int(last[0]) + 1 if last else 1,
        prev_hash=str(last[1]) if last else container.GENESIS,
        rows=rows[: container.MAX_RECORDS_PER_EXPORT],
        more_pending=len(rows) > container.MAX_RECORDS_PER_EXPORT,
    )
    kinds = sync_kinds()
    seen: set[tuple[str, str, int, str]] = set()
    total = len(collected.rows)
    for index, (change_seq, kind_name, object_id, version, op, at) in enumerate(collected.rows):
        if (kind_name, object_id, version, op) in seen:
            continue
        seen.add((kind_name, object_id, version, op))
        kind = kinds.get(kind_name)
        if kind is None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The outbox holds a change of kind %1 that this version cannot "
                    "export. Nothing was changed.",
                ),
                repr(kind_name),
            )
        try:
            record = kind.serialize(con, object_id, version)
        except NotFound:
            # Erased before it could travel; its tombstone travels instead.
            collected.skipped += 1
            continue
        if _superseded(record, version):
            # A kind that keeps only its current state (a prisoner's details) was changed again
            # before this export: the later change carries that state under its own version.
            collected.skipped += 1
            continue
        collected.record_lines.append(
            {
                "change": change_seq,
                "kind": kind_name,
                "op": op,
                "id": object_id,
                "version": version,
                "at": at,
                "record": record,
            }
        )
        collected.by_kind[kind_name] = collected.by_kind.get(kind_name, 0) + 1
        if index % 5000 == 0:
            report(0, 4, f"Collecting changes ({index}/{total})")
    collected.audit_lines = _audit_lines(con, resend)
    collected.carried = collected.audit_range
    return collected


def build(
    session: Session,
    collected: Collected,
    central: keys.CentralCertificate,
    recipients: list[x25519.Recipient],
    *,
    resend: bool,
) -> Built:
    """Step "build": the manifest, the signed container and its age encryption (in memory)."""
    private, public = keys.signing_keys(session)
    records_part = container.jsonl(collected.record_lines)
    audit_part = container.jsonl(collected.audit_lines)
    for name, part in ((RECORDS_PART, records_part), (AUDIT_PART, audit_part)):
        if len(part) > container.MAX_PART_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The export's %1 part would exceed the size limit; export fewer "
                    "changes at once. Nothing was changed.",
                ),
                name,
            )
    audit_from, audit_to = collected.audit_range
    manifest = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "kind": "export",
        "sender": {
            "workstation_id": session.workstation_id,
            "vault_id": session.vault_id,
            "establishment": session.establishment_code,
            "signing_key": public.hex(),
            # Transfer bundles for this establishment are encrypted to it (issue #15).
            "age_recipient": transfer_keys.transfer_recipient(session),
        },
        "sequence": collected.sequence,
        "previous_hash": collected.prev_hash,
        "created_at": now_iso(),
        "schema_version": migrations.current_version(session.con),
        "app_version": __version__,
        "recipient_fingerprint": central.fingerprint,
        "resend": resend,
        "counts": {
            "records": len(collected.record_lines),
            "audit": len(collected.audit_lines),
            "by_kind": dict(sorted(collected.by_kind.items())),
        },
        "audit_range": {"from": audit_from, "to": audit_to},
        "parts": {
            RECORDS_PART: container.part_entry(records_part, len(collected.record_lines)),
            AUDIT_PART: container.part_entry(audit_part, len(collected.audit_lines)),
        },
    }
    tar = container.build(manifest, {RECORDS_PART: records_part, AUDIT_PART: audit_part}, private)
    del records_part, audit_part
    collected.record_lines.clear()
    collected.audit_lines.clear()
    encrypted = container.age_encrypt(tar, recipients)
    if len(encrypted) > container.MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The package would exceed the size limit; nothing was changed."
            )
        )
    package_hash = container.sha256_hex(container.canonical_json(manifest))
    return Built(manifest, encrypted, package_hash)


def write(session: Session, folder: Path, sequence: int, encrypted: bytes) -> Path:
    """Step "write": beside the final name, flushed, renamed (never over an existing file)."""
    path = folder / package_file_name(session.establishment_code, session.workstation_id, sequence)
    if path.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A file named %1 is already in %2; move it away first. Nothing was changed.",
            ),
            path.name,
            folder,
        )
    atomic_write(path, encrypted)
    return path


def record(
    session: Session,
    collected: Collected,
    built: Built,
    path: Path,
    central: keys.CentralCertificate,
    *,
    resend: bool,
) -> None:
    """Step "record": mark the carried changes, the `exports` row, the disclosure's audit entry."""
    con = session.con
    sequence = collected.sequence
    outbox.mark_carried(con, sequence, [r[0] for r in collected.rows], resend=resend)
    audit_from, audit_to = collected.audit_range
    records = sum(collected.by_kind.values())
    deliveries.remember_package(
        con,
        deliveries.WrittenPackage(
            sequence,
            built.package_hash,
            collected.prev_hash,
            path.name,
            str(built.manifest["created_at"]),
            session.user.username,
            records,
            audit_from,
            audit_to,
            resend,
            central.fingerprint,
        ),
    )
    session.audit(
        "export",
        object_type="package",
        object_id=str(sequence),
        # A disclosure with its purpose and recipient (LED Art. 25): the statutory transfer.
        justification=TRANSFER_PURPOSE,
        recipient=f"central office {central.establishment}",
        details={
            "sequence": sequence,
            "records": records,
            "audit_entries": collected.audit_count,
            "by_kind": dict(sorted(collected.by_kind.items())),
            "package_hash": built.package_hash,
            "recipient_fingerprint": central.fingerprint,
            "resend": resend,
        },
    )


def _trusted_central(session: Session) -> keys.CentralCertificate:
    central = keys.trusted_central(session)
    if central is None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "No central office certificate is trusted yet. An administrator must "
                "trust it first (Sync page, or `radprev central trust FILE "
                "--fingerprint HEX`).",
            )
        )
    return central


def _ready_folder(folder: Path | str) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The folder %1 is not there (was a USB stick removed?). Nothing was changed.",
            ),
            folder,
        )
    check_writable(folder)
    return folder


@operation(Change.SYNC)
def export_package(
    session: Session,
    folder: Path | str,
    *,
    resend: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next package into `folder` and mark what it carries (see module doc).

    Steps: collect → build → write → verify → record, all inside one transaction;
    any failure removes the written file and leaves the outbox pending.
    """
    report = progress or (lambda done, total, what: None)
    keys.require_mode(session, Mode.WORKSTATION, QT_TRANSLATE_NOOP("errors", "Exporting"))
    policy.require(session, Permission.EXPORT_PACKAGES)
    central = _trusted_central(session)
    target = _ready_folder(folder)
    recipients = [container.parse_recipient(central.age_recipient)]
    if central.backup_recipient:
        recipients.append(container.parse_recipient(central.backup_recipient))
    # A throw-away identity lets this workstation decrypt its own file once, to
    # verify what reached the stick; its private half never leaves memory.
    check_identity = x25519.Identity.generate()
    recipients.append(check_identity.to_public())
    written: Path | None = None
    report(0, 4, "Collecting changes")
    try:
        with session.transaction() as con:
            collected = collect(con, resend, report)
            report(1, 4, "Building the package")
            built = build(session, collected, central, recipients, resend=resend)
            report(2, 4, "Writing the file")
            written = write(session, target, collected.sequence, built.encrypted)
            report(3, 4, "Reading the file back")
            verify(written, check_identity, keys.signing_keys(session)[1], built.package_hash)
            record(session, collected, built, written, central, resend=resend)
    except BaseException:
        if written is not None:
            with contextlib.suppress(OSError):
                written.unlink()
        raise
    report(4, 4, "Done")
    return ExportResult(
        path=written,
        sequence=collected.sequence,
        package_hash=built.package_hash,
        records=sum(collected.by_kind.values()),
        audit_entries=collected.audit_count,
        by_kind=dict(sorted(collected.by_kind.items())),
        skipped=collected.skipped,
        more_pending=collected.more_pending,
        resend=resend,
    )


def verify(path: Path, identity: x25519.Identity, public: bytes, package_hash: str) -> None:
    """Step "verify": read the file back from the medium, decrypt it with the throw-away
    identity and check the signature and every part's hash."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise StorageError(storage_message(exc, path)) from exc
    try:
        checked = container.verify_container(
            container.age_decrypt(data, identity), public, "this workstation's key"
        )
    except Exception as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "%1 did not read back correctly from the medium (faulty stick?). "
                "Nothing was changed.",
            ),
            path.name,
        ) from exc
    if checked.hash != package_hash:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "%1 did not read back correctly. Nothing was changed."),
            path.name,
        )
