"""Synthetic observations for the demo generator: versions, indicators, grades, reviews.

Rows are written with `executemany` in batches, each batch one transaction,
so a million observations take minutes. The same seed gives the same rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from radprev_desktop.core import outbox
from radprev_desktop.core.clock import now
from radprev_desktop.core.demo_samples import (
    ASSESSMENTS,
    DUTIES,
    EXPLANATIONS,
    FACTORS,
    FACTS,
    PLACES,
    SOURCE_WEIGHTS,
    STATUS_WEIGHTS,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.services import grading as grading_mod
from radprev_desktop.core.services import observation_rows, reviews, search_index
from radprev_desktop.core.services.grading import GradingPreset
from radprev_desktop.core.session import Session

Progress = Callable[[int, int, str], None]
BATCH = 5000
#: (subject id, unit, folded subject text for the index, weight: how often he is observed)
SubjectRow = tuple[str, str, str, float]
_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"

#: The columns of the demo's observation rows, in order.
_OBS_COLUMNS = (
    *observation_rows.OBSERVATION_ROW_COLUMNS[:-1],  # all but other_explanations
    "other_explanations", "other_explanations_none", "template_code", "template_version",
)  # fmt: skip


@dataclass(frozen=True)
class Cast:
    """Who and what the generator draws from for one vault."""

    establishment: str
    workstation: str
    preset: GradingPreset
    officers: list[tuple[str, str]]
    supervisors: list[tuple[str, str]]
    codes: tuple[str, ...]
    #: The template (code, version) the indicator codes belong to (None without one).
    template: tuple[str | None, int | None] = (None, None)


@dataclass
class Batch:
    """The rows of one transaction."""

    observations: list[tuple[Any, ...]] = field(default_factory=list)
    search: list[tuple[int, str, str, str]] = field(default_factory=list)
    indicators: list[tuple[int, str, str]] = field(default_factory=list)
    grades: list[tuple[Any, ...]] = field(default_factory=list)
    reviews: list[tuple[Any, ...]] = field(default_factory=list)

    def write(self, session: Session) -> None:
        with session.transaction() as c:
            observation_rows.add_observation_rows(
                c,
                self.observations,
                indicators=self.indicators,
                grades=self.grades,
                columns=_OBS_COLUMNS,
            )
            search_index.add_observation_index_rows(c, self.search)
            reviews.add_review_rows(c, self.reviews)
            outbox.queue_changes(
                c,
                [
                    ("observation", r[1], r[2], r[12])
                    for r in self.observations
                    if r[30] != "draft" and r[36] is None
                ],
            )


def write_observations(
    session: Session,
    rng: random.Random,
    subject_rows: list[SubjectRow],
    count: int,
    cast: Cast,
    report: Progress,
) -> tuple[int, int]:
    """Insert observations (with versions, indicators, grades, reviews); (versions, reviews)."""
    if count == 0:
        return 0, 0
    cumulative = []
    total = 0.0
    for row in subject_rows:
        total += row[3]
        cumulative.append(total)
    row_no = observation_rows.next_row_no(session.con) - 1
    start_time = now() - timedelta(days=730)
    versions = reviews = done = 0
    while done < count:
        n = min(BATCH, count - done)
        batch = Batch()
        for pick in rng.choices(range(len(subject_rows)), cum_weights=cumulative, k=n):
            row_no, made, reviewed = _one_observation(
                rng, cast, batch, subject_rows[pick], row_no, start_time
            )
            versions += made
            reviews += reviewed
        batch.write(session)
        done += n
        report(done, count, "observations")
    return versions, reviews


@dataclass(frozen=True)
class _Drawn:
    """What one synthetic observation is (before its rows are written)."""

    event: datetime
    recorded: datetime
    officer: tuple[str, str]
    source: str
    grade: tuple[str, str, str, str, str]  # preset, source, information, handling, conditions
    urgency: str
    status: str
    facts: str
    said: list[str]
    assessment: str
    explanation: str
    codes: list[str]
    people: str
    factors: str


def _draw(rng: random.Random, cast: Cast, start_time: datetime) -> _Drawn:
    preset = cast.preset
    event = start_time + timedelta(minutes=rng.randrange(730 * 24 * 60))
    event = event.replace(hour=6 + event.hour % 16)
    recorded = event + timedelta(minutes=rng.randrange(10, 2880))
    officer = rng.choice(cast.officers)
    source = rng.choices(list(SOURCE_WEIGHTS), list(SOURCE_WEIGHTS.values()))[0]
    source_grade, info_grade = preset.proposals[source]
    if rng.random() < 0.1:
        source_grade = rng.choice(list(preset.source))
        info_grade = rng.choice(list(preset.information))
    handling, conditions = ("C", "Security department only") if rng.random() < 0.1 else ("P", "")
    urgency = rng.choices(["routine", "priority", "immediate"], [85, 12, 3])[0]
    status = rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
    said = rng.sample(FACTS, rng.randrange(1, 4))
    facts = " ".join(said)
    assessment = rng.choice(ASSESSMENTS)
    explanation = rng.choice(EXPLANATIONS) if rng.random() < 0.8 else ""
    codes = rng.sample(cast.codes, rng.choices([0, 1, 2, 3], [40, 35, 18, 7])[0])
    people = json.dumps(
        [
            {
                "category": rng.choice(["prisoner", "visitor", "staff", "other", "unknown"]),
                "description": "another person",
            }
        ]
        if rng.random() < 0.3
        else []
    )
    factors = json.dumps([rng.choice(FACTORS)] if rng.random() < 0.4 else [])
    grade = (preset.name, source_grade, info_grade, handling, conditions)
    return _Drawn(
        event, recorded, officer, source.value, grade, urgency, status, facts, said, assessment,
        explanation, codes, people, factors,
    )  # fmt: skip


def _one_observation(
    rng: random.Random,
    cast: Cast,
    batch: Batch,
    subject_row: SubjectRow,
    row_no: int,
    start_time: datetime,
) -> tuple[int, int, int]:
    """One observation's versions (and its review); (last row_no, versions, reviews)."""
    subject_id, unit, subject_text, _ = subject_row
    d = _draw(rng, cast, start_time)
    recorded_at = d.recorded.strftime(_TIME)
    # Evidence in the officer's words: the sentence of the facts that shows it.
    indicators = json.dumps(
        [{"code": c, "evidence": rng.choice(d.said)} for c in d.codes], ensure_ascii=False
    )
    template = cast.template if d.codes else (None, None)
    obs_id = new_id()
    sealed = d.status != "draft"
    n_versions = 1
    if sealed and rng.random() < 0.05:
        n_versions = 2 if rng.random() < 0.8 else 3
    delivered = recorded_at if sealed and d.recorded < now() - timedelta(days=14) else None
    for version in range(1, n_versions + 1):
        row_no += 1
        current = version == n_versions
        text = d.facts if current else d.facts + " (first wording)"
        batch.observations.append(
            (
                row_no, obs_id, version, int(current), subject_id, cast.establishment,
                cast.workstation, unit, d.event.strftime("%Y-%m-%dT%H:%M"), None,
                rng.choice(PLACES), rng.choice(DUTIES), recorded_at, *d.officer, text,
                d.assessment, d.source, "", d.people, indicators, d.factors, *d.grade,
                d.urgency, "Reported to the wing manager.", "",
                d.status if current else "submitted", 0,
                "" if version == 1 else "Corrected the place and time.",
                recorded_at, recorded_at, recorded_at if sealed else None, delivered,
                d.explanation, int(not d.explanation), *template,
            )
        )  # fmt: skip
        if current:
            batch.indicators.extend((row_no, c.rsplit(".", 1)[0], c) for c in d.codes)
            batch.search.append(
                (row_no, search_index.fold(text), search_index.fold(d.assessment), subject_text)
            )
        if sealed:
            batch.grades.append(
                (obs_id, version, recorded_at, d.officer[0], "proposed", *d.grade, "")
            )
    reviewed = 0
    if d.status in ("accepted", "returned", "rejected"):
        _review(rng, cast, batch, obs_id, n_versions, d.status, d.recorded, delivered)
        reviewed = 1
    return row_no, n_versions, reviewed


