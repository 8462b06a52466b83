"""Save as and folder choices open in the folder last used for that kind of file by that user,
else in the user's Documents folder; never in the process's current directory (which was the
program's own folder, or wherever it was started from). Only the folder is remembered, under
a pseudonym of the account: no file name, no username, nothing of a prisoner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from radprev_desktop.core.session import Session
from radprev_desktop.gui import save_folders
from radprev_desktop.gui.save_folders import SaveKind
from tests.gui.test_reports_page import make_page, prisoner

__all__ = ["prisoner"]


def test_a_report_is_saved_first_in_documents_then_where_it_was_last(
    qtbot,
    supervisor: Session,
    prisoner: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workstation_config: Path,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)  # the process's current directory: never offered
    opened: list[str] = []
    chosen = tmp_path / "reports for the governor"
    chosen.mkdir()

    def ask(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        opened.append(start)
        return str(chosen / Path(start).name), ""

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    page = make_page(qtbot, supervisor)
    page.show_for_subject(prisoner)
    page.recipient.setText("Wing governor")
    page.generate_report()
    assert page.save_report_as() is True
    documents = save_folders.documents_folder()  # the test's own (tests/gui/conftest.py)
    assert documents.is_dir() and documents != Path.home()
    assert opened == [str(documents / "subject-summary.pdf")]
    assert (chosen / "subject-summary.pdf").is_file()
    page.generate_report()
    assert page.save_report_as() is True
    assert opened[1] == str(chosen / "subject-summary.pdf")  # the folder last used
    ini = workstation_config.read_text("utf-8")
    assert str(chosen) in ini
    assert supervisor.user.username not in ini and "subject-summary" not in ini  # no name, no file
    assert "Nowak" not in ini


def test_each_kind_and_each_user_keeps_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = save_folders.documents_folder()  # the test's own (tests/gui/conftest.py)
    stick = tmp_path / "stick"
    stick.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda _p, _t, start: asked.append(start) or str(stick)
    )
    assert save_folders.choose_folder(None, SaveKind.PACKAGE, "olga", "Package") == str(stick)
    assert save_folders.start_folder(SaveKind.PACKAGE, "olga") == stick
    assert save_folders.start_folder(SaveKind.PACKAGE, "stefan") == documents  # another user
    assert save_folders.start_folder(SaveKind.REPORT, "olga") == documents  # another kind
    save_folders.choose_folder(None, SaveKind.PACKAGE, "olga", "Package")
    assert asked == [str(documents), str(stick)]
    stick.rmdir()  # the stick was taken out: back to Documents
    assert save_folders.start_folder(SaveKind.PACKAGE, "olga") == documents
    monkeypatch.setattr(save_folders.platformdirs, "user_documents_dir", lambda: str(stick))
    assert save_folders.start_folder(SaveKind.PACKAGE, "olga") == Path.home()  # no Documents
