"""Restriction of processing of a prisoner's file (LED Art. 16): set and lifted, with a reason.

When the accuracy of a file is disputed, or its lawfulness is in question, the
data-protection officer asks a supervisor or administrator to restrict it: the
file is then marked "processing restricted" on every screen and report until the
restriction is lifted. Setting or lifting it changes the file (a new version with
the reason in its history), leaves a note in `record_notes` (printed with the file)
and an audit entry ("restriction_set" / "restriction_lifted"). Who may do it is
`Permission.RESTRICT_SUBJECTS` in core/policy.py.
"""

from __future__ import annotations

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


@operation(Change.SUBJECTS | Change.SYNC)
def set_restriction(session: Session, subject_id: str, restricted: bool, reason: str) -> Subject:
    """Restrict processing of a file (`restricted=True`) or lift the restriction; the
    reason is required and kept in the file's history, its notes and the audit log."""
    policy.require(session, Permission.RESTRICT_SUBJECTS)
    current = subjects.get_subject(session, subject_id, Permission.RESTRICT_SUBJECTS)
    if current.restricted == restricted:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "Processing of this file is already restricted.")
            if restricted
            else QT_TRANSLATE_NOOP("errors", "Processing of this file is not restricted.")
        )
    with session.transaction() as con:
        changed = subjects.update_subject(session, subject_id, reason=reason, restricted=restricted)
        kind = "restriction_set" if restricted else "restriction_lifted"
        note_id = new_id()
        con.execute(
            "INSERT INTO record_notes(id, subject_id, object_kind, object_id, kind, text, at, "
            "by_user, establishment_code, origin_workstation) "
            "VALUES (?, ?, 'subject', ?, ?, ?, ?, ?, ?, ?)",
            (
                note_id,
                changed.id,
                changed.id,
                kind,
                " ".join(reason.split()),
                now_iso(),
                session.user.username,
                changed.establishment_code,
                session.workstation_id,
            ),
        )
        session.audit(
            kind,
            object_type="subject",
            object_id=changed.id,
            details={"note_id": note_id, "version": changed.version},
        )
    return changed