def _review(
    rng: random.Random,
    cast: Cast,
    batch: Batch,
    obs_id: str,
    version: int,
    status: str,
    recorded: datetime,
    delivered: str | None,
) -> None:
    """The supervisor's decision on a reviewed observation (sometimes a re-grade)."""
    preset = cast.preset
    reviewer, reviewer_code = rng.choice(cast.supervisors)
    regrade = status == "accepted" and rng.random() < 0.1
    decision = (
        "regrade"
        if regrade
        else {"accepted": "accept", "returned": "return", "rejected": "reject"}[status]
    )
    new_source = rng.choice(list(preset.source)) if regrade else None
    new_info = rng.choice(list(preset.information)) if regrade else None
    at = (recorded + timedelta(hours=rng.randrange(1, 96))).strftime(_TIME)
    batch.reviews.append(
        (
            new_id(),
            obs_id,
            version,
            reviewer,
            reviewer_code,
            decision,
            "" if decision == "accept" else "Please see the comment in the file.",
            at,
            preset.name if regrade else None,
            new_source,
            new_info,
            "P" if regrade else None,
            "" if regrade else None,
            cast.establishment,
            cast.workstation,
            delivered,
        )
    )
    if regrade:
        batch.grades.append(
            (
                obs_id,
                version,
                at,
                reviewer,
                "regraded",
                preset.name,
                new_source,
                new_info,
                "P",
                "",
                "Second-hand account.",
            )
        )


def preset_of(session: Session) -> GradingPreset:
    """The vault's grading preset (setting `grading_preset`)."""
    return grading_mod.preset(str(session.setting("grading_preset", grading_mod.DEFAULT_PRESET)))
