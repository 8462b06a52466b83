"""Access by unit (issue #14): every core function about prisoners, for every role.

The world: units A and B; Olga (officer, A), Piotr (officer, B), Sara (supervisor,
A), Stefan (supervisor, A and B), Wanda (supervisor, no unit but the audited
whole-establishment grant), Aida (data-protection officer) and the administrator.
The target is a prisoner of unit B with observations, reviews and a checklist run.

`test_every_function_is_classified` enumerates every public function of the core
services, reports and sync modules that takes a session: each is either probed
here against every role, probed at the central office against the analysts'
establishment grants (access_central.py, test_central_scope.py, on both stores),
or named as not reaching a prisoner's file with why.
Each probe says whether the call reached the unit-B prisoner's data; it must
reach exactly for the roles whose units (or grant) cover unit B and whose role
allows the work — and never for Olga or Sara.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import radprev_desktop.core.reports as reports_pkg
import radprev_desktop.core.services as services_pkg
import radprev_desktop.core.sync as sync_pkg
from radprev_desktop.core import policy
from radprev_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.model import (
    IndicatorEvidence,
    Role,
    Urgency,
)
from radprev_desktop.core.services import (
    access_grants,
    checklists,
    observations,
    reviews,
    subject_search,
    subjects,
    users,
)
from radprev_desktop.core.session import Session
from tests.factories import add_account, create_vault, login, observation_input
from tests.unit.access_cases import CASES
from tests.unit.access_central import CENTRAL_CASES
from tests.unit.access_not_about import NOT_ABOUT_A_PRISONER
from tests.unit.access_world import B_FAMILY, REASON, ROLES, YESTERDAY, Case, World, _ids


def _session(folder: Path, name: str) -> Session:
    session = login(folder, name)
    session.justification = REASON
    return session


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("scope") / "vault"
    admin, _ = create_vault(folder)
    admin.justification = REASON
    for name, role, units in (
        ("olga", Role.OFFICER, ["A"]),
        ("piotr", Role.OFFICER, ["B"]),
        ("sara", Role.SUPERVISOR, ["A"]),
        ("stefan", Role.SUPERVISOR, ["A", "B"]),
        ("wanda", Role.SUPERVISOR, []),
        ("aida", Role.AUDITOR, []),
    ):
        add_account(admin, name, role, units=units)
    access_grants.grant_establishment(admin, "wanda", "Acting head of security")
    sessions = {name: _session(folder, name) for name in ROLES if name != "admin"}
    sessions["admin"] = admin
    a = subjects.create_subject(
        admin, prison_number="PL-0001", family_name="Abazi", given_names="Arben", unit="A"
    )
    b = subjects.create_subject(
        admin, prison_number="PL-0002", family_name=B_FAMILY, given_names="Ewa", unit="B"
    )
    piotr = sessions["piotr"]
    obs_b = observations.record(
        piotr,
        observation_input(
            b.id,
            facts="Zebra pattern drawn on the cell wall during association.",
            urgency=Urgency.IMMEDIATE,
            indicators=(IndicatorEvidence("A5.2", "Drew the pattern on the wall himself."),),
        ),
        submit_now=True,
    ).id
    observations.create_draft(piotr, observation_input(b.id, facts="Zebra draft of Piotr."))
    review_b = reviews.return_to_author(
        sessions["stefan"], observations.record(
            piotr, observation_input(b.id), submit_now=True
        ).id, "Say which wall.",
    ).id  # fmt: skip
    world = World(sessions, b, a, obs_b, "", review_b, out=folder.parent / "out")
    world.run_b = world.completed_run_b()
    checklists.start_run(piotr, b.id)  # Piotr's draft run
    subjects.update_subject(admin, b.id, reason="file due for review", review_due=YESTERDAY)
    yield world
    for name, session in sessions.items():
        if name != "admin":
            session.close()
    admin.close()


def _session_functions() -> set[str]:
    """module.function for every public function of core services, reports and sync that
    takes a session first."""
    found: set[str] = set()
    for package in (services_pkg, reports_pkg, sync_pkg):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                target = getattr(value, "__wrapped__", value)
                if name.startswith("_") or not inspect.isfunction(target):
                    continue
                if target.__module__ != module.__name__:
                    continue
                params = list(inspect.signature(target).parameters)
                if params and params[0] == "session":
                    found.add(f"{info.name}.{name}")
    return found


def test_every_function_is_classified() -> None:
    found = _session_functions()
    assert len(found) > 100
    tables = (set(CASES), set(CENTRAL_CASES), set(NOT_ABOUT_A_PRISONER))
    unclassified = found - set.union(*tables)
    assert not unclassified, f"classify these for access by unit: {sorted(unclassified)}"
    assert sum(len(t) for t in tables) == len(set.union(*tables)), "a name in two tables"
    assert not set.union(*tables) - found, "stale names in the tables"


def _reached(case: Case, w: World, session: Session) -> bool:
    try:
        return bool(case.probe(w, session))
    except (NotFound, PermissionDenied):
        return False


def _expected(case: Case, w: World, role: str) -> bool:
    in_scope = policy.may_reach(w.sessions[role], w.b, case.permission)
    if case.expect is None:
        return in_scope
    assert not (
        case.expect - {r for r in ROLES if policy.may_reach(w.sessions[r], w.b, case.permission)}
    ), "a probe expects a role outside the scope"
    return role in case.expect


@pytest.mark.parametrize("name", sorted(CASES))
def test_unit_scoping_for_every_role(name: str, world: World) -> None:
    case = CASES[name]
    outcome = {role: _reached(case, world, world.sessions[role]) for role in ROLES}
    expected = {role: _expected(case, world, role) for role in ROLES}
    assert outcome == expected
    assert any(outcome.values()), "the probe reaches no one: it proves nothing"
    assert not outcome["olga"] and not outcome["sara"], "unit A staff reached unit B"


def test_moved_prisoner_leaves_the_author_reach(world: World) -> None:
    """An officer's own draft about a prisoner moved to another unit is out of their reach."""
    # Not named as unit B's prisoners are: moved to unit A, this one is unit A staff's to
    # see, and the probes above (which may run after this test) look for B's name.
    moved = subjects.create_subject(
        world.admin,
        prison_number=world.number(),
        family_name="Przeniesiony",
        given_names="Ewa",
        unit="B",
    )
    draft = observations.create_draft(world.piotr, observation_input(moved.id)).id
    run = checklists.start_run(world.piotr, moved.id).id
    subjects.update_subject(world.admin, moved.id, reason="moved to wing A", unit_code="A")
    with pytest.raises(NotFound):
        observations.submit(world.piotr, draft)
    with pytest.raises(NotFound):
        checklists.save_answer(world.piotr, run, "A1.1", "unknown")
    assert moved.id not in _ids(checklists.my_drafts(world.piotr))


