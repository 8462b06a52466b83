"""A synthetic national central office at scale: establishments, files and their records.

What `make bench` needs to measure the central reports over a million
observations (issue 15), made in seconds rather than hours: 20 establishments,
their prisoners (invented Polish, Serbian, Albanian and Macedonian names),
observations with amended versions, grade history, supervisors' reviews and
every status the office receives, programme referrals with their status
history, and transfers between establishments (the file moves, both prison
numbers stay its central identity).

Rows are drawn in Python from small precomputed pools (no per-row date
formatting or text folding) and written set-wise, chunk by chunk, through the
owning services' bulk functions (executemany on SQLCipher, COPY on
PostgreSQL) — not by driving the record services one observation at a time.
The same seed gives the same data.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pyrage import x25519

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.demo_samples import (
    ASSESSMENTS,
    DUTIES,
    FACTORS,
    FACTS,
    INDICATOR_CODES,
    NAMES,
    PLACES,
    SOURCE_WEIGHTS,
)
from radprev_desktop.core.errors import Conflict
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    enrolment,
    observation_rows,
    package_imports,
    referral_rows,
    reviews,
    search_index,
    subject_holders,
    transfers,
    vault_meta,
)
from radprev_desktop.core.services.grading import DEFAULT_PRESET, preset
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection

Progress = Callable[[int, int, str], None]
#: Observations written per transaction.
CHUNK = 50_000
#: Every how many files one is a referral, one a transfer (on average).
REFERRAL_SHARE = 0.15
TRANSFER_SHARE = 0.08
# Enrolled workstations per establishment (a wing office, a security office, …).
WORKSTATIONS_PER_ESTABLISHMENT = 3
_DAYS = 730
_SLOTS = 64  # quarter hours from 06:00 to 21:45
_STATUSES = (("submitted", 0.12), ("accepted", 0.87), ("returned", 0.92), ("rejected", 0.97))
_REFERRAL_PATHS = (
    ("proposed",),
    ("proposed", "accepted"),
    ("proposed", "declined"),
    ("proposed", "accepted", "started"),
    ("proposed", "accepted", "started", "completed"),
    ("proposed", "accepted", "started", "ended_early"),
)
_PROGRAMMES = ("disengagement", "rehabilitation", "mentoring", "education", "mental_health")


@dataclass(frozen=True)
class CentralSample:
    """What `generate_central` wrote."""

    establishments: int
    subjects: int
    observations: int
    versions: int
    reviews: int
    referrals: int
    transfers: int
    workstations: int = 0
    packages: int = 0  # imported from the workstations


@dataclass(frozen=True)
class _File:
    """One synthetic prisoner's file as the observations need it."""

    id: str
    unit: str
    index_text: str
    held_by: str  # the establishment holding the file now
    came_from: str  # where it was before a transfer ('' if never moved)
    moved_on: str  # transfer day, YYYY-MM-DD ('' if never moved)


def establishment_codes(count: int) -> list[str]:
    """The synthetic establishments' codes (PL-Z01, PL-Z02, …)."""
    return [f"PL-Z{i:02d}" for i in range(1, count + 1)]


