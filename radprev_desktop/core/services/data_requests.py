"""Rectification requests and disputes (LED Art. 16(1)) and what restriction blocks (16(3)).

A prisoner (through the data-protection officer) asks that a record or the file's
details be corrected, or contests them. A supervisor — or, for the file's details,
an administrator — records the request with what was asked (`record_request`) and,
now or later, the outcome (`decide`): rectified by amendment version N, refused
with the reason, or (a dispute only) noted beside the record. Sealed records never
change: the note is kept beside them, printed in the file and the access report,
exported in the person's data, sent to the central office, and audited
(`record_note_added` / `record_note_decided`). Who may is decided in
docs/decisions/0023-restriction-effects-and-rectification.md.

The restriction's rule for corrections is `record_notes.require_changeable`.
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict, NotFound, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import checklist_rows, observation_rows, record_notes, subjects
from radprev_desktop.core.services.record_notes import RecordNote
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

#: Records a request may concern: the file's details, an observation, a checklist run
#: (decision 0023; a checklist run may be amended on a restricted file to answer one).
REQUEST_OBJECTS = ("subject", "observation", "checklist_run")
MAX_TEXT = 2000


def _words(value: str, field: str, message: str) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise ValidationError(message, field=field)
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The text is too long (2,000 characters at most)."),
            field=field,
        )
    return text


def _may_record(session: Session, object_kind: str) -> None:
    """Supervisors for any record; administrators for the file's details only."""
    policy.require(session, Permission.RECORD_DATA_REQUESTS)
    if object_kind == "observation":
        policy.require(session, Permission.AMEND_ANY_OBSERVATION)
    elif object_kind == "checklist_run":
        policy.require(session, Permission.AMEND_ANY_CHECKLIST)


def _subject_of(
    session: Session,
    object_kind: str,
    object_id: str,
    permission: Permission = Permission.RECORD_DATA_REQUESTS,
) -> Subject:
    """The file the record belongs to (NotFound outside the user's reach)."""
    if object_kind not in REQUEST_OBJECTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A request concerns the prisoner's details, an observation or a checklist run.",
            ),
            field="object_kind",
        )
    if object_kind == "subject":
        subject_id = object_id
    elif object_kind == "observation":
        subject_id = observation_rows.load(session.con, object_id)[1].subject_id
    else:
        subject_id = str(checklist_rows.load_row(session.con, object_id)[4])
    return subjects.get_subject(session, subject_id, permission)


def _check_outcome(
    session: Session,
    note: RecordNote,
    outcome: str,
    version: int | None,
    reason: str,
    since: str = "",
) -> tuple[int | None, str]:
    """The outcome's version (rectified) or reason (refused, noted), checked; `since`:
    when the request was recorded (a decision later cites a correction made after it)."""
    if outcome not in ("rectified", "refused", "noted"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the outcome: rectified, refused or noted."),
            field="outcome",
        )
    if outcome == "noted" and note.kind != "dispute":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Only a dispute is noted; a rectification is made or refused."
            ),
            field="outcome",
        )
    if outcome != "rectified":
        why = _words(
            reason, "reason", QT_TRANSLATE_NOOP("errors", "Give the reason for the decision.")
        )
        return None, why
    if version is None or version < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Name the amended version that made the correction (2 or more)."
            ),
            field="version",
        )
    exists = version <= _current_version(session, note.object_kind, note.object_id)
    if not exists:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no version %1 of this record."),
            version,
            field="version",
        )
    if note.object_kind == "subject" and version not in _corrections(session, note, since):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Version %1 of the prisoner's details did not correct the prison number, "
                "names or birth year after the request was recorded (it may be a change "
                "of unit, cell, status or restriction). Name the version that made the "
                "correction.",
            ),
            version,
            field="version",
        )
    if note.object_kind != "subject" and version not in _amendments(session, note, since):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Version %1 of this record was made before the request was recorded, so it "
                "cannot be the correction the person asked for. Amend the record, then name "
                "the version the amendment made.",
            ),
            version,
            field="version",
        )
    return version, " ".join((reason or "").split())


