"""A report a supervisor rejected is erased after its own, shorter retention period.

Rejected reports are kept out of every summary and count (issue #14) and shown only
in the prisoner's file with their state; they are not part of what the office
relies on, so they are not kept for the file's whole life. After the period set by
the administrator (setting `retention_months`, part "rejected", default 6 months
from the rejection), the retention job (`radprev retention rejected`, or the
supervisor's *Retention* screen) erases each one: every version, its reviews and
grade history. A tombstone (kind "observation", no personal data) stays and goes
to the central office, which erases its copy too; each erasure is audited.
Reports returned to their author are not erased here: the author is asked to
correct them, and they follow the file's own review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now, now_iso
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.outbox import drop_unsent, record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import observation_rows, reviews, subject_fields
from radprev_desktop.core.services.subject_scope import EVERYTHING, in_scope_sql
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.connection import Connection

REASON_CODE = "rejected_expired"


@dataclass(frozen=True)
class ExpiredRejected:
    """Rejected reports past their period: how long the period is, and which reports."""

    months: int
    cutoff: str  # rejected before this day
    observation_ids: tuple[str, ...]


def expired(session: Session, today: date | None = None) -> ExpiredRejected:
    """Rejected reports made here, within the reader's reach, rejected longer ago than
    the period (a supervisor or administrator; reading ids only, not a consultation)."""
    policy.require(session, Permission.DECIDE_RETENTION)
    months = subject_fields.retention_months(session, "rejected")
    cutoff = subject_fields.add_months(today or now().date(), -months).isoformat()
    reach, params = in_scope_sql(session, "o.subject_id", Permission.DECIDE_RETENTION)
    rows = session.con.execute(
        "SELECT o.id FROM observations o WHERE o.is_current = 1 AND o.status = 'rejected' "
        "AND o.establishment_code = ? "
        f"{'' if reach == EVERYTHING else 'AND ' + reach} "
        "AND (SELECT max(r.at) FROM reviews r WHERE r.observation_id = o.id "
        "AND r.decision = 'reject') < ? ORDER BY o.id",
        [session.establishment_code, *([] if reach == EVERYTHING else params), cutoff],
    ).fetchall()
    return ExpiredRejected(months, cutoff, tuple(str(r[0]) for r in rows))


def purge_observation(con: Connection, observation_id: str) -> int:
    """Delete every version of one observation and what hangs on it; the versions count."""
    versions = int(
        con.execute("SELECT count(*) FROM observations WHERE id = ?", (observation_id,)).fetchone()[
            0
        ]
    )
    observation_rows.purge(con, observation_id=observation_id)
    reviews.purge_for_observations(con, [observation_id])
    drop_unsent(con, ("observation", "review"), [observation_id])
    return versions


@operation(Change.RECORDS | Change.SYNC)
def erase_expired(session: Session, today: date | None = None) -> ExpiredRejected:
    """The retention job: erase every rejected report past its period (audited, each
    leaving a tombstone for the central office); returns what was erased."""
    found = expired(session, today)
    with session.transaction() as con:
        for observation_id in found.observation_ids:
            subject_id = con.execute(
                "SELECT subject_id FROM observations WHERE id = ? LIMIT 1", (observation_id,)
            ).fetchone()[0]
            versions = purge_observation(con, observation_id)
            tombstone_id = new_id()
            con.execute(
                "INSERT INTO tombstones(id, object_kind, object_id, establishment_code, "
                "erased_at, erased_by, reason_code, origin_workstation, observation_count) "
                "VALUES (?, 'observation', ?, ?, ?, ?, ?, ?, 1)",
                (
                    tombstone_id,
                    observation_id,
                    session.establishment_code,
                    now_iso(),
                    session.user.username,
                    REASON_CODE,
                    session.workstation_id,
                ),
            )
            record_change(con, "tombstone", tombstone_id, 1, op="tombstone")
            session.audit(
                "rejected_report_erased",
                object_type="observation",
                object_id=observation_id,
                details={
                    "subject_id": str(subject_id),
                    "versions": versions,
                    "months": found.months,
                    "rejected_before": found.cutoff,
                },
            )
    return found
