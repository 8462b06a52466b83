"""The prisoner's file: its rectification requests and disputes, a supervisor's
reclassification of the observation selected, and the guard that leads a correction
refused on a restricted file to the place where the person's request is recorded.

Buttons beside the file's other actions (the file page keeps its own layout); who may is
core's answer (`policy.allows`), what is allowed on a restricted file is core's
(`data_requests.correction_blocked`, decision 0023).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLayout, QMessageBox, QPushButton, QWidget

from radprev_desktop.core import policy
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Observation, Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import data_requests, subjects
from radprev_desktop.core.services.checklists import ChecklistRun
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog, Target
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.held_dialogs import (
    DialogWatch,
    HeldCorrection,
    HeldDetails,
    HeldDialog,
    HeldRequests,
)
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.reclassify_dialog import reclassify
from radprev_desktop.gui.subject_dialog import SubjectDialog
from radprev_desktop.gui.texts import subject_file as file_texts


class FileRequests(QObject):
    """*Requests and disputes…* and *Reclassify…* on the file shown on `page` (the
    prisoner's file page: its subject, selected observation and checklist run)."""

    def __init__(self, ctx: AppContext, page: Any, layout: QLayout) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.watch = DialogWatch()  # the details or requests dialog open, for the lock
        self.requests_button = QPushButton(self.tr("Re&quests and disputes…"))
        self.requests_button.setObjectName("dataRequests")
        self.requests_button.setToolTip(
            self.tr("The prisoner's rectification requests and disputes: record and decide them.")
        )
        self.requests_button.clicked.connect(lambda: self.open_requests())
        self.reclassify_button = QPushButton(self.tr("Recla&ssify…"))
        self.reclassify_button.setObjectName("reclassify")
        self.reclassify_button.setToolTip(
            self.tr("Change the classification of the selected observation (with a reason).")
        )
        self.reclassify_button.clicked.connect(self.reclassify_selected)
        layout.addWidget(self.requests_button)
        layout.addWidget(self.reclassify_button)
        self.show_for(None, None)

    def show_for(self, subject: Subject | None, obs: Observation | None) -> None:
        """Enabled for those core lets record requests / review, on a record made here."""
        session = self.ctx.session
        user = session.user if session is not None and session.is_open else None
        self.requests_button.setEnabled(
            subject is not None
            and user is not None
            and policy.allows(user, Permission.RECORD_DATA_REQUESTS)
        )
        self.reclassify_button.setEnabled(
            obs is not None
            and session is not None
            and user is not None
            and obs.sealed
            and policy.allows(user, Permission.REVIEW)
            and policy.made_here(session, obs.establishment_code)
        )

    def targets(self) -> list[Target]:
        """The details, the observation selected and the file's checklist runs (the one
        selected first), as the user may."""
        page = self.page
        session = self.ctx.require_session()
        found = [Target("subject", page.subject.id, details_label())]
        obs = page.selected_observation() if not page.write_first_active else None
        if (
            obs is not None
            and obs.sealed
            and policy.allows(session, Permission.AMEND_ANY_OBSERVATION)
        ):
            found.append(Target("observation", obs.id, observation_label(obs.event_start)))
        if policy.allows(session, Permission.AMEND_ANY_CHECKLIST):  # a file has few runs: all
            current = page.runs.currentItem()
            items = [page.runs.item(i) for i in range(page.runs.count())]
            items.sort(key=lambda item: item is not current)  # the one selected first
            found.extend(
                Target("checklist_run", str(i.data(Qt.ItemDataRole.UserRole)), run_label(i.text()))
                for i in items
            )
        return found

    def open_requests(
        self,
        chosen: tuple[str, str] | None = None,
        *,
        then_correct: bool = True,
        held: HeldRequests | None = None,
    ) -> None:
        """The dialog on the file shown; the record chosen first is the one selected on
        the tab shown (or `chosen`: kind, id); `held`: what was typed before the lock."""
        page = self.page
        if page.subject is None:
            return
        targets = self.targets()
        if held is not None and held.about not in [(t.kind, t.id) for t in targets]:
            targets.append(Target(*held.about, self.tr("The record of the request")))
        if chosen is None:
            on_runs = page.tabs.currentIndex() == 1
            chosen = ("checklist_run", "") if on_runs else ("observation", "")
        index = next(
            (i for i, t in enumerate(targets) if t.kind == chosen[0] and chosen[1] in ("", t.id)),
            0,
        )
        dialog = DataRequestsDialog(self.ctx, page.subject, targets, chosen=index, parent=page)
        if held is not None:
            dialog.put_back(held)
        self.watch.run(dialog)
        session = self.ctx.session
        if session is None or not session.is_open or page.subject is None:
            return  # locked while the dialog was open: the page was cleared
        self.refresh_changes()
        if dialog.correct is not None and then_correct:
            self.correct(dialog.correct)

    def correct(self, target: Target) -> None:
        """Open the amendment of the record a request is about (the usual screens)."""
        page = self.page
        try:
            if target.kind == "subject":
                page.edit_subject()
            elif target.kind == "observation":
                page.editor.load(target.id, amend=True)
                page.stack.setCurrentWidget(page.editor)
                page.editor.amend_reason.setFocus()
            else:
                page.runner.load(target.id)
                page.stack.setCurrentWidget(page.runner)
                page.runner.start_amend()
        except RadprevError as exc:
            show_error(page, exc)

    def edit_details(self, subject: Subject, held: HeldDetails | None = None) -> Subject | None:
        """Edit details… on the file (see `edit_details`); its requests window records
        the person's request when the details are locked."""
        return edit_details(
            self.ctx,
            self.page,
            subject,
            lambda: self.open_requests(("subject", subject.id), then_correct=False),
            self.watch,
            held,
        )

    def resume(self, held: HeldDialog) -> None:
        """After unlock, on the same file: the dialog open at the lock, as it was typed
        (opened once the unlock has finished, as the user left it)."""

        def reopen() -> None:
            page = self.page
            if page.subject is None or page.subject.id != held.subject_id:
                return
            if isinstance(held, HeldCorrection):
                target = Target(*held.target)
                if may_correct(self.ctx, page, held.subject_id, target, self.watch, held.requests):
                    self.correct(target)
            elif isinstance(held, HeldRequests):
                self.open_requests(held.about, held=held)
            elif self.edit_details(page.subject, held) is not None:
                page.reload()

        QTimer.singleShot(0, reopen)

    def may_amend(self, obs: Observation) -> bool:
        """Amend… on a restricted file: the person's request first (see `may_correct`)."""
        allowed = may_amend_observation(self.ctx, self.page, obs, self.watch)
        self.refresh_changes()  # a request may have been recorded on the way
        return allowed

    def refresh_changes(self) -> None:
        """The file's changes and requests again, without a new consultation."""
        session, page = self.ctx.session, self.page
        if session is None or not session.is_open or page.subject is None:
            return  # locked meanwhile: the page was cleared
        page.changes.setPlainText(
            file_texts.changes_text(session, page.history_of_details, page.subject)
        )

    def reclassify_selected(self) -> None:
        """The selected observation's level, changed with a reason; the list shows it."""
        if reclassify(self.ctx, self.page.selected_observation(), self.page) is not None:
            self.page.reload_timeline()


def details_label() -> str:
    """The file's details, as a request's record."""
    return QCoreApplication.translate("FileRequests", "The prisoner's details")


def observation_label(when: str) -> str:
    """An observation, by when it happened."""
    return QCoreApplication.translate("FileRequests", "The observation of {when}").format(
        when=format_datetime(when)
    )


def run_label(run: str) -> str:
    """A checklist run, by its line in the file's list (or its date)."""
    return QCoreApplication.translate("FileRequests", "The checklist run: {run}").format(run=run)


def edit_details(
    ctx: AppContext,
    parent: QWidget,
    subject: Subject,
    record_request: Callable[[], None],
    watch: DialogWatch,
    held: HeldDetails | None = None,
) -> Subject | None:
    """Edit details…; on a restricted file without an open request on the details, say
    first which details are locked and offer `record_request` (the window where the
    person's request is recorded) or a change of where the prisoner is held. `held`:
    what was typed before the lock (asked already: the dialog opens at once). The saved
    details, or None."""
    try:
        locked = data_requests.locked_details(ctx.require_session(), subject.id)
    except RadprevError as exc:
        show_error(parent, exc)
        return None
    if locked and held is None:
        choice = ask_locked_details(ctx, parent)
        if choice == "request":
            record_request()
            session = ctx.session
            if session is None or not session.is_open:
                return None  # locked meanwhile
            locked = data_requests.locked_details(session, subject.id)
            if locked:
                return None  # no request recorded: nothing to correct yet
        elif choice != "held":
            return None
    dialog = SubjectDialog(ctx, subject, parent, locked=locked)
    if held is not None:
        dialog.put_back(held.values)
    watch.run(dialog)
    return dialog.saved


def ask_locked_details(ctx: AppContext, parent: QWidget) -> str:
    """Edit details… on a restricted file: say what is locked and why, before any typing.
    "request" (record the person's request first), "held" (change only where the
    prisoner is held) or "" (cancelled)."""
    may_record = policy.allows(ctx.require_session(), Permission.RECORD_DATA_REQUESTS)
    box = QMessageBox(parent)
    box.setObjectName("detailsNeedRequest")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("FileRequests", "Processing restricted"))
    box.setText(
        QCoreApplication.translate(
            "FileRequests",
            "Processing of this file is restricted: the prison number, names and birth year "
            "are corrected only to answer the prisoner's open rectification request on the "
            "details. The unit, cell and status can still be changed.",
        )
    )
    if not may_record:
        box.setInformativeText(
            QCoreApplication.translate(
                "FileRequests", "A supervisor records the prisoner's request first."
            )
        )
    record = None
    if may_record:
        record = box.addButton(
            QCoreApplication.translate("FileRequests", "Record the &request…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    held = box.addButton(
        QCoreApplication.translate("FileRequests", "Change unit, cell or &status…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if record is not None and clicked is record:
        return "request"
    return "held" if clicked is held else ""


def may_correct(
    ctx: AppContext,
    parent: QWidget,
    subject_id: str,
    target: Target,
    watch: DialogWatch | None = None,
    held: HeldRequests | None = None,
) -> bool:
    """True when the record may be corrected now. On a restricted file without an open
    rectification request on it, say so and offer to record the person's request first
    (the dialog opens on that record); True once it is recorded. `watch` holds what is
    typed in that dialog across the lock; `held`: what was typed before it (the dialog
    opens again at once, with the words)."""
    try:
        session = ctx.require_session()
        if held is None and not data_requests.correction_blocked(session, target.kind, target.id):
            return True
        subject = subjects.get_subject(session, subject_id)
    except RadprevError as exc:
        show_error(parent, exc)
        return False
    if held is None and not ask_to_record(parent):
        return False
    targets = [Target("subject", subject.id, details_label())]
    if target.kind != "subject":
        targets.append(target)
    dialog = DataRequestsDialog(ctx, subject, targets, chosen=len(targets) - 1, parent=parent)
    if held is not None:
        dialog.put_back(held)
    if watch is None:
        run_and_forget(dialog)
    else:
        watch.run(dialog, correcting=(target.kind, target.id, target.label))
    if ctx.session is None or not ctx.session.is_open:
        return False
    return not data_requests.correction_blocked(ctx.session, target.kind, target.id)


def ask_to_record(parent: QWidget) -> bool:
    """A correction refused on a restricted file: say why; True to record the request."""
    box = QMessageBox(parent)
    box.setObjectName("correctionNeedsRequest")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("FileRequests", "Processing restricted"))
    box.setText(
        QCoreApplication.translate(
            "FileRequests",
            "Processing of this file is restricted: a record is corrected only to answer "
            "the prisoner's open rectification request on it. Record the request first; "
            "then the correction can be made.",
        )
    )
    record = box.addButton(
        QCoreApplication.translate("FileRequests", "Record the &request…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    recording = box.clickedButton() is record
    box.deleteLater()
    return recording


def may_amend_observation(
    ctx: AppContext,
    parent: QWidget,
    obs: Observation | None,
    watch: DialogWatch | None = None,
    held: HeldRequests | None = None,
) -> bool:
    """`may_correct` for an observation (the file's and the editor's Amend…)."""
    if obs is None:
        return False
    target = Target("observation", obs.id, observation_label(obs.event_start))
    return may_correct(ctx, parent, obs.subject_id, target, watch, held)


def may_amend_run(
    ctx: AppContext,
    parent: QWidget,
    run: ChecklistRun | None,
    watch: DialogWatch | None = None,
    held: HeldRequests | None = None,
) -> bool:
    """`may_correct` for a checklist run (the runner's Correct (amend)…)."""
    if run is None:
        return False
    when = format_datetime(run.completed_at or run.created_at)
    target = Target("checklist_run", run.id, run_label(when))
    return may_correct(ctx, parent, run.subject_id, target, watch, held)


def run_and_forget(dialog: QDialog) -> int:
    """Run a dialog and drop it at once: what was typed in it must not stay in memory
    under the page (the lock rejects open dialogs, then looks for text left behind)."""
    try:
        return dialog.exec()
    finally:
        dialog.setParent(None)
        dialog.deleteLater()
