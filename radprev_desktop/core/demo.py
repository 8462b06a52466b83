"""Synthetic demo data: subjects, observations with versions, reviews, overdue files.

Only invented people: Polish, Serbian (Latin and Cyrillic), Albanian and
Macedonian names, combined at random. Distributions aim to look like a real
wing over two years: mostly routine observations, a few immediate ones, most
submitted ones reviewed, some amended and re-graded, a share of subject files
overdue for review. Rows are written with `executemany` in batches, each
batch one transaction, so a million observations take minutes.

Demo accounts (`create_demo_accounts`) have published passwords and exist for
demonstrations only; never create them on a vault holding real data.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from radprev_desktop.core import demo_checklists, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import NotFound, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Role, SourceType
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import grading as grading_mod
from radprev_desktop.core.services import observation_fields, search_index, users
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.connection import Connection

Progress = Callable[[int, int, str], None]
BATCH = 5000

#: (username, password, roles) — for demonstrations only, printed by `radprev demo`.
DEMO_ACCOUNTS: tuple[tuple[str, str, tuple[Role, ...]], ...] = (
    ("demo.officer", "demo-officer-pass", (Role.OFFICER,)),
    ("demo.officer2", "demo-officer2-pass", (Role.OFFICER,)),
    ("demo.supervisor", "demo-supervisor-pass", (Role.SUPERVISOR,)),
    ("demo.admin", "demo-admin-pass", (Role.ADMINISTRATOR,)),
    ("demo.auditor", "demo-auditor-pass", (Role.AUDITOR,)),
)

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pl": (
        (
            "Kowalski",
            "Nowak",
            "Wiśniewski",
            "Wójcik",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowski",
            "Jankowski",
            "Mazur",
            "Krawczyk",
            "Piotrowski",
            "Grabowski",
            "Pawłowski",
            "Michalski",
            "Król",
            "Wieczorek",
            "Łukaszewicz",
        ),
        (
            "Jan",
            "Piotr",
            "Krzysztof",
            "Andrzej",
            "Tomasz",
            "Paweł",
            "Michał",
            "Marcin",
            "Łukasz",
            "Grzegorz",
            "Mateusz",
            "Adam",
            "Dawid",
            "Kamil",
            "Jakub",
            "Szymon",
        ),
    ),
    "sr-latn": (
        (
            "Jovanović",
            "Petrović",
            "Nikolić",
            "Marković",
            "Đorđević",
            "Stojanović",
            "Ilić",
            "Stanković",
            "Pavlović",
            "Milošević",
            "Kovačević",
            "Todorović",
            "Živković",
            "Popović",
        ),
        (
            "Miloš",
            "Nikola",
            "Marko",
            "Stefan",
            "Lazar",
            "Đorđe",
            "Dušan",
            "Vuk",
            "Nemanja",
            "Aleksandar",
            "Luka",
            "Filip",
            "Uroš",
            "Željko",
        ),
    ),
    "sr-cyrl": (
        (
            "Јовановић",
            "Петровић",
            "Николић",
            "Марковић",
            "Ђорђевић",
            "Стојановић",
            "Илић",
            "Станковић",
            "Павловић",
            "Милошевић",
            "Ковачевић",
            "Тодоровић",
            "Живковић",
        ),
        (
            "Милош",
            "Никола",
            "Марко",
            "Стефан",
            "Лазар",
            "Ђорђе",
            "Душан",
            "Вук",
            "Немања",
            "Александар",
            "Лука",
            "Урош",
        ),
    ),
    "sq": (
        (
            "Hoxha",
            "Krasniqi",
            "Gashi",
            "Berisha",
            "Shala",
            "Morina",
            "Kelmendi",
            "Bytyqi",
            "Rexhepi",
            "Dervishi",
            "Çela",
            "Leka",
            "Marku",
            "Dushku",
            "Kastrati",
        ),
        (
            "Arben",
            "Ëndrit",
            "Besnik",
            "Driton",
            "Fatmir",
            "Gëzim",
            "Ilir",
            "Luan",
            "Agron",
            "Blerim",
            "Dritan",
            "Erion",
            "Kujtim",
            "Valon",
        ),
    ),
    "mk": (
        (
            "Стојановски",
            "Трајковски",
            "Николовски",
            "Ѓорѓиевски",
            "Јовановски",
            "Петровски",
            "Димитровски",
            "Ристески",
            "Костовски",
            "Ќоровски",
            "Наумовски",
            "Спасовски",
        ),
        (
            "Александар",
            "Горан",
            "Дејан",
            "Зоран",
            "Игор",
            "Марјан",
            "Никола",
            "Ѓорѓи",
            "Бојан",
            "Владимир",
            "Филип",
            "Ѕвонко",
        ),
    ),
}
_SCRIPT_WEIGHTS = {"pl": 40, "sr-latn": 15, "sr-cyrl": 15, "sq": 15, "mk": 15}

_FACTS = (
    "Refused to leave the cell for work and said the others would understand why.",
    "Spoke to a group of four prisoners in the yard; they went quiet when staff approached.",
    "Drew a symbol on the cell wall and covered it with a poster when asked.",
    "Shouted at another prisoner during exercise that people like him would pay.",
    "Was seen passing a folded note to a prisoner from another wing at the library.",
    "Asked a visitor to bring printed material; the visitor refused.",
    "Moved to another table in the canteen after an argument about a debt.",
    "Rozmawiał z osadzonym z innego oddziału o nagraniach w internecie.",
    "Odmówił udziału w zajęciach i powiedział, że nie będzie słuchał strażników.",
    "Nije hteo da razgovara sa vaspitačem i pocepao je pismo.",
    "Said during the evening count that he no longer needed anything from his family.",
    "Gave away his belongings to other prisoners over two days.",
    "A handwritten list of names was found under the mattress during a routine search.",
    "Told another prisoner that staff would soon see what the group could do.",
    "Tried to recruit new arrivals to sit with him at meals, offering phone cards.",
)
_ASSESSMENTS = (
    "May relate to a personal conflict or debt rather than anything else; usually calm.",
    "Could be a reaction to bad news from home; his behaviour changed this week.",
    "Possible influence of the new cellmate; earlier he was sociable and worked well.",
    "Other explanations: gang rivalry, mental health; he is under healthcare review.",
    "Może wynikać z konfliktu z współosadzonym; wcześniej spokojny.",
    "Not clear; first time such behaviour was seen by me.",
)
_PLACES = (
    "Yard 1",
    "Yard 2",
    "Library",
    "Workshop",
    "Canteen",
    "Cell",
    "Visits hall",
    "Chapel corridor",
    "Gym",
    "Healthcare waiting room",
)
_DUTIES = ("Wing patrol", "Yard supervision", "Visits", "Cell search", "Escort", "Night duty")
_FACTORS = (
    "Regular contact with his children",
    "Works in the kitchen and values the job",
    "Attends education classes",
    "Good relationship with his personal officer",
)
_INDICATOR_CODES = tuple(f"A{d}.{i}" for d in range(1, 8) for i in range(1, 4))


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
    units = [
        r[0] for r in session.con.execute("SELECT code FROM units WHERE active = 1 ORDER BY code")
    ]
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
    return list(DEMO_ACCOUNTS)


def _people_by_role(con: Connection, role: Role, fallback: str) -> list[tuple[str, str]]:
    found = [
        (r[0], r[1])
        for r in con.execute(
            "SELECT username, staff_code, roles FROM users WHERE active = 1"
        ).fetchall()
        if role.value in json.loads(r[2])
    ]
    return found or [(fallback, fallback.upper()[:8])]


def _indicator_codes(session: Session) -> tuple[str, ...]:
    codes = observation_fields.active_indicator_codes(session)
    return tuple(sorted(codes)) if codes else _INDICATOR_CODES


def _name(rng: random.Random) -> tuple[str, str]:
    group = rng.choices(list(_SCRIPT_WEIGHTS), weights=list(_SCRIPT_WEIGHTS.values()))[0]
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
        raise ValidationError("Observations need at least one subject.", "subjects")
    if subjects < 0 or observations < 0 or subjects > 1_000_000 or observations > 20_000_000:
        raise ValidationError("Choose 0–1,000,000 subjects and 0–20,000,000 observations.")
    rng = random.Random(seed)
    report = progress or (lambda done, total, what: None)
    subject_rows = _write_subjects(session, rng, subjects, report)
    officers = _people_by_role(session.con, Role.OFFICER, "demo.officer")
    supervisors = _people_by_role(session.con, Role.SUPERVISOR, "demo.supervisor")
    codes = _indicator_codes(session)
    counts = _write_observations(
        session, rng, subject_rows, observations, officers, supervisors, codes, report
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
    units = [
        r[0]
        for r in con.execute(
            "SELECT u.code FROM units u JOIN establishments e ON e.id = u.establishment_id "
            "WHERE e.code = ? AND u.active = 1",
            (session.establishment_code,),
        )
    ] or [""]
    taken = {r[0] for r in con.execute("SELECT prison_number_key FROM subjects")}
    next_rowid = int(con.execute("SELECT coalesce(max(rowid), 0) FROM subjects").fetchone()[0]) + 1
    today = now().date()
    out: list[tuple[str, str, str, float]] = []
    number = 100000 + rng.randrange(800000)
    batch: list[tuple[Any, ...]] = []
    index_rows: list[tuple[int, str, str]] = []
    for i in range(count):
        family, given = _name(rng)
        while True:
            number += 1 + rng.randrange(7)
            prison_number = f"{session.establishment_code[:2]}-{number}"
            key = search_index.prison_number_key(prison_number)
            if key not in taken:
                taken.add(key)
                break
        unit = rng.choice(units)
        status = rng.choices(["in_custody", "transferred", "released"], [80, 10, 10])[0]
        if rng.random() < 0.08:
            due = today - timedelta(days=rng.randrange(1, 200))
        else:
            due = today + timedelta(days=rng.randrange(1, 366))
        created = (now() - timedelta(days=rng.randrange(0, 900))).strftime("%Y-%m-%dT%H:%M:%SZ")
        subject_id = new_id()
        rowid = next_rowid + i
        batch.append(
            (
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
        )
        index_rows.append(
            (rowid, search_index.subject_text(family, given), search_index.fold(prison_number))
        )
        out.append(
            (
                subject_id,
                unit,
                search_index.observation_subject_text(family, given, prison_number),
                rng.lognormvariate(0, 1),
            )
        )
        if len(batch) >= BATCH or i == count - 1:
            with session.transaction() as c:
                c.executemany(
                    "INSERT INTO subjects(rowid, id, establishment_code, prison_number, "
                    "prison_number_key, family_name, given_names, names_key, birth_year, "
                    "unit_code, cell, status, review_due, restricted, created_at, created_by, "
                    "updated_at, origin_workstation, delivered_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    batch,
                )
                c.executemany(
                    "INSERT INTO subject_search(rowid, names, prison_number) VALUES (?,?,?)",
                    index_rows,
                )
            batch, index_rows = [], []
            report(i + 1, count, "subjects")
    return out


_OBS_INSERT = (
    "INSERT INTO observations(row_no, id, version, is_current, subject_id, establishment_code, "
    "origin_workstation, unit_code, event_start, event_end, place, officer_duty, recorded_at, "
    "recorded_by, recorded_by_code, facts, assessment, source_type, source_identity, people, "
    "indicators, protective_factors, grading_preset, source_grade, information_grade, handling, "
    "handling_conditions, urgency, action_taken, own_account, status, restricted, "
    "amendment_reason, created_at, updated_at, submitted_at, delivered_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_SOURCE_WEIGHTS = {
    SourceType.OWN_OBSERVATION: 55,
    SourceType.OVERHEARD: 15,
    SourceType.TOLD_BY_PRISONER: 10,
    SourceType.TOLD_BY_STAFF: 12,
    SourceType.ITEM_FOUND: 8,
}
_STATUS_WEIGHTS = {"draft": 3, "submitted": 12, "accepted": 75, "returned": 5, "rejected": 5}


def _complete_outbox(session: Session) -> None:
    """Make the made-up delivery history consistent with the outbox.

    The generator pretends most history was delivered long ago; whatever it queued
    for export must travel with its prisoner and its reviews, or the central office
    would quarantine it as referring to a prisoner it does not hold.
    """
    queued_obs = (
        "SELECT o.subject_id FROM observations o JOIN changes ch ON ch.kind = 'observation' "
        "AND ch.object_id = o.id AND ch.version = o.version WHERE ch.package_seq IS NULL"
    )
    with session.transaction() as c:
        c.execute(f"UPDATE subjects SET delivered_at = NULL WHERE id IN ({queued_obs})")
        c.execute(
            "INSERT INTO changes(kind, object_id, version, op, at) "
            "SELECT 'subject', s.id, s.version, 'upsert', s.updated_at FROM subjects s "
            "WHERE s.delivered_at IS NULL AND NOT EXISTS (SELECT 1 FROM changes ch "
            "WHERE ch.kind = 'subject' AND ch.object_id = s.id AND ch.version = s.version)"
        )
        c.execute(
            "INSERT INTO changes(kind, object_id, version, op, at) "
            "SELECT 'review', r.id, 1, 'upsert', r.at FROM reviews r "
            "WHERE r.delivered_at IS NULL AND EXISTS (SELECT 1 FROM changes ch "
            "WHERE ch.kind = 'observation' AND ch.object_id = r.observation_id "
            "AND ch.version = r.observation_version AND ch.package_seq IS NULL) "
            "AND NOT EXISTS (SELECT 1 FROM changes ch WHERE ch.kind = 'review' "
            "AND ch.object_id = r.id)"
        )
        c.execute(
            "UPDATE reviews SET delivered_at = at WHERE delivered_at IS NULL AND id NOT IN "
            "(SELECT object_id FROM changes WHERE kind = 'review')"
        )


def _write_observations(
    session: Session,
    rng: random.Random,
    subject_rows: list[tuple[str, str, str, float]],
    count: int,
    officers: list[tuple[str, str]],
    supervisors: list[tuple[str, str]],
    codes: tuple[str, ...],
    report: Progress,
) -> tuple[int, int]:
    """Insert observations (with versions, indicators, grades, reviews); returns counts."""
    if count == 0:
        return 0, 0
    con = session.con
    preset_name = str(session.setting("grading_preset", grading_mod.DEFAULT_PRESET))
    preset = grading_mod.preset(preset_name)
    weights = [s[3] for s in subject_rows]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    row_no = int(con.execute("SELECT coalesce(max(row_no), 0) FROM observations").fetchone()[0])
    start_time = now() - timedelta(days=730)
    sources = list(_SOURCE_WEIGHTS)
    source_w = list(_SOURCE_WEIGHTS.values())
    statuses = list(_STATUS_WEIGHTS)
    status_w = list(_STATUS_WEIGHTS.values())
    versions = reviews = 0
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        obs_rows: list[tuple[Any, ...]] = []
        fts_rows: list[tuple[int, str, str, str]] = []
        ind_rows: list[tuple[int, str, str]] = []
        grade_rows: list[tuple[Any, ...]] = []
        review_rows: list[tuple[Any, ...]] = []
        for subject_pick in rng.choices(range(len(subject_rows)), cum_weights=cumulative, k=n):
            subject_id, unit, subject_text, _ = subject_rows[subject_pick]
            event = start_time + timedelta(minutes=rng.randrange(730 * 24 * 60))
            event = event.replace(hour=6 + event.hour % 16)
            recorded = event + timedelta(minutes=rng.randrange(10, 2880))
            recorded_at = recorded.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            officer, officer_code = rng.choice(officers)
            source = rng.choices(sources, source_w)[0]
            source_grade, info_grade = preset.proposals[source]
            if rng.random() < 0.1:
                source_grade = rng.choice(list(preset.source))
                info_grade = rng.choice(list(preset.information))
            handling, conditions = (
                ("C", "Security department only") if rng.random() < 0.1 else ("P", "")
            )
            urgency = rng.choices(["routine", "priority", "immediate"], [85, 12, 3])[0]
            status = rng.choices(statuses, status_w)[0]
            facts = " ".join(rng.sample(_FACTS, rng.randrange(1, 4)))
            assessment = rng.choice(_ASSESSMENTS)
            chosen = rng.sample(codes, rng.choices([0, 1, 2, 3], [40, 35, 18, 7])[0])
            indicators = json.dumps(
                [{"code": c, "evidence": "See the facts above."} for c in chosen]
            )
            people = json.dumps(
                [
                    {
                        "category": rng.choice(
                            ["prisoner", "visitor", "staff", "other", "unknown"]
                        ),
                        "description": "another person",
                    }
                ]
                if rng.random() < 0.3
                else []
            )
            factors = json.dumps([rng.choice(_FACTORS)] if rng.random() < 0.4 else [])
            obs_id = new_id()
            sealed = status != "draft"
            n_versions = 1
            if sealed and rng.random() < 0.05:
                n_versions = 2 if rng.random() < 0.8 else 3
            delivered = recorded_at if sealed and recorded < now() - timedelta(days=14) else None
            submitted_at = recorded_at if sealed else None
            for version in range(1, n_versions + 1):
                row_no += 1
                current = version == n_versions
                v_status = status if current else "submitted"
                reason = "" if version == 1 else "Corrected the place and time."
                text = facts if version == n_versions else facts + " (first wording)"
                obs_rows.append(
                    (
                        row_no,
                        obs_id,
                        version,
                        int(current),
                        subject_id,
                        session.establishment_code,
                        session.workstation_id,
                        unit,
                        event.strftime("%Y-%m-%dT%H:%M"),
                        None,
                        rng.choice(_PLACES),
                        rng.choice(_DUTIES),
                        recorded_at,
                        officer,
                        officer_code,
                        text,
                        assessment,
                        source.value,
                        "",
                        people,
                        indicators,
                        factors,
                        preset.name,
                        source_grade,
                        info_grade,
                        handling,
                        conditions,
                        urgency,
                        "Reported to the wing manager.",
                        "",
                        v_status,
                        0,
                        reason,
                        recorded_at,
                        recorded_at,
                        submitted_at,
                        delivered,
                    )
                )
                if current:
                    for c in chosen:
                        ind_rows.append((row_no, c.rsplit(".", 1)[0], c))
                    fts_rows.append(
                        (
                            row_no,
                            search_index.fold(text),
                            search_index.fold(assessment),
                            subject_text,
                        )
                    )
                if sealed:
                    grade_rows.append(
                        (
                            obs_id,
                            version,
                            recorded_at,
                            officer,
                            "proposed",
                            preset.name,
                            source_grade,
                            info_grade,
                            handling,
                            conditions,
                            "",
                        )
                    )
                versions += 1
            if status in ("accepted", "returned", "rejected"):
                reviewer, reviewer_code = rng.choice(supervisors)
                regrade = status == "accepted" and rng.random() < 0.1
                decision = (
                    "regrade"
                    if regrade
                    else {"accepted": "accept", "returned": "return", "rejected": "reject"}[status]
                )
                new_source = rng.choice(list(preset.source)) if regrade else None
                new_info = rng.choice(list(preset.information)) if regrade else None
                at = (recorded + timedelta(hours=rng.randrange(1, 96))).strftime(
                    "%Y-%m-%dT%H:%M:%S.%fZ"
                )
                review_rows.append(
                    (
                        new_id(),
                        obs_id,
                        n_versions,
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
                        session.establishment_code,
                        session.workstation_id,
                        delivered,
                    )
                )
                if regrade:
                    grade_rows.append(
                        (
                            obs_id,
                            n_versions,
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
                reviews += 1
        with session.transaction() as c:
            c.executemany(_OBS_INSERT, obs_rows)
            c.executemany(
                "INSERT INTO observation_search(rowid, facts, assessment, subject) "
                "VALUES (?,?,?,?)",
                fts_rows,
            )
            c.executemany(
                "INSERT INTO observation_indicators(row_no, domain, code) VALUES (?,?,?)", ind_rows
            )
            c.executemany(
                "INSERT INTO grade_history(observation_id, observation_version, at, by_user, "
                "kind, preset, source_grade, information_grade, handling, handling_conditions, "
                "reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                grade_rows,
            )
            c.executemany(
                "INSERT INTO reviews(id, observation_id, observation_version, reviewer, "
                "reviewer_code, decision, comment, at, grading_preset, source_grade, "
                "information_grade, handling, handling_conditions, establishment_code, "
                "origin_workstation, delivered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                review_rows,
            )
            c.executemany(
                "INSERT INTO changes(kind, object_id, version, op, at) "
                "VALUES ('observation', ?, ?, 'upsert', ?)",
                [(r[1], r[2], r[12]) for r in obs_rows if r[30] != "draft" and r[36] is None],
            )
        done += n
        report(done, count, "observations")
    return versions, reviews
