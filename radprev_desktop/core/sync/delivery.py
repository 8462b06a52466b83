"""The state of delivery at a workstation: packages written, acknowledged, due.

Read by the dashboard, the status bar and the Sync page; retention asks
`is_delivered` before purging a record (only what the central office
acknowledged may go). Writing packages is in export.py, receipts in receipts.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from radprev_desktop.core import outbox
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.services import deliveries, enrolment, settings
from radprev_desktop.core.session import Session

DEFAULT_INTERVAL_DAYS: int = catalogue.default("export_interval_days")
DEFAULT_RECEIPT_WAIT_DAYS: int = catalogue.default("receipt_wait_days")


def pending_count(session: Session) -> int:
    """Changes waiting for the next export."""
    return outbox.pending_count(session.con)


@dataclass(frozen=True)
class ExportRecord:
    """One package in the workstation's history."""

    sequence: int
    file_name: str
    created_at: str
    created_by: str
    records: int
    audit_entries: int
    resend: bool
    delivered_at: str | None
    package_hash: str


def export_history(session: Session, limit: int = 500) -> list[ExportRecord]:
    """Packages written by this workstation, newest first, with delivery state."""
    return [
        ExportRecord(
            r.sequence,
            r.file_name,
            r.created_at,
            r.created_by,
            r.records,
            r.audit_to - r.audit_from + 1 if r.audit_to else 0,
            r.resend,
            r.delivered_at,
            r.package_hash,
        )
        for r in deliveries.exports(session.con, limit)
    ]


def is_delivered(con: Any, kind: str, object_id: str) -> bool:
    """True when every queued change of this record travelled in a package the
    central office has acknowledged. Retention may purge only such records.
    """
    total, delivered = deliveries.changes_delivered(con, kind, object_id)
    return total > 0 and total == delivered


@dataclass(frozen=True)
class ExportStatus:
    """For the dashboard and status bar: when the last export was, when the next is due."""

    central_trusted: bool
    last_sequence: int | None
    last_export_at: str | None
    next_due: str | None
    overdue: bool
    pending_changes: int
    awaiting_receipt: list[int] = field(default_factory=list)
    overdue_receipts: list[int] = field(default_factory=list)
    interval_days: int = DEFAULT_INTERVAL_DAYS
    receipt_wait_days: int = DEFAULT_RECEIPT_WAIT_DAYS

    def to_json(self) -> dict[str, Any]:
        return {
            "central_trusted": self.central_trusted,
            "last_sequence": self.last_sequence,
            "last_export_at": self.last_export_at,
            "next_due": self.next_due,
            "overdue": self.overdue,
            "pending_changes": self.pending_changes,
            "awaiting_receipt": self.awaiting_receipt,
            "overdue_receipts": self.overdue_receipts,
            "interval_days": self.interval_days,
            "receipt_wait_days": self.receipt_wait_days,
        }


def _parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def export_status(session: Session, now: datetime | None = None) -> ExportStatus:
    """Last export, next due date, overdue flag and packages still awaiting a receipt.

    The first export is due from the vault's creation. Any role may read this.
    """
    moment = now or datetime.now(UTC)
    interval = int(session.setting("export_interval_days", DEFAULT_INTERVAL_DAYS))
    wait = int(session.setting("receipt_wait_days", DEFAULT_RECEIPT_WAIT_DAYS))
    con = session.con
    trusted = enrolment.trusts_a_central_office(con)
    last = deliveries.last_export(con)
    since = str(last[1]) if last else session.meta("created_at")
    next_due = _parse_iso(since) + timedelta(days=interval) if since else None
    awaiting: list[int] = []
    late: list[int] = []
    for seq, created in deliveries.awaiting_receipt(con):
        awaiting.append(seq)
        if _parse_iso(created) + timedelta(days=wait) < moment:
            late.append(int(seq))
    return ExportStatus(
        central_trusted=trusted,
        last_sequence=int(last[0]) if last else None,
        last_export_at=str(last[1]) if last else None,
        next_due=_iso(next_due) if next_due else None,
        overdue=bool(next_due and next_due < moment),
        pending_changes=pending_count(session),
        awaiting_receipt=awaiting,
        overdue_receipts=late,
        interval_days=interval,
        receipt_wait_days=wait,
    )


def set_schedule(
    session: Session,
    *,
    export_interval_days: int | None = None,
    receipt_wait_days: int | None = None,
) -> None:
    """Administrator: how often to export and how long to wait for a receipt."""
    changes: dict[str, Any] = {}
    if export_interval_days is not None:
        changes["export_interval_days"] = export_interval_days
    if receipt_wait_days is not None:
        changes["receipt_wait_days"] = receipt_wait_days
    if changes:
        settings.set_settings(session, changes)
