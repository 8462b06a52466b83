"""Restriction of processing of a prisoner's file (LED Art. 16): set and lifted, with a reason.

When the accuracy of a file is disputed, or its lawfulness is in question, the
data-protection officer asks a supervisor or administrator to restrict it: the
file is then marked "processing restricted" on every screen and report until the
restriction is lifted. Setting or lifting it changes the file (a new version with
the reason in its history), leaves a note in `record_notes` (printed with the file)
and an audit entry ("restriction_set" / "restriction_lifted"); the note travels to the
central office with the next export. Who may do it is `Permission.RESTRICT_SUBJECTS` in
core/policy.py; what a restriction blocks is decision 0023 (enforced where each
action is: reports, handovers, transfer bundles, corrections).
"""

from __future__ import annotations

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import record_notes, subjects
from radprev_desktop.core.services.record_notes import RecordNote
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

#: What a restriction refuses, in words (decision 0023); each is checked where it is done.
REPORTS_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "Processing of this file is restricted: until a supervisor lifts the restriction, the only reports about it are the data-subject access report and the export of the person's data.",
)
BUNDLE_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "Processing of this file is restricted: no transfer bundle is issued until the establishment lifts the restriction.",
)


def refuse_if_restricted(subject: Subject, message: str) -> None:
    """Conflict with `message` when the file's processing is restricted (LED Art. 16)."""
    if subject.restricted:
        raise Conflict(message)


def refuse_report_if_restricted(session: Session, subject_id: str) -> None:
    """Reports other than the access report are refused for a restricted file."""
    found = subjects.load_subject(session.con, subject_id)
    if found is not None:
        refuse_if_restricted(found, REPORTS_REFUSED)


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
        at = now_iso()
        record_notes.insert(
            con,
            RecordNote(
                id=note_id,
                subject_id=changed.id,
                object_kind="subject",
                object_id=changed.id,
                kind=kind,
                text=" ".join(reason.split()),
                at=at,
                by_user=session.user.username,
                establishment_code=changed.establishment_code,
                origin_workstation=session.workstation_id,
                version=1,
                outcome="",
                outcome_version=None,
                outcome_reason="",
                decided_at=None,
                decided_by="",
            ),
        )
        session.audit(
            kind,
            object_type="subject",
            object_id=changed.id,
            details={"note_id": note_id, "version": changed.version},
        )
    return changed
