"""Transfer bundles: a transferred prisoner's file, central office → receiving establishment.

When a prisoner moves, the sending prison records the transfer and exports it.
An analyst at the central office then issues the whole sealed file — the header,
the chain of transfers, every observation version, the reviews, the completed
checklist runs with the templates they used, the referrals — as a bundle signed
with the central office's key and encrypted with age to the receiving
establishment's enrolled workstations (each names its transfer key in its
signed export manifests). Issuing it is what lets that establishment write to
the file at the central office (`subject_holders.establishments_holding`).

The receiving workstation decrypts it with its own transfer key, checks the
central signature against the certificate it trusts and that the bundle names
its own establishment, takes the history in read-only (each record keeps the
establishment and workstation that made it; nothing is queued for export), and
writes one new version of the header: the prisoner is now in custody here,
under this establishment's prison number. New records continue the same file,
and its next export lets the central office show one continuous file. The same
bundle again changes nothing; a bundle for another establishment is refused.
See docs/package-format.md §5a.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyrage import x25519

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    PackageRejected,
    StorageError,
)
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.model import JustificationReason, Mode, Transfer
from radprev_desktop.core.outbox import SyncKind
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    checklist_rows,
    consultation,
    observation_rows,
    record_notes,
    referral_rows,
    restriction,
    reviews,
    subject_holders,
    subject_scope,
    subjects,
    transfers,
)
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys, transfer_keys
from radprev_desktop.core.sync.receipts import _next_counter, central_sender
from radprev_desktop.core.sync.registry import sync_kinds
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

KIND = "transfer"
RECORDS_PART = "records.jsonl"
TEMPLATES_PART = "templates.jsonl"
#: The record kinds a prisoner's file is made of, in the order they are taken in.
FILE_KINDS = ("subject", "transfer", "observation", "review", "checklist_run", "referral")
MAX_ID = 64


def file_name(to_establishment: str, sequence: int) -> str:
    """`radprev-transfer_<EST>_<seq6>.age` — for people sorting USB sticks only."""
    safe = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in to_establishment)[:16]
    return f"radprev-transfer_{safe or 'X'}_{sequence:06d}.age"


# --- central: what is waiting, and issuing ----------------------------------------------


@dataclass(frozen=True)
class TransferToIssue:
    """A transfer the central office holds, with the bundles issued for it so far."""

    transfer: Transfer
    prison_number: str
    family_name: str
    given_names: str
    bundles_issued: int
    receiving_workstations: int

    def to_json(self) -> dict[str, Any]:
        return {
            **self.transfer.__dict__,
            "prison_number": self.prison_number,
            "family_name": self.family_name,
            "given_names": self.given_names,
            "bundles_issued": self.bundles_issued,
            "receiving_workstations": self.receiving_workstations,
        }


def transfers_to_issue(session: Session, *, include_issued: bool = False) -> list[TransferToIssue]:
    """Central: the latest transfer of each file (by default only those with no bundle yet)."""
    keys.require_mode(session, Mode.CENTRAL, "Issuing transfer bundles")
    policy.require(session, Permission.ISSUE_TRANSFERS)
    # Only files within the user's reach (an analyst's granted establishments, issue #14).
    rows = transfers.latest_transfers(
        session.con, subject_scope.scope_sql(session, Permission.ISSUE_TRANSFERS)
    )
    out = []
    for r in rows:
        issued = int(r[13])
        if issued and not include_issued:
            continue
        transfer = transfers.transfer_from_row(r[:10])
        out.append(
            TransferToIssue(
                transfer,
                str(r[10]),
                str(r[11]),
                str(r[12]),
                issued,
                len(transfer_keys.transfer_recipients(session, transfer.to_establishment)),
            )
        )
    # Names of prisoners on the office's work queue: a consultation (issue #14 item 2).
    consultation.record(
        session,
        "transfers_to_issue_listed",
        object_type="subjects",
        implied=JustificationReason.WORK_QUEUE,
        details={"rows": len(out)},
    )
    return out


@dataclass(frozen=True)
class IssuedBundle:
    """What issuing a transfer bundle wrote."""

    path: Path
    sequence: int
    bundle_hash: str
    subject_id: str
    transfer_id: str
    to_establishment: str
    workstations: list[str]
    records: int
    by_kind: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "path": str(self.path)}


def _lines(con: Connection, kinds: dict[str, SyncKind], subject_id: str) -> list[dict[str, Any]]:
    """Every sealed record of the file, as export lines with the workstation that made it."""
    origin = subject_holders.origin_workstation(con, subject_id)
    if origin is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no such prisoner at the central office.")
        )
    wanted: list[tuple[str, str, int, str]] = [("subject", subject_id, 0, origin)]
    for kind, rows in (
        ("transfer", transfers.file_transfers(con, subject_id)),
        ("observation", observation_rows.file_versions(con, subject_id)),
        ("review", reviews.file_reviews(con, subject_id)),
        ("checklist_run", checklist_rows.file_completed_runs(con, subject_id)),
        ("referral", referral_rows.file_versions(con, subject_id)),
        ("record_note", record_notes.file_notes(con, subject_id)),
    ):
        wanted += [(kind, object_id, version, made_by) for object_id, version, made_by in rows]
    at = now_iso()
    lines = []
    for number, (kind, object_id, version, origin) in enumerate(wanted, start=1):
        record = kinds[kind].serialize(con, object_id, version)
        lines.append(
            {
                "change": number,
                "kind": kind,
                "op": "upsert",
                "id": object_id,
                "version": int(record["version"]),
                "at": at,
                "origin_workstation": origin,
                "record": record,
            }
        )
    return lines


def _templates(session: Session, subject_id: str) -> list[bytes]:
    """The templates the file's checklist runs used, as the service exports them."""
    out = []
    for code, version in checklist_rows.file_templates(session.con, subject_id):
        data = bytes(template_service.export_template_json(session, code, version))
        if b"\n" in data:
            raise ValueError("template JSON is not on one line")
        out.append(data)
    return out