def test_new_prisoner_goes_to_the_writer_s_unit(world: World) -> None:
    olga = world.sessions["olga"]
    added = subjects.create_subject(
        olga, prison_number=world.number(), family_name="Kowal", given_names="Jan"
    )
    assert added.unit_code == "A"  # her only unit
    stefan = world.sessions["stefan"]
    with pytest.raises(ValidationError, match="unit"):
        subjects.create_subject(
            stefan, prison_number=world.number(), family_name="Kowal", given_names="Jan"
        )
    with pytest.raises(ValidationError, match="unit B"):
        subjects.create_subject(
            olga, prison_number=world.number(), family_name="Kowal", given_names="Jan", unit="B"
        )


def test_whole_establishment_grant_is_explicit_and_audited(world: World) -> None:
    admin = world.admin
    sara = users.get_user(admin, "sara")
    assert sara.establishments == ()
    with pytest.raises(ValidationError):
        access_grants.grant_establishment(admin, "sara", "   ")
    with pytest.raises(ValidationError):
        access_grants.grant_establishment(admin, "sara", "cover", establishment_code="PL-KRK1")
    with pytest.raises(PermissionDenied):
        access_grants.grant_establishment(world.sessions["stefan"], "sara", "cover")
    granted = access_grants.grant_establishment(admin, "sara", "Covering the night shift")
    assert granted.establishments == (admin.establishment_code,)
    grants = {g.username: g for g in access_grants.list_grants(admin)}
    assert grants["sara"].reason == "Covering the night shift"
    revoked = access_grants.revoke_establishment(admin, "sara", "Night shift over")
    assert revoked.establishments == ()
    entries = admin.con.execute(
        "SELECT action, justification FROM audit WHERE object_id = ? AND action LIKE 'access_%' "
        "ORDER BY seq",
        (sara.id,),
    ).fetchall()
    assert entries == [
        ("access_granted", "Covering the night shift"),
        ("access_revoked", "Night shift over"),
    ]


def test_a_supervisor_may_hold_several_units(world: World) -> None:
    stefan = users.get_user(world.admin, "stefan")
    assert stefan.units == ("A", "B")
    listed = subject_search.list_subjects(world.sessions["stefan"], limit=1000).items
    assert {world.a.id, world.b.id} <= {s.id for s in listed}
    assert {
        s.unit_code for s in subject_search.list_subjects(world.sessions["olga"], limit=1000).items
    } == {"A"}
