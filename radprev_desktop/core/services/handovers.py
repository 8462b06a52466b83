"""Release handover: what of a prisoner's file may leave for the probation service.

On release a supervisor hands over an extract — never the file. What it may hold
is a policy (setting `handover_policy`, sent by the central office in the
reference bundle or set with `radprev settings set`): by default the open
referrals to programmes, the facts of reviewed observations of the last twelve
months and the protective factors noted in them. Never in it, whatever the
policy: the identity of a source, an observation whose source is restricted, a
report a supervisor returned or rejected, or one not yet reviewed, and nothing of
a file whose accuracy is disputed (restricted processing). The extract is built
here; the PDF (core/reports/handover_extract.py) and the signed, encrypted package
(core/sync/handover.py) are made from it, and this module keeps the list of
handovers made (the disclosure itself is in the audit log).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import Conflict
from radprev_desktop.core.model import Referral, ReportKind, Subject, SubjectStatus, Urgency
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import referrals, subject_holders, subjects
from radprev_desktop.core.services.subject_fields import add_months
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

#: The parts of `handover_policy` (core/settings_catalogue.py) and what a vault that
#: sets none uses.
DEFAULT_POLICY: dict[str, int] = {
    part.value: part.default for part in catalogue.setting("handover_policy").choices
}


@dataclass(frozen=True)
class HandoverPolicy:
    """What an extract may hold (the sections; 0 months = no observations)."""

    open_referrals: bool
    closed_referrals: bool
    observation_months: int
    protective_factors: bool
    assessments: bool

    def as_dict(self) -> dict[str, int]:
        """As stored and as written into the package (whole numbers)."""
        return {
            "open_referrals": int(self.open_referrals),
            "closed_referrals": int(self.closed_referrals),
            "observation_months": self.observation_months,
            "protective_factors": int(self.protective_factors),
            "assessments": int(self.assessments),
        }


@dataclass(frozen=True)
class HandedObservation:
    """One reviewed observation as it leaves: the day, urgency and facts (no source)."""

    id: str
    version: int
    day: str
    urgency: Urgency
    facts: str
    assessment: str  # "" unless the policy lets assessments go
    establishment_code: str
    classification: str = ""  # its level (services/classification.py); marks the PDF


@dataclass(frozen=True)
class ProtectiveFactor:
    """A protective factor noted in reviewed observations, and when it was last noted."""

    text: str
    last_noted: str
    #: The levels of every reviewed observation that noted it: the factor's words are
    #: theirs, so the PDF's marking takes them into account.
    noted_levels: tuple[str, ...] = ()


@dataclass(frozen=True)
class HandoverExtract:
    """Everything a handover discloses, chosen by the policy."""

    subject: Subject
    known_numbers: list[tuple[str, str]]
    policy: HandoverPolicy
    observations_since: str
    referrals: list[Referral]
    observations: list[HandedObservation]
    protective_factors: list[ProtectiveFactor]

    def counts(self) -> dict[str, int]:
        """What it holds, by section (for the manifest, the audit log and the list)."""
        return {
            "referrals": len(self.referrals),
            "observations": len(self.observations),
            "protective_factors": len(self.protective_factors),
        }

    def levels(self) -> list[str]:
        """The classification of every record whose words the extract prints (the
        observations and those that noted a printed protective factor); the PDF is
        marked with the highest (decision 0025)."""
        shown = [o.classification for o in self.observations]
        return shown + [level for f in self.protective_factors for level in f.noted_levels]


def current_policy(session: Session) -> HandoverPolicy:
    """The configured policy, each part falling back to its default."""
    stored = session.setting("handover_policy", {}) or {}
    value = {k: int(stored.get(k, v)) for k, v in DEFAULT_POLICY.items()}
    return HandoverPolicy(
        open_referrals=value["open_referrals"] > 0,
        closed_referrals=value["closed_referrals"] > 0,
        observation_months=max(0, value["observation_months"]),
        protective_factors=value["protective_factors"] > 0,
        assessments=value["assessments"] > 0,
    )


# Reviewed: a supervisor accepted (or re-graded) the version that is current, and no
# later decision returned or rejected it. Restricted sources never leave.
_REVIEWED = (
    "SELECT o.id, o.version, o.event_start, o.urgency, o.facts, o.assessment, "
    "o.establishment_code, o.protective_factors, o.classification FROM observations o "
    "WHERE o.subject_id = ? AND o.is_current = 1 AND o.restricted = 0 "
    "AND o.status IN ('accepted', 'exported') AND EXISTS (SELECT 1 FROM reviews r "
    "WHERE r.observation_id = o.id AND r.observation_version = o.version "
    "AND r.decision IN ('accept', 'regrade')) AND NOT EXISTS (SELECT 1 FROM reviews r "
    "WHERE r.observation_id = o.id AND r.observation_version = o.version "
    "AND r.decision IN ('return', 'reject')) ORDER BY o.event_start DESC, o.id"
)


def _reviewed(con: Connection, subject_id: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in con.execute(_REVIEWED, (subject_id,))]


def _factors(rows: list[tuple[Any, ...]]) -> list[ProtectiveFactor]:
    """Distinct factors (as written), newest noting first, with the levels of every
    observation that noted each."""
    seen: dict[str, ProtectiveFactor] = {}
    for row in rows:  # newest first
        for text in json.loads(row[7] or "[]"):
            key = " ".join(str(text).split()).casefold()
            if not key:
                continue
            level = str(row[8] or "")
            if key not in seen:
                seen[key] = ProtectiveFactor(" ".join(str(text).split()), str(row[2])[:10])
            seen[key] = replace(seen[key], noted_levels=(*seen[key].noted_levels, level))
    return list(seen.values())


def check_releasable(subject: Subject, *, due_for_release: bool) -> None:
    """A handover is made on release: for a released prisoner, or one in custody whom
    the supervisor confirms is due for release; never for a prisoner transferred to
    another establishment (the establishment that releases him makes it)."""
    if subject.status is SubjectStatus.TRANSFERRED:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This prisoner was transferred to another establishment: the release handover is made by the establishment that releases the prisoner.",
            )
        )
    if subject.status is SubjectStatus.IN_CUSTODY and not due_for_release:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This prisoner is in custody. A release handover is made when the prisoner is released, or before, once you confirm the prisoner is due for release.",
            )
        )


def collect(session: Session, subject_id: str, *, due_for_release: bool = False) -> HandoverExtract:
    """The extract of one file under the configured policy (supervisor).

    Refused unless the prisoner is released or confirmed due for release
    (`check_releasable`), and for a file whose accuracy is disputed: its
    processing is restricted.
    """
    policy.require(session, Permission.MAKE_HANDOVERS)
    subject = subjects.get_subject(session, subject_id)
    check_releasable(subject, due_for_release=due_for_release)
    if subject.restricted:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "The accuracy of this file is disputed and its processing restricted: no handover is made until a supervisor lifts the restriction.",
            )
        )
    chosen = current_policy(session)
    since = (
        add_months(now().date(), -chosen.observation_months).isoformat()
        if chosen.observation_months
        else date.max.isoformat()
    )
    rows = _reviewed(session.con, subject.id)
    handed = [
        HandedObservation(
            id=str(r[0]),
            version=int(r[1]),
            day=str(r[2])[:10],
            urgency=Urgency(str(r[3])),
            facts=str(r[4]),
            assessment=str(r[5]) if chosen.assessments else "",
            establishment_code=str(r[6]),
            classification=str(r[8] or ""),
        )
        for r in rows
        if str(r[2])[:10] >= since
    ]
    found = referrals.subject_referrals(session.con, subject.id)
    chosen_referrals = [
        r if chosen.assessments else replace(r, reason_assessment="")
        for r in found
        if (r.status.is_open and chosen.open_referrals)
        or (not r.status.is_open and chosen.closed_referrals)
    ]
    return HandoverExtract(
        subject=subject,
        known_numbers=subject_holders.known_numbers(session, subject.id),
        policy=chosen,
        observations_since=since if chosen.observation_months else "",
        referrals=chosen_referrals,
        observations=handed,
        protective_factors=_factors(rows) if chosen.protective_factors else [],
    )


# --- the list of handovers made -----------------------------------------------------------


@dataclass(frozen=True)
class HandoverMade:
    """One handover as this vault remembers it (what was sent, to whom)."""

    id: str
    subject_id: str
    sequence: int
    recipient: str
    recipient_key: str
    package_hash: str
    document_id: str
    counts: dict[str, int]
    made_at: str
    made_by: str


def next_sequence(con: Connection) -> int:
    """The number of the next handover of this vault (names its files)."""
    row = con.execute("SELECT coalesce(max(sequence), 0) FROM handovers").fetchone()
    return int(row[0]) + 1


def remember(con: Connection, made: HandoverMade) -> None:
    """Keep the handover in the list (inside the caller's transaction)."""
    con.execute(
        "INSERT INTO handovers(id, subject_id, sequence, recipient, recipient_key, "
        "package_hash, document_id, counts, made_at, made_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            made.id,
            made.subject_id,
            made.sequence,
            made.recipient,
            made.recipient_key,
            made.package_hash,
            made.document_id,
            json.dumps(made.counts, sort_keys=True),
            made.made_at,
            made.made_by,
        ),
    )


