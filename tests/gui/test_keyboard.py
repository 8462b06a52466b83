"""Every window in every language: no Alt+letter clash, and it fits small screens (issue 10).

One walk per offered language opens every window the application has — login, each
page of the setup wizard, the main window of each role with each page and each state
of a prisoner's file (file, new observation, sealed observation, correction,
checklist, history), and the dialogs — and checks at each step:

- keyboard: fails on a letter two visible widgets share (Qt would then cycle between
  them instead of jumping);
- screen fit (tests/gui/screen_fit.py): the main window at 910×465 logical pixels
  (1366×768 at 150 %) and each page, report and prisoner's-file state fit its page
  area; each dialog fits the same space.

Both checks share the one construction of every window per language (they were two
walks building the same windows). The keyboard check runs before the fit check's
event processing at each step, as it did in its own walk.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from radprev_desktop.core.languages import OFFERED
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.change_password import ChangePasswordDialog
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog, Target
from radprev_desktop.gui.guide import GuideWindow
from radprev_desktop.gui.justification import JustificationDialog
from radprev_desktop.gui.login import LoginWindow, RecoveryDialog, RestoreDialog
from radprev_desktop.gui.main_window import MainWindow
from radprev_desktop.gui.pages.admin import AdminPage
from radprev_desktop.gui.pages.admin_users import AddUserDialog, ResetPasswordDialog
from radprev_desktop.gui.pages.audit import ExportDialog
from radprev_desktop.gui.pages.reports import ReportsPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from radprev_desktop.gui.reclassify_dialog import ReclassifyDialog
from radprev_desktop.gui.setup_wizard import SetupWizard
from radprev_desktop.gui.subject_dialog import SubjectDialog
from tests.conftest import FAST_KDF
from tests.gui.mnemonics import clashes, shown_mnemonics
from tests.gui.screen_fit import SMALLEST, Fit


class Walk:
    """Collects the clashes of each window state it is shown."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.seen: list[str] = []
        self.problems: dict[str, dict[str, list[str]]] = {}
        self.states: dict[str, list[str]] = {}  # where → texts offering a letter

    def check(self, window: QWidget, where: str) -> None:
        self.seen.append(where)
        self.states[where] = [t for texts in shown_mnemonics(window).values() for t in texts]
        found = clashes(window)
        if found:
            self.problems[where] = found

    def widget(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        return widget


@pytest.fixture(params=OFFERED)  # every offered language, new ones included
def language(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    i18n.install_language(request.param)
    yield request.param
    i18n.remove_translations()


def walk_main_window(
    walk: Walk, fit: Fit, window: MainWindow, role: str, subject_id: str | None
) -> None:
    """Every page, report and prisoner's-file state of `window` at the smallest size."""
    window.resize(SMALLEST)
    QApplication.processEvents()
    fit.window(window, f"{role}: main window")

    def both(where: str, fits: bool = True) -> None:
        walk.check(window, where)
        if fits:
            fit.page(window, where)

    for key in list(window.pages):
        if key in ("subject_detail", "observation_editor", "checklist_runner"):
            continue
        assert window.show_page(key), key
        both(f"{role}: {key}")
        page = window.pages[key]
        if isinstance(page, AdminPage):  # the prisoners' details: before and after opening
            page.show_tab(page.details_tab)
            both(f"{role}: admin / prisoners' details")
            if subject_id is not None:
                window.ctx.require_session().justification = ("data_subject_request", "")
                page.details_tab.refresh()
                assert page.details_tab.open_details(subject_id)
                both(f"{role}: admin / a prisoner's details")
                page.details_tab.clear()
        if isinstance(page, ReportsPage):  # each report shows its own fields
            for i in range(page.kind.count()):
                page.kind.setCurrentIndex(i)
                both(f"{role}: reports / {page.kind.currentText()}")
    if subject_id is None or "subject_detail" not in window.pages:
        return
    detail = window.pages["subject_detail"]
    assert isinstance(detail, SubjectDetailPage)
    assert window.open_subject(subject_id)
    both(f"{role}: prisoner's file")
    detail.new_observation()
    both(f"{role}: new observation")
    detail.editor.clear()
    detail.show_file()
    detail.timeline.selectRow(0)
    sealed = detail.selected_observation()
    assert sealed is not None
    detail.editor.load(sealed.id)
    detail.stack.setCurrentWidget(detail.editor)
    both(f"{role}: sealed observation", fits=False)
    detail.editor.start_amend()
    both(f"{role}: correction", fits=False)
    detail.editor.clear()
    detail.show_file()
    detail.new_checklist_run()
    both(f"{role}: checklist")
    detail.runner.clear()
    detail.show_file()
    detail.timeline.selectRow(0)
    detail.show_history()
    both(f"{role}: history")
    detail.show_file()
    window.new_observation()
    both(f"{role}: Ctrl+N editor", fits=False)


def test_no_mnemonic_clash_and_every_window_fits(
    qtbot, language: str, make_session: Callable[..., Session], admin: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    walk = Walk(qtbot)
    fit = Fit()
    olga = make_session(Role.OFFICER, Role.SUPERVISOR, username="olga")
    subject = subjects.create_subject(
        olga, prison_number="PN-1", family_name="Wiśniewska-Dąbrowska", given_names="Anna Maria",
        unit="A",
    )  # fmt: skip
    sealed = observations.record(
        olga,
        observations.ObservationInput(
            subject_id=subject.id,
            facts="Shouted at staff",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
        submit_now=True,
    )
    olga.justification = ("review", "")
    vault = VaultAccess(admin.folder)

    login = walk.widget(LoginWindow(vault))
    walk.check(login, "login")
    fit.window(login, "login")
    wizard = walk.widget(SetupWizard(tmp_path / "new", kdf=FAST_KDF))
    fit.window(wizard, "setup wizard")
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        walk.check(wizard, f"setup wizard page {page_id}")
    for dialog, name, fits in (
        (RecoveryDialog(vault), "recovery", True),
        (RestoreDialog(vault), "restore", True),
        (JustificationDialog(), "reason for access", True),
        (SubjectDialog(_ctx(olga), None), "add prisoner", True),
        (SubjectDialog(_ctx(olga), subjects.get_subject(olga, subject.id)), "edit prisoner", False),
        (ChangePasswordDialog(olga), "change password", True),
        (AddUserDialog(_ctx(admin)), "add account", True),
        (ResetPasswordDialog(_ctx(admin), "olga"), "reset password", True),
        (ExportDialog(), "export audit log", True),
        (
            DataRequestsDialog(
                _ctx(olga),
                subject,
                [Target("subject", subject.id, "details"), Target("observation", sealed.id, "o")],
            ),
            "rectification requests and disputes",
            True,
        ),
        (ReclassifyDialog(_ctx(olga), sealed), "reclassify", True),
        (GuideWindow(), "guide", True),
    ):
        walk.widget(dialog)
        walk.check(dialog, name)
        if fits:
            fit.window(dialog, name)

    for session, role, subject_id in (
        (olga, "officer+supervisor", subject.id),
        (admin, "administrator", subject.id),
        (make_session(Role.AUDITOR, username="aida"), "auditor", None),
    ):
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        walk_main_window(walk, fit, window, role, subject_id)
        window._closing_for_switch = True
        window._end_session("logout")
        window.close()

    assert len(walk.seen) > 30
    assert fit.checked > 30
    dump = os.environ.get("RADPREV_MNEMONIC_DUMP")  # a tool to reassign letters reads it
    if dump:
        Path(dump).write_text(json.dumps(walk.states, ensure_ascii=False), encoding="utf-8")
    assert walk.problems == {}, f"{language}: {walk.problems}"
    assert fit.problems == [], f"{language}:\n" + "\n".join(fit.problems)


def _ctx(session: Session) -> AppContext:
    ctx = AppContext()
    ctx.session = session
    return ctx
