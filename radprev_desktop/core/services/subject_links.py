"""One person, two files: an analyst's explicit, audited decision at the central office.

Prison numbers are unique per establishment only, so the central identity of a
file is establishment + prison number. A transfer issued by the central office
keeps one file under both numbers. When the same person was registered
separately in two establishments (a new file made before the transfer bundle
arrived, or a later custody), the office shows the pair as a suggestion — same
names (folded: case, accents and script ignored) and same birth year — and an
analyst decides: one person (the files are shown together) or two people (the
suggestion goes away). Nothing is merged or rewritten; a decision can be undone,
and every decision is in the audit log with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict, NotFound, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import JustificationReason, Mode, Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, subject_scope, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

SAME = "same_person"
NOT_SAME = "not_same"
MAX_REASON = 500


@dataclass(frozen=True)
class LinkSuggestion:
    """Two files of different establishments that may be one person."""

    first: Subject
    second: Subject

    def to_json(self) -> dict[str, Any]:
        def side(s: Subject) -> dict[str, Any]:
            return {
                "id": s.id,
                "establishment": s.establishment_code,
                "prison_number": s.prison_number,
                "family_name": s.family_name,
                "given_names": s.given_names,
                "birth_year": s.birth_year,
            }

        return {"first": side(self.first), "second": side(self.second)}


@dataclass(frozen=True)
class LinkDecision:
    """An analyst's decision about two files (ids only)."""

    id: str
    first: str
    second: str
    decision: str
    reason: str
    decided_at: str
    decided_by: str
    active: bool

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _require(session: Session) -> None:
    if session.mode is not Mode.CENTRAL:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Files are linked at the central office."))
    policy.require(session, Permission.LINK_FILES)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def suggestions(session: Session, *, limit: int = 200) -> list[LinkSuggestion]:
    """Pairs of files in two establishments with the same names and birth year, not yet
    decided (a consultation: it shows names; audited)."""
    _require(session)
    cols = ", ".join(
        f"{p}.{c.strip()}" for p in ("a", "b") for c in subjects.SUBJECT_COLUMNS.split(",")
    )
    # Both files within the analyst's establishments (access by establishment, issue #14).
    reach_a, params_a = subject_scope.scope_sql(session, alias="a")
    reach_b, params_b = subject_scope.scope_sql(session, alias="b")
    rows = session.con.execute(
        f"SELECT {cols} FROM subjects a JOIN subjects b ON b.names_key = a.names_key "
        "AND b.birth_year = a.birth_year AND b.establishment_code != a.establishment_code "
        "AND b.id > a.id WHERE a.anonymised = 0 AND b.anonymised = 0 "
        f"AND a.birth_year IS NOT NULL AND {reach_a} AND {reach_b} "
        "AND NOT EXISTS (SELECT 1 FROM subject_links l "
        "WHERE l.active = 1 AND l.subject_a = a.id AND l.subject_b = b.id) "
        "ORDER BY a.names_key, a.id, b.id LIMIT ?",
        (*params_a, *params_b, limit),
    ).fetchall()
    width = len(subjects.SUBJECT_COLUMNS.split(","))
    found = [
        LinkSuggestion(subjects.subject_from_row(r[:width]), subjects.subject_from_row(r[width:]))
        for r in rows
    ]
    # The analyst's work queue: its purpose is implied, or the reason the session gave.
    consultation.record(
        session,
        "link_suggestions_viewed",
        object_type="subjects",
        implied=JustificationReason.WORK_QUEUE,
        details={"pairs": len(found)},
    )
    return found


def _decision(row: tuple[Any, ...]) -> LinkDecision:
    return LinkDecision(
        str(row[0]),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        str(row[5]),
        str(row[6]),
        bool(row[7]),
    )


_COLUMNS = "id, subject_a, subject_b, decision, reason, decided_at, decided_by, active"


