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
items in gui/checklist_sections.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
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
    AnswerInput,
    ChecklistRun,
    RunStatus,
    Sections,
)
from radprev_desktop.core.text import named
from radprev_desktop.gui import unsaved_work
from radprev_desktop.gui.checklist_item_row import ItemRow
from radprev_desktop.gui.checklist_items import banner_text, build_items, result_table, show_counts
from radprev_desktop.gui.checklist_sections import ChecklistSections
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.i18n import current_language, format_datetime
from radprev_desktop.gui.inputs import LimitedLineEdit
from radprev_desktop.gui.page import Page, RecordKind, RecordRef
from radprev_desktop.gui.sensitive_question import seal_asking
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
        self._dirty = False
        self._loading = False
        self._amending = False
        self._amend_changed = False
        self._before: dict[str, AnswerInput | None] = {}
        self._build()
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)

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
                self.complete,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        for edit in (self.other_explanations, self.context_notes, self.summary):
            edit.textChanged.connect(self._changed)
        for c in (self.protective_none, self.other_none):
            c.toggled.connect(lambda _c: self._changed())

    def _build_buttons(self) -> QHBoxLayout:
        """Save, complete, correct (with its reason), close."""
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save progress (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.complete_button = QPushButton(self.tr("&Complete (Ctrl+Enter)"))
        self.complete_button.setObjectName("complete")
        self.complete_button.clicked.connect(self.complete)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close_runner)
        self.amend_button = QPushButton(self.tr("C&orrect (amend)…"))
        self.amend_button.setObjectName("amend")
        self.amend_button.clicked.connect(self.start_amend)
        self.amend_reason = LimitedLineEdit(MAX_REASON)
        self.amend_reason.setObjectName("amendReason")
        self.amend_reason.setAccessibleName(self.tr("Reason for the correction"))
        self.amend_reason.setPlaceholderText(self.tr("Reason for the correction (required)"))
        self.save_amend_button = QPushButton(self.tr("Save co&rrection"))
        self.save_amend_button.setObjectName("saveAmend")
        self.save_amend_button.clicked.connect(self.save_amend)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.amend_reason, 1)
        buttons.addWidget(self.save_amend_button)
        self.amend_button.hide()
        self.amend_reason.hide()
        self.save_amend_button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

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
        self._open(run)

    def load(self, run_id: str) -> None:
        """Continue a draft or read a completed run (opening is audited by the service)."""
        run = checklists.get_run(self.ctx.require_session(), run_id)
        self._open(run)

    def _open(self, run: ChecklistRun) -> None:
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
            self._show_result(run)
        self._loading = False
        self._dirty = False
        self._update_progress()
        first = next(iter(self.rows.values()), None)
        if first is not None and not sealed:
            first.observed.setFocus()

    # --- correction of a completed run ----------------------------------------

    def start_amend(self) -> None:
        """Make a completed run editable for a correction (a new version with a reason)."""
        if self.run is None or not self.run.sealed:
            return
        self._amending = True
        self._amend_changed = False
        self._before = {code: row.to_input() for code, row in self.rows.items()}
        for row in self.rows.values():
            row.set_read_only(False)
        self.sections.set_editable(True)
        self.amend_button.hide()
        self.amend_reason.show()
        self.save_amend_button.show()
        self.amend_reason.setFocus()

    def save_amend(self) -> bool:
        """Seal the correction as the next version; the old one stays in the history."""
        if self.run is None or not self._amending:
            return False
        answers, sections = self._inputs()
        changed = [a for a in answers if self._before.get(a.item_code) != a]
        sections = replace(
            sections, next_review_date=self.next_review.date().toString("yyyy-MM-dd")
        )
        run_id = self.run.id
        try:
            amended = seal_asking(
                self,
                lambda yes: self.ctx.perform(
                    checklists.amend_run,
                    self.ctx.require_session(),
                    run_id,
                    self.amend_reason.text(),
                    changed,
                    sections,
                    confirm_sensitive=yes,
                ),
                self._field_title,
            )
        except RadprevError as exc:
            self._show_error(exc)
            if isinstance(exc, ValidationError) and exc.field == "reason":
                self.amend_reason.setFocus()
            return False
        if amended is None:
            self._show_message(self.tr("Not saved: change the wording, then save the correction."))
            return False
        self.run = amended
        self._dirty = False
        self._open(self.run)
        self.ctx.status_message.emit(
            self.tr("Correction saved as version {n}.").format(n=self.run.version)
        )
        return True

    # --- state -------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        if self._amending:
            self._amend_changed = True
            self._update_progress()
            return
        self._dirty = True
        self._update_progress()
        if not self._autosave.isActive():
            self._autosave.start()

    def answered(self) -> tuple[int, int]:
        """(answered items, all items) — progress through the form, not a score."""
        total = len(self.rows)
        done = sum(1 for r in self.rows.values() if r.answer() is not None)
        return done, total

    def _update_progress(self) -> None:
        done, total = self.answered()
        state = ""
        if self.run is not None and self.run.status is RunStatus.COMPLETED:
            state = " — " + self.tr("completed and sealed")
        self.progress.setText(
            self.tr(
                "Answered {done} of {total} items{state}. Unanswered items are recorded as "
                "unknown when you complete."
            ).format(done=done, total=total, state=state)
        )

    def has_unsaved_changes(self) -> bool:
        return self._dirty or (self._amending and self._amend_changed)

    def _inputs(self) -> tuple[list[AnswerInput], Sections]:
        answers = [a for a in (r.to_input() for r in self.rows.values()) if a is not None]
        sections = Sections(
            protective_none_observed=self.protective_none.isChecked(),
            other_explanations=self.other_explanations.toPlainText().strip(),
            other_explanations_none=self.other_none.isChecked(),
            context_notes=self.context_notes.toPlainText().strip(),
            summary=self.summary.toPlainText().strip(),
        )
        return answers, sections

    def _show_message(self, text: str) -> None:
        self.messages.setText(text)
        self.messages.show()

    def _field_title(self, name: str) -> str:
        """A free-text field as the screen names it (evidence: the item's code)."""
        if name.startswith("answers."):
            return self.tr("Evidence for {code}").format(code=name.split(".", 1)[1])
        titles = {
            "other_explanations": self.tr("Other explanations considered"),
            "context_notes": self.tr("Context and vulnerability notes"),
            "summary": self.tr("Summary"),
            "amendment_reason": self.tr("Reason for the correction"),
        }
        return titles.get(name, name)

    def _show_error(self, exc: RadprevError) -> None:
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

    def save(self) -> bool:
        """Partial save of the draft."""
        if self.run is None or self.run.sealed:
            return False
        answers, sections = self._inputs()
        try:
            self.run = self.ctx.perform(
                checklists.save_answers, self.ctx.require_session(), self.run.id, answers, sections
            )
        except RadprevError as exc:
            self._show_error(exc)
            return False
        self._dirty = False
        self._autosave.stop()
        self.messages.hide()
        self.ctx.status_message.emit(self.tr("Checklist progress saved."))
        return True

    def save_draft(self) -> bool:
        """Page protocol (leaving, lock, timer): keep what can be kept without asking.

        True when nothing is left unsaved. An "observed" answer still without its
        example cannot be kept (core refuses it); the other answers and the
        sections are kept, and False tells the caller to ask.
        """
        if self._amending:
            return not self._amend_changed  # a correction is sealed with a reason, never a draft
        if not self._dirty or self.run is None or self.run.sealed:
            return True
        answers, sections = self._inputs()
        session = self.ctx.require_session()
        try:
            self.run = self.ctx.perform(
                checklists.save_answers, session, self.run.id, answers, sections
            )
        except RadprevError:
            kept = [a for a in answers if self._keepable(session, a)]
            self.run = self.ctx.perform(
                checklists.save_answers, session, self.run.id, kept, sections
            )
            return False
        self._dirty = False
        self._autosave.stop()
        return True

    def _keepable(self, session: Any, answer: AnswerInput) -> bool:
        assert self.run is not None
        try:
            self.ctx.perform(checklists.save_answers, session, self.run.id, [answer])
        except RadprevError:
            return False
        return True

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
        return unsaved_work.hold_checklist(self)

    def resume_unsaved(self, held: object) -> bool:
        if isinstance(held, unsaved_work.HeldChecklist):
            unsaved_work.resume_checklist(self, held)
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
            self._amend_changed = True
        else:
            self._dirty = True
        self._update_progress()
        self.messages.setText(
            self.tr("What you entered was kept while the screen was locked; it is not saved yet.")
        )
        self.messages.show()

    def complete(self) -> bool:
        """Seal the run (after a last save) and show the counts per domain."""
        if self.run is None or self.run.sealed:
            return False
        answers, sections = self._inputs()
        session = self.ctx.require_session()
        try:
            self.run = self.ctx.perform(
                checklists.save_answers, session, self.run.id, answers, sections
            )
            run_id = self.run.id
            completed = seal_asking(
                self,
                lambda yes: self.ctx.perform(
                    checklists.complete_run,
                    session,
                    run_id,
                    self.summary.toPlainText(),
                    self.next_review.date().toString("yyyy-MM-dd"),
                    sections,
                    confirm_sensitive=yes,
                ),
                self._field_title,
            )
        except RadprevError as exc:
            self._show_error(exc)
            return False
        if completed is None:
            self._show_message(self.tr("Not completed: change the wording, then complete."))
            return False
        self.run = completed
        self._dirty = False
        self._autosave.stop()
        self.messages.hide()
        self._open(self.run)
        self.ctx.status_message.emit(self.tr("Checklist completed."))
        return True

    def _show_result(self, run: ChecklistRun) -> None:
        counts = checklists.run_summary(self.ctx.require_session(), run)
        show_counts(self.result, counts, self.view)
        self.messages.setText(
            named(
                self.tr(
                    "Completed. Next review: {date}. The counts show how items were answered in "
                    "each domain; they are not a score and are never added up."
                ),
                date=format_datetime(run.next_review_date or "", with_time=False) or "—",
            )
        )
        self.messages.show()

    def close_runner(self) -> None:
        """Back to the file: keep the draft, or drop it when nothing was answered at all."""
        if self._dirty and not self.save():
            return  # the message says what is missing; nothing typed is dropped
        run = self.run
        if (
            run is not None
            and not run.sealed
            and not self._dirty
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
        self._autosave.stop()
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
        self._amend_changed = False
        self._before = {}
        self.amend_reason.clear()
        self.amend_reason.hide()
        self.save_amend_button.hide()
        self.amend_button.hide()
        self._loading = False
        self._dirty = False

    def item_row(self, code: str) -> ItemRow:
        return self.rows[code]
