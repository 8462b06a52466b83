"""Access by establishment at the central office (issue #14): the world and the probes.

The world: workstations of PL-A and PL-B deliver real packages to a central office
(SQLCipher vault or PostgreSQL store). PL-A holds Anna Nowak (A-1); PL-B holds
another Anna Nowak of the same birth year (B-1, a link suggestion across the two)
and Ewa Zebrowska (B-2, with an observation and a transfer to PL-A). At the office:
the administrator, the data-protection officer (aida) and four analysts — ana
(granted PL-A), bart (PL-B), ewa (every establishment, "*") and nina (no grant).

Each probe says whether a central-office function reached PL-B's data; it must do
so exactly for the roles in `expect`, which the test checks are within the scope
policy gives them (tests/unit/test_central_scope.py, on both stores).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from radprev_desktop.core import crypto
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports import establishment_report, national_overview
from radprev_desktop.core.services import (
    access_grants,
    central_overview,
    subject_links,
    subjects,
    transfers,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, importer, keys, transfer_bundles
from radprev_desktop.core.sync.workstation_health import workstation_health
from tests.factories import add_account, create_vault, login, submitted

REASON = ("supervision", "central access-by-establishment test")
CENTRAL_ROLES = ("admin", "aida", "ana", "bart", "ewa", "nina")
TODAY = date.today().isoformat()
PERIOD = {"date_from": f"{date.today().year - 1}-01-01", "date_to": TODAY}


@dataclass
class CentralWorld:
    """The central office's sessions by name, and the ids of PL-A's and PL-B's files."""

    sessions: dict[str, Session]
    a1: str
    b1: str
    b2: str
    out: Path
    counter: list[int] = field(default_factory=lambda: [0])

    @property
    def ewa(self) -> Session:
        return self.sessions["ewa"]

    def folder(self) -> Path:
        self.counter[0] += 1
        made = self.out / f"probe-{self.counter[0]}"
        made.mkdir(parents=True)
        return made

    def close(self) -> None:
        for session in self.sessions.values():
            session.close()


def _workstation(tmp: Path, code: str, cert: bytes, fingerprint: bytes) -> Session:
    admin, _ = create_vault(tmp / code, Mode.WORKSTATION, code)
    keys.trust_central(admin, cert, crypto.group_fingerprint(fingerprint))
    add_account(admin, "olga", Role.OFFICER, units=["A"])
    return admin


def _deliver(ws: Session, central: Session, usb: Path) -> None:
    made = export.export_package(ws, usb)
    importer.import_package(
        central,
        made.path.read_bytes(),
        file_name=made.path.name,
        enrol_fingerprint=keys.own_workstation_fingerprint(ws),
    )


def _fill_prisons(tmp: Path, central: Session, cert: bytes, fingerprint: bytes) -> None:
    """PL-A's and PL-B's files, delivered to the office by USB package."""
    usb = tmp / "usb"
    usb.mkdir()
    for code, people in (
        ("PL-A", [("A-1", "Nowak", "Anna")]),
        ("PL-B", [("B-1", "Nowak", "Anna"), ("B-2", "Zebrowska", "Ewa")]),
    ):
        admin = _workstation(tmp, code, cert, fingerprint)
        officer = login(admin.folder, "olga")
        try:
            for number, family, given in people:
                made = subjects.create_subject(
                    officer,
                    prison_number=number,
                    family_name=family,
                    given_names=given,
                    birth_year=1990,
                    unit="A",
                )
                submitted(officer, made.id, facts=f"{family} argued at the hatch.")
                if number == "B-2":
                    transfers.record_transfer(
                        officer, made.id, to_establishment="PL-A", transfer_date=TODAY
                    )
            _deliver(admin, central, usb)
        finally:
            officer.close()
            admin.close()


def build_central_world(
    tmp: Path, central: Session, cert: bytes, fingerprint: bytes
) -> CentralWorld:
    """Fill the office whose administrator is `central` (its certificate given) and log in
    its staff; the administrator's session becomes the world's."""
    _fill_prisons(tmp, central, cert, fingerprint)
    for name, grant in (("ana", "PL-A"), ("bart", "PL-B"), ("ewa", "*"), ("nina", "")):
        add_account(central, name, Role.ANALYST, units=[])
        if grant:
            access_grants.grant_establishment(
                central, name, "assigned desk", establishment_code=grant
            )
    add_account(central, "aida", Role.AUDITOR, units=[])
    return open_central_world(tmp, central)


