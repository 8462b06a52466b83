"""The checklist runner: items by domain, three answers each, evidence before ticks.

Every item is answered observed / not observed / unknown. "Observed" opens a
line for a concrete example and its date (required by the core service for
indicators). The banner of non-indicators (religious practice, diet, dress,
language, nationality…) is always visible above the items. Protective factors
and other possible explanations are required sections ("none observed" /
"none identified" are answers). The progress line counts answered items; it
is not a score. A draft can be saved at any time; completing seals the run
and shows per-domain counts (never a total) and the next review date. The items
and the result table are built in gui/checklist_items.py, the sections after the
items in gui/checklist_sections.py; saving, completing and correcting a run in
gui/checklist_saving.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.services import checklists, subjects, templates
from radprev_desktop.core.services.checklist_rules import (
    MAX_REASON,
)
from radprev_desktop.core.services.checklists import (
    Answer,
    AnswerInput,
    ChecklistRun,
    RunStatus,
    Sections,
)
from radprev_desktop.gui import unsaved_work
from radprev_desktop.gui.checklist_item_row import ItemRow
from radprev_desktop.gui.checklist_items import banner_text, build_items, result_table
from radprev_desktop.gui.checklist_saving import ChecklistSaving
from radprev_desktop.gui.checklist_sections import ChecklistSections
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.file_requests import may_amend_run
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.held_dialogs import DialogWatch, HeldCorrection, HeldRequests
from radprev_desktop.gui.i18n import current_language
from radprev_desktop.gui.inputs import LimitedLineEdit
from radprev_desktop.gui.page import Page, RecordKind, RecordRef
from radprev_desktop.gui.texts.template_view import TemplateView, template_view
from radprev_desktop.gui.widgets import heading

AUTOSAVE_MS = 60_000


class ChecklistRunnerPage(Page):
    """Run the active checklist for one prisoner, save partially, complete."""

    help_anchor = "checklist"

    finished = Signal(str)  # run id ("" when closed without a run)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ChecklistRunnerPage")
        self.run: ChecklistRun | None = None
        self.view: TemplateView | None = None
        self.rows: dict[str, ItemRow] = {}
        self.items: QWidget | None = None  # the current template's items (rebuilt per run)
        self.dirty = False
        self._loading = False
        self._amending = False
        self.guard = DialogWatch()  # the requests window Correct (amend)… opened, for the lock
        self.amend_changed = False
        self.before_amend: dict[str, AnswerInput | None] = {}
        self.saving = ChecklistSaving(self)
        self._build()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_draft)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = heading("")
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.banner = QLabel()
        self.banner.setObjectName("nonIndicators")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { border: 2px solid palette(text); padding: 6px; background: palette(base); }"
        )
        self.banner.setAccessibleName(self.tr("Not indicators"))
        outer.addWidget(self.banner)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setWordWrap(True)  # one line was wider than 683 px (1024×768, 150 %)
        outer.addWidget(self.progress)
        self.messages = QLabel()
        self.messages.setObjectName("messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet(
            "QLabel { border: 2px solid palette(text); padding: 6px; font-weight: bold; }"
        )
        self.messages.hide()
        outer.addWidget(self.messages)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)

        # Sections after the items: the page's own widgets, kept across runs.
        self.sections = ChecklistSections()
        self.body_layout.addWidget(self.sections)
        sections = self.sections
        self.protective_none, self.other_none = sections.protective_none, sections.other_none
        self.other_explanations = sections.other_explanations
        self.context_notes, self.summary = sections.context_notes, sections.summary
        self.next_review = sections.next_review

        self.result = result_table()
        outer.addWidget(self.result)

        outer.addLayout(self._build_buttons())
        QShortcut(
            QKeySequence("Ctrl+S"), self, self.save, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(seq),
                self,
                self.saving.request_complete,  # asks first: completing seals
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        for edit in (self.other_explanations, self.context_notes, self.summary):
            edit.textChanged.connect(self._changed)
        for c in (self.protective_none, self.other_none):
            c.toggled.connect(lambda _c: self._changed())

    def _build_buttons(self) -> QVBoxLayout:
        """Save, complete, correct, close in a row that wraps; the correction's reason below
        (one row was 650 px wide in Macedonian while correcting, at 683×467: ux10, s10)."""
        row = QWidget()
        buttons = FlowLayout(row)
        self.save_button = QPushButton(self.tr("Save progress (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.complete_button = QPushButton(self.tr("&Complete (Ctrl+Enter)"))
        self.complete_button.setObjectName("complete")
        self.complete_button.clicked.connect(self.saving.request_complete)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close_runner)
        self.amend_button = QPushButton(self.tr("C&orrect (amend)…"))
        self.amend_button.setObjectName("amend")
        self.amend_button.clicked.connect(lambda: self.amend_clicked())
        self.amend_reason = LimitedLineEdit(MAX_REASON)
        self.amend_reason.setObjectName("amendReason")
        self.amend_reason.setAccessibleName(self.tr("Reason for the correction"))
        self.amend_reason.setPlaceholderText(self.tr("Reason for the correction (required)"))
        self.save_amend_button = QPushButton(self.tr("Save co&rrection"))
        self.save_amend_button.setObjectName("saveAmend")
        self.save_amend_button.clicked.connect(self.save_amend)
        for button in (self.save_button, self.complete_button, self.amend_button):
            buttons.addWidget(button)
        buttons.addWidget(self.save_amend_button)
        buttons.addWidget(self.close_button)
        self.amend_button.hide()
        self.amend_reason.hide()
        self.save_amend_button.hide()
        column = QVBoxLayout()
        column.addWidget(self.amend_reason)
        column.addWidget(row)
        return column

    # --- building the items --------------------------------------------------

    def _clear_body(self) -> None:
        """Delete the items of the previous template (one container, deleted whole).

        The page's own widgets (the "none observed" box, the sections) never live
        inside that container, so deleting it cannot leave a dead reference.
        """
        self.rows = {}
        if self.items is not None:
            self.body_layout.removeWidget(self.items)
            self.items.setParent(None)
            self.items.deleteLater()
            self.items = None

    def _build_items(self, view: TemplateView) -> None:
        self._clear_body()
        self.items, self.rows = build_items(view, self._changed)
        self.body_layout.insertWidget(0, self.items)
        self.sections.show_prompts(view)

    # --- opening -----------------------------------------------------------

    def new_for_subject(self, subject_id: str) -> None:
        """Start a draft run with the active template."""
        session = self.ctx.require_session()
        run = self.ctx.perform(checklists.start_run, session, subject_id)
        self.open_run(run)

    def load(self, run_id: str) -> None:
        """Continue a draft or read a completed run (opening is audited by the service)."""
        run = checklists.get_run(self.ctx.require_session(), run_id)
        self.open_run(run)

    def open_run(self, run: ChecklistRun) -> None:
        session = self.ctx.require_session()
        template = templates.get_template(session, run.template_code, run.template_version)
        subject = subjects.get_subject(session, run.subject_id)
        self.clear()
        self._loading = True
        self.run = run
        self.view = template_view(template.definition, current_language())
        self.heading.setText(
            self.tr("{title} (v{version}) — {name} ({number})").format(
                title=self.view.title,
                version=run.template_version,
                name=subject.display_name,
                number=subject.prison_number,
            )
        )
        self.banner.setText(banner_text(self.view))
        self._build_items(self.view)
        for a in run.answers:
            row = self.rows.get(a.item_code)
            if row is not None:
                row.set_answer(a.answer, a.evidence, a.evidence_date)
        self.sections.fill_from(run)
        sealed = run.status is RunStatus.COMPLETED
        for row in self.rows.values():
            row.set_read_only(sealed)
        self.sections.set_editable(not sealed)
        self.save_button.setEnabled(not sealed)
        self.complete_button.setEnabled(not sealed)
        self.amend_button.setVisible(sealed)
        self.amend_reason.hide()
        self.save_amend_button.hide()
        self._amending = False
        if sealed:
            self.saving.show_result(run)
        self._loading = False
        self.dirty = False
        self._update_progress()
        first = next(iter(self.rows.values()), None)
        if first is not None and not sealed:
            first.observed.setFocus()

    # --- correction of a completed run ----------------------------------------

    def amend_clicked(self, held: HeldRequests | None = None) -> None:
        """On a restricted file the person's request is recorded first (gui/file_requests);
        `held`: its words typed before the lock."""
        if may_amend_run(self.ctx, self, self.run, self.guard, held):
            self.start_amend()

    def start_amend(self) -> None:
        """Make a completed run editable for a correction (a new version with a reason)."""
        if self.run is None or not self.run.sealed:
            return
        self._amending = True
        self.amend_changed = False
        self.before_amend = {code: row.to_input() for code, row in self.rows.items()}
        for row in self.rows.values():
            row.set_read_only(False)
        self.sections.set_editable(True)
        self.amend_button.hide()
        self.amend_reason.show()
        self.save_amend_button.show()
        self._update_progress()
        self.amend_reason.setFocus()

    # --- state -------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        if self._amending:
            self.amend_changed = True
            self._update_progress()
            return
        self.dirty = True
        self._update_progress()
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def answered(self) -> tuple[int, int]:
        """(answered items, all items) — progress through the form, not a score."""
        total = len(self.rows)
        done = sum(1 for r in self.rows.values() if r.answer() is not None)
        return done, total

    def _update_progress(self) -> None:
        """The status line: progress while answering; once sealed, what completing did
        (it kept saying "…recorded as unknown when you complete" after the fact: soak9)."""
        done, total = self.answered()
        sealed = self.run is not None and self.run.status is RunStatus.COMPLETED
        if sealed and self._amending:
            text = self.tr(
                "Correcting the completed checklist: answered {done} of {total} items. "
                "Unanswered items are recorded as unknown when you save the correction."
            )
        elif sealed:
            text = self.tr(
                "Completed and sealed: all {total} items are recorded, {unknown} of them as "
                "unknown (items left unanswered included). A change now is a correction, "
                "kept as a new version."
            )
        else:
            text = self.tr(
                "Answered {done} of {total} items. Unanswered items are recorded as "
                "unknown when you complete."
            )
        unknown = sum(1 for r in self.rows.values() if r.answer() is Answer.UNKNOWN)
        self.progress.setText(text.format(done=done, total=total, unknown=unknown))

    def has_unsaved_changes(self) -> bool:
        return self.has_unsaved_answers() or self.guard.has_typed()

    def has_unsaved_answers(self) -> bool:
        """Answers or sections changed and not yet kept (a correction's included)."""
        return self.dirty or (self._amending and self.amend_changed)

    def inputs(self) -> tuple[list[AnswerInput], Sections]:
        answers = [a for a in (r.to_input() for r in self.rows.values()) if a is not None]
        sections = Sections(
            protective_none_observed=self.protective_none.isChecked(),
            other_explanations=self.other_explanations.toPlainText().strip(),
            other_explanations_none=self.other_none.isChecked(),
            context_notes=self.context_notes.toPlainText().strip(),
            summary=self.summary.toPlainText().strip(),
        )
        return answers, sections

    def show_message(self, text: str) -> None:
        self.messages.setText(text)
        self.messages.show()

    def show_error(self, exc: RadprevError) -> None:
        self.messages.setText(error_text(exc))
        self.messages.show()
        field = exc.field if isinstance(exc, ValidationError) else None
        target: QWidget | None = None
        if field and field.startswith("answers."):
            code = field.split(".")[1]
            row = self.rows.get(code)
            if row is not None:
                target = row.date if field.endswith("evidence_date") else row.evidence
                if not row.evidence_row.isVisible():
                    target = row.observed
                self.scroll_area.ensureWidgetVisible(row)
        else:
            target = {
                "protective_factors": self.protective_none,
                "protective_none_observed": self.protective_none,
                "other_explanations": self.other_explanations,
                "other_explanations_none": self.other_none,
                "summary": self.summary,
                "next_review_date": self.next_review,
                "context_notes": self.context_notes,
            }.get(field or "")
            if target is not None:
                self.scroll_area.ensureWidgetVisible(target)
        if target is not None:
            target.setFocus()

    # What gui/checklist_saving.py does for this page (buttons, shortcuts, timer, protocol).
    def save(self) -> bool:
        """Partial save of the draft."""
        return self.saving.save()

    def save_draft(self) -> bool:
        return self.saving.save_draft()

    def complete(self) -> bool:
        """Seal the run (after a last save) and show the counts per domain."""
        return self.saving.complete()

    def save_amend(self) -> bool:
        """Seal the correction as the next version; the old one stays in the history."""
        return self.saving.save_amend()

    def open_record(self, ref: RecordRef) -> bool:
        if ref.kind is not RecordKind.CHECKLIST_RUN:
            return False
        self.load(ref.id)
        return True

    def current_record(self) -> RecordRef | None:
        if self.run is None:
            return None
        return RecordRef(RecordKind.CHECKLIST_RUN, self.run.id, self.run.subject_id)

    def hold_unsaved(self) -> object | None:
        return self.guard.hold() or unsaved_work.hold_checklist(self)

    def resume_unsaved(self, held: object) -> bool:
        if isinstance(held, unsaved_work.HeldChecklist):
            unsaved_work.resume_checklist(self, held)
        elif isinstance(held, HeldCorrection):
            if self.run is None or self.run.id != held.target[1]:
                return False  # not reopened (yet): kept until it is
            QTimer.singleShot(0, lambda: self.amend_clicked(held.requests))
        return True

    @property
    def amending(self) -> bool:
        return self._amending

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill widgets without counting it as the user's change."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def mark_changed(self) -> None:
        """Values were put back after unlock: unsaved again, and the screen says so."""
        if self._amending:
            self.amend_changed = True
        else:
            self.dirty = True
        self._update_progress()
        self.messages.setText(
            self.tr("What you entered was kept while the screen was locked; it is not saved yet.")
        )
        self.messages.show()

    def close_runner(self) -> None:
        """Back to the file: keep the draft, or drop it when nothing was answered at all."""
        if self.dirty and not self.save():
            return  # the message says what is missing; nothing typed is dropped
        run = self.run
        if (
            run is not None
            and not run.sealed
            and not self.dirty
            and not run.answers
            and self.answered()[0] == 0
            and not (run.summary or run.other_explanations or run.context_notes)
        ):
            try:
                self.ctx.perform(checklists.discard_draft, self.ctx.require_session(), run.id)
            except RadprevError:
                pass  # the empty draft stays; the officer can continue it later
            else:
                self.finished.emit("")
                return
        self.finished.emit(run.id if run else "")

    def refresh(self) -> None:
        """Nothing to reload: a run is opened from a subject's file."""
        self._update_progress()

    def clear(self) -> None:
        """Forget the run and every answer on screen (on lock)."""
        self.autosave_timer.stop()
        self._loading = True
        self.run = None
        self.view = None
        self._clear_body()
        self.sections.clear_values()
        for w in (self.heading, self.banner, self.progress, self.messages):
            w.clear()
        self.messages.hide()
        self.result.clearContents()
        self.result.setRowCount(0)
        self.result.hide()
        self._amending = False
        self.amend_changed = False
        self.before_amend = {}
        self.amend_reason.clear()
        self.amend_reason.hide()
        self.save_amend_button.hide()
        self.amend_button.hide()
        self._loading = False
        self.dirty = False

    def item_row(self, code: str) -> ItemRow:
        return self.rows[code]
