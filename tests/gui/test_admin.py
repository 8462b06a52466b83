"""Administration page: accounts (remove = rekey in a worker), settings, backups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QSpinBox

from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.errors import WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import settings, users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.sample import sample_data
from radprev_desktop.gui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD


def _admin_page(open_window, session: Session):  # type: ignore[no-untyped-def]
    window: MainWindow = open_window(session)
    assert window.show_page("admin")
    return window, window.pages["admin"]


def test_add_user_with_roles_and_temporary_password(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    _window, page = _admin_page(open_window, admin)
    tab = page.users_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.role_boxes) == {
        Role.OFFICER,
        Role.SUPERVISOR,
        Role.ADMINISTRATOR,
        Role.AUDITOR,
    }
    qtbot.keyClicks(dialog.username, "dragan")
    dialog.display_name.setText("Драган Петровић")
    qtbot.keyClicks(dialog.staff_code, "SW-1234")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.pair.first, "temporary-pass-1")
    qtbot.keyClicks(dialog.pair.second, "temporary-pass-1")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Tick at least one role."  # nothing created yet
    with pytest.raises(Exception, match="no account"):
        users.get_user(admin, "dragan")
    dialog.role_boxes[Role.OFFICER].setChecked(True)
    dialog.role_boxes[Role.SUPERVISOR].setChecked(True)
    dialog.unit_boxes["B"].setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    user = users.get_user(admin, "dragan")
    assert user.roles == frozenset({Role.OFFICER, Role.SUPERVISOR})
    assert user.units == ("B",)
    assert user.display_name == "Драган Петровић"
    assert user.must_change_password
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names == ["admin", "dragan"]
    result = VaultAccess(admin.folder).login("dragan", "temporary-pass-1")
    assert result.must_change_password
    result.session.close()


def test_remove_user_rekeys_in_worker(qtbot, open_window, make_session, admin: Session) -> None:  # type: ignore[no-untyped-def]
    make_session(Role.OFFICER, username="olga").close()
    make_session(Role.SUPERVISOR, username="stefan").close()
    old_key = admin.vault_key.copy()
    window, page = _admin_page(open_window, admin)
    tab = page.users_tab
    tab.select("olga")
    asked: list[str] = []
    tab.confirm = lambda title, text: asked.append(text) or True
    progress_seen: list[tuple[int, int, str]] = []
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "olga" in asked[0]
    job = tab.job
    job.signals.progress.connect(lambda d, t, w: progress_seen.append((d, t, w)))
    assert window.workers.busy
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=30000)
    assert progress_seen  # the rekey reported its steps
    session = window.ctx.session
    assert session is admin and session.is_open
    assert not session.vault_key.equals(old_key)  # new vault key
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names == ["admin", "stefan"]
    with pytest.raises(WrongPassword):
        VaultAccess(admin.folder).login("olga", PASSWORD)
    other = VaultAccess(admin.folder).login("stefan", PASSWORD)
    other.session.close()
    # The window's own connection works under the new key.
    assert [u.username for u in users.list_users(session)] == ["admin", "stefan"]
    assert "olga removed" in window.statusBar().currentMessage()


def test_remove_refused_changes_nothing(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window, page = _admin_page(open_window, admin)
    tab = page.users_tab
    tab.select(ADMIN)
    tab.confirm = lambda title, text: False
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert not window.workers.busy
    from radprev_desktop.gui import errors

    shown: list[BaseException] = []
    import radprev_desktop.gui.pages.admin_users as admin_module

    original = admin_module.show_error
    admin_module.show_error = lambda parent, exc: shown.append(exc)
    try:
        tab.confirm = lambda title, text: True
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.workers.busy, timeout=30000)
    finally:
        admin_module.show_error = original
    assert shown and errors.error_text(shown[0]) == "You cannot remove your own account."
    assert window.ctx.session is not None and window.ctx.session.is_open
    VaultAccess(admin.folder).login(ADMIN, ADMIN_PASSWORD).session.close()


def test_disable_enable_and_reset(qtbot, open_window, make_session, admin: Session) -> None:  # type: ignore[no-untyped-def]
    make_session(Role.OFFICER, username="olga").close()
    window, page = _admin_page(open_window, admin)
    tab = page.users_tab
    tab.select("olga")
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=30000)
    with pytest.raises(WrongPassword):
        VaultAccess(admin.folder).login("olga", PASSWORD)
    tab.select("olga")
    assert "disabled" in tab.table.item(tab.table.currentRow(), 4).text()
    # Enabling again needs a new temporary password.
    qtbot.mouseClick(tab.enable_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and "Enable olga" in dialog.windowTitle()
    qtbot.keyClicks(dialog.pair.first, "enabled-again-5")
    qtbot.keyClicks(dialog.pair.second, "enabled-again-5")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    enabled = VaultAccess(admin.folder).login("olga", "enabled-again-5")
    assert enabled.must_change_password
    enabled.session.close()
    tab.select("olga")
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.pair.first, "new-temporary-7")
    qtbot.keyClicks(dialog.pair.second, "new-temporary-7")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    result = VaultAccess(admin.folder).login("olga", "new-temporary-7")
    assert result.must_change_password
    result.session.close()


def test_settings_change_is_persisted(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window, page = _admin_page(open_window, admin)
    tab = page.settings_tab
    page.show_tab(tab)
    lock_minutes = tab.fields["auto_lock_minutes"]
    assert isinstance(lock_minutes, QSpinBox) and lock_minutes.value() == 5
    lock_minutes.selectAll()
    qtbot.keyClicks(lock_minutes, "15")
    marking = tab.fields["classification_marking"]
    assert isinstance(marking, QLineEdit)
    marking.setText("ZASTRZEŻONE")
    levels = tab.fields["classification_levels"]  # lowest first, ';' between (decision 0022)
    assert isinstance(levels, QLineEdit)
    assert levels.text() == "OFFICIAL; OFFICIAL-SENSITIVE; RESTRICTED"
    levels.setText("JAWNE; ZASTRZEŻONE; POUFNE")
    preset = tab.fields["grading_preset"]
    assert isinstance(preset, QComboBox)
    preset.setCurrentIndex(preset.findData("6x6"))
    tab.retention["released"].setValue(9)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "The settings were saved."
    assert window.idle.interval_msecs == 15 * 60_000
    other = VaultAccess(admin.folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        stored = settings.all_settings(other)
        assert stored["auto_lock_minutes"] == 15
        assert stored["classification_marking"] == "ZASTRZEŻONE"
        assert stored["classification_levels"] == ["JAWNE", "ZASTRZEŻONE", "POUFNE"]
        assert stored["grading_preset"] == "6x6"
        assert stored["retention_months"]["released"] == 9
    finally:
        other.close()
    # Every declared setting shown on the form has its field (core/settings_catalogue.py).
    on_form = [s for s in catalogue.SETTINGS if s.on_settings_form]
    assert on_form
    for declared in on_form:
        assert declared.key in tab.fields or declared.key in tab.parts, declared.key
    assert isinstance(tab.fields["write_before_reading"], QCheckBox)
    # A bad value is refused with the reason, and nothing changes.
    marking.setText("   ")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "1 to 60 characters" in tab.message.text()
    assert admin.setting("classification_marking") == "ZASTRZEŻONE"


def test_backup_now_in_worker(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window, page = _admin_page(open_window, admin)
    tab = page.backups_tab
    assert tab.table.rowCount() == 0
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=30000)
    assert len(vault_access.list_backups(admin)) == 1
    assert tab.table.rowCount() == 1


def test_administration_only_for_administrators(open_window, make_session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_session(Role.OFFICER, username="olga"))
    assert "admin" not in window.pages
    assert not window.show_page("admin")


def test_template_import_lists_problems_and_versions(
    qtbot, open_window, admin: Session, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import json

    _window, page = _admin_page(open_window, admin)
    tab = page.templates_tab
    page.show_tab(tab)
    assert tab.table.rowCount() >= 1  # the shipped sample
    before = tab.table.rowCount()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"code": "X", "version": "one"}), encoding="utf-8")
    tab.import_file(bad)
    assert tab.problems.isVisibleTo(tab)
    assert tab.problems.count() >= 2  # every problem is listed, with its place
    assert tab.table.rowCount() == before
    sample = sample_data()
    sample["version"] = int(sample["version"]) + 1
    good = tmp_path / "good.json"
    good.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    tab.import_file(good)
    assert not tab.problems.isVisibleTo(tab)
    assert "imported" in tab.message.text()
    assert tab.table.rowCount() == before + 1
    versions = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    assert str(sample["version"]) in versions
    # Offer the older version again.
    old_row = versions.index(str(sample["version"] - 1))
    tab.table.setCurrentCell(old_row, 0)
    qtbot.mouseClick(tab.activate_button, Qt.MouseButton.LeftButton)
    assert "Officers are now offered" in tab.message.text()
    row = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())].index(
        str(sample["version"] - 1)
    )
    assert tab.table.item(row, 5).text() == "yes"


def test_worker_progress_cancel_and_errors(qtbot, open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    import threading

    from radprev_desktop.gui.workers import Cancelled

    window = open_window(admin)
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def long_job(progress, is_cancelled):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.get_ident()
        for step in range(1000):
            if is_cancelled():
                raise Cancelled()
            progress(step, 1000, "Working on it")
            threading.Event().wait(0.01)
        return "finished"

    errors: list[BaseException] = []
    job = window.run_in_worker(
        long_job, on_done=seen.setdefault, on_error=errors.append, title="Test"
    )
    qtbot.waitUntil(lambda: job.dialog.value() > 0, timeout=5000)
    assert window.workers.busy
    assert seen["thread"] != gui_thread  # really off the GUI thread
    from PySide6.QtWidgets import QPushButton

    cancel = job.dialog.findChildren(QPushButton)[0]  # the dialog's Cancel button
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.workers.busy, timeout=5000)
    assert errors and isinstance(errors[0], Cancelled)

    results: list[object] = []
    window.run_in_worker(lambda progress, cancelled: 42, on_done=results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