def _corrections(session: Session, note: RecordNote, since: str) -> tuple[int, ...]:
    """Versions of the file's details that changed who the person is
    (`subjects.IDENTITY_FIELDS`) from `since` on: the only ones a rectification of the
    details may cite. Restricting or lifting, a move of unit or cell, a status make
    versions too, but correct nothing the person asked (decision 0023)."""
    return tuple(
        change.version + 1  # a history row keeps the version it replaced
        for change in subjects.subject_history(session, note.object_id)
        if set(change.changed_fields) & set(subjects.IDENTITY_FIELDS) and change.at >= since
    )


def _amendments(session: Session, note: RecordNote, since: str) -> tuple[int, ...]:
    """Amended versions (2 or more) of an observation or a checklist run made from `since`
    on: the only ones a rectification of it may cite. A version made before the request
    cannot be what answered it (decision 0023, session 9); a request recorded and decided
    at once (`since` "") may cite any, the correction having come first."""
    if note.object_kind == "observation":
        made = observation_rows.sealed_versions(session.con, note.object_id)
    else:
        made = checklist_rows.completed_versions(session.con, note.object_id)
    return tuple(version for version, at in made if version >= 2 and at >= since)


def citable_versions(session: Session, note: RecordNote) -> tuple[int, ...]:
    """The versions a decision "rectified" on this open request may cite, oldest first:
    for the details, the identity corrections made since the request; for an
    observation or a checklist run, the amended versions made since the request (the
    screen offers only these; `decide` refuses any other). Those who decide requests,
    within reach."""
    _subject_of(session, note.object_kind, note.object_id)
    if note.object_kind == "subject":
        return _corrections(session, note, note.at)
    return _amendments(session, note, note.at)


@operation(Change.SUBJECTS | Change.SYNC)
def record_request(
    session: Session,
    object_kind: str,
    object_id: str,
    kind: str,
    text: str,
    *,
    outcome: str = "open",
    version: int | None = None,
    reason: str = "",
) -> RecordNote:
    """Record a rectification request or a dispute about the file's details
    (`object_kind` "subject", `object_id` the subject id) or an observation, with what
    the person says; open, or decided at once (`outcome`, `version`, `reason`)."""
    _may_record(session, object_kind)
    if kind not in record_notes.REQUEST_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose rectification or dispute."), field="kind"
        )
    said = _words(
        text, "text", QT_TRANSLATE_NOOP("errors", "Write what the person asks or contests.")
    )
    subject = _subject_of(session, object_kind, object_id)
    at = now_iso()
    note = RecordNote(
        id=new_id(),
        subject_id=subject.id,
        object_kind=object_kind,
        object_id=object_id,
        kind=kind,
        text=said,
        at=at,
        by_user=session.user.username,
        establishment_code=subject.establishment_code,
        origin_workstation=session.workstation_id,
        version=1,
        outcome="open",
        outcome_version=None,
        outcome_reason="",
        decided_at=None,
        decided_by="",
    )
    if outcome != "open":
        found_version, why = _check_outcome(session, note, outcome, version, reason)
        note = _decided(session, note, outcome, found_version, why, at, version=1)
    with session.transaction() as con:
        record_notes.insert(con, note)
        session.audit(
            "record_note_added",
            object_type=object_kind,
            object_id=object_id,
            details={"note_id": note.id, "kind": kind, "outcome": note.outcome},
        )
    return note


@operation(Change.SUBJECTS | Change.SYNC)
def decide(
    session: Session, note_id: str, outcome: str, *, version: int | None = None, reason: str = ""
) -> RecordNote:
    """The outcome of an open request: rectified by amendment `version`, refused with
    `reason`, or (a dispute) noted with `reason`."""
    note = record_notes.get(session.con, note_id)
    if note is None or note.kind not in record_notes.REQUEST_KINDS:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such request."))
    _may_record(session, note.object_kind)
    subjects.get_subject(session, note.subject_id, Permission.RECORD_DATA_REQUESTS)
    if not note.is_open:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This request has already been decided."))
    found_version, why = _check_outcome(session, note, outcome, version, reason, note.at)
    decided = _decided(session, note, outcome, found_version, why, now_iso(), note.version + 1)
    with session.transaction() as con:
        record_notes.replace(con, decided)
        session.audit(
            "record_note_decided",
            object_type=note.object_kind,
            object_id=note.object_id,
            details={"note_id": note.id, "outcome": outcome, "version": found_version},
        )
    return decided


