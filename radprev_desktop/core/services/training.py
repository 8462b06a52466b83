"""Exercises in a training vault: start a scenario, record it, get feedback; the trainer's view.

A trainee starts an exercise: the scenario's synthetic prisoner is created in
the training vault (a fresh file per exercise, so no trainee sees another's
answer), the trainee records an observation in the ordinary editor (or with
`radprev observe`) and submits it; `complete_exercise` then compares the
submitted observation with the scenario's key and keeps a snapshot of the
answer and the points of feedback. Only the exercise is judged: nothing here
scores the synthetic prisoner.

Everything refuses a real vault (TrainingRefused): practice never enters a
real vault, so it never enters a real vault's audit log either.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    NotFound,
    PermissionDenied,
    TrainingRefused,
    ValidationError,
)
from radprev_desktop.core.i18n import session_language
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Observation, ObservationStatus
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import observations, subjects, templates, users
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.training import feedback as engine
from radprev_desktop.core.training import library
from radprev_desktop.core.training.feedback import Answer, Feedback, Outcome, PointKind
from radprev_desktop.core.training.scenarios import Scenario

PRISON_NUMBER_PREFIX = "TR-"
_COLUMNS = (
    "id, trainee, scenario_code, scenario_version, language, subject_id, started_at, "
    "completed_at, observation_id, answer, feedback, done_well, to_improve"
)


@dataclass(frozen=True)
class Exercise:
    """One exercise of one trainee; `feedback` once it is completed."""

    id: str
    trainee: str
    scenario_code: str
    scenario_version: int
    language: str
    subject_id: str
    started_at: str
    completed_at: str | None
    observation_id: str | None
    answer: Answer | None
    feedback: Feedback | None
    done_well: int
    to_improve: int

    @property
    def completed(self) -> bool:
        return self.completed_at is not None


@dataclass(frozen=True)
class TraineeProgress:
    """What a trainer sees of one trainee: exercises started and completed, points to improve."""

    username: str
    display_name: str
    started: int
    completed: int
    done_well: int
    to_improve: int
    last_activity: str


@dataclass(frozen=True)
class CommonMistake:
    """A kind of mistake and how often it was made (by how many trainees, in which scenarios)."""

    kind: PointKind
    code: str
    detail: str
    times: int
    trainees: int
    scenarios: tuple[str, ...]


# --- the vault ---------------------------------------------------------------------------


def require_training(session: Session) -> None:
    """Refuse training work in a real vault."""
    if not session.training:
        raise TrainingRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a real vault: exercises are done only in a training vault "
                "(Practise on the login screen, or `radprev training init`).",
            )
        )


@operation(Change.TEMPLATES)
def initialise(session: Session) -> None:
    """Make a newly created training vault ready: the sample template installed and active.

    Run by `radprev training init` and the login screen's Practise after
    `VaultAccess.create(training=True)`.
    """
    require_training(session)
    policy.require(session, Permission.MANAGE_TEMPLATES)
    templates.ensure_sample_installed(session)
    with session.transaction():
        session.audit("training_vault_ready", object_type="vault", object_id=session.vault_id)


def _row_to_exercise(row: tuple[object, ...]) -> Exercise:
    (ex_id, trainee, code, version, language, subject_id, started, completed, obs_id,
     answer, points, done_well, to_improve) = row  # fmt: skip
    return Exercise(
        id=str(ex_id),
        trainee=str(trainee),
        scenario_code=str(code),
        scenario_version=int(str(version)),
        language=str(language),
        subject_id=str(subject_id),
        started_at=str(started),
        completed_at=None if completed is None else str(completed),
        observation_id=None if obs_id is None else str(obs_id),
        answer=None if answer is None else Answer.from_json(json.loads(str(answer))),
        feedback=None if points is None else Feedback.from_json(json.loads(str(points))),
        done_well=int(str(done_well or 0)),
        to_improve=int(str(to_improve or 0)),
    )


def _load(session: Session, exercise_id: str) -> Exercise:
    row = session.con.execute(
        f"SELECT {_COLUMNS} FROM training_exercises WHERE id = ?", (exercise_id,)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such exercise."))
    exercise = _row_to_exercise(row)
    if not policy.may_see_training_results(session, exercise.trainee):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such exercise."))
    return exercise


def get_exercise(session: Session, exercise_id: str) -> Exercise:
    """One exercise: the trainee's own, or anyone's for a trainer."""
    require_training(session)
    return _load(session, exercise_id)


def exercise_for_subject(session: Session, subject_id: str) -> Exercise | None:
    """The exercise whose synthetic prisoner this is (the editor asks on submit), if any."""
    if not session.training:
        return None
    row = session.con.execute(
        f"SELECT {_COLUMNS} FROM training_exercises WHERE subject_id = ?", (subject_id,)
    ).fetchone()
    if row is None:
        return None
    exercise = _row_to_exercise(row)
    return exercise if policy.may_see_training_results(session, exercise.trainee) else None


def scenario_of(exercise: Exercise) -> Scenario:
    """The scenario an exercise was started on."""
    return library.shipped_library().get(exercise.scenario_code)


def _next_prison_number(session: Session) -> str:
    count = session.con.execute("SELECT count(*) FROM training_exercises").fetchone()[0]
    return f"{PRISON_NUMBER_PREFIX}{int(count) + 1:05d}"


@operation(Change.TRAINING | Change.SUBJECTS | Change.SYNC)
def start_exercise(session: Session, scenario_code: str, language: str | None = None) -> Exercise:
    """A new exercise for the logged-in trainee, with its own copy of the scenario's prisoner."""
    require_training(session)
    policy.require(session, Permission.PRACTISE)
    scenario = library.shipped_library().get(scenario_code)
    lang = language or session_language(session)
    if lang not in scenario.languages:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Scenario %1 is not yet written in the language %2; it is in %3."
            ),
            scenario.code,
            repr(lang),
            ", ".join(scenario.languages),
            field="language",
        )
    templates.ensure_sample_installed(session)
    unit = session.user.units[0] if session.user.units else None
    exercise_id = new_id()
    with session.transaction() as con:
        subject = subjects.create_subject(
            session,
            prison_number=_next_prison_number(session),
            family_name=scenario.family_name,
            given_names=scenario.given_names,
            birth_year=scenario.birth_year,
            unit=unit,
        )
        con.execute(
            "INSERT INTO training_exercises(id, trainee, scenario_code, scenario_version, "
            "scenario_sha256, language, subject_id, started_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                exercise_id,
                session.user.username,
                scenario.code,
                scenario.version,
                scenario.sha256,
                lang,
                subject.id,
                now_iso(),
            ),
        )
        session.audit(
            "training_exercise_started",
            object_type="training_exercise",
            object_id=exercise_id,
            details={"scenario": scenario.code, "language": lang},
        )
    return _load(session, exercise_id)


