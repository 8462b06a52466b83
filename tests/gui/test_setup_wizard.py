"""First run: the setup wizard, driven by keys and clicks, creates a working vault."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from radprev_desktop.core.model import Mode
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault.store import Vault
from radprev_desktop.gui.setup_wizard import SetupWizard
from tests.conftest import FAST_KDF


def _next(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_creates_vault_with_admin_and_recovery_slot(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    wizard = SetupWizard(folder, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    created = []
    wizard.vault_created.connect(created.append)

    # Mode: the default is a workstation; the central office is one keypress away.
    assert wizard.mode_page.workstation.isChecked()
    _next(qtbot, wizard)

    est = wizard.establishment_page
    assert not est.isComplete()
    qtbot.keyClicks(est.code, "PL-KRK2")
    est.name.setText("Zakład Karny Kraków")  # non-ASCII goes in with setText
    qtbot.keyClicks(est.units, "A = Wing A")
    qtbot.keyClick(est.units, Qt.Key.Key_Return)
    qtbot.keyClicks(est.units, "b")
    assert est.isComplete()
    _next(qtbot, wizard)

    admin = wizard.admin_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(admin.username, "kasia")
    qtbot.keyClicks(admin.pair.first, "short")
    assert not commit.isEnabled()
    assert "10 characters" in admin.pair.hint.text()
    admin.pair.first.clear()
    qtbot.keyClicks(admin.pair.first, "Correct-Horse-42")
    qtbot.keyClicks(admin.pair.second, "Correct-Horse-43")
    assert "not the same" in admin.pair.hint.text()
    assert not commit.isEnabled()
    admin.pair.second.clear()
    qtbot.keyClicks(admin.pair.second, "Correct-Horse-42")
    assert commit.isEnabled()
    assert not folder.exists() or not Vault(folder).exists()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)

    # The vault now exists; the recovery code is shown and must be acknowledged.
    assert Vault(folder).exists()
    assert wizard.currentPage() is wizard.recovery_page
    code = wizard.recovery_code
    assert len(code.replace("-", "")) == 40
    assert code.split("-")[0] in wizard.recovery_page.code.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # closing now is refused: the code was not acknowledged
    assert wizard.isVisible()
    wizard.recovery_page.confirm.setFocus()
    qtbot.keyClick(wizard.recovery_page.confirm, Qt.Key.Key_Space)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert created and created[0] is wizard.session
    session = created[0]
    assert session.user.username == "kasia"
    assert session.mode is Mode.WORKSTATION
    assert session.establishment_code == "PL-KRK2"
    session.close()
    assert wizard.recovery_code == ""  # not kept in memory after the wizard

    keys = Vault(folder).read_keys()
    vault = VaultAccess(folder)
    assert keys.recovery_slot() is not None
    assert {s.username for s in keys.slots if s.kind == "user"} == {"kasia"}
    result = vault.login("kasia", "Correct-Horse-42")
    from radprev_desktop.core.services import settings

    assert [u.code for u in settings.list_units(result.session)] == ["A", "B"]
    assert settings.establishment(result.session) == ("PL-KRK2", "Zakład Karny Kraków")
    result.session.close()
    # The recovery code shown on screen really opens the recovery slot.
    vault.recover(code, "kasia", "Another-Pass-77")
    vault.login("kasia", "Another-Pass-77").session.close()


def test_wizard_central_mode_and_bad_code(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "central"
    wizard = SetupWizard(folder, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.mode_page.central, Qt.MouseButton.LeftButton)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.establishment_page.code, "PL/CZ")
    assert not wizard.establishment_page.isComplete()
    assert "letters, digits" in wizard.establishment_page.hint.text()
    wizard.establishment_page.code.clear()
    qtbot.keyClicks(wizard.establishment_page.code, "PL-CZ")
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.admin_page.username, "bad name")
    qtbot.keyClicks(wizard.admin_page.pair.first, "Correct-Horse-42")
    qtbot.keyClicks(wizard.admin_page.pair.second, "Correct-Horse-42")
    _next(qtbot, wizard)
    # Refused by core: a clear message, no vault, still on the same page.
    assert "username" in wizard.admin_page.message.text().lower()
    assert not Vault(folder).exists()
    assert wizard.currentPage() is wizard.admin_page
    wizard.admin_page.username.clear()
    qtbot.keyClicks(wizard.admin_page.username, "central.admin")
    _next(qtbot, wizard)
    assert wizard.session is not None
    assert wizard.session.mode is Mode.CENTRAL
    wizard.session.close()


def _at_recovery_page(qtbot, tmp_path: Path, monkeypatch, printed: list[bytes]) -> SetupWizard:  # type: ignore[no-untyped-def]
    """A wizard walked to its recovery page (PL-GDA3, admin); printing appends to `printed`."""
    from radprev_desktop.gui import setup_wizard

    monkeypatch.setattr(
        setup_wizard, "print_pdf", lambda parent, pdf, title: printed.append(pdf) or True
    )
    wizard = SetupWizard(tmp_path / "vault", kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.establishment_page.code, "PL-GDA3")
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.admin_page.username, "admin")
    qtbot.keyClicks(wizard.admin_page.pair.first, "Correct-Horse-42")
    qtbot.keyClicks(wizard.admin_page.pair.second, "Correct-Horse-42")
    _next(qtbot, wizard)
    return wizard


def test_recovery_sheet_is_offered_and_printing_is_audited(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from radprev_desktop.core import audit

    printed: list[bytes] = []
    wizard = _at_recovery_page(qtbot, tmp_path, monkeypatch, printed)
    button = wizard.recovery_page.print_button
    assert button.isVisibleTo(wizard)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(printed[0])).pages)
    assert wizard.recovery_code.split("-")[0] in text
    session = wizard.session
    assert session is not None
    actions = [e.action for e in audit.read_entries(session.con)]
    assert any("print" in a for a in actions)
    session.close()


def test_the_recovery_sheet_is_printed_in_the_wizards_language(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Decision 0031 (session 9): the wizard passed no language, so a new vault (no
    language of reports set) printed its recovery sheet in English under a Polish wizard."""
    from pypdf import PdfReader

    from radprev_desktop.gui import i18n

    printed: list[bytes] = []
    i18n.install_language("pl")
    try:
        wizard = _at_recovery_page(qtbot, tmp_path, monkeypatch, printed)
        qtbot.mouseClick(wizard.recovery_page.print_button, Qt.MouseButton.LeftButton)
        assert len(printed) == 1
        pages = PdfReader(io.BytesIO(printed[0])).pages
        assert pages
        text = "".join(page.extract_text() for page in pages)
        assert "Arkusz odzyskiwania" in text and "Vault recovery sheet" not in text
        assert wizard.session is not None
        wizard.session.close()
    finally:
        i18n.remove_translations()
