"""The login window and the lock screen in front of a vault a later radprev wrote: they
say so in the user's language ("install that version or newer"), never "wrong password"
and never "damaged, restore a backup", and nothing is written (decision 0034)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.login import LoginWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.unit.test_vault_from_a_newer_version import from_the_future, snapshot

POLISH = "Ten sejf utworzyła nowsza wersja radprev"
FUTURE = {"version": 3, "page_format": {"kdf": "argon2id-v2"}}


@pytest.fixture
def polish_screen() -> Iterator[None]:
    i18n.install_language("pl")
    yield
    i18n.remove_translations()


def test_the_login_window_says_the_vault_is_newer(
    qtbot, polish_screen: None, admin: Session, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    admin.close()
    from_the_future(vault_dir, FUTURE)
    before = snapshot(vault_dir)
    window = LoginWindow(VaultAccess(vault_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert POLISH in window.message.text()  # said before anyone types
    assert not window.restore_button.isVisible()  # not damaged: a backup does not help
    for password in ("zle-haslo-123", ADMIN_PASSWORD):
        window.username.clear()
        qtbot.keyClicks(window.username, ADMIN)
        qtbot.keyClicks(window.password, password)
        qtbot.keyClick(window.password, Qt.Key.Key_Return)
        said = window.message.text()
        assert POLISH in said and "format 3" in said, said
        assert "hasło" not in said.lower() and not window.restore_button.isVisible()
    assert snapshot(vault_dir) == before


def test_the_lock_screen_says_the_vault_is_newer(
    qtbot, polish_screen: None, admin: Session, vault_dir: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(admin)
    window.lock()
    assert window.locked
    from_the_future(vault_dir, FUTURE)  # a later version opened it while this one was locked
    before = snapshot(vault_dir)
    window.unlock(ADMIN_PASSWORD)
    assert window.locked
    said = window.lock_screen.message.text()
    assert POLISH in said and "hasło" not in said.lower(), said
    assert snapshot(vault_dir) == before
