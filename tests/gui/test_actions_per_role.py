"""Actions a role cannot use are not offered (core decides: `policy.allows` with the
session, which knows a central office from a workstation): an administrator's File menu
has no New observation (Ctrl+N) nor Search… (Ctrl+F); at a central office — SQLCipher or
PostgreSQL — an analyst has no New observation (menu, Ctrl+N, dashboard) and no Add
prisoner… (button, Ctrl+N), and core refuses them there too; an officer keeps them all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from radprev_desktop.core import policy
from radprev_desktop.core.errors import PermissionDenied
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, create_vault
from tests.factories import ADMIN, add_account, login, observation_input, subject
from tests.gui.test_lock_everywhere import unlock
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def _file_menu(window: MainWindow) -> dict[str, tuple[bool, bool, str]]:
    """File menu entries: text → (visible, enabled, shortcut)."""
    actions = window.actions_
    return {
        text: (a.isVisible(), a.isEnabled(), a.shortcut().toString())
        for text, a in (("New observation", actions.new_observation), ("Search…", actions.search))
    }


def test_an_officer_keeps_new_observation_search_and_add_prisoner(
    qtbot, open_window, officer: Session
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(officer)
    assert _file_menu(window) == {
        "New observation": (True, True, "Ctrl+N"),
        "Search…": (True, True, "Ctrl+F"),
    }
    assert window.pages["dashboard"].new_button.isVisible()
    window.show_page("subjects")
    assert window.pages["subjects"].add_button.isVisible()
    assert window.pages["subjects"].add_shortcut.isEnabled()


def test_the_administrators_file_menu_has_neither_new_observation_nor_search(
    qtbot, open_window, admin: Session
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(admin)
    assert _file_menu(window) == {
        "New observation": (False, False, ""),
        "Search…": (False, False, ""),
    }
    shown = window.current_page()
    window.actions_.resolve_conflicts()  # a page change puts the shortcuts back: not these
    window.lock()
    unlock(window, ADMIN_PASSWORD, reason=False)
    assert _file_menu(window) == {
        "New observation": (False, False, ""),
        "Search…": (False, False, ""),
    }
    window.new_observation()  # e.g. a signal: says why, opens nothing
    assert window.current_page() is shown
    assert "does not record observations" in window.statusBar().currentMessage()


def _analyst_at_the_office(qtbot, open_window, session: Session) -> None:  # type: ignore[no-untyped-def]
    assert not policy.allows(session, Permission.WRITE_OBSERVATIONS)
    assert not policy.allows(session, Permission.ADD_SUBJECTS)
    assert policy.allows(session.user, Permission.WRITE_OBSERVATIONS)  # the role elsewhere
    with pytest.raises(PermissionDenied, match="done at a workstation"):
        subjects.create_subject(
            session, prison_number="PN-1", family_name="Nowak", given_names="Jan"
        )
    with pytest.raises(PermissionDenied, match="done at a workstation"):
        observations.create_draft(session, observation_input("any"))
    window: MainWindow = open_window(session)
    assert _file_menu(window) == {
        "New observation": (False, False, ""),
        "Search…": (True, True, "Ctrl+F"),
    }
    assert "observation_editor" in window.pages  # analysts read observations there
    assert not window.pages["dashboard"].new_button.isVisible()
    session.justification = ("supervision", "per-role actions")
    assert window.show_page("subjects")
    page = window.pages["subjects"]
    assert not page.add_button.isVisible() and not page.add_shortcut.isEnabled()
    page.add_subject()  # a stray call opens nothing
    assert QApplication.activeModalWidget() is None


def test_an_analyst_at_a_sqlcipher_central_office(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    add_account(central, "ana", Role.ANALYST, units=[])
    central.close()
    _analyst_at_the_office(qtbot, open_window, login(tmp_path / "central", "ana"))


def test_an_analyst_at_a_postgresql_central_office(
    qtbot,
    open_window,
    central_folder: Path,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    add_account(admin, "ana", Role.ANALYST, units=[])
    admin.close()
    _analyst_at_the_office(qtbot, open_window, login(central_folder, "ana"))


def test_a_workstation_supervisor_still_records(
    make_session: Callable[..., Session],
) -> None:
    stefan = make_session(Role.SUPERVISOR, username="stefan")
    prisoner = subject(stefan)
    assert policy.allows(stefan, Permission.ADD_SUBJECTS)
    assert observations.record(stefan, observation_input(prisoner.id)).id
