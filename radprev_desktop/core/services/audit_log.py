"""Reading and exporting the audit log: the auditor's work, itself audited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from radprev_desktop.core import audit, policy
from radprev_desktop.core.audit import AuditEntry
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.dialect import dialect_of


def read(
    session: Session,
    *,
    since: int = 0,
    user: str | None = None,
    action: str | None = None,
    object_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = 500,
) -> list[AuditEntry]:
    """Entries matching the filters; only the auditor reads them, and that is logged."""
    policy.require(session, Permission.READ_AUDIT_LOG)
    entries = audit.read_entries(
        session.con,
        since=since,
        user=user,
        action=action,
        object_id=object_id,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
    )
    filters = {
        k: v
        for k, v in {
            "since": since,
            "user": user,
            "action": action,
            "object_id": object_id,
            "from": date_from,
            "to": date_to,
        }.items()
        if v
    }
    with session.transaction():
        session.audit("audit_read", details={"filters": filters, "entries": len(entries)})
    return entries


def verify(session: Session) -> audit.ChainReport:
    """Check the hash chain, the anchor sealed in vault.anchor and past incidents (logged).

    For auditors and administrators. `vault_access.VaultAccess.verify_audit`
    does the same before its own login entry is appended.
    """
    policy.require(session, Permission.VERIFY_AUDIT_LOG)
    # A central store on PostgreSQL has no vault.keys to seal an anchor in: its audit rows
    # are append-only by trigger on the server (decision 0011); the chain is walked alone.
    if dialect_of(session.con).is_postgresql:
        report = audit.verify_chain(session.con, None)
    else:
        held = session.vault.anchor_reading(session.vault_key)
        report = audit.verify_chain(session.con, held.anchor, held.problem)
    with session.transaction():
        session.audit("audit_verified", details={"ok": report.ok, "entries": report.entries})
    return report


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    """An entry as plain JSON (for export and --json)."""
    return {
        "seq": entry.seq,
        "at": entry.at,
        "user": entry.user,
        "workstation": entry.workstation,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "justification": entry.justification,
        "recipient": entry.recipient,
        "details": entry.details,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def export_jsonl(session: Session, out: Path, *, recipient: str, reason: str) -> int:
    """Write the whole log as JSON Lines for a supervisory authority (a disclosure)."""
    policy.require(session, Permission.READ_AUDIT_LOG)
    entries = audit.read_entries(session.con)
    data = "".join(json.dumps(entry_json(e), ensure_ascii=False) + "\n" for e in entries)
    atomic_write(out, data.encode("utf-8"))
    with session.transaction():
        session.audit(
            "audit_exported",
            recipient=recipient,
            justification=reason,
            details={"entries": len(entries), "file": out.name},
        )
    return len(entries)
