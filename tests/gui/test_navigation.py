"""The main window offers each role the pages core/policy.py opens to it, and no other."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session
from radprev_desktop.gui.page_registry import PAGES

EXPECTED = {
    Role.OFFICER: {
        "dashboard",
        "subjects",
        "search",
        "reports",
        "subject_detail",
        "observation_editor",
        "checklist_runner",
    },
    Role.SUPERVISOR: {
        "dashboard",
        "subjects",
        "search",
        "review_queue",
        "reports",
        "sync",
        "subject_detail",
        "observation_editor",
        "checklist_runner",
    },
    Role.ADMINISTRATOR: {"dashboard", "reports", "sync", "admin"},
    Role.AUDITOR: {"dashboard", "subjects", "search", "reports", "audit", "subject_detail"},
}


def test_every_page_is_an_area_of_the_policy() -> None:
    assert PAGES
    for spec in PAGES:
        assert spec.key == spec.area.value


@pytest.mark.parametrize("role", list(EXPECTED), ids=lambda r: r.value)
def test_pages_per_role(
    open_window: Callable[[Session], object], make_session: Callable[..., Session], role: Role
) -> None:
    window = open_window(make_session(role, username=f"u_{role.value}"))
    assert set(window.pages) == EXPECTED[role]  # type: ignore[attr-defined]
    hidden = {spec.key for spec in PAGES} - EXPECTED[role]
    assert hidden
    for key in hidden:
        assert not window.show_page(key)  # type: ignore[attr-defined]