def event_day(scenario: Scenario) -> str:
    """The scenario's event as a date-time the editor can take (`days_ago` before today)."""
    day = date.today() - timedelta(days=scenario.days_ago)
    return f"{day.isoformat()}T{scenario.time}"


def answer_from_observation(obs: Observation) -> Answer:
    """What the engine compares: the observation's fields, as recorded."""
    grading = obs.grading
    return Answer(
        facts=obs.facts,
        # The engine reads the alternatives weighed in the assessment; the form now asks
        # for them in their own field as well, so both are read together.
        assessment="\n".join(t for t in (obs.assessment, obs.other_explanations) if t),
        source_type=obs.source_type,
        source_identity=obs.source_identity,
        indicators=tuple((i.code, i.evidence) for i in obs.indicators),
        protective_factors=tuple(obs.protective_factors),
        preset=grading.preset,
        source_grade=grading.source,
        information_grade=grading.information,
        handling=grading.handling,
        urgency=obs.urgency,
        action_taken=obs.action_taken,
    )


def _submitted_observation(session: Session, exercise: Exercise) -> Observation:
    mine = [
        o
        for o in observations.list_for_subject(session, exercise.subject_id)
        if o.recorded_by == exercise.trainee and o.status is not ObservationStatus.DRAFT
    ]
    if not mine:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Record and submit your observation about this prisoner first; then "
                "ask for feedback.",
            ),
            field="observation",
        )
    newest = max(mine, key=lambda o: o.submitted_at or o.updated_at)
    return observations.get_observation(session, newest.id, include_source_identity=True)


