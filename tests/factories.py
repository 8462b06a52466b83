"""Builders shared by every test folder: vaults, accounts, prisoners, observations.

Synthetic people only, with Polish, Serbian (Latin and Cyrillic), Albanian and
Macedonian names so Unicode paths are always exercised. Cheap key-derivation
parameters are passed to `VaultAccess.create` here; production code never reads
a test flag.
"""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import IndicatorEvidence, Mode, Role, SourceType, Subject, Urgency
from radprev_desktop.core.services import observations, subjects, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session

FAST_KDF = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
ADMIN = "admin"
ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "officer-password-1"

# (prison number, family name, given names): synthetic, one per language and script.
PEOPLE = (
    ("PL-1001", "Kowalski", "Jan"),
    ("PL-1002", "Wiśniewska", "Łucja"),
    ("PL-1003", "Petrović", "Đorđe"),
    ("PL-1004", "Јовановић", "Милош"),
    ("PL-1005", "Hoxha", "Ëndrit"),
    ("PL-1006", "Трајковски", "Ѓорѓи"),
)


def create_vault(
    folder: Path, mode: Mode = Mode.WORKSTATION, establishment: str = "PL-WAW1"
) -> tuple[Session, str]:
    """A new vault with units A and B; returns the admin session and recovery code."""
    created = VaultAccess(folder).create(
        mode=mode,
        establishment_code=establishment,
        establishment_name="Areszt Śledczy Testowo",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_display_name="Administrator Testowy",
        kdf=FAST_KDF,
        units=[("A", "Oddział A"), ("B", "Oddział B")],
    )
    return created.session, created.recovery_code


def add_account(admin: Session, name: str, *roles: Role, units: list[str] | None = None) -> None:
    """An account with PASSWORD that need not change it (no-op when it exists)."""
    try:
        users.get_user(admin, name)
    except NotFound:
        users.add_user(
            admin,
            name,
            PASSWORD,
            list(roles),
            display_name=f"Test {name}",
            staff_code=name.upper()[:8],
            units=units if units is not None else ["A"],
            must_change_password=False,
        )


def login(folder: Path, name: str, password: str = PASSWORD) -> Session:
    """A session for an existing account."""
    return VaultAccess(folder).login(name, password).session


def subject(
    session: Session,
    number: str = "PL-1001",
    family: str = "Kowalski",
    given: str = "Jan",
    unit: str = "A",
) -> Subject:
    """A synthetic prisoner."""
    return subjects.create_subject(
        session, prison_number=number, family_name=family, given_names=given, unit=unit
    )


def observation_input(
    subject_id: str,
    facts: str = "Shouted at another prisoner in the yard during exercise.",
    *,
    urgency: Urgency = Urgency.ROUTINE,
    source_type: SourceType = SourceType.OWN_OBSERVATION,
    indicators: tuple[IndicatorEvidence, ...] = (),
    event_start: str = "2026-10-01T10:30",
) -> observations.ObservationInput:
    """An officer's observation with sensible defaults."""
    return observations.ObservationInput(
        subject_id=subject_id,
        facts=facts,
        assessment="May relate to a debt; usually calm.",
        other_explanations="A quarrel over the television the evening before.",
        event_start=event_start,
        place="Yard 2",
        officer_duty="Yard supervision",
        source_type=source_type,
        urgency=urgency,
        indicators=indicators,
    )


def submitted(session: Session, subject_id: str, **kwargs: object) -> str:
    """Record and submit an observation; returns its id."""
    data = observation_input(subject_id, **kwargs)  # type: ignore[arg-type]
    return observations.record(session, data, submit_now=True).id
