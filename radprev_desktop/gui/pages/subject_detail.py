"""A prisoner's file: identity, timeline of observations and checklist runs, actions.

Opening a file is a consultation: the reason for access is asked once per session
(gui/justification.py) and `subject_file.open_subject_file` writes the audit entry. The
observation timeline is a lazy model (100 rows a query), so a file with hundreds of
observations opens at once. New observations, corrections and checklist runs are written in
editors embedded in this page; "write first" hides the earlier reports until the officer has
written the new observation (reduces confirmation bias).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Observation, ObservationStatus, Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import observations, subject_file
from radprev_desktop.gui import file_requests, unsaved_work
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.file_not_opened import FileNotOpened
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.held_dialogs import HeldCorrection, HeldDetails, HeldRequests
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.justification import as_justification, ensure_justification
from radprev_desktop.gui.models.paged import PagedTableModel
from radprev_desktop.gui.models.records import TIMELINE_COLUMNS, fit_columns, record_table
from radprev_desktop.gui.observation_history import HistoryView
from radprev_desktop.gui.page import Page, RecordKind, RecordRef, ask_to_discard
from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.referrals import ReferralsTab
from radprev_desktop.gui.pages.transfers import TransfersTab
from radprev_desktop.gui.restriction import RestrictionButton
from radprev_desktop.gui.subject_identity import SubjectIdentity, write_first_widgets
from radprev_desktop.gui.texts import checklist_runs as runs_model
from radprev_desktop.gui.texts import subject_file as file_texts
from radprev_desktop.gui.widgets import heading, named_button

PAGE_SIZE = 100


class SubjectDetailPage(Page):
    """The file of one prisoner (opened with a reason for access)."""

    help_anchor = "subject_detail"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("SubjectDetailPage")
        self.subject: Subject | None = None
        self.write_first_active = False
        self.history_of_details: list[Any] = []
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.file_view = QWidget()
        self._build_file_view()
        self.editor = ObservationEditorPage(ctx)
        self.editor.finished.connect(self._editor_finished)
        self.runner = ChecklistRunnerPage(ctx)
        self.runner.finished.connect(self._runner_finished)
        self.history = HistoryView()
        self.history.back.clicked.connect(self.show_file)
        self.not_opened = FileNotOpened(ctx)  # no reason given: say so, offer it again
        for w in (self.file_view, self.editor, self.runner, self.history, self.not_opened):
            self.stack.addWidget(w)

    def on_changes(self, changes: Change) -> None:
        """Another screen changed records: re-read the open file's lists (no new audit)."""
        session = self.ctx.session
        if self.subject is None or session is None or not session.is_open:
            return
        if changes & (Change.OBSERVATIONS | Change.REVIEWS):
            self.reload_timeline()
        if changes & Change.CHECKLISTS:
            self._fill_runs()
        if changes & Change.REFERRALS:
            self.referrals.reload()
        if changes & Change.SUBJECTS:
            self.transfers.reload()

    # --- layout ------------------------------------------------------------

    def _build_file_view(self) -> None:
        layout = QVBoxLayout(self.file_view)
        self.title = heading("")
        self.title.setObjectName("title")
        layout.addWidget(self.title)

        self.identity_box = SubjectIdentity()
        self.identity = self.identity_box.values
        layout.addWidget(self.identity_box)

        layout.addWidget(self._build_actions())

        self.write_first, row, self.hidden_note, self.show_reports_button = write_first_widgets()
        self.show_reports_button.clicked.connect(self.reveal_reports)
        for widget in (row, self.hidden_note, self.show_reports_button):
            layout.addWidget(widget)

        self._build_tabs()
        layout.addWidget(self.tabs, 1)

    def _build_actions(self) -> QWidget:
        """New observation or checklist, continue, amend, history, edit details, reason."""
        actions_row = QWidget()
        actions = FlowLayout(actions_row)  # wraps on a narrow window instead of widening it
        button = named_button
        self.new_obs_button = button(self.tr("&New observation"), "newObservation")
        self.new_obs_button.clicked.connect(self.new_observation)
        self.new_run_button = button(self.tr("New chec&klist run"), "newChecklistRun")
        self.new_run_button.clicked.connect(self.new_checklist_run)
        self.continue_button = button(self.tr("Con&tinue draft"), "continueDraft")
        self.continue_button.clicked.connect(self.continue_draft)
        self.amend_button = button(self.tr("A&mend…"), "amend")
        self.amend_button.clicked.connect(self.amend_selected)
        self.history_button = button(self.tr("Histor&y"), "history")
        self.history_button.clicked.connect(self.show_history)
        self.edit_button = button(self.tr("&Edit details…"), "editSubject")
        self.edit_button.clicked.connect(self.edit_subject)
        self.reason_button = button(self.tr("Change &reason…"), "changeReason")
        self.reason_button.clicked.connect(self.change_reason)
        for b in (self.new_obs_button, self.new_run_button, self.continue_button):
            actions.addWidget(b)
        for b in (self.amend_button, self.history_button, self.edit_button, self.reason_button):
            actions.addWidget(b)
        self.requests = file_requests.FileRequests(self.ctx, self, actions)
        self.restrict_button = RestrictionButton(self.ctx, self, actions)  # last in the row
        return actions_row

    def _build_tabs(self) -> None:
        """Observations (lazy table and reading pane), checklist runs, changes to details."""
        self.tabs = QTabWidget()
        self.tabs.setObjectName("timelineTabs")
        # Observations: lazy table + reading pane.
        split = QSplitter(Qt.Orientation.Horizontal)
        self.timeline_model: PagedTableModel[Observation] = PagedTableModel(
            TIMELINE_COLUMNS, PAGE_SIZE, self
        )
        self.timeline = record_table(
            self.timeline_model, "timeline", self.tr("Observations, newest first")
        )
        self.timeline.selectionModel().currentRowChanged.connect(self._timeline_current)
        self.timeline.activated.connect(lambda _i: self.show_history())
        self.reading = QTextBrowser()
        self.reading.setObjectName("reading")
        self.reading.setAccessibleName(self.tr("Selected observation"))
        split.addWidget(self.timeline)
        split.addWidget(self.reading)
        split.setSizes([600, 400])
        self.tabs.addTab(split, self.tr("Observations"))
        # Checklist runs.
        self.runs = QListWidget()
        self.runs.setObjectName("checklistRuns")
        self.runs.setAccessibleName(self.tr("Checklist runs"))
        self.runs.itemActivated.connect(self._open_run)
        self.tabs.addTab(self.runs, self.tr("Checklists"))
        # Changes to the identity.
        self.changes = QTextBrowser()
        self.changes.setObjectName("subjectChanges")
        self.tabs.addTab(self.changes, self.tr("Changes to details"))
        # Records follow the prisoner: referrals to programmes, transfers, handover.
        self.referrals = ReferralsTab(self.ctx)
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.transfers = TransfersTab(self.ctx)
        self.tabs.addTab(self.transfers, self.tr("Transfers"))

    # --- opening -----------------------------------------------------------

    def open_subject(self, subject_id: str) -> bool:
        """Open the file (asks the reason for access the first time in a session)."""
        if (reason := ensure_justification(session := self.ctx.require_session(), self)) is None:
            self.ctx.status_message.emit(self.tr("The file was not opened: no reason given."))
            if self.subject is None:  # e.g. after an unlock: not an empty page (soak9, s9)
                self.not_opened.show_in(self.stack, subject_id)
            return False
        try:
            file = subject_file.open_subject_file(
                session, subject_id, as_justification(reason), limit=PAGE_SIZE
            )
        except RadprevError as exc:
            show_error(self, exc)
            return False
        # Opening another file must not lose what is being typed in this one.
        if not self.save_draft() and not ask_to_discard(self):
            return False
        self.clear()
        self.subject = file.subject
        self.title.setText(self.tr("File: {name}").format(name=file.subject.display_name))
        self.identity_box.show_subject(file.subject, reason)
        first_page = list(file.observations)
        sid = file.subject.id

        def fetch(offset: int, limit: int) -> list[Observation]:
            if offset == 0 and limit == PAGE_SIZE:
                return first_page
            return observations.list_for_subject(
                self.ctx.require_session(), sid, limit=limit, offset=offset
            )

        self.timeline_model.set_query(fetch)
        fit_columns(self.timeline, 200)
        self._fill_changes(file.history)
        self._fill_runs()
        self.referrals.show_subject(file.subject)
        self.transfers.show_subject(file.subject)
        write_first = self.write_first.isChecked() or bool(
            session.setting("write_before_reading", False)
        )
        self.write_first.setChecked(write_first)
        self._set_reports_hidden(write_first and self.timeline_model.rowCount() > 0)
        self._update_buttons()
        self.stack.setCurrentWidget(self.file_view)
        if self.timeline_model.rowCount() and not self.write_first_active:
            self.timeline.selectRow(0)
        self.new_obs_button.setFocus()
        return True

    def _fill_changes(self, history: list[Any]) -> None:
        self.history_of_details = history  # kept to list new requests without re-opening
        self.changes.setPlainText(file_texts.changes_text(self.ctx.session, history, self.subject))

    def _fill_runs(self) -> None:
        self.runs.clear()
        if self.subject is None:
            return
        for run in runs_model.runs_for_subject(self.ctx.require_session(), self.subject.id):
            item = QListWidgetItem(runs_model.run_line(run))
            item.setData(Qt.ItemDataRole.UserRole, run.id)
            self.runs.addItem(item)

    def _set_reports_hidden(self, hidden: bool) -> None:
        self.write_first_active = hidden
        self.tabs.setVisible(not hidden)
        self.hidden_note.setVisible(hidden)
        self.show_reports_button.setVisible(hidden)

    def reveal_reports(self) -> None:
        self._set_reports_hidden(False)
        if self.timeline_model.rowCount():
            self.timeline.selectRow(0)
        self.timeline.setFocus()

    # --- selection and actions ------------------------------------------------

    def selected_observation(self) -> Observation | None:
        return self.timeline_model.row_at(self.timeline.currentIndex().row())

    def _timeline_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        obs = self.timeline_model.row_at(current.row())
        self.reading.setHtml(file_texts.reading_html(self.ctx.session, obs))
        self._update_buttons()

    def _update_buttons(self) -> None:
        session = self.ctx.session
        obs = self.selected_observation() if not self.write_first_active else None
        user = session.user if session is not None and session.is_open else None

        def may(permission: Permission) -> bool:
            return bool(user and session and self.subject and policy.allows(session, permission))

        self.new_obs_button.setEnabled(may(Permission.WRITE_OBSERVATIONS))
        self.new_run_button.setEnabled(may(Permission.RUN_CHECKLISTS))
        self.edit_button.setEnabled(may(Permission.WRITE_SUBJECTS))
        here = obs is None or session is None or policy.made_here(session, obs.establishment_code)
        self.continue_button.setEnabled(
            obs is not None
            and here
            and user is not None
            and obs.status is ObservationStatus.DRAFT
            and policy.is_author(user, obs.recorded_by)
        )
        self.amend_button.setEnabled(
            obs is not None
            and here
            and user is not None
            and policy.may_amend_observation(user, obs.recorded_by, obs.sealed)
        )
        self.history_button.setEnabled(obs is not None)
        self.requests.show_for(self.subject, obs)
        self.restrict_button.show_for(self.subject)

    def new_observation(self) -> None:
        if self.subject is None:
            return
        try:
            self.editor.new_for_subject(self.subject.id)
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.editor)
        self.editor.place.setFocus()

    def continue_draft(self) -> None:
        obs = self.selected_observation()
        if obs is None:
            return
        self.editor.load(obs.id)
        self.stack.setCurrentWidget(self.editor)

    def amend_selected(self) -> None:
        obs = self.selected_observation()
        if obs is None or not self.requests.may_amend(obs):
            return
        try:
            self.editor.load(obs.id, amend=True)
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.editor)
        self.editor.amend_reason.setFocus()

    def show_history(self) -> None:
        obs = self.selected_observation()
        if obs is None:
            return
        try:
            versions = observations.history(self.ctx.require_session(), obs.id)
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.history.title.setText(
            self.tr("History of the observation of {when}").format(
                when=format_datetime(obs.event_start)
            )
        )
        self.history.show_versions(versions)
        self.stack.setCurrentWidget(self.history)

    def new_checklist_run(self) -> None:
        if self.subject is None:
            return
        try:
            self.runner.new_for_subject(self.subject.id)
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.runner)

    def _open_run(self, item: QListWidgetItem) -> None:
        run_id = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            self.runner.load(run_id)
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.runner)

    def edit_subject(self) -> None:
        """Edit details… (a restricted file: what is locked is said first, file_requests)."""
        if self.subject is not None and self.requests.edit_details(self.subject) is not None:
            self.reload()

    def change_reason(self) -> None:
        wanted = self.subject.id if self.subject else self.not_opened.subject_id  # no reason yet
        if ensure_justification(self.ctx.require_session(), self, ask_again=True) and wanted:
            self.open_subject(wanted)

    def reload(self) -> None:
        """Open the same file again (audited again: it is a new consultation)."""
        if self.subject is not None:
            self.open_subject(self.subject.id)

    def show_file(self) -> None:
        self.stack.setCurrentWidget(self.file_view)
        self.timeline.setFocus()

    def _editor_finished(self, observation_id: str) -> None:
        """Back to the file; after a submit the earlier reports are shown again."""
        if observation_id:
            self._set_reports_hidden(False)
        self.reload_timeline()
        self.stack.setCurrentWidget(self.file_view)
        self.timeline.setFocus()

    def reload_timeline(self) -> None:
        """Re-read the list of the file already opened (same consultation, no new audit)."""
        if self.subject is None:
            return
        sid = self.subject.id
        self.timeline_model.set_query(
            lambda offset, limit: observations.list_for_subject(
                self.ctx.require_session(), sid, limit=limit, offset=offset
            )
        )
        if self.timeline_model.rowCount() and not self.write_first_active:
            self.timeline.selectRow(0)
        self._update_buttons()

    def _runner_finished(self, _run_id: str) -> None:
        self._fill_runs()
        self.stack.setCurrentWidget(self.file_view)
        self.tabs.setCurrentIndex(1)

    # --- page contract -----------------------------------------------------

    def refresh(self) -> None:
        """Nothing to reload on its own: the file is opened with a reason (open_subject)."""
        self._update_buttons()

    def clear(self) -> None:
        """Forget the file: identity, timeline, reading pane, editors."""
        self.subject = None
        self.title.clear()
        for value in self.identity.values():
            value.clear()
        self.timeline_model.clear()
        self.reading.clear()
        self.runs.clear()
        self.changes.clear()
        self.referrals.show_subject(None)
        self.transfers.show_subject(None)
        self.history.clear()
        self.editor.clear()
        self.runner.clear()
        self._set_reports_hidden(False)
        self.stack.setCurrentWidget(self.file_view)

    def has_unsaved_changes(self) -> bool:
        editing = self.editor.has_unsaved_changes() or self.runner.has_unsaved_changes()
        return editing or self.requests.watch.has_typed()

    def save_draft(self) -> bool:
        """Keep the embedded editor's and checklist's work (both are tried)."""
        editor_kept = self.editor.save_draft()
        runner_kept = self.runner.save_draft()
        return editor_kept and runner_kept

    def hold_unsaved(self) -> object | None:
        """The embedded editor's and checklist's work that no draft could keep."""
        if self.subject is None:
            return None
        typed = self.requests.watch.hold() or self.editor.guard.hold() or self.runner.guard.hold()
        return unsaved_work.hold_file(self.subject.id, self.editor, self.runner, typed)

    def resume_unsaved(self, held: object) -> bool:
        if not isinstance(held, unsaved_work.HeldFile):
            return True
        if self.subject is None or self.subject.id != held.subject_id:
            return False  # the file is not open (no reason given yet): try again later
        if held.editor is not None:
            unsaved_work.resume_observation(self.editor, held.editor)
            self.stack.setCurrentWidget(self.editor)
        if held.runner is not None:
            unsaved_work.resume_checklist(self.runner, held.runner)
            self.stack.setCurrentWidget(self.runner)
        if isinstance(held.dialog, HeldDetails | HeldRequests | HeldCorrection):
            self.requests.resume(held.dialog)
        return True

    def open_record(self, ref: RecordRef) -> bool:
        """A file, or an observation / checklist inside its prisoner's file."""
        if ref.kind is RecordKind.SUBJECT:
            return self.open_subject(ref.id)
        if not ref.subject_id:
            return False
        if (self.subject is None or self.subject.id != ref.subject_id) and not self.open_subject(
            ref.subject_id
        ):
            return False
        try:
            if ref.kind is RecordKind.OBSERVATION:
                self.editor.load(ref.id)
                self.stack.setCurrentWidget(self.editor)
            else:
                self.runner.load(ref.id)
                self.stack.setCurrentWidget(self.runner)
        except RadprevError as exc:
            show_error(self, exc)
            return False
        return True

    def current_record(self) -> RecordRef | None:
        if self.subject is None:
            return None
        shown = self.stack.currentWidget()
        inner = None
        if shown is self.editor:
            inner = self.editor.current_record()
        elif shown is self.runner:
            inner = self.runner.current_record()
        return inner or RecordRef(RecordKind.SUBJECT, self.subject.id)