@operation(Change.TRAINING)
def complete_exercise(session: Session, exercise_id: str) -> Exercise:
    """Compare the trainee's submitted observation with the key; keep the answer and feedback.

    Asked again after an amendment, it compares the newest version again.
    """
    require_training(session)
    exercise = _load(session, exercise_id)
    if exercise.trainee != session.user.username:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only the trainee completes their own exercise.")
        )
    obs = _submitted_observation(session, exercise)
    answer = answer_from_observation(obs)
    result = engine.review(scenario_of(exercise), answer, exercise.language)
    with session.transaction() as con:
        con.execute(
            "UPDATE training_exercises SET completed_at = ?, observation_id = ?, answer = ?, "
            "feedback = ?, done_well = ?, to_improve = ? WHERE id = ?",
            (
                now_iso(),
                obs.id,
                json.dumps(answer.to_json(), ensure_ascii=False),
                json.dumps(result.to_json(), ensure_ascii=False),
                result.done_well,
                result.to_improve,
                exercise.id,
            ),
        )
        session.audit(
            "training_exercise_completed",
            object_type="training_exercise",
            object_id=exercise.id,
            details={"scenario": exercise.scenario_code, "to_improve": result.to_improve},
        )
    return _load(session, exercise.id)


# --- lists and the trainer's view -----------------------------------------------------------


def list_exercises(session: Session, trainee: str | None = None) -> list[Exercise]:
    """Exercises, newest first: one's own, or (trainer) everyone's or one trainee's."""
    require_training(session)
    who = trainee
    if who is None and not policy.allows(session, Permission.SEE_TRAINING_RESULTS):
        who = session.user.username
    if who is not None and not policy.may_see_training_results(session, who):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only a trainer sees other trainees' exercises.")
        )
    sql = f"SELECT {_COLUMNS} FROM training_exercises"
    params: tuple[str, ...] = ()
    if who is not None:
        sql += " WHERE trainee = ?"
        params = (who,)
    rows = session.con.execute(sql + " ORDER BY started_at DESC, id DESC", params).fetchall()
    return [_row_to_exercise(r) for r in rows]


def trainee_progress(session: Session) -> list[TraineeProgress]:
    """Trainer: every trainee who started an exercise, by name."""
    require_training(session)
    policy.require(session, Permission.SEE_TRAINING_RESULTS)
    rows = session.con.execute(
        "SELECT trainee, count(*), count(completed_at), coalesce(sum(done_well), 0), "
        "coalesce(sum(to_improve), 0), max(coalesce(completed_at, started_at)) "
        "FROM training_exercises GROUP BY trainee ORDER BY trainee"
    ).fetchall()
    names = users.display_names(session, [str(r[0]) for r in rows])
    return [
        TraineeProgress(
            username=str(r[0]),
            display_name=names.get(str(r[0]), str(r[0])),
            started=int(r[1]),
            completed=int(r[2]),
            done_well=int(r[3]),
            to_improve=int(r[4]),
            last_activity=str(r[5]),
        )
        for r in rows
    ]


def common_mistakes(session: Session, trainee: str | None = None) -> list[CommonMistake]:
    """The points to improve, grouped and counted over completed exercises, most frequent first."""
    done = [e for e in list_exercises(session, trainee) if e.feedback is not None]
    times: Counter[tuple[PointKind, str, str]] = Counter()
    who: dict[tuple[PointKind, str, str], set[str]] = {}
    where: dict[tuple[PointKind, str, str], set[str]] = {}
    for exercise in done:
        assert exercise.feedback is not None
        for point in exercise.feedback.of(Outcome.IMPROVE):
            detail = point.detail[0] if point.kind is PointKind.NON_INDICATOR_TICKED else ""
            key = (point.kind, point.code, detail)
            times[key] += 1
            who.setdefault(key, set()).add(exercise.trainee)
            where.setdefault(key, set()).add(exercise.scenario_code)
    ranked = sorted(times.items(), key=lambda item: (-item[1], item[0][0].value, item[0][1]))
    return [
        CommonMistake(key[0], key[1], key[2], count, len(who[key]), tuple(sorted(where[key])))
        for key, count in ranked
    ]


def prison_number_of(session: Session, exercise: Exercise) -> str:
    """The prison number of the exercise's synthetic prisoner (the trainee records under it)."""
    return subjects.get_subject(session, exercise.subject_id).prison_number
