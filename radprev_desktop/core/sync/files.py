"""`radprev import FILE…`: find out what a file is and hand it to the right importer.

An age-encrypted file is an export package at the central office and a transfer
bundle at a workstation (only the addressee can look inside); a signed archive
is a receipt or a reference bundle (workstation), told apart by its manifest.
Every refusal is audited here, the one door the CLI and the GUI import through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.model import Mode
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import (
    bundles,
    container,
    importer,
    keys,
    receipts,
    transfer_bundles,
    transfer_intake,
)
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Joined


class Report(Protocol):
    def summary(self) -> Joined: ...

    def to_json(self) -> dict[str, Any]: ...


def detect_kind(data: bytes, mode: Mode = Mode.CENTRAL) -> str:
    """'export', 'transfer', 'receipt' or 'bundle'; PackageRejected when it is none of them.

    An encrypted file is an export package for a central office and a transfer bundle
    for a workstation.
    """
    if container.is_age(data):
        return "export" if mode is Mode.CENTRAL else transfer_bundles.KIND
    manifest, _, _, _ = container.open_signed(data)
    kind = manifest.get("kind")
    if kind in ("receipt", "bundle"):
        return str(kind)
    raise PackageRejected(
        QT_TRANSLATE_NOOP("errors", "The file is not a radprev package, receipt or bundle.")
    )


@operation(Change.EVERYTHING)
def import_file(
    session: Session,
    path: Path | str,
    *,
    enrol_fingerprint: str | None = None,
    progress: importer.Progress | None = None,
    prison_number: str | None = None,
    unit: str | None = None,
) -> Report:
    """Import one file of any sync kind and return its report.

    `prison_number` and `unit` are for a transfer bundle: the prisoner's number and
    unit at this establishment.

    A refused file changes nothing but leaves one `package_rejected` audit entry
    (the file's SHA-256, size and the reason), so refusals are on record too.
    """
    path = Path(path)
    # Not even read: a training vault takes in no package, receipt or bundle.
    keys.refuse_training(session, "Importing a package, receipt or bundle")
    data = b""
    try:
        data = importer.read_file_limited(path)
        kind = detect_kind(data, session.mode)
        if kind == transfer_bundles.KIND:
            return transfer_intake.import_transfer_bundle(
                session, data, prison_number=prison_number, unit=unit
            )
        if kind == "export":
            return importer.import_package(
                session,
                data,
                file_name=path.name,
                enrol_fingerprint=enrol_fingerprint,
                progress=progress,
            )
        if kind == "receipt":
            return receipts.import_receipt(session, data)
        return bundles.import_bundle(session, data)
    except PackageRejected as exc:
        _audit_rejection(session, data, exc)
        raise


def _audit_rejection(session: Session, data: bytes, exc: PackageRejected) -> None:
    """One audit entry for a refused file, in its own transaction (the import rolled back)."""
    with session.transaction():
        session.audit(
            "package_rejected",
            object_type="file",
            object_id=container.sha256_hex(data) if data else "",
            details={
                "bytes": len(data),
                "enrolment_required": isinstance(exc, importer.EnrolmentRequired),
                "reason": str(exc)[:300],
            },
        )


def package_files(folder: Path | str) -> list[Path]:
    """The export packages in a folder (a whole USB stick), sorted by name."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix == ".age")
