"""GUI fixtures: a workstation INI in tmp, English UI, and main windows on real vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from radprev_desktop.core.session import Session


@pytest.fixture(autouse=True)
def workstation_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test has its own workstation INI and Documents folder and starts with no catalogue
    (source text)."""
    ini = tmp_path / "desktop.ini"
    monkeypatch.setenv("RADPREV_CONFIG", str(ini))
    monkeypatch.delenv("RADPREV_DEMO_ACCOUNTS", raising=False)
    monkeypatch.delenv("RADPREV_LANGUAGE", raising=False)
    from radprev_desktop.gui import i18n, save_folders

    # Save dialogs open in the user's Documents folder: the test's own, never the real one.
    documents = tmp_path.parent / f"{tmp_path.name}-Documents"  # not among tmp_path's files
    documents.mkdir(exist_ok=True)
    monkeypatch.setattr(save_folders.platformdirs, "user_documents_dir", lambda: str(documents))

    i18n.remove_translations()
    yield ini
    i18n.remove_translations()


@pytest.fixture(autouse=True)
def answers_end_with_their_test() -> Iterator[None]:
    """A modal answer armed by a test (tests/gui/modal.py) never answers another test's dialog."""
    yield
    from tests.gui.modal import end_of_test

    end_of_test()


@pytest.fixture
def english() -> None:
    """The English catalogue as the application installs it (plural forms)."""
    from radprev_desktop.gui import i18n

    i18n.install_language("en")


@pytest.fixture
def open_window(qtbot) -> Iterator[Callable[[Session], object]]:  # type: ignore[no-untyped-def]
    """Factory: a shown MainWindow for a session; closed (session ended) afterwards."""
    from radprev_desktop.gui.main_window import MainWindow

    windows: list[MainWindow] = []

    def quiet(window: MainWindow) -> None:
        # pytest-qt closes added widgets before fixtures are finalised: a test that ends with
        # unsaved work (a correction's reason typed) would otherwise block on "Unsaved changes".
        window._closing_for_switch = True

    def make(session: Session) -> MainWindow:
        window = MainWindow(session)
        qtbot.addWidget(window, before_close_func=quiet)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        qtbot.waitUntil(lambda w=window: not w.workers.busy, timeout=60000)
        window._closing_for_switch = True  # no question boxes during teardown
        window._end_session("logout")
        window.close()
