"""Synthetic demo data: subjects, observations with versions, reviews, overdue files.

Only invented people: Polish, Serbian (Latin and Cyrillic), Albanian and
Macedonian names, combined at random. Distributions aim to look like a real
wing over two years: mostly routine observations, a few immediate ones, most
submitted ones reviewed, some amended and re-graded, a share of subject files
overdue for review. Rows are written with `executemany` in batches, each
batch one transaction, so a million observations take minutes. The names and
wording are in demo_samples.py, the observations in demo_observations.py.

Demo accounts (`create_demo_accounts`) have published passwords and exist for
demonstrations only; never create them on a vault holding real data.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from radprev_desktop.core import demo_checklists, demo_observations, outbox, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now
from radprev_desktop.core.demo_samples import INDICATOR_CODES, NAMES, SCRIPT_WEIGHTS
from radprev_desktop.core.errors import NotFound, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Role
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import (
    access_grants,
    observation_fields,
    reviews,
    search_index,
    settings,
    subject_holders,
    templates,
    users,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

Progress = Callable[[int, int, str], None]
BATCH = demo_observations.BATCH

#: (username, password, roles) — for demonstrations only, printed by `radprev demo`.
DEMO_ACCOUNTS: tuple[tuple[str, str, tuple[Role, ...]], ...] = (
    ("demo.officer", "demo-officer-pass", (Role.OFFICER,)),
    ("demo.officer2", "demo-officer2-pass", (Role.OFFICER,)),
    ("demo.supervisor", "demo-supervisor-pass", (Role.SUPERVISOR,)),
    ("demo.admin", "demo-admin-pass", (Role.ADMINISTRATOR,)),
    ("demo.auditor", "demo-auditor-pass", (Role.AUDITOR,)),
)


@dataclass(frozen=True)
class DemoSummary:
    """Counts of what `generate` wrote."""

    subjects: int
    observations: int
    versions: int
    reviews: int
    checklist_runs: int = 0


@operation(Change.ACCOUNTS)
def create_demo_accounts(session: Session) -> list[tuple[str, str, tuple[Role, ...]]]:
    """Add the published demo accounts that do not exist yet; returns all of them."""
    policy.require(session, Permission.MAKE_DEMO_DATA)
    units = [u.code for u in settings.list_units(session) if u.active]
    for username, password, roles in DEMO_ACCOUNTS:
        try:
            users.get_user(session, username)
        except NotFound:
            users.add_user(
                session,
                username,
                password,
                list(roles),
                display_name=f"Demo {username.split('.')[1]}",
                staff_code=username.split(".")[1].upper()[:8],
                units=units,
                must_change_password=False,
            )
            if not units and not set(roles) <= policy.WHOLE_VAULT_ROLES:
                # No units to assign (access by unit): the demo staff reach the whole
                # establishment through the audited grant instead.
                access_grants.grant_establishment(
                    session, username, "demo data: the establishment has no units"
                )
    return list(DEMO_ACCOUNTS)


def _people_by_role(session: Session, role: Role, fallback: str) -> list[tuple[str, str]]:
    found = [
        (u.username, u.staff_code)
        for u in users.list_users(session)
        if u.active and role in u.roles
    ]
    return found or [(fallback, fallback.upper()[:8])]


def _indicator_codes(session: Session) -> tuple[str, ...]:
    codes = observation_fields.active_indicator_codes(session)
    return tuple(sorted(codes)) if codes else INDICATOR_CODES


def _template_tie(session: Session) -> tuple[str | None, int | None]:
    """The active template's (code, version), which the demo's indicator codes belong to."""
    try:
        active = templates.active_template(session)
    except NotFound:
        return None, None
    return active.code, active.version


def _name(rng: random.Random) -> tuple[str, str]:
    group = rng.choices(list(SCRIPT_WEIGHTS), weights=list(SCRIPT_WEIGHTS.values()))[0]
    families, givens = NAMES[group]
    given = rng.choice(givens)
    if rng.random() < 0.15:
        given = f"{given} {rng.choice(givens)}"
    return rng.choice(families), given


@operation(Change.EVERYTHING)
def generate(
    session: Session,
    *,
    subjects: int,
    observations: int,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the vault with synthetic subjects and observations (administrator)."""
    policy.require(session, Permission.MAKE_DEMO_DATA)
    if subjects < 1 and observations > 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Observations need at least one subject."), field="subjects"
        )
    if subjects < 0 or observations < 0 or subjects > 1_000_000 or observations > 20_000_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose 0–1,000,000 subjects and 0–20,000,000 observations."
            )
        )
    rng = random.Random(seed)
    report = progress or (lambda done, total, what: None)
    subject_rows = _write_subjects(session, rng, subjects, report)
    officers = _people_by_role(session, Role.OFFICER, "demo.officer")
    supervisors = _people_by_role(session, Role.SUPERVISOR, "demo.supervisor")
    cast = demo_observations.Cast(
        session.establishment_code,
        session.workstation_id,
        demo_observations.preset_of(session),
        officers,
        supervisors,
        _indicator_codes(session),
        _template_tie(session),
    )
    counts = demo_observations.write_observations(
        session, rng, subject_rows, observations, cast, report
    )
    runs = 0
    if subject_rows:
        runs = demo_checklists.generate_runs(session, rng, [s[0] for s in subject_rows])
    summary = DemoSummary(len(subject_rows), observations, counts[0], counts[1], runs)
    _complete_outbox(session)
    with session.transaction():
        session.audit(
            "demo_generated",
            details={
                "subjects": summary.subjects,
                "observations": summary.observations,
                "seed": seed,
            },
        )
    return summary


