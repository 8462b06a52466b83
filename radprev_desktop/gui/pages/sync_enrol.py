"""The central Sync page's report of an import and its enrolment questions.

A package of a workstation that is not enrolled yet is refused by the import; the
administrator is then asked for the check code on that workstation's enrolment sheet,
once per workstation (`Enrolments`). The package is imported again in the worker,
with the progress window, like any import: it ran on the window's own thread and the
window froze about 3.5 s per package of 2,400 records (seen under Xvfb on PostgreSQL).
Texts keep the page's translation context ("SyncPage").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QWidget

from radprev_desktop.core import policy
from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import importer
from radprev_desktop.gui.errors import error_text, gui_text

if TYPE_CHECKING:  # the page imports this module; only the type checker needs it back
    from radprev_desktop.gui.pages.sync import SyncPage

translate = QCoreApplication.translate


def ask_check_code(parent: QWidget, exc: importer.EnrolmentRequired, why: str = "") -> str | None:
    """Ask the administrator to type the check code from the workstation's sheet;
    `why`: the refusal of the code typed for an earlier package of the same workstation,
    said first (asked again without a reason, it looked like the same question)."""
    question = translate(
        "SyncPage",
        "A package came from a workstation that is not enrolled ({est}).\n"
        "Its check code is:\n{fp}\n\nType the check code printed on that workstation's "
        "enrolment sheet (the sheet calls it the fingerprint) to enrol it:",
    ).format(est=exc.establishment, fp=sync_core.grouped_fingerprint(exc.fingerprint))
    if why:
        question = (
            translate(
                "SyncPage", "The check code typed for the previous package was refused: {why}"
            ).format(why=why)
            + "\n\n"
            + question
        )
    dialog = check_code_dialog(parent, question)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text if ok and text.strip() else None


def check_code_dialog(parent: QWidget, question: str) -> QInputDialog:
    """The question in a dialog that fits the screen. QInputDialog.getText's label
    does not wrap: at 1024×768 with 150 % scaling its long line ran off the screen,
    and the OK button with it (bundle walk, session 9)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("SyncPage", "Enrol a new workstation?"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(question)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    screen = dialog.screen() or parent.screen()
    if screen is not None:
        dialog.setMaximumWidth(int(screen.availableGeometry().width() * 0.9))
    dialog.resize(min(dialog.maximumWidth(), parent.fontMetrics().horizontalAdvance("M") * 45), 0)
    return dialog


class Enrolments:
    """Report each file of an import, asking to enrol the senders not enrolled yet.

    `next()` goes through the outcomes in order; an enrolment's import runs in the
    worker and `next()` goes on when it is done. A workstation enrolled for an earlier
    package is not asked about again; a refused code is said with the next question.
    """

    def __init__(self, page: SyncPage, results: list[tuple[Path, Any]], tail: list[str]) -> None:
        self.page = page
        self.todo = list(results)
        self.tail = tail  # said after every file (a Cancel: what was not imported)
        self.lines: list[str] = []
        self.refused: dict[str, str] = {}  # check code → why its enrolment failed
        self.enrolled: set[str] = set()

    def next(self) -> None:
        while self.todo:
            path, outcome = self.todo.pop(0)
            if isinstance(outcome, importer.EnrolmentRequired) and self._enrol(path, outcome):
                return  # goes on when the worker is done
            self.lines.extend(self._said(path, outcome))
        self.page._show([*self.lines, *self.tail])

    def _said(self, path: Path, outcome: Any) -> list[str]:
        if isinstance(outcome, importer.EnrolmentRequired):
            return [
                translate(
                    "SyncPage",
                    "{file}: refused — it comes from a workstation that is not enrolled yet "
                    "({est}). An administrator enrols it after comparing its check code with "
                    "that workstation's enrolment sheet.",
                ).format(file=path.name, est=outcome.establishment)
            ]
        if isinstance(outcome, RadprevError):
            return [
                translate("SyncPage", "{file}: refused — {reason}").format(
                    file=path.name, reason=error_text(outcome)
                )
            ]
        if getattr(outcome, "failed", False):
            return [
                translate(
                    "SyncPage",
                    "{file}: import FAILED — its audit log contradicts what this office "
                    "already holds for the workstation.",
                ).format(file=path.name),
                gui_text(outcome.summary()),
            ]
        return [gui_text(outcome.summary())]

    def _enrol(self, path: Path, exc: importer.EnrolmentRequired) -> bool:
        """Ask for the code (unless enrolled here before) and import again in the worker;
        False when nothing is imported (not allowed, or the question was cancelled)."""
        page = self.page
        if not policy.allows(page.ctx.require_session(), Permission.MANAGE_SYNC_KEYS):
            return False
        known = exc.fingerprint in self.enrolled
        typed = (
            None if known else page.confirm_fingerprint(exc, self.refused.get(exc.fingerprint, ""))
        )
        if typed is None and not known:
            return False

        def work(session: Session, progress: Any) -> Any:
            try:
                return sync_core.import_file(session, path, enrol_fingerprint=typed)
            except RadprevError as err:  # a wrong code: said, and the next file goes on
                return err

        def done(result: Any) -> None:
            if isinstance(result, RadprevError):
                self.refused[exc.fingerprint] = error_text(result)
                self.lines.extend(self._said(path, result))
            else:
                self.enrolled.add(exc.fingerprint)
                enrolled = "" if known else translate("SyncPage", "Workstation enrolled.") + " "
                self.lines.append(enrolled + gui_text(result.summary()))
            self.next()

        page._run(translate("SyncPage", "Importing"), sync_core.import_file, work, done)
        return True
