"""Receipts (acknowledgements): central → workstations, signed, not encrypted.

A receipt lists, per workstation, every package the central office holds:
sequence, package hash, record and audit counts, and the missing sequence
numbers. It carries no personal data (ids, numbers and hashes only), so it is
signed by the central office but not encrypted. A workstation verifies the
signature against the central key it trusts, marks its own listed packages as
delivered (when the hash matches what it wrote) and shows what is outstanding.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from radprev_desktop.core import outbox, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    checklist_rows,
    deliveries,
    enrolment,
    package_imports,
    retention,
    vault_meta,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys
from radprev_desktop.core.sync.importer import gaps
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Joined, Text

RECEIPT_PART = "receipt.json"


def _next_counter(session: Session, key: str) -> int:
    value = int(session.meta(key) or 0) + 1
    vault_meta.set_meta(session.con, key, str(value))
    return value


def central_sender(session: Session) -> dict[str, Any]:
    """The `sender` object of files the central office signs."""
    _, public = keys.signing_keys(session)
    return {
        "vault_id": session.vault_id,
        "establishment": session.establishment_code,
        "signing_key": public.hex(),
    }


def receipt_content(session: Session) -> dict[str, Any]:
    """What arrived, per workstation (no personal data)."""
    out: list[dict[str, Any]] = []
    con = session.con
    for ws, est in enrolment.workstations(con):
        packages = [
            {"sequence": seq, "hash": digest, "records": records, "audit": audit_entries}
            for seq, digest, records, audit_entries in package_imports.imported_packages(con, ws)
        ]
        out.append(
            {
                "workstation_id": str(ws),
                "establishment": str(est),
                "packages": packages,
                "last_sequence": packages[-1]["sequence"] if packages else 0,
                "missing": gaps(session, str(ws)),
            }
        )
    return {"workstations": out}


@operation(Change.SYNC)
def write_receipt(session: Session, folder: Path | str) -> Path:
    """`radprev ack --to DIR`: sign the receipt and write it (analyst or administrator)."""
    keys.require_mode(session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Writing receipts"))
    policy.require(session, Permission.IMPORT_PACKAGES)
    folder = Path(folder)
    private, _ = keys.signing_keys(session)
    with session.transaction():
        sequence = _next_counter(session, "receipt_seq")
        content = receipt_content(session)
        part = container.canonical_json(content)
        manifest = {
            "format": container.FORMAT,
            "format_version": container.FORMAT_VERSION,
            "kind": "receipt",
            "sender": central_sender(session),
            "sequence": sequence,
            "created_at": now_iso(),
            "parts": {RECEIPT_PART: container.part_entry(part, 0)},
        }
        data = container.build(manifest, {RECEIPT_PART: part}, private)
        path = folder / f"radprev-receipt_{session.establishment_code}_{sequence:06d}.tar"
        atomic_write(path, data, private=False)
        # The workstation health view counts packages imported since the last receipt.
        vault_meta.set_meta(session.con, "receipt_written_at", str(manifest["created_at"]))
        session.audit(
            "receipt_written",
            object_type="receipt",
            object_id=str(sequence),
            recipient="workstations",
            details={
                "sequence": sequence,
                "workstations": len(content["workstations"]),
                "packages": sum(len(w["packages"]) for w in content["workstations"]),
            },
        )
    return path


@dataclass
class ReceiptReport:
    """What importing a receipt changed at this workstation."""

    sequence: int
    status: str  # "imported" | "already_imported"
    delivered_now: list[int] = field(default_factory=list)
    already_delivered: list[int] = field(default_factory=list)
    outstanding: list[int] = field(default_factory=list)
    mismatched: list[int] = field(default_factory=list)

    def summary(self) -> Joined:
        """What the receipt said, translated where it is shown."""
        parts: list[object] = []
        if self.status == "already_imported":
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages", "Receipt %1 was already imported; nothing changed."
                    ),
                    self.sequence,
                )
            )
        else:
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages", "Receipt %1: %2 packages newly confirmed as delivered."
                    ),
                    self.sequence,
                    len(self.delivered_now),
                )
            )
        if self.outstanding:
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Not yet confirmed: %1 (re-send them with Export → re-send if they are "
                        "overdue).",
                    ),
                    ", ".join(map(str, self.outstanding)),
                )
            )
        else:
            parts.append(
                Text(QT_TRANSLATE_NOOP("messages", "Every package written has been confirmed."))
            )
        if self.mismatched:
            parts.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The central office holds different content for packages %1: tell the "
                        "central office.",
                    ),
                    ", ".join(map(str, self.mismatched)),
                )
            )
        return Joined(parts)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "receipt", **self.__dict__}


def _parse_receipt(content: bytes) -> list[dict[str, Any]]:
    try:
        document = json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The receipt's content is not valid JSON.")
        ) from exc
    items = document.get("workstations") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The receipt's content is malformed."))
    return [w for w in items if isinstance(w, dict)]


def verify_central_file(session: Session, data: bytes, kind: str) -> container.Container:
    """Check a receipt or bundle against the trusted central signing key(s)."""
    manifest, manifest_bytes, signature, members = container.open_signed(data)
    if manifest.get("kind") != kind:
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The file is not a %1."), kind)
    sender = manifest.get("sender")
    if not isinstance(sender, dict):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The file does not name its sender."))
    trusted = keys.trusted_signing_keys(session)
    key = trusted.get(str(sender.get("vault_id")))
    if key is None:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The file was not signed by the central office this workstation trusts."
            )
        )
    container.check_signature(manifest_bytes, signature, key, "the trusted central office key")
    parts = container.check_parts(manifest, members)
    seq = manifest.get("sequence")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file's sequence number is not valid.")
        )
    return container.Container(manifest, manifest_bytes, signature, parts)


def _mark_records_delivered(con: Any, package_seq: int, at: str) -> None:
    """Tell the records services which records the office now holds (retention may purge
    only delivered records): `retention.mark_delivered` for subjects, observations,
    reviews, transfers and referrals, `checklist_rows.mark_delivered` for checklist runs."""
    for kind, object_id, version in outbox.changes_in_package(con, package_seq):
        if kind == "checklist_run":
            checklist_rows.mark_delivered(con, object_id, version, at)
        else:
            retention.mark_delivered(con, kind, object_id, version, at)


@operation(Change.SYNC | Change.RECORDS)
def import_receipt(session: Session, data: bytes) -> ReceiptReport:
    """Verify a receipt, mark this workstation's listed packages as delivered."""
    keys.require_mode(session, Mode.WORKSTATION, QT_TRANSLATE_NOOP("errors", "Importing receipts"))
    policy.require(session, Permission.IMPORT_RECEIPTS)
    checked = verify_central_file(session, data, "receipt")
    sequence = int(checked.manifest["sequence"])
    sender = str(checked.manifest["sender"]["vault_id"])
    entries = _parse_receipt(checked.parts.get(RECEIPT_PART, b""))
    mine = next((w for w in entries if w.get("workstation_id") == session.workstation_id), None)
    listed: dict[int, str] = {}
    if mine is not None and isinstance(mine.get("packages"), list):
        for p in mine["packages"]:
            if isinstance(p, dict) and isinstance(p.get("sequence"), int):
                listed[int(p["sequence"])] = str(p.get("hash", ""))
    seen = deliveries.received_hash(session.con, "receipt", sender, sequence)
    result = ReceiptReport(sequence, "already_imported" if seen else "imported")
    with session.transaction() as con:
        for seq, package_hash, delivered_at in deliveries.delivery_states(con):
            if delivered_at is not None:
                result.already_delivered.append(seq)
                continue
            if seq in listed:
                if listed[seq] == package_hash:
                    at = now_iso()
                    deliveries.mark_package_delivered(con, seq, at, f"{sender}:{sequence}")
                    _mark_records_delivered(con, seq, at)
                    result.delivered_now.append(seq)
                    continue
                result.mismatched.append(seq)
            result.outstanding.append(seq)
        if seen is None:
            deliveries.remember_received(
                con,
                deliveries.ReceivedFile(
                    "receipt",
                    sender,
                    sequence,
                    checked.hash,
                    str(checked.manifest.get("created_at", ""))[:40],
                    now_iso(),
                    session.user.username,
                    json.dumps({"delivered_now": result.delivered_now}),
                ),
            )
        if result.delivered_now or seen is None:
            session.audit(
                "receipt_imported",
                object_type="receipt",
                object_id=f"{sender}:{sequence}",
                details={
                    "delivered": result.delivered_now,
                    "outstanding": result.outstanding,
                    "mismatched": result.mismatched,
                },
            )
    return result
