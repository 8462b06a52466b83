"""RADPREV_LANGUAGE (an administrator's setting for a machine or a session) wins over the
language remembered from the last session and over the vault's default language after login;
an unknown value is ignored. `--language` wins over both (README, *Languages*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core.services import settings
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.app import Application, start_language
from radprev_desktop.gui.login import LoginWindow
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_the_environment_wins_over_the_remembered_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    i18n.store_language("pl")  # chosen on the login window last time
    monkeypatch.setenv("RADPREV_LANGUAGE", "en")
    assert i18n.startup_language() == "en"
    assert start_language(None) == ("en", True)
    assert start_language("sr-Cyrl") == ("sr-Cyrl", True)  # --language wins over both
    monkeypatch.setenv("RADPREV_LANGUAGE", "xx-nonsense")
    assert i18n.startup_language() == "pl"  # ignored: the remembered one
    assert start_language(None) == ("pl", False)
    monkeypatch.delenv("RADPREV_LANGUAGE")
    assert start_language(None) == ("pl", False)


def test_after_login_the_vaults_default_does_not_replace_it(
    qtbot, admin: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    settings.set_setting(admin, "language", "pl")  # the vault's default language
    admin.close()
    monkeypatch.setenv("RADPREV_LANGUAGE", "en")
    language, chosen = start_language(None)
    i18n.install_language(language)
    app = Application(vault_dir, language_chosen=chosen)
    app.start()
    login = app.login
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    assert login.login_button.text() == "&Log in"
    login.username.setText(ADMIN)
    login.password.setText(ADMIN_PASSWORD)
    login.login_button.click()
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=15000)
    assert isinstance(app.window, MainWindow)
    qtbot.addWidget(app.window)
    assert i18n.current_language() == "en"
    app.window.close()
