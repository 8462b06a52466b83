"""The import's report across a lock (soak9, session 9: central office, Sync → import a
folder with one damaged package, Ctrl+L at once). The lock waits for the import and
then cleared the report; after unlock nothing said a package was refused. The report is
now held in memory while locked (hidden from view) and shown again after unlock, and
Sync does not claim unsaved changes for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.sync import SyncPage
from tests.conftest import ADMIN_PASSWORD
from tests.unit.test_sync_support import Pair, add_note, open_pair


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def test_the_import_report_is_back_after_a_lock_during_the_import(  # type: ignore[no-untyped-def]
    qtbot, open_window, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_note(pair.ws, "Đorđe")
    pair.export()
    assert len(list(pair.folder.glob("*.age"))) == 1
    (pair.folder / "zz-damaged.age").write_bytes(b"age-encryption.org/v1\nnonsense")
    window: MainWindow = open_window(pair.central)
    assert window.show_page("sync")
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    monkeypatch.setattr(page, "confirm_fingerprint", lambda *a: pair.ws_fingerprint)
    page.import_folder(pair.folder)
    window.lock()  # Ctrl+L at once: the lock waits for the import
    assert window.workers.busy and not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=30000)
    assert window.outer.currentWidget() is window.lock_screen
    assert page.report.toPlainText() == "" and page.last_messages == []
    assert not window.has_unsaved_changes()
    window.unlock(ADMIN_PASSWORD)
    assert not window.locked
    assert window.current_page() is page
    text = page.report.toPlainText()
    assert "zz-damaged.age: refused" in text
    assert "Workstation enrolled." in text
    assert window.locking.shown == {}
    # Locked again and quit from the lock screen: nothing is asked about the report.
    window.lock()
    assert window.locked and page.report.toPlainText() == ""
    assert window.locking.keep_or_discard()