@operation(Change.SUBJECTS)
def decide(session: Session, first: str, second: str, *, same: bool, reason: str) -> LinkDecision:
    """Record that two files are one person (`same`) or two people (analyst, audited)."""
    _require(session)
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why you decided (it is kept in the audit log)."),
            field="reason",
        )
    if len(why) > MAX_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason is limited to %1 characters."),
            MAX_REASON,
            field="reason",
        )
    a = subjects.get_subject(session, first)
    b = subjects.get_subject(session, second)
    if a.id == b.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "These are the same file already."), field="second"
        )
    low, high = _pair(a.id, b.id)
    with session.transaction() as con:
        known = con.execute(
            "SELECT decision FROM subject_links WHERE subject_a = ? AND subject_b = ? "
            "AND active = 1",
            (low, high),
        ).fetchone()
        if known is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors", "A decision about these two files exists (%1); undo it first."
                ),
                known[0],
            )
        decision = LinkDecision(
            new_id(),
            low,
            high,
            SAME if same else NOT_SAME,
            why,
            now_iso(),
            session.user.username,
            True,
        )
        con.execute(
            f"INSERT INTO subject_links({_COLUMNS}) VALUES (?,?,?,?,?,?,?,1)",
            (
                decision.id,
                low,
                high,
                decision.decision,
                why,
                decision.decided_at,
                decision.decided_by,
            ),
        )
        # A combination of personal data (LED Art. 25): logged with its reason.
        session.audit(
            "subject_files_linked" if same else "subject_files_not_same",
            object_type="subject",
            object_id=low,
            justification=why,
            details={"link_id": decision.id, "first": low, "second": high},
        )
    return decision


@operation(Change.SUBJECTS)
def undo(session: Session, link_id: str, *, reason: str) -> LinkDecision:
    """Undo a decision (kept, marked undone; audited with the reason)."""
    _require(session)
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the decision is undone."), field="reason"
        )
    row = session.con.execute(
        f"SELECT {_COLUMNS} FROM subject_links WHERE id = ? AND active = 1", (link_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such decision in force."))
    for subject_id in (str(row[1]), str(row[2])):
        _require_reach(session, subject_id)
    with session.transaction() as con:
        con.execute(
            "UPDATE subject_links SET active = 0, undone_at = ?, undone_by = ? WHERE id = ?",
            (now_iso(), session.user.username, link_id),
        )
        session.audit(
            "subject_link_undone",
            object_type="subject",
            object_id=str(row[1]),
            justification=why[:MAX_REASON],
            details={"link_id": link_id, "first": str(row[1]), "second": str(row[2])},
        )
    return _decision((*row[:7], 0))


def _require_reach(session: Session, subject_id: str) -> None:
    """NotFound for a file outside the analyst's establishments (an erased file: no check)."""
    found = subjects.load_subject(session.con, subject_id)
    if found is not None:
        policy.require_reach(session, found)


def decisions(session: Session) -> list[LinkDecision]:
    """Every decision about two files within the analyst's reach, newest first (ids only)."""
    _require(session)
    reach_a, params_a = subject_scope.in_scope_sql(session, "subject_a")
    reach_b, params_b = subject_scope.in_scope_sql(session, "subject_b")
    return [
        _decision(r)
        for r in session.con.execute(
            f"SELECT {_COLUMNS} FROM subject_links WHERE {reach_a} AND {reach_b} "
            "ORDER BY decided_at DESC",
            (*params_a, *params_b),
        )
    ]


def linked_files(con: Connection, subject_id: str) -> list[str]:
    """The files decided to be the same person as this one (itself first), following links."""
    found = [subject_id]
    index = 0
    while index < len(found) and len(found) < 100:
        current = found[index]
        for (other,) in con.execute(
            "SELECT subject_b FROM subject_links WHERE subject_a = ? AND active = 1 "
            "AND decision = 'same_person' UNION SELECT subject_a FROM subject_links "
            "WHERE subject_b = ? AND active = 1 AND decision = 'same_person'",
            (current, current),
        ):
            if other not in found:
                found.append(str(other))
        index += 1
    return found


def purge_for_subject(con: Connection, subject_id: str) -> None:
    """Erasure: the analysts' links naming this file go with it."""
    con.execute(
        "DELETE FROM subject_links WHERE subject_a = ? OR subject_b = ?", (subject_id, subject_id)
    )