def open_central_world(tmp: Path, central: Session) -> CentralWorld:
    """The world of an office `build_central_world` filled (or a copy of it), its staff
    logged in; the administrator's session `central` becomes the world's."""
    central.justification = REASON
    sessions = {"admin": central}
    for name in CENTRAL_ROLES[1:]:
        sessions[name] = login(central.folder, name)
        sessions[name].justification = REASON
    ewa = sessions["ewa"]
    ids = [
        subjects.find_by_prison_number(ewa, number, code).id
        for number, code in (("A-1", "PL-A"), ("B-1", "PL-B"), ("B-2", "PL-B"))
    ]
    return CentralWorld(sessions, *ids, out=tmp / "out")


# --- probes: each returns whether the call reached PL-B's data ---------------------------

CentralProbe = Callable[[CentralWorld, Session], bool]


@dataclass(frozen=True)
class CentralCase:
    probe: CentralProbe
    permission: Permission
    #: The roles expected to reach PL-B (each must be within the scope of `permission`).
    expect: frozenset[str]


ANALYSTS_OF_B = frozenset({"bart", "ewa"})
ANALYSTS_OF_A_AND_B = frozenset({"ewa"})


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _decide(w: CentralWorld, s: Session) -> bool:
    made = subject_links.decide(s, w.a1, w.b1, same=False, reason="different mothers' names")
    subject_links.undo(s, made.id, reason="probe over")
    return True


def _undo(w: CentralWorld, s: Session) -> bool:
    made = subject_links.decide(w.ewa, w.a1, w.b1, same=True, reason="same mother, same town")
    try:
        subject_links.undo(s, made.id, reason="checked again")
        return True
    except BaseException:
        subject_links.undo(w.ewa, made.id, reason="probe over")
        raise


def _decisions(w: CentralWorld, s: Session) -> bool:
    made = subject_links.decide(w.ewa, w.a1, w.b1, same=True, reason="same mother, same town")
    try:
        return made.id in {d.id for d in subject_links.decisions(s)}
    finally:
        subject_links.undo(w.ewa, made.id, reason="probe over")


def _issue(w: CentralWorld, s: Session) -> bool:
    issued = transfer_bundles.issue_transfer_bundle(s, "PL-B:B-2", w.folder())
    return issued is not None


CENTRAL_CASES: dict[str, CentralCase] = {
    "central_overview.establishments": CentralCase(
        lambda w, s: "PL-B" in central_overview.establishments(s),
        Permission.READ_SUBJECTS,
        frozenset({"admin", "aida", "bart", "ewa"}),
    ),
    "central_overview.counts": CentralCase(
        lambda w, s: "PL-B" in central_overview.counts(s, **PERIOD, today=TODAY),
        Permission.READ_SUBJECTS,
        ANALYSTS_OF_B,
    ),
    "national_overview.national_overview": CentralCase(
        lambda w, s: "PL-B" in _pdf_text(national_overview.national_overview(s, **PERIOD).pdf),
        Permission.READ_SUBJECTS,
        ANALYSTS_OF_B,
    ),
    "establishment_report.establishment_report": CentralCase(
        lambda w, s: (
            "PL-B" in _pdf_text(establishment_report.establishment_report(s, "PL-B", **PERIOD).pdf)
        ),
        Permission.READ_SUBJECTS,
        ANALYSTS_OF_B,
    ),
    "workstation_health.workstation_health": CentralCase(
        lambda w, s: "PL-B" in {h.establishment for h in workstation_health(s)},
        Permission.SEE_WORKSTATIONS,
        frozenset({"admin", "aida", "bart", "ewa"}),
    ),
    "subject_links.suggestions": CentralCase(
        lambda w, s: any(
            {p.first.id, p.second.id} == {w.a1, w.b1} for p in subject_links.suggestions(s)
        ),
        Permission.LINK_FILES,
        ANALYSTS_OF_A_AND_B,
    ),
    "subject_links.decide": CentralCase(_decide, Permission.LINK_FILES, ANALYSTS_OF_A_AND_B),
    "subject_links.undo": CentralCase(_undo, Permission.LINK_FILES, ANALYSTS_OF_A_AND_B),
    "subject_links.decisions": CentralCase(_decisions, Permission.LINK_FILES, ANALYSTS_OF_A_AND_B),
    "transfer_bundles.transfers_to_issue": CentralCase(
        lambda w, s: (
            w.b2
            in {
                t.transfer.subject_id
                for t in transfer_bundles.transfers_to_issue(s, include_issued=True)
            }
        ),
        Permission.ISSUE_TRANSFERS,
        frozenset({"admin", "bart", "ewa"}),
    ),
    "transfer_bundles.issue_transfer_bundle": CentralCase(
        _issue, Permission.ISSUE_TRANSFERS, frozenset({"admin", "bart", "ewa"})
    ),
}

__all__ = [
    "CENTRAL_CASES",
    "CENTRAL_ROLES",
    "CentralCase",
    "CentralWorld",
    "build_central_world",
]
