"""Training vaults for tests: real SQLCipher files, cheap Argon2, synthetic trainees."""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core.model import Grading, IndicatorEvidence, Mode, Role
from radprev_desktop.core.services import observations, training, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.training.feedback import Answer
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, PASSWORD

TRAINEE = "olga"
OTHER_TRAINEE = "arben"
TRAINER = "tomasz"


def create_training_vault(folder: Path) -> Session:
    """A training vault with unit TR, two trainees (officers) and a trainer; the admin's session."""
    created = VaultAccess(folder).create(
        mode=Mode.WORKSTATION,
        establishment_code="TRAINING",
        establishment_name="Ośrodek szkolenia",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        kdf=FAST_KDF,
        units=[("TR", "Training wing")],
        training=True,
    )
    admin = created.session
    training.initialise(admin)
    for name, role, display in (
        (TRAINEE, Role.OFFICER, "Olga Wójcik"),
        (OTHER_TRAINEE, Role.OFFICER, "Arben Krasniqi"),
        (TRAINER, Role.TRAINER, "Tomasz Trener"),
    ):
        users.add_user(
            admin, name, PASSWORD, [role], display_name=display, units=["TR"],
            must_change_password=False,
        )  # fmt: skip
    return admin


def login(folder: Path, username: str) -> Session:
    return VaultAccess(folder).login(username, PASSWORD).session


def record_answer(session: Session, exercise: training.Exercise, answer: Answer) -> str:
    """Record and submit `answer` about the exercise's prisoner, as the editor would."""
    obs = observations.record(
        session,
        observations.ObservationInput(
            subject_id=exercise.subject_id,
            facts=answer.facts,
            # The form asks for both; a kept answer without a view still says so.
            assessment=answer.assessment or "No view of my own yet.",
            other_explanations_none=True,
            source_type=answer.source_type,
            source_identity=answer.source_identity,
            indicators=[IndicatorEvidence(code, ev) for code, ev in answer.indicators],
            protective_factors=list(answer.protective_factors),
            grading=Grading(
                answer.preset,
                answer.source_grade,
                answer.information_grade,
                answer.handling,
                "only the security unit" if answer.handling == "C" else "",
            )
            if answer.source_grade
            else None,  # the grade the source type proposes, as the editor starts with
            urgency=answer.urgency,
            action_taken=answer.action_taken,
        ),
        submit_now=True,
        confirm_sensitive=True,  # the trainee answers the sensitive-term question "necessary"
    )
    return obs.id