def _package(
    session: Session,
    transfer: Transfer,
    receivers: list[tuple[str, str]],
    lines: list[dict[str, Any]],
    templates: list[bytes],
    private: bytes,
) -> tuple[dict[str, Any], bytes]:
    """The manifest (with the next bundle number) and the signed container, not encrypted."""
    records_part = container.jsonl(lines)
    templates_part = b"".join(t + b"\n" for t in templates)
    by_kind: dict[str, int] = {}
    for line in lines:
        by_kind[line["kind"]] = by_kind.get(line["kind"], 0) + 1
    sequence = _next_counter(session, "transfer_seq")
    manifest = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "kind": KIND,
        "sender": central_sender(session),
        "sequence": sequence,
        "created_at": now_iso(),
        "transfer": {
            "id": transfer.id,
            "subject_id": transfer.subject_id,
            "from_establishment": transfer.from_establishment,
            "to_establishment": transfer.to_establishment,
            "transfer_date": transfer.transfer_date,
        },
        "recipient": {
            "establishment": transfer.to_establishment,
            "workstations": [ws for ws, _ in receivers],
        },
        "counts": {
            "records": len(lines),
            "by_kind": dict(sorted(by_kind.items())),
            "templates": len(templates),
        },
        "parts": {
            RECORDS_PART: container.part_entry(records_part, len(lines)),
            TEMPLATES_PART: container.part_entry(templates_part, len(templates)),
        },
    }
    tar = container.build(
        manifest, {RECORDS_PART: records_part, TEMPLATES_PART: templates_part}, private
    )
    return manifest, tar


