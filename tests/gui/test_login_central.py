"""The login window on a central store kept on PostgreSQL: the server's refusals are long
(several lines in Polish) and are shown whole, without squeezing the fields (seen in the
bundle at 1024×768 and 150 %: "the central store was set up by an earlier version …" and
"the server cannot be reached" lost their last lines)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.gui.login import LoginWindow
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import free_port
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def test_a_server_refusal_is_shown_whole(qtbot, central_folder: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    settings = central_folder / "central.json"
    moved = json.loads(settings.read_text()) | {"port": free_port()}  # the server is down
    settings.write_text(json.dumps(moved))
    window = LoginWindow(VaultAccess(central_folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown_height = window.height()
    qtbot.keyClicks(window.username, ADMIN)
    qtbot.keyClicks(window.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    message = window.message
    assert "server" in message.text().lower()
    qtbot.wait(50)
    assert message.height() >= message.heightForWidth(message.width()), (
        message.height(),
        message.heightForWidth(message.width()),
    )
    assert window.height() > shown_height
    fields = [window.username, window.password, window.language]
    assert fields
    for field in fields:
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()


def test_no_recovery_code_is_offered_on_a_central_store(qtbot, central_folder: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Recovery codes open a vault's key slots; a central store on a server has none, and
    Forgot password… answered "No vault in <folder>" (seen in the bundle walk). An
    administrator sets a new password at the office instead (README, central office)."""
    window = LoginWindow(VaultAccess(central_folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.login_button.isVisible()
    assert not window.forgot_button.isVisible()
    # Nor practice: training is a workstation's own vault (decision 0010).
    assert not window.practise_button.isVisible()
