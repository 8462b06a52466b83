"""Taking a transferred prisoner's file in, at the receiving workstation (issue 15).

The workstation decrypts the transfer bundle (core/sync/transfer_bundles.py) with
its own transfer key, checks the central signature against the certificate it
trusts and that the bundle names its own establishment, takes the history in
read-only (each record keeps the establishment and workstation that made it;
nothing is queued for export), and writes one new version of the header: the
prisoner is now in custody here, under this establishment's prison number. The
same bundle again changes nothing; a bundle for another establishment is
refused. See docs/package-format.md §5a.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    PackageRejected,
    RadprevError,
)
from radprev_desktop.core.model import Mode, SubjectStatus, Transfer
from radprev_desktop.core.outbox import SyncKind, record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    search_index,
    subject_fields,
    subject_holders,
    subjects,
    transfers,
)
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys, transfer_keys
from radprev_desktop.core.sync.import_records import parse_record_line
from radprev_desktop.core.sync.receipts import verify_central_file
from radprev_desktop.core.sync.registry import sync_kinds
from radprev_desktop.core.sync.transfer_bundles import (
    FILE_KINDS,
    KIND,
    MAX_ID,
    RECORDS_PART,
    TEMPLATES_PART,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Joined, Text
from radprev_desktop.core.vault.connection import Connection

# --- workstation: taking the file in ------------------------------------------------------


@dataclass
class TransferReport:
    """What importing a transfer bundle did at this workstation."""

    sequence: int
    status: str  # "imported" | "already_imported"
    subject_id: str
    from_establishment: str
    prison_number: str = ""
    inserted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    templates: int = 0

    def summary(self) -> Joined:
        """What taking the file in did, translated where it is shown."""
        if self.status == "already_imported":
            return Joined(
                [
                    Text(
                        QT_TRANSLATE_NOOP(
                            "messages", "Transfer bundle %1 was already imported; nothing changed."
                        ),
                        self.sequence,
                    )
                ]
            )
        parts = ", ".join(f"{n} {k}" for k, n in sorted(self.by_kind.items()))
        lines: list[object] = [
            Text(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Transfer bundle %1: the file of prisoner %2 arrived from %3 (%4); earlier "
                    "records are kept read-only, new records continue the same file.",
                ),
                self.sequence,
                self.prison_number,
                self.from_establishment,
                parts,
            )
        ]
        if self.conflicts:
            lines.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 records differ from what this vault holds under the same id and "
                        "version: this vault's copy was kept.",
                    ),
                    self.conflicts,
                )
            )
        return Joined(lines)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "transfer", **self.__dict__}


@dataclass(frozen=True)
class _Line:
    number: int
    kind: SyncKind
    record: dict[str, Any]
    origin_workstation: str


def _decrypt(session: Session, data: bytes) -> bytes:
    identity = transfer_keys.transfer_identity(session)
    if identity is None:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This workstation has no transfer key yet, so no transfer bundle can be addressed to it: export once (the central office learns the key), then ask for the bundle.",
            )
        )
    try:
        return container.age_decrypt(data, identity)
    except PackageRejected as exc:
        if "cannot be decrypted" not in str(exc):  # not an age file, or a malformed one
            raise
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This transfer bundle is not addressed to this workstation: it was issued for another establishment's workstations (or it is damaged). Nothing was changed.",
            )
        ) from exc


def _transfer_of(manifest: dict[str, Any], own: str) -> Transfer:
    recipient = manifest.get("recipient")
    about = manifest.get("transfer")
    if not isinstance(recipient, dict) or not isinstance(about, dict):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The transfer bundle does not say whom and what it is for.")
        )
    to = recipient.get("establishment")
    if to != own or about.get("to_establishment") != own:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This transfer bundle is for establishment %1, not for %2. Nothing was changed.",
            ),
            str(to)[:16],
            own,
        )
    values = {k: about.get(k) for k in ("id", "subject_id", "from_establishment", "transfer_date")}
    if not all(isinstance(v, str) and 0 < len(v) <= MAX_ID for v in values.values()):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The transfer bundle's transfer is malformed.")
        )
    return Transfer(
        id=str(values["id"]),
        subject_id=str(values["subject_id"]),
        from_establishment=str(values["from_establishment"]),
        to_establishment=own,
        transfer_date=str(values["transfer_date"]),
        note="",
        recorded_at="",
        recorded_by="",
        recorded_by_code="",
        establishment_code=str(values["from_establishment"]),
    )


def _file_lines(checked: container.Container, subject_id: str) -> list[_Line]:
    """Every line checked (envelope, kind, schema, rules, about this one prisoner), in
    the order the kinds are taken in; any problem refuses the whole bundle."""
    kinds = sync_kinds()
    out: list[_Line] = []
    observations: set[tuple[str, int]] = set()
    for number, raw in checked.lines(RECORDS_PART):
        line, kind_name, _, problem = parse_record_line(raw)
        kind = kinds.get(kind_name) if kind_name in FILE_KINDS else None
        if not problem and (kind is None or kind.receive is None):
            problem = f"the record kind {kind_name!r} does not belong in a prisoner's file"
        origin = line.get("origin_workstation") if line else None
        if not problem and not (isinstance(origin, str) and 0 < len(origin) <= MAX_ID):
            problem = "the record does not name the workstation that made it"
        if problem or line is None or kind is None:
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "Line %1 of the transfer bundle: %2"), number, problem
            )
        record = line["record"]
        try:
            kind.validate(record)
        except RadprevError as exc:
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "Line %1 of the transfer bundle: %2"), number, exc
            ) from exc
        about = record["id"] if kind.name == "subject" else record.get("subject_id")
        if kind.name == "review":
            about = (
                subject_id
                if (record["observation_id"], record["observation_version"]) in observations
                else None
            )
        if about != subject_id:
            raise PackageRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line %1 of the transfer bundle is not about the transferred prisoner.",
                ),
                number,
            )
        if kind.name == "observation":
            observations.add((record["id"], record["version"]))
        out.append(_Line(number, kind, record, str(origin)))
    if sum(1 for item in out if item.kind.name == "subject") != 1:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The transfer bundle must hold the prisoner's file header once."
            )
        )
    out.sort(key=lambda item: (FILE_KINDS.index(item.kind.name), item.number))
    return out


def _take_in(
    con: Connection,
    checked: container.Container,
    lines: list[_Line],
    report: TransferReport,
    username: str,
) -> None:
    """The bundle's templates, then each record through its kind's `receive`; counted."""
    for _, raw in checked.lines(TEMPLATES_PART):
        try:
            template_service.install_for_transfer(con, raw, checked.hash, username)
        except RadprevError as exc:
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "A checklist template in the bundle was refused: %1"),
                exc,
            ) from exc
        report.templates += 1
    for item in lines:
        try:
            outcome = item.kind.receive(con, item.record, item.origin_workstation)  # type: ignore[misc]
        except RadprevError as exc:
            raise PackageRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line %1 of the transfer bundle cannot be taken in: %2 Nothing was changed.",
                ),
                item.number,
                exc,
            ) from exc
        report.by_kind[item.kind.name] = report.by_kind.get(item.kind.name, 0) + 1
        if outcome == "inserted":
            report.inserted += 1
        elif outcome == "duplicate":
            report.duplicates += 1
        else:
            report.conflicts += 1


@operation(Change.RECORDS | Change.SYNC | Change.TEMPLATES)
def import_transfer_bundle(
    session: Session,
    data: bytes,
    *,
    prison_number: str | None = None,
    unit: str | None = None,
) -> TransferReport:
    """Take in a transferred prisoner's file (administrator or supervisor, workstation).

    `prison_number`: the prisoner's number at this establishment (default: the
    number the file had); `unit`: where the prisoner is placed. The history stays
    read-only; one new version of the header says the prisoner is in custody here.
    """
    keys.require_mode(session, Mode.WORKSTATION, "Importing transfer bundles")
    policy.require(session, Permission.RECEIVE_TRANSFERS)
    plain = _decrypt(session, data)
    checked = verify_central_file(session, plain, KIND)
    transfer = _transfer_of(checked.manifest, session.establishment_code)
    sender = str(checked.manifest["sender"]["vault_id"])
    sequence = int(checked.manifest["sequence"])
    seen = transfers.received_bundle_hash(session.con, sender, sequence)
    if seen is not None:
        if seen != checked.hash:
            raise PackageRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A different transfer bundle number %1 from this central office was imported already: this one is a forgery or a replay. Nothing was changed.",
                ),
                sequence,
            )
        return TransferReport(
            sequence, "already_imported", transfer.subject_id, transfer.from_establishment
        )
    lines = _file_lines(checked, transfer.subject_id)
    report = TransferReport(sequence, "imported", transfer.subject_id, transfer.from_establishment)
    with session.transaction() as con:
        _take_in(con, checked, lines, report, session.user.username)
        report.prison_number = _arrive(session, con, transfer, prison_number, unit)
        transfers.remember_received_bundle(
            con,
            transfers.ReceivedBundleRow(
                sender,
                sequence,
                checked.hash,
                transfer.id,
                transfer.subject_id,
                transfer.from_establishment,
                len(lines),
                now_iso(),
                session.user.username,
            ),
        )
        # Collection and combination: another establishment's records enter this vault.
        session.audit(
            "transfer_received",
            object_type="subject",
            object_id=transfer.subject_id,
            details={
                "sequence": sequence,
                "bundle_hash": checked.hash,
                "transfer_id": transfer.id,
                "from": transfer.from_establishment,
                "inserted": report.inserted,
                "duplicates": report.duplicates,
                "conflicts": report.conflicts,
            },
        )
    return report


def _arrive(
    session: Session, con: Connection, transfer: Transfer, number: str | None, unit: str | None
) -> str:
    """The header's new version written here: in custody at this establishment, under its
    number and unit (a transfer taken in twice writes it once)."""
    current = subjects.load(con, transfer.subject_id)
    if current is None:  # _take_in wrote the header just before, in this transaction
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no such prisoner in the vault (it may have been erased)."
            )
        )
    if (
        transfers.bundle_taken_in(con, transfer.id)
        and current.establishment_code == session.establishment_code
    ):
        return current.prison_number
    new_number = subject_fields.clean_prison_number(number or current.prison_number)
    if subject_holders.number_taken(
        con, session.establishment_code, search_index.prison_number_key(new_number), current.id
    ):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Prison number %1 is already used here for another prisoner: give the prisoner's number at this establishment. Nothing was changed.",
            ),
            new_number,
        )
    merged = {
        "prison_number": new_number,
        "family_name": current.family_name,
        "given_names": current.given_names,
        "birth_year": current.birth_year,
        "unit_code": subject_fields.clean_unit(session, unit) if unit else "",
        "cell": "",
        "status": SubjectStatus.IN_CUSTODY.value,
        "review_due": current.review_due,
        "restricted": current.restricted,
        "establishment_code": session.establishment_code,
    }
    old = {
        **{k: getattr(current, k) for k in subjects.EDITABLE},
        "status": current.status.value,
        "establishment_code": current.establishment_code,
    }
    changed = sorted(k for k, v in merged.items() if old[k] != v)
    version = current.version + 1
    subjects._write_update(
        con,
        current,
        merged,
        changed,
        version,
        f"arrived by transfer from {transfer.from_establishment} on {transfer.transfer_date}",
        session.user.username,
    )
    subject_holders.set_origin_workstation(con, current.id, session.workstation_id)
    subject_holders.remember_number(con, current.id, session.establishment_code, new_number)
    record_change(con, "subject", current.id, version)
    return new_number


def received(session: Session) -> Iterator[dict[str, Any]]:
    """Workstation: the transfer bundles imported here, newest first (no personal data)."""
    policy.require(session, Permission.RECEIVE_TRANSFERS)
    for r in transfers.received_bundles(session.con):
        yield dict(
            zip(
                ("sequence", "subject_id", "from", "records", "imported_at", "imported_by"),
                r,
                strict=True,
            )
        )
