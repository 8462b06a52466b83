"""The training vault: marked twice, refused by every sync door and by restores across purposes;
exercises, the trainer's view, and a real vault that practice never touches."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.errors import (
    NotFound,
    PermissionDenied,
    TrainingRefused,
    ValidationError,
    VaultDamaged,
)
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import observations, training, users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import bundles, export, files, keys, receipts
from radprev_desktop.core.training import feedback, library
from radprev_desktop.core.training.feedback import Answer, Outcome, PointKind
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD
from tests.training_support import (
    OTHER_TRAINEE,
    TRAINEE,
    TRAINER,
    create_training_vault,
    login,
    record_answer,
)
from tests.unit.test_change_set import check
from tests.unit.test_sync_support import make_pair


@pytest.fixture
def training_dir(tmp_path: Path) -> Path:
    return tmp_path / "training"


@pytest.fixture
def training_admin(training_dir: Path, training_vault_files: Path) -> Iterator[Session]:
    shutil.copytree(training_vault_files, training_dir)  # create_training_vault's, made once
    session = VaultAccess(training_dir).login(ADMIN, ADMIN_PASSWORD).session
    yield session
    session.close()


@pytest.fixture
def trainee(training_admin: Session, training_dir: Path) -> Iterator[Session]:
    session = login(training_dir, TRAINEE)
    yield session
    session.close()


def _head(session: Session) -> int:
    return audit.head(session.con)[0]


# --- marked as training -----------------------------------------------------------------


def test_a_training_vault_is_marked_in_vault_keys_and_in_its_database(
    training_admin: Session, training_dir: Path, admin: Session, vault_dir: Path
) -> None:
    assert training_admin.training
    assert training_admin.meta("purpose") == "training"
    assert VaultAccess(training_dir).is_training()
    raw = json.loads((training_dir / "vault.keys").read_text())
    assert raw["purpose"] == "training"
    # A real vault carries neither mark.
    assert not admin.training
    assert not VaultAccess(vault_dir).is_training()
    assert "purpose" not in json.loads((vault_dir / "vault.keys").read_text())


def _rewrite_keys(folder: Path, change: str) -> None:
    """Edit vault.keys as an outsider could: body changed, checksum redone, MAC left alone."""
    raw = json.loads((folder / "vault.keys").read_text())
    raw.pop("checksum")
    if change == "drop":
        raw.pop("purpose")
    else:
        raw["purpose"] = "training"
    canonical = json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    raw["checksum"] = crypto.sha256_hex(canonical.encode())
    (folder / "vault.keys").write_text(json.dumps(raw))


def test_removing_or_adding_the_mark_in_vault_keys_stops_the_login(
    training_admin: Session, training_dir: Path, admin: Session, vault_dir: Path
) -> None:
    training_admin.close()
    _rewrite_keys(training_dir, "drop")
    assert not VaultAccess(training_dir).is_training()  # unauthenticated read …
    with pytest.raises(VaultDamaged):  # … caught by the seal at login
        VaultAccess(training_dir).login(ADMIN, ADMIN_PASSWORD)
    admin.close()
    _rewrite_keys(vault_dir, "add")
    with pytest.raises(VaultDamaged):
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)


def test_a_training_vault_is_never_made_in_the_real_vaults_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real-default"
    monkeypatch.setenv("RADPREV_VAULT", str(real))
    assert vault_access.default_vault_folder() == real
    with pytest.raises(TrainingRefused):
        create_training_vault(real)
    assert not real.exists() or not any(real.iterdir())
    monkeypatch.setenv("RADPREV_TRAINING_VAULT", str(tmp_path / "practice"))
    assert vault_access.default_training_folder() == tmp_path / "practice"


# --- nothing enters or leaves by USB ------------------------------------------------------


def test_export_import_and_certificates_are_refused(
    training_admin: Session, tmp_path: Path
) -> None:
    pair = make_pair(tmp_path / "sync")
    try:
        usb = tmp_path / "usb"
        usb.mkdir()
        package = pair.export().path
        pair.import_(package)
        receipt_path = receipts.write_receipt(pair.central, usb)
        bundle_path = bundles.write_bundle(pair.central, usb)
        cert, fingerprint = keys.make_certificate(pair.central)
    finally:
        pair.ws.close()
        pair.central.close()
    before = _head(training_admin)
    for path in (package, receipt_path, bundle_path):
        with pytest.raises(TrainingRefused, match="training vault"):
            files.import_file(training_admin, path)
    with pytest.raises(TrainingRefused):
        receipts.import_receipt(training_admin, receipt_path.read_bytes())
    with pytest.raises(TrainingRefused):
        bundles.import_bundle(training_admin, bundle_path.read_bytes())
    with pytest.raises(TrainingRefused):
        keys.trust_central(training_admin, cert, fingerprint)
    with pytest.raises(TrainingRefused):
        export.export_package(training_admin, usb)
    assert _head(training_admin) == before  # refused before anything was read or written
    assert keys.trusted_central(training_admin) is None


# --- restores never cross between training and real ------------------------------------------


def test_a_training_backup_is_never_restored_over_a_real_vault(
    training_admin: Session, admin: Session, vault_dir: Path
) -> None:
    training_backup = vault_access.create_backup(training_admin)
    head = _head(admin)
    admin.close()
    with pytest.raises(TrainingRefused, match="never restored over a real vault"):
        VaultAccess(vault_dir).restore(training_backup, ADMIN, ADMIN_PASSWORD)
    again = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD).session
    try:
        assert not again.training
        assert _head(again) == head + 2  # the logout and this login: nothing was replaced
    finally:
        again.close()


def test_a_real_backup_is_never_restored_into_a_training_vault(
    training_admin: Session, training_dir: Path, admin: Session
) -> None:
    real_backup = vault_access.create_backup(admin)
    training_admin.close()
    with pytest.raises(TrainingRefused, match="training vault"):
        VaultAccess(training_dir).restore(real_backup, ADMIN, ADMIN_PASSWORD)
    assert VaultAccess(training_dir).is_training()


def test_a_training_backup_restores_into_an_empty_folder_but_not_the_real_default(
    training_admin: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = vault_access.create_backup(training_admin)
    copy = tmp_path / "copied-backup"
    shutil.copytree(backup, copy)
    monkeypatch.setenv("RADPREV_VAULT", str(tmp_path / "real-default"))
    with pytest.raises(TrainingRefused):
        VaultAccess(tmp_path / "real-default").restore(copy, ADMIN, ADMIN_PASSWORD)
    VaultAccess(tmp_path / "spare").restore(copy, ADMIN, ADMIN_PASSWORD)
    session = VaultAccess(tmp_path / "spare").login(ADMIN, ADMIN_PASSWORD).session
    try:
        assert session.training
    finally:
        session.close()


# --- roles ------------------------------------------------------------------------------------


def test_the_trainer_role_exists_only_in_a_training_vault(
    admin: Session, training_admin: Session
) -> None:
    with pytest.raises(ValidationError, match="trainer"):
        users.add_user(admin, "trena", PASSWORD, [Role.TRAINER])
    with pytest.raises(ValidationError, match="auditor"):
        users.add_user(training_admin, "aida", PASSWORD, [Role.AUDITOR])
    assert users.get_user(training_admin, TRAINER).has(Role.TRAINER)


def test_a_real_vault_refuses_every_training_service(officer: Session, admin: Session) -> None:
    with pytest.raises(TrainingRefused):
        training.start_exercise(officer, "S01")
    with pytest.raises(TrainingRefused):
        training.list_exercises(officer)
    with pytest.raises(TrainingRefused):
        training.initialise(admin)
    assert training.exercise_for_subject(officer, "anything") is None


# --- exercises ----------------------------------------------------------------------------


def test_an_exercise_from_start_to_feedback(trainee: Session) -> None:
    exercise = training.start_exercise(trainee, "S13")
    assert not exercise.completed
    assert training.prison_number_of(trainee, exercise).startswith("TR-")
    assert training.exercise_for_subject(trainee, exercise.subject_id) == exercise
    with pytest.raises(ValidationError, match="submit"):
        training.complete_exercise(trainee, exercise.id)
    scenario = training.scenario_of(exercise)
    bad = Answer(
        facts="Zieliński told me Kowalczyk is probably going to attack Adnan H.",
        assessment="",
        indicators=(("A4.2", "will attack Adnan H. tomorrow"),),
        source_grade="2",
        information_grade="C",
        urgency=scenario.key.urgency,
    )
    record_answer(trainee, exercise, bad)
    done = training.complete_exercise(trainee, exercise.id)
    assert done.completed and done.answer is not None and done.feedback is not None
    improve = {p.kind for p in done.feedback.of(Outcome.IMPROVE)}
    assert {
        PointKind.ASSESSMENT_WORDS_IN_FACTS,
        PointKind.INFORMANT_NAMED,
        PointKind.SOURCE_TYPE_DIFFERS,
        PointKind.ALTERNATIVES_MISSING,
    } <= improve
    assert done.to_improve == len(done.feedback.of(Outcome.IMPROVE))
    assert done.answer.facts == bad.facts


def test_each_exercise_has_its_own_prisoner(trainee: Session) -> None:
    first = training.start_exercise(trainee, "S01")
    second = training.start_exercise(trainee, "S01")
    assert first.subject_id != second.subject_id
    assert training.prison_number_of(trainee, first) != training.prison_number_of(trainee, second)
    with pytest.raises(ValidationError, match="language"):
        training.start_exercise(trainee, "S01", "de")  # every declared language has them now


def test_trainees_see_their_own_exercises_and_the_trainer_sees_everyones(
    training_admin: Session, training_dir: Path
) -> None:
    olga, arben = login(training_dir, TRAINEE), login(training_dir, OTHER_TRAINEE)
    trainer = login(training_dir, TRAINER)
    try:
        mine = training.start_exercise(olga, "S02")
        theirs = training.start_exercise(arben, "S02")
        for session, exercise in ((olga, mine), (arben, theirs)):
            scenario = training.scenario_of(exercise)
            wrong = Answer(
                facts="Group prayer in the yard. They are obviously a cell.",
                indicators=(("A7.2", "prayer group in the yard"),),
                source_grade="1",
                information_grade="A",
            )
            record_answer(session, exercise, wrong)
            training.complete_exercise(session, exercise.id)
            assert scenario.code == "S02-YARD-PRAYER"
        assert [e.id for e in training.list_exercises(olga)] == [mine.id]
        with pytest.raises(NotFound):
            training.get_exercise(olga, theirs.id)
        with pytest.raises(PermissionDenied):
            training.list_exercises(olga, OTHER_TRAINEE)
        with pytest.raises(PermissionDenied):
            training.trainee_progress(olga)
        with pytest.raises(PermissionDenied):
            training.complete_exercise(trainer, mine.id)
        with pytest.raises(PermissionDenied):
            training.start_exercise(trainer, "S01")  # trainers do not practise here
        assert {e.trainee for e in training.list_exercises(trainer)} == {TRAINEE, OTHER_TRAINEE}
        progress = {p.username: p for p in training.trainee_progress(trainer)}
        assert progress[TRAINEE].completed == 1 and progress[OTHER_TRAINEE].completed == 1
        assert progress[TRAINEE].display_name == "Olga Wójcik"
        mistakes = training.common_mistakes(trainer)
        assert mistakes
        top = {(m.kind, m.code, m.detail): m for m in mistakes}
        shared = top[(PointKind.NON_INDICATOR_TICKED, "A7.2", "religious_practice")]
        assert (
            shared.times == 2 and shared.trainees == 2 and shared.scenarios == ("S02-YARD-PRAYER",)
        )
        assert mistakes[0].times >= mistakes[-1].times
    finally:
        for s in (olga, arben, trainer):
            s.close()


def test_practice_never_enters_a_real_vaults_audit_log(admin: Session, trainee: Session) -> None:
    real_head = _head(admin)
    exercise = training.start_exercise(trainee, "S01")
    scenario = training.scenario_of(exercise)
    record_answer(trainee, exercise, feedback.model_answer(scenario, "en"))
    done = training.complete_exercise(trainee, exercise.id)
    assert done.feedback is not None and done.feedback.of(Outcome.IMPROVE) == ()
    assert _head(admin) == real_head
    real_actions = {r[0] for r in admin.con.execute("SELECT action FROM audit")}
    assert not any(a.startswith("training_") for a in real_actions)
    practice = {r[0] for r in trainee.con.execute("SELECT action FROM audit")}
    assert {"training_exercise_started", "training_exercise_completed"} <= practice
    assert library.shipped_library().get(done.scenario_code).code == done.scenario_code


def test_exercise_operations_declare_what_they_change(trainee: Session) -> None:
    started = check(
        trainee, training.start_exercise, lambda: training.start_exercise(trainee, "S05")
    )
    assert isinstance(started, training.Exercise)
    scenario = training.scenario_of(started)
    record_answer(trainee, started, feedback.model_answer(scenario, "pl"))
    done = check(
        trainee, training.complete_exercise, lambda: training.complete_exercise(trainee, started.id)
    )
    assert isinstance(done, training.Exercise) and done.completed


def test_the_next_exercise_starts_without_the_last_ones_place_and_duty(trainee: Session) -> None:
    # A real vault remembers place and duty for the next observation (test_observations);
    # an exercise is another scenario with its own place, which the trainee reads from it.
    exercise = training.start_exercise(trainee, "S01")
    observations.create_draft(
        trainee,
        observations.ObservationInput(
            subject_id=exercise.subject_id,
            facts="Shouted at staff.",
            place="Yard of wing B",
            officer_duty="yard supervision",
        ),
    )
    [draft] = observations.list_for_subject(trainee, exercise.subject_id)
    assert draft.place == "Yard of wing B"
    assert observations.last_place_and_duty(trainee) == ("", "")