@operation(Change.EVERYTHING)
def generate_central(
    session: Session,
    *,
    observations: int,
    establishments: int = 20,
    seed: int = 1,
    progress: Progress | None = None,
) -> CentralSample:
    """Fill a central office (SQLCipher or PostgreSQL) with synthetic national data."""
    policy.require(session, Permission.MAKE_DEMO_DATA)
    if session.mode is not Mode.CENTRAL:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This is done at the central office."))
    if not 1 <= establishments <= 99 or not 0 <= observations <= 20_000_000:
        # Not a user's input: benchmarks and demonstrations call this with fixed sizes.
        raise ValueError("1-99 establishments and 0-20,000,000 observations")
    rng = random.Random(seed)
    report = progress or (lambda done, total, what: None)
    codes = establishment_codes(establishments)
    pools = _Pools(rng)
    with session.transaction() as con:
        files, moved = _write_files(con, rng, codes, max(len(codes), observations // 50))
        referrals = _write_referrals(con, rng, files, pools)
        workstations, packages = _write_workstations(con, rng, codes)
    report(0, observations, "observations")
    versions = reviewed = done = 0
    row_no = observation_rows.next_row_no(session.con)
    while done < observations:
        n = min(CHUNK, observations - done)
        chunk = _ObservationChunk(rng, pools, row_no)
        for pick in rng.choices(files, cum_weights=pools.weights(rng, len(files)), k=n):
            chunk.add(pick)
        with session.transaction() as con:
            chunk.write(con)
        row_no, versions = chunk.row_no, versions + chunk.versions
        reviewed += len(chunk.reviews)
        done += n
        report(done, observations, "observations")
    sample = CentralSample(
        len(codes),
        len(files),
        observations,
        versions,
        reviewed,
        referrals,
        moved,
        workstations,
        packages,
    )
    with session.transaction():
        session.audit("demo_generated", details={"central": True, **sample.__dict__, "seed": seed})
    return sample


class _Pools:
    """Values drawn per row, precomputed once (formatting and folding are the slow part)."""

    def __init__(self, rng: random.Random) -> None:
        grading = preset(DEFAULT_PRESET)
        start = datetime.combine(date.today() - timedelta(days=_DAYS), datetime.min.time())
        self.events: list[tuple[str, str, str]] = []  # (event_start, recorded_at, review at)
        for slot in range(_DAYS * _SLOTS):
            event = start + timedelta(days=slot // _SLOTS, minutes=360 + 15 * (slot % _SLOTS))
            recorded = event + timedelta(minutes=rng.randrange(10, 2880))
            reviewed = recorded + timedelta(hours=rng.randrange(1, 96))
            self.events.append(
                (
                    event.strftime("%Y-%m-%dT%H:%M"),
                    recorded.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
                    reviewed.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
                )
            )
        self.texts = []  # (facts, folded facts, assessment, folded assessment)
        for _ in range(400):
            facts = " ".join(rng.sample(FACTS, rng.randrange(1, 4)))
            assessment = rng.choice(ASSESSMENTS)
            self.texts.append(
                (facts, search_index.fold(facts), assessment, search_index.fold(assessment))
            )
        self.codes: list[tuple[list[str], str]] = []
        for _ in range(400):
            picked = rng.sample(INDICATOR_CODES, rng.choices([0, 1, 2, 3], [40, 35, 18, 7])[0])
            evidence = [{"code": c, "evidence": "See the facts above."} for c in picked]
            self.codes.append((picked, json.dumps(evidence)))
        sources = list(SOURCE_WEIGHTS)
        self.grades = []  # (source type, (preset, source, information, handling, conditions))
        for _ in range(200):
            source = rng.choices(sources, list(SOURCE_WEIGHTS.values()))[0]
            given, info = grading.proposals[source]
            if rng.random() < 0.1:
                given, info = (
                    rng.choice(list(grading.source)),
                    rng.choice(list(grading.information)),
                )
            handling = ("C", "Security department only") if rng.random() < 0.1 else ("P", "")
            self.grades.append((source.value, (grading.name, given, info, *handling)))
        self.people = (json.dumps([]), json.dumps([{"category": "visitor", "description": "x"}]))
        self.factors = [json.dumps([]), *(json.dumps([f]) for f in FACTORS)]
        self.officers = [(f"officer{i}", f"OF{i:03d}") for i in range(1, 41)]
        self.supervisors = [(f"supervisor{i}", f"SV{i:03d}") for i in range(1, 11)]
        self._weights: list[float] = []

    def weights(self, rng: random.Random, count: int) -> list[float]:
        """Cumulative weights: a few prisoners are observed far more often than most."""
        if len(self._weights) != count:
            total, self._weights = 0.0, []
            for _ in range(count):
                total += rng.lognormvariate(0, 1)
                self._weights.append(total)
        return self._weights


def _write_files(
    con: Connection, rng: random.Random, codes: list[str], count: int
) -> tuple[list[_File], int]:
    """The prisoners' files, their numbers and search rows, and the transfers; (files, moved)."""
    groups = list(NAMES.values())
    today = date.today()
    rowid = subject_holders.next_subject_rowid(con)
    rows, numbers, moves, files = [], [], [], []
    for i in range(count):
        families, givens = groups[i % len(groups)]
        family, given = rng.choice(families), rng.choice(givens)
        first = codes[i % len(codes)]
        number = first_number = f"{first[-3:]}-{100000 + i}"
        held, came_from, moved_on = first, "", ""
        status = "released" if rng.random() < 0.08 else "in_custody"
        if len(codes) > 1 and rng.random() < TRANSFER_SHARE:
            held = rng.choice([c for c in codes if c != first])
            came_from, moved_on = first, (today - timedelta(days=rng.randrange(_DAYS))).isoformat()
            number = f"{held[-3:]}-{500000 + i}"
        created = (today - timedelta(days=rng.randrange(900))).isoformat() + "T08:00:00Z"
        subject_id = new_id()
        key = search_index.prison_number_key(number)
        due = (today + timedelta(days=rng.randrange(-200, 366))).isoformat()
        rows.append(
            (
                rowid + i, subject_id, held, number, key, family, given,
                search_index.fold_key(f"{family} {given}"), rng.randrange(1960, 2005),
                "ABCD"[i % 4], str(rng.randrange(1, 300)), status, due, 0, created, "demo",
                created, f"ws-{held}", created,
            )
        )  # fmt: skip
        if came_from:
            old_key = search_index.prison_number_key(first_number)
            numbers.append((came_from, old_key, first_number, subject_id, created))
            moves.append(
                (
                    new_id(), subject_id, came_from, held, moved_on, "", moved_on + "T09:00:00Z",
                    "officer1", "OF001", came_from, f"ws-{came_from}", moved_on + "T09:00:00Z",
                )
            )  # fmt: skip
        text = search_index.observation_subject_text(family, given, number)
        files.append(_File(subject_id, "ABCD"[i % 4], text, held, came_from, moved_on))
    subject_holders.add_subject_rows(con, rows)
    subject_holders.add_number_rows(con, numbers)
    transfers.add_transfer_rows(con, moves)
    return files, len(moves)


def _write_referrals(con: Connection, rng: random.Random, files: list[_File], pools: _Pools) -> int:
    """Programme referrals: a status path per referral, one version per step."""
    row_no = referral_rows.next_row_no(con)
    rows = []
    for file in files:
        if rng.random() >= REFERRAL_SHARE:
            continue
        event, recorded, _ = pools.events[rng.randrange(len(pools.events))]
        day, referral_id = event[:10], new_id()
        path = rng.choice(_REFERRAL_PATHS)
        est = file.held_by
        steps: list[dict[str, str]] = []
        for version, status in enumerate(path, start=1):
            steps.append({"status": status, "date": day, "by": "supervisor1", "note": ""})
            rows.append(
                (
                    row_no, referral_id, version, int(version == len(path)), file.id,
                    rng.choice(_PROGRAMMES), "supervisor1", "SV001", day,
                    "Spoke with a mentor of the programme and asked to join.", "", status,
                    json.dumps(steps), "", "supervisor1", est, f"ws-{est}", recorded, recorded,
                    recorded,
                )
            )  # fmt: skip
            row_no += 1
    referral_rows.add_referral_rows(con, rows)
    return len({r[1] for r in rows})


def _write_workstations(con: Connection, rng: random.Random, codes: list[str]) -> tuple[int, int]:
    """A few enrolled workstations per establishment, each with its weekly packages over
    two years up to last week: some with packages missing, a failed audit check,
    quarantined lines or no package for weeks (what the health view has to find). Each has a transfer key
    whose private half is thrown away. (workstations, packages)"""
    today = datetime.combine(date.today(), datetime.min.time())
    enrolled, imported, kept = [], [], []
    for est in codes:
        for k in range(1, WORKSTATIONS_PER_ESTABLISHMENT + 1):
            ws = f"ws-{est}" if k == 1 else f"ws-{est}-{k}"
            start = today - timedelta(days=7 * (_DAYS // 7) + rng.randrange(7))
            enrolled.append(
                (ws, new_id(), est, rng.randbytes(32).hex(), rng.randbytes(16).hex(),
                 start.isoformat() + "Z", "admin", str(x25519.Identity.generate().to_public()))
            )  # fmt: skip
            weeks = _DAYS // 7 - (rng.randrange(3, 8) if rng.random() < 0.15 else 0)
            missing = set(rng.sample(range(2, weeks), 2)) if rng.random() < 0.2 else set()
            previous = ""
            for seq in range(1, weeks + 1):
                made = start + timedelta(days=7 * seq, hours=rng.randrange(8, 16))
                digest = rng.randbytes(32).hex()
                problem = "An audit entry differs." if rng.random() < 0.002 else ""
                if seq not in missing:
                    at = (made + timedelta(days=rng.randrange(1, 4))).isoformat() + "Z"
                    imported.append(
                        (ws, seq, digest, previous, made.isoformat() + "Z", at, "ana",
                         f"{ws}-{seq:06d}.rpkg", 60, 12, 58, 2, 0, 0, problem)
                    )  # fmt: skip
                    if rng.random() < 0.004:
                        kept.append(
                            (ws, seq, 3, "records", "observation", new_id(),
                             "A required field is missing.", "facts", "{}", at)
                        )  # fmt: skip
                previous = digest
    # The office last wrote its receipts two days ago (packages since then await one).
    vault_meta.set_meta(con, "receipt_written_at", (today - timedelta(days=2)).isoformat() + "Z")
    enrolment.add_workstation_rows(con, enrolled)
    package_imports.add_import_rows(con, imported)
    package_imports.add_quarantine_rows(con, kept)
    return len(enrolled), len(imported)


class _ObservationChunk:
    """The rows of one transaction's observations (versions, codes, grades, reviews, index)."""

    def __init__(self, rng: random.Random, pools: _Pools, row_no: int) -> None:
        self.rng, self.pools, self.row_no = rng, pools, row_no
        self.rows: list[tuple[object, ...]] = []
        self.indicators: list[tuple[int, str, str]] = []
        self.grades: list[tuple[object, ...]] = []
        self.reviews: list[tuple[object, ...]] = []
        self.index: list[tuple[object, ...]] = []
        self.versions = 0

    def add(self, file: _File) -> None:
        """One observation of `file`: its versions and, if reviewed, the decision."""
        rng, pools = self.rng, self.pools
        event, recorded, review_at = pools.events[rng.randrange(len(pools.events))]
        est = file.came_from if file.moved_on and event < file.moved_on else file.held_by
        facts, folded, assessment, folded_assessment = rng.choice(pools.texts)
        codes, indicators = rng.choice(pools.codes)
        source, grade = rng.choice(pools.grades)
        officer = rng.choice(pools.officers)
        r = rng.random()
        urgency = "routine" if r < 0.85 else "priority" if r < 0.97 else "immediate"
        r = rng.random()
        status = next((s for s, edge in _STATUSES if r < edge), "exported")
        n_versions = 1 if rng.random() >= 0.05 else 2 if rng.random() < 0.8 else 3
        obs_id = new_id()
        for version in range(1, n_versions + 1):
            current = version == n_versions
            self.rows.append(
                (
                    self.row_no, obs_id, version, int(current), file.id, est, f"ws-{est}",
                    file.unit, event, None, rng.choice(PLACES), rng.choice(DUTIES), recorded,
                    *officer, facts if current else facts + " (first wording)", assessment,
                    source, "", pools.people[rng.random() < 0.3], indicators,
                    rng.choice(pools.factors), *grade, urgency, "Reported to the wing manager.",
                    "", status if current else "submitted", 0,
                    "" if version == 1 else "Corrected the place and time.", recorded, recorded,
                    recorded, recorded, "Could also be a personal conflict; not seen before.",
                )
            )  # fmt: skip
            self.grades.append((obs_id, version, recorded, officer[0], "proposed", *grade, ""))
            if current:
                self.indicators.extend((self.row_no, c.rsplit(".", 1)[0], c) for c in codes)
                self.index.append((self.row_no, folded, folded_assessment, file.index_text))
            self.row_no += 1
        self.versions += n_versions
        if status in ("accepted", "returned", "rejected"):
            self._review(obs_id, n_versions, status, review_at, est)

    def _review(self, obs_id: str, version: int, status: str, at: str, est: str) -> None:
        reviewer, code = self.rng.choice(self.pools.supervisors)
        decision = {"accepted": "accept", "returned": "return", "rejected": "reject"}[status]
        comment = "" if decision == "accept" else "Please see the comment in the file."
        self.reviews.append(
            (
                new_id(), obs_id, version, reviewer, code, decision, comment, at, None, None,
                None, None, None, est, f"ws-{est}", at,
            )
        )  # fmt: skip

    def write(self, con: Connection) -> None:
        """Hand the rows to the owning services' bulk functions (the caller's transaction)."""
        observation_rows.add_observation_rows(
            con, self.rows, indicators=self.indicators, grades=self.grades
        )
        search_index.add_observation_index_rows(con, self.index)
        reviews.add_review_rows(con, self.reviews)