def handovers_of(session: Session, subject_id: str) -> list[HandoverMade]:
    """The handovers made of one file here, oldest first (supervisor)."""
    policy.require(session, Permission.MAKE_HANDOVERS)
    return _made(session.con, subjects.get_subject(session, subject_id).id)


def handovers_for_access_request(session: Session, subject_id: str) -> list[HandoverMade]:
    """The same list for the person's own access request (who makes the access report)."""
    policy.require_report(session, ReportKind.ACCESS)
    return _made(session.con, subjects.get_subject(session, subject_id).id)


def _made(con: Connection, subject_id: str) -> list[HandoverMade]:
    return [
        HandoverMade(
            id=str(r[0]),
            subject_id=str(r[1]),
            sequence=int(r[2]),
            recipient=str(r[3]),
            recipient_key=str(r[4]),
            package_hash=str(r[5]),
            document_id=str(r[6]),
            counts={str(k): int(v) for k, v in json.loads(r[7]).items()},
            made_at=str(r[8]),
            made_by=str(r[9]),
        )
        for r in con.execute(
            "SELECT id, subject_id, sequence, recipient, recipient_key, package_hash, "
            "document_id, counts, made_at, made_by FROM handovers WHERE subject_id = ? "
            "ORDER BY sequence",
            (subject_id,),
        )
    ]


def purge_for_subject(con: Connection, subject_id: str) -> None:
    """Erasure: the handovers made of this file (their disclosure stays in the audit log)."""
    con.execute("DELETE FROM handovers WHERE subject_id = ?", (subject_id,))