def _current_version(session: Session, object_kind: str, object_id: str) -> int:
    """The newest version of the record a request is about (the caller checked the file)."""
    return _record_of(session, object_kind, object_id)[0]


def _record_of(session: Session, object_kind: str, object_id: str) -> tuple[int, str]:
    """(newest version, when) of the record a request is about: the details (when they
    last changed), an observation (when it happened) or a checklist run (when completed)."""
    if object_kind == "subject":
        held = subjects.get_subject(session, object_id, Permission.RECORD_DATA_REQUESTS)
        return held.version, held.updated_at
    if object_kind == "observation":
        obs = observation_rows.load(session.con, object_id)[1]
        return obs.version, obs.event_start
    run = checklist_rows.run_from_row(session.con, checklist_rows.load_row(session.con, object_id))
    return run.version, run.completed_at or run.created_at


def _decided(
    session: Session,
    note: RecordNote,
    outcome: str,
    found_version: int | None,
    reason: str,
    at: str,
    version: int,
) -> RecordNote:
    return RecordNote(
        **{
            **note.__dict__,
            "version": version,
            "outcome": outcome,
            "outcome_version": found_version,
            "outcome_reason": reason,
            "decided_at": at,
            "decided_by": session.user.username,
        }
    )


def notes_of(session: Session, subject_id: str) -> list[RecordNote]:
    """Every note of a file (the file screen, the access report and the data export)."""
    subjects.get_subject(session, subject_id)
    return record_notes.of_subject(session.con, subject_id)


@dataclass(frozen=True)
class RequestLine:
    """A request as the file's screen lists it: the note, the newest version of its record
    (a rectification cites an amended version up to it) and when the record was made."""

    note: RecordNote
    record_version: int
    record_when: str
    citable: tuple[int, ...] = ()  # an open request's versions a "rectified" may cite


def request_lines(session: Session, subject_id: str) -> list[RequestLine]:
    """The file's rectification requests and disputes, oldest first, each with its record's
    newest version (the screen of those who record and decide them). A record erased
    since keeps its line with version 0."""
    subjects.get_subject(session, subject_id, Permission.RECORD_DATA_REQUESTS)
    lines = []
    for note in record_notes.of_subject(session.con, subject_id):
        if note.kind not in record_notes.REQUEST_KINDS:
            continue
        try:
            version, when = _record_of(session, note.object_kind, note.object_id)
            citable = citable_versions(session, note) if note.is_open else ()
        except NotFound:
            version, when, citable = 0, "", ()
        lines.append(RequestLine(note, version, when, citable))
    return lines


def open_requests(session: Session, subject_id: str) -> list[RecordNote]:
    """The file's requests still waiting for a decision."""
    return [n for n in notes_of(session, subject_id) if n.is_open]


def correction_blocked(session: Session, object_kind: str, object_id: str) -> bool:
    """Whether correcting this record (or the file's details) would be refused because
    the file is restricted and no open rectification request on it exists
    (`record_notes.require_changeable`): a screen says so, and where the request is
    recorded, before the user types the correction."""
    held = _subject_of(session, object_kind, object_id, Permission.READ_SUBJECTS)
    return held.restricted and not record_notes.has_open_request(
        session.con, object_kind, object_id
    )


def locked_details(session: Session, subject_id: str) -> tuple[str, ...]:
    """The details that cannot be changed now: on a restricted file without an open
    rectification request on its details, who the person is (`subjects.IDENTITY_FIELDS`;
    where the person is held stays changeable, decision 0023); none otherwise. The
    details form locks them before the user types."""
    if correction_blocked(session, "subject", subject_id):
        return subjects.IDENTITY_FIELDS
    return ()
