"""core/policy.py: one table answers who may do what, and the services obey it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from radprev_desktop.core import policy
from radprev_desktop.core.errors import PermissionDenied
from radprev_desktop.core.model import ReportKind, Role, User
from radprev_desktop.core.policy import Area, Permission
from radprev_desktop.core.services import checklists, reviews, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export
from tests.unit.records_support import subject

CORE = Path(__file__).resolve().parents[2] / "radprev_desktop" / "core"


def user(*roles: Role, username: str = "someone") -> User:
    return User("u1", username, "Some One", "S1", frozenset(roles), True, False)


def test_every_permission_report_and_area_is_declared() -> None:
    assert set(policy.GRANTS) == set(Permission)
    assert set(policy.REPORTS) == set(ReportKind)
    assert set(policy.AREAS) == set(Area)
    assert policy.GRANTS, "nothing to check"
    for permission, roles in policy.GRANTS.items():
        assert roles, f"nobody may {permission.value}"


def test_every_permission_is_asked_somewhere_in_core() -> None:
    sources = [p.read_text("utf-8") for p in CORE.rglob("*.py") if p.name != "policy.py"]
    # policy.py's own questions (below its tables) count too: may_amend_observation …
    functions = (CORE / "policy.py").read_text("utf-8").partition("def _user(")[2]
    assert sources and functions
    assert list(Permission), "nothing to check"
    for permission in Permission:
        name = f"Permission.{permission.name}"
        assert any(name in s for s in [*sources, functions]), f"{name} is never checked"


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ((Role.OFFICER,), [ReportKind.OBSERVATION, ReportKind.BLANK_CHECKLIST]),
        (
            (Role.SUPERVISOR,),
            [
                ReportKind.OBSERVATION,
                ReportKind.SUBJECT,
                ReportKind.UNIT,
                ReportKind.BLANK_CHECKLIST,
                ReportKind.HANDOVER,  # made on release with its package
            ],
        ),
        (
            (Role.ADMINISTRATOR,),
            [ReportKind.BLANK_CHECKLIST, ReportKind.RECOVERY_SHEET, ReportKind.ENROLMENT_SHEET],
        ),
        (
            (Role.AUDITOR,),
            [ReportKind.BLANK_CHECKLIST, ReportKind.ACCESS, ReportKind.DATA_PROTECTION],
        ),
    ],
)
def test_reports_offered_per_role(roles: tuple[Role, ...], expected: list[ReportKind]) -> None:
    assert policy.report_kinds(user(*roles)) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (
            Role.OFFICER,
            {
                Area.DASHBOARD,
                Area.SUBJECTS,
                Area.SEARCH,
                Area.REPORTS,
                Area.SUBJECT_FILE,
                Area.OBSERVATION_EDITOR,
                Area.CHECKLIST_RUNNER,
            },
        ),
        (
            Role.SUPERVISOR,
            {
                Area.DASHBOARD,
                Area.SUBJECTS,
                Area.SEARCH,
                Area.REVIEW_QUEUE,
                Area.REPORTS,
                Area.SYNC,
                Area.SUBJECT_FILE,
                Area.OBSERVATION_EDITOR,
                Area.CHECKLIST_RUNNER,
            },
        ),
        (Role.ADMINISTRATOR, {Area.DASHBOARD, Area.REPORTS, Area.SYNC, Area.ADMINISTRATION}),
        (
            Role.AUDITOR,
            {
                Area.DASHBOARD,
                Area.SUBJECTS,
                Area.SEARCH,
                Area.REPORTS,
                Area.AUDIT_LOG,
                Area.SUBJECT_FILE,
            },
        ),
    ],
)
def test_areas_per_role(role: Role, expected: set[Area]) -> None:
    assert set(policy.areas(user(role))) == expected


def test_amending_and_the_source_identity_follow_the_author_and_the_supervisor() -> None:
    olga = user(Role.OFFICER, username="olga")
    piotr = user(Role.OFFICER, username="piotr")
    boss = user(Role.SUPERVISOR, username="boss")
    auditor = user(Role.AUDITOR, username="dpo")
    assert policy.may_amend_observation(olga, "olga")
    assert not policy.may_amend_observation(olga, "olga", sealed=False)
    assert not policy.may_amend_observation(piotr, "olga")
    assert policy.may_amend_observation(boss, "olga")
    assert not policy.may_amend_observation(auditor, "olga")
    assert policy.may_see_source(olga, "olga") and policy.may_see_source(boss, "olga")
    assert not policy.may_see_source(piotr, "olga")
    assert policy.may_amend_checklist(olga, "olga") and policy.may_amend_checklist(boss, "olga")
    assert not policy.may_amend_checklist(piotr, "olga")
    # An analyst writes observations but does not complete checklists.
    analyst = user(Role.ANALYST, username="ana")
    assert policy.allows(analyst, Permission.WRITE_OBSERVATIONS)
    assert not policy.may_amend_checklist(analyst, "ana")


def test_refusal_names_the_roles_that_may() -> None:
    with pytest.raises(PermissionDenied, match="needs the supervisor or administrator role"):
        policy.require(user(Role.OFFICER), Permission.EXPORT_PACKAGES)
    with pytest.raises(PermissionDenied, match="needs the auditor role"):
        policy.require_report(user(Role.OFFICER), ReportKind.ACCESS)


def test_services_refuse_what_the_table_refuses(
    officer: Session, supervisor: Session, auditor: Session, make_session: Callable[..., Session]
) -> None:
    """The services raise exactly where the table says no (sampled across areas)."""
    prisoner = subject(officer)
    numbers = iter(range(2001, 2100))
    cases: list[tuple[Permission, Callable[[Session], object]]] = [
        (Permission.WRITE_SUBJECTS, lambda s: subject(s, number=f"PL-{next(numbers)}")),
        (Permission.RUN_CHECKLISTS, lambda s: checklists.start_run(s, prisoner.id)),
        (Permission.REVIEW, lambda s: reviews.review_queue(s)),
        (Permission.READ_SUBJECTS, lambda s: subjects.get_subject(s, prisoner.id)),
        (Permission.EXPORT_PACKAGES, lambda s: export.export_package(s, Path("/nonexistent"))),
    ]
    assert cases
    for session in (officer, supervisor, auditor):
        for permission, call in cases:
            if policy.allows(session, permission):
                try:
                    call(session)
                except PermissionDenied as exc:  # pragma: no cover - the failure message
                    pytest.fail(f"{session.user.roles} refused {permission.value}: {exc}")
                except Exception:
                    continue
            else:
                with pytest.raises(PermissionDenied):
                    call(session)


def test_core_asks_roles_only_through_the_policy() -> None:
    """No service keeps a role list of its own: `session.require(Role…)`, `.has(Role…)`."""
    asking = re.compile(r"\.require\(\s*\*?[A-Z(]|\.has\(Role\.|\bhas\(r\) for r in")
    paths = [p for p in CORE.rglob("*.py") if p.name not in ("policy.py", "session.py")]
    assert paths
    for path in paths:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            assert not asking.search(line), f"{path.relative_to(CORE)}:{number}: {line.strip()}"
