"""The Reports page's default language and the suggested file name (decision 0031).

Under a Polish screen the default gave an English report ("As the administrator set
it" = the "en" every vault stored at creation) and the save suggested "subject.pdf".
Now the default is the administrator's language of reports when one is set, else the
screen's, and the combo names it; the suggested name is the report's title in the
report's language, in plain ASCII, with nothing of the prisoner in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from radprev_desktop.core.i18n import default_report_language
from radprev_desktop.core.services import settings
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from tests.gui.test_reports_page import make_page, prisoner

__all__ = ["prisoner"]


@pytest.fixture
def polish_screen() -> Iterator[None]:
    i18n.install_language("pl")
    yield
    i18n.remove_translations()


def _save(page, monkeypatch: pytest.MonkeyPatch, folder: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Save as PDF as a user would; (the suggested file name, the PDF's text)."""
    suggested: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(name).name)  # in the Documents folder (gui/save_folders.py)
        return str(folder / Path(name).name), ""

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert page.save_report_as() is True
    [name] = suggested
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(folder / name)).pages)
    return name, text


def test_the_default_follows_the_screen_and_the_file_name_the_report(
    qtbot,
    polish_screen: None,
    supervisor: Session,
    prisoner: str,
    admin: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    assert supervisor.setting("language") == ""  # a new vault: no language of reports set
    page = make_page(qtbot, supervisor)
    assert page.language.itemText(0) == "Domyślny (Polski)"
    page.show_for_subject(prisoner)
    page.recipient.setText("Wing governor")
    page.generate_report()
    assert page.report is not None and page.report.title == "Podsumowanie teczki osadzonego"
    name, text = _save(page, monkeypatch, tmp_path)
    assert name == "podsumowanie-teczki-osadzonego.pdf"
    assert "Podsumowanie teczki osadzonego" in text
    assert "nowak" not in name.lower() and "3003" not in name  # nothing of the prisoner
    # The administrator sets the establishment's reports in Albanian: that is the default.
    settings.set_setting(admin, "language", "sq")
    page.refresh()
    assert page.language.itemText(0) == "Domyślny (Shqip)"
    page.show_for_subject(prisoner)
    page.generate_report()
    assert page.report is not None
    name, _text = _save(page, monkeypatch, tmp_path)
    assert page.report.title.startswith("Përmbledhje")
    assert name == "permbledhje-per-subjektin.pdf"  # ASCII: ë folded
    # An explicit choice wins; Cyrillic titles are transliterated.
    page.language.setCurrentIndex(page.language.findData("mk"))
    page.generate_report()
    assert page.report is not None and page.report.title.startswith("Преглед")
    name, _text = _save(page, monkeypatch, tmp_path)
    assert name == "pregled-na-dosieto-na-osudenoto-lice.pdf"


def test_the_core_rule(supervisor: Session, admin: Session) -> None:
    assert default_report_language(supervisor, "pl") == "pl"
    assert default_report_language(supervisor, None) == "en"
    assert default_report_language(supervisor, "xx") == "en"  # not a language: English
    settings.set_setting(admin, "language", "hr")
    assert default_report_language(supervisor, "pl") == "hr"
    settings.set_setting(admin, "language", "")
    assert default_report_language(supervisor, "mk") == "mk"