def _remember_issued(
    session: Session,
    transfer: Transfer,
    workstations: list[str],
    sequence: int,
    bundle_hash: str,
    records: int,
) -> None:
    """The bundle in the list of issued ones, and the disclosure in the audit log."""
    transfers.remember_bundle(
        session.con,
        transfers.IssuedBundleRow(
            sequence,
            transfer.id,
            transfer.subject_id,
            transfer.from_establishment,
            transfer.to_establishment,
            bundle_hash,
            json.dumps(workstations),
            records,
            now_iso(),
            session.user.username,
        ),
    )
    # A disclosure of the whole file to the receiving establishment.
    session.audit(
        "transfer_bundle_issued",
        object_type="subject",
        object_id=transfer.subject_id,
        justification=f"transfer {transfer.id}",
        recipient=transfer.to_establishment,
        details={
            "sequence": sequence,
            "bundle_hash": bundle_hash,
            "transfer_id": transfer.id,
            "records": records,
            "workstations": len(workstations),
        },
    )


@operation(Change.SYNC)
def issue_transfer_bundle(
    session: Session, subject_reference: str, folder: Path | str
) -> IssuedBundle:
    """`radprev bundle --transfer SUBJECT --to DIR`: the file for its latest transfer (central).

    SUBJECT is the subject id or EST:NUMBER. Refused when the file has no transfer,
    or no workstation of the receiving establishment has named its transfer key yet.
    """
    keys.require_mode(session, Mode.CENTRAL, "Issuing transfer bundles")
    policy.require(session, Permission.ISSUE_TRANSFERS)
    subject = subjects.find_by_reference(session, subject_reference)
    restriction.refuse_if_restricted(subject, restriction.BUNDLE_REFUSED)
    chain = transfers.subject_transfers(session.con, subject.id)
    if not chain:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "No transfer of this prisoner has reached the central office: the prison the prisoner left records it and exports it first.",
            )
        )
    transfer = chain[-1]
    receivers = transfer_keys.transfer_recipients(session, transfer.to_establishment)
    if not receivers:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "No workstation of %1 can receive the file yet: each names its transfer key in its export packages. Ask them to export once (and enrol the workstation), then issue the bundle again.",
            ),
            transfer.to_establishment,
        )
    private, _ = keys.signing_keys(session)
    kinds = sync_kinds()
    target = Path(folder)
    if not target.is_dir():
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."), target)
    check_identity = x25519.Identity.generate()
    recipients = [container.parse_recipient(r) for _, r in receivers]
    written: Path | None = None
    try:
        with session.transaction() as con:
            lines = _lines(con, kinds, subject.id)
            templates = _templates(session, subject.id)
            manifest, tar = _package(session, transfer, receivers, lines, templates, private)
            sequence = int(manifest["sequence"])
            by_kind = dict(manifest["counts"]["by_kind"])
            encrypted = container.age_encrypt(tar, [*recipients, check_identity.to_public()])
            bundle_hash = container.sha256_hex(container.canonical_json(manifest))
            path = target / file_name(transfer.to_establishment, sequence)
            if path.exists():
                raise StorageError(
                    QT_TRANSLATE_NOOP("errors", "A file named %1 is already in %2."),
                    path.name,
                    target,
                )
            atomic_write(path, encrypted, private=False)
            written = path
            _verify_written(path, check_identity, tar)
            _remember_issued(
                session, transfer, [ws for ws, _ in receivers], sequence, bundle_hash, len(lines)
            )
    except BaseException:
        if written is not None:
            with contextlib.suppress(OSError):
                written.unlink()
        raise
    return IssuedBundle(
        path,
        sequence,
        bundle_hash,
        subject.id,
        transfer.id,
        transfer.to_establishment,
        [ws for ws, _ in receivers],
        len(lines),
        dict(sorted(by_kind.items())),
    )


def _verify_written(path: Path, identity: x25519.Identity, tar: bytes) -> None:
    """Read the file back from the medium and decrypt it with the throw-away identity."""
    try:
        data = container.read_untrusted_file(path)
    except PackageRejected as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The bundle written to %1 cannot be read back."), path
        ) from exc
    if container.age_decrypt(data, identity) != tar:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The bundle written to %1 does not read back as written."),
            path,
        )
