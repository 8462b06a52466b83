"""After an upgrade of the vault's schema the window says once, calmly, where the backup
taken before it is (the core did both silently until session 11: an officer or an
administrator could not know a pre-upgrade copy of the vault existed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from radprev_desktop.gui import i18n
from tests.conftest import PASSWORD
from tests.gui.test_login_notices import _log_in_through_the_window


def test_the_login_that_upgrades_names_the_backup_once(  # type: ignore[no-untyped-def]
    qtbot, admin: Session, make_session: Callable[..., Session], vault_dir: Path
) -> None:
    make_session(Role.OFFICER, username="olga").close()
    # One migration behind, as a vault of the previous release is.
    admin.con.execute(f"PRAGMA user_version = {migrations.latest_version() - 1}")
    admin.close()
    i18n.install_language("en")
    window = _log_in_through_the_window(qtbot, vault_dir, "olga", PASSWORD)
    backups = sorted((vault_dir / "backups").glob("*pre-upgrade*"))
    assert len(backups) == 1
    assert window.notice_row.isVisible()
    text = window.notice.text()
    assert "The database was updated for this version of the program" in text, text
    assert str(backups[0]) in text
    window._end_session("logout")
    # The next login upgrades nothing and says nothing about it.
    again = _log_in_through_the_window(qtbot, vault_dir, "olga", PASSWORD)
    assert "updated for this version" not in again.notice.text()
    assert sorted((vault_dir / "backups").glob("*pre-upgrade*")) == backups
    again._end_session("logout")