def _write_subjects(
    session: Session, rng: random.Random, count: int, report: Progress
) -> list[tuple[str, str, str, float]]:
    """Insert subjects; returns (id, unit, folded subject text, weight) for each."""
    con = session.con
    units = [u.code for u in settings.list_units(session) if u.active] or [""]
    taken = subject_holders.number_keys(con)
    next_rowid = subject_holders.next_subject_rowid(con)
    draw = _SubjectDraw(session, rng, units, taken)
    out: list[tuple[str, str, str, float]] = []
    batch: list[tuple[Any, ...]] = []
    for i in range(count):
        row, _, drawn = draw.next(next_rowid + i)  # the service indexes the names itself
        batch.append(row)
        out.append(drawn)
        if len(batch) >= BATCH or i == count - 1:
            with session.transaction() as c:
                subject_holders.add_subject_rows(c, batch)
            batch = []
            report(i + 1, count, "subjects")
    return out


class _SubjectDraw:
    """Draws one synthetic prisoner after another (same seed, same prisoners)."""

    def __init__(
        self, session: Session, rng: random.Random, units: list[str], taken: set[str]
    ) -> None:
        self.session, self.rng, self.units, self.taken = session, rng, units, taken
        self.today = now().date()
        self.number = 100000 + rng.randrange(800000)

    def _prison_number(self) -> tuple[str, str]:
        while True:
            self.number += 1 + self.rng.randrange(7)
            prison_number = f"{self.session.establishment_code[:2]}-{self.number}"
            key = search_index.prison_number_key(prison_number)
            if key not in self.taken:
                self.taken.add(key)
                return prison_number, key

    def next(
        self, rowid: int
    ) -> tuple[tuple[Any, ...], tuple[int, str, str], tuple[str, str, str, float]]:
        """The subjects row, its search row, and (id, unit, folded text, weight)."""
        rng, session, today = self.rng, self.session, self.today
        family, given = _name(rng)
        prison_number, key = self._prison_number()
        unit = rng.choice(self.units)
        status = rng.choices(["in_custody", "transferred", "released"], [80, 10, 10])[0]
        if rng.random() < 0.08:
            due = today - timedelta(days=rng.randrange(1, 200))
        else:
            due = today + timedelta(days=rng.randrange(1, 366))
        created = (now() - timedelta(days=rng.randrange(0, 900))).strftime("%Y-%m-%dT%H:%M:%SZ")
        subject_id = new_id()
        row = (
            rowid,
            subject_id,
            session.establishment_code,
            prison_number,
            key,
            family,
            given,
            search_index.fold_key(f"{family} {given}"),
            rng.randrange(1960, 2005),
            unit,
            str(rng.randrange(1, 300)),
            status,
            due.isoformat(),
            int(rng.random() < 0.01),
            created,
            "demo",
            created,
            session.workstation_id,
            created,
        )
        index_row = (
            rowid,
            search_index.subject_text(family, given),
            search_index.fold(prison_number),
        )
        drawn = (
            subject_id,
            unit,
            search_index.observation_subject_text(family, given, prison_number),
            rng.lognormvariate(0, 1),
        )
        return row, index_row, drawn


def _complete_outbox(session: Session) -> None:
    """Make the made-up delivery history consistent with the outbox.

    The generator pretends most history was delivered long ago; whatever it queued
    for export must travel with its prisoner and its reviews, or the central office
    would quarantine it as referring to a prisoner it does not hold.
    """
    with session.transaction() as c:
        subject_holders.undeliver_files_with_queued_records(c)
        outbox.queue_undelivered_history(c)
        reviews.mark_unqueued_delivered(c)
