"""The observation editor: keyboard-first, facts and assessment kept apart.

Every field is declared once (gui/observation_form.py, through gui/form.py); reading,
filling, clearing, read-only mode, error focus and Tab order follow from that.
Alt+letter jumps to a field, Ctrl+S keeps the draft, Ctrl+Enter submits after
a short confirmation of what will be sealed, Escape closes (asking when
something is unsaved). A draft is kept even when it is unfinished: on the
timer, when leaving the editor and before the screen locks; what is still
missing is said when it is opened again. Place and duty start as in the
officer's last observation. A sealed observation opens read-only with an
Amend button. Choosing "immediate" shows an instruction that cannot be
missed: escalate now in person or by phone.

All rules (required fields, grading checks, sealing) are in
`core.services.observations`; this screen shows what the service says. The
fields are built in gui/observation_form.py, the prisoner chosen in
gui/observation_picker.py, records opened by gui/observation_opening.py and
drafts kept, checked, sealed and closed by gui/observation_saving.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import (
    Observation,
    Urgency,
)
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.services import (
    observation_fields,
    observations,
)
from radprev_desktop.gui import unsaved_work
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.file_requests import may_amend_observation
from radprev_desktop.gui.form import (
    Form,
    set_tab_order,
)
from radprev_desktop.gui.held_dialogs import DialogWatch, HeldCorrection, HeldRequests
from radprev_desktop.gui.observation_form import ObservationFields
from radprev_desktop.gui.observation_opening import ObservationOpening
from radprev_desktop.gui.observation_picker import ObservationPicker
from radprev_desktop.gui.observation_saving import ObservationSaving
from radprev_desktop.gui.page import Page, RecordKind, RecordRef
from radprev_desktop.gui.texts.template_view import active_template_view
from radprev_desktop.gui.widgets import heading

AUTOSAVE_MS = 30_000
RECHECK_MS = 400

IMMEDIATE_STYLE = (
    "QLabel { background: #000000; color: #ffffff; padding: 12px; border: 4px solid #000000; }"
)
MESSAGE_STYLE = "QLabel { border: 2px solid palette(text); padding: 6px; font-weight: bold; }"


class ObservationEditorPage(Page):
    """Record, continue, read or correct an observation about one prisoner."""

    finished = Signal(str)  # observation id after submit or close ("" when nothing was kept)
    submitted = Signal(str, str)  # observation id and its prisoner's id, once submitted
    subject_shown = Signal(str)  # the prisoner the form is about ("" when cleared)
    help_anchor = "observation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ObservationEditorPage")
        self.subject_id: str | None = None
        self.observation_id: str | None = None
        self.amend_of: Observation | None = None
        self.read_only = False
        self.dirty = False
        self.filling = False
        self.error_shown = False
        self.guard = DialogWatch()  # the requests window Amend… opened, held at the lock
        self.subject_text: dict[str, str] = {}  # name and number for the headings
        self.form = Form(self)
        self.saving = ObservationSaving(self)
        self.opening = ObservationOpening(self)
        self._build()
        self.autosave_timer = self._timer(AUTOSAVE_MS, self.autosave)
        self._nudge_timer = self._timer(400, self.update_nudge, single=True)
        self._recheck_timer = self._timer(RECHECK_MS, self.recheck, single=True)
        self.form.changed.connect(self._field_changed)

    def _timer(self, msecs: int, slot: Any, *, single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(msecs)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = heading("")
        self.heading.setObjectName("heading")
        outer.addWidget(self.heading)
        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        outer.addWidget(self.status_line)
        self.messages = QLabel()
        self.messages.setObjectName("messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet(MESSAGE_STYLE)
        self.messages.setAccessibleName(self.tr("Messages"))
        self.messages.hide()
        outer.addWidget(self.messages)
        # The escalation instruction sits above the form, outside the scrolling part, so it
        # stays on screen whatever field has the focus.
        self.immediate_warning = QLabel(
            "⚠ "
            + self.tr(
                "Escalate now in person or by phone — do not wait for an export. "
                "Tell the duty manager / security department immediately, then finish this record."
            )
        )
        self.immediate_warning.setObjectName("immediateWarning")
        self.immediate_warning.setWordWrap(True)
        self.immediate_warning.setStyleSheet(IMMEDIATE_STYLE)
        self.immediate_warning.setFont(heading("").font())
        self.immediate_warning.setAccessibleName(self.tr("Escalate now"))
        self.immediate_warning.hide()
        outer.addWidget(self.immediate_warning)
        self.picker = ObservationPicker(self.ctx)
        self.pick_query, self.pick_list = self.picker.query, self.picker.matches
        self.picker.chosen.connect(self.new_for_subject)
        self.picker.failed.connect(self.show_message)
        outer.addWidget(self.picker)

        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.form_scroll.setWidget(body)
        outer.addWidget(self.form_scroll, 1)
        self._build_fields(QVBoxLayout(body))
        outer.addLayout(self._build_buttons())

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft_now, scope)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.request_submit, scope)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_editor, scope)
        set_tab_order(
            [
                *self.form.tab_chain(),
                self.amend_reason,
                self.save_button,
                self.submit_button,
                self.amend_button,
                self.close_button,
            ]
        )

    def _build_fields(self, col: QVBoxLayout) -> None:
        """Every field of an observation, once (gui/observation_form.py)."""
        fields = ObservationFields(self.form, col)
        self.fields_ = fields
        self.event_start, self.place, self.duty = fields.event_start, fields.place, fields.duty
        self.facts, self.assessment = fields.facts, fields.assessment
        self.other_explanations, self.other_none = fields.other_explanations, fields.other_none
        self.nudge, self.source_type = fields.nudge, fields.source_type
        self.source_identity, self.grading = fields.source_identity, fields.grading
        self.urgency, self.non_indicators = fields.urgency, fields.non_indicators
        self.indicator_picker = fields.indicator_picker
        self.indicators = fields.indicator_picker.tree
        self.evidence = fields.indicator_picker.evidence
        self.protective, self.people_list = fields.protective, fields.people_list
        self.people = fields.people_list.list
        self.person_category = fields.people_list.category
        self.person_description = fields.people_list.description
        self.action_taken, self.own_account = fields.action_taken, fields.own_account
        self.amend_box, self.amend_reason = fields.amend_box, fields.amend_reason
        self.amend_label = fields.amend_label
        self.amend_reason.changed.connect(self._amend_reason_changed)
        self.source_type.changed.connect(self._source_type_changed)
        self.urgency.changed.connect(self._urgency_changed)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save draft (Ctrl+S)"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(self.save_draft_now)
        self.submit_button = QPushButton(self.tr("Su&bmit (Ctrl+Enter)"))
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.request_submit)
        self.amend_button = QPushButton(self.tr("Ame&nd…"))
        self.amend_button.setObjectName("amend")
        self.amend_button.setToolTip(
            self.tr("Write a corrected version with a reason; the original stays in the history.")
        )
        self.amend_button.clicked.connect(lambda: self.amend_clicked())
        self.amend_button.hide()
        self.close_button = QPushButton(self.tr("C&lose (Esc)"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close_editor)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.amend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    # --- state -------------------------------------------------------------------------

    def _field_changed(self, name: str) -> None:
        if self.filling:
            return
        self.dirty = True
        if self.subject_id and not self.autosave_timer.isActive() and self.amend_of is None:
            self.autosave_timer.start()
        if name not in ("event_start", "source_type", "grading", "urgency"):
            self._nudge_timer.start()
        if self.error_shown:
            self._recheck_timer.start()

    def _amend_reason_changed(self) -> None:
        if self.filling:
            return
        self.dirty = True  # a typed reason is work too: kept across the lock, asked on leaving
        if self.error_shown:
            self._recheck_timer.start()

    def _source_type_changed(self) -> None:
        if self.filling:
            return
        proposed = grading_service.propose_grading(
            self.source_type.value(), self.grading.preset_name
        )
        self.grading.set_value(proposed)

    def _urgency_changed(self) -> None:
        immediate = self.urgency.value() is Urgency.IMMEDIATE
        self.immediate_warning.setVisible(immediate)
        if immediate and not self.filling:
            self.ctx.status_message.emit(
                self.tr("Escalate now in person or by phone — do not wait for an export.")
            )

    def update_nudge(self) -> list[str]:
        """Ask about sensitive words in every free-text field (never blocks)."""
        self._nudge_timer.stop()
        if self.subject_id is None:
            found: list[str] = []
        else:
            findings = observation_fields.sensitive_findings(self.input())
            found = list(dict.fromkeys(w for f in findings for w in f.words))
        if found:
            self.nudge.setText(
                self.tr(
                    "You wrote: {words}. Is this necessary to describe the behaviour? "
                    "If it is (for example the person's exact words), keep it."
                ).format(words=", ".join(f"“{w}”" for w in found[:8]))
            )
        self.nudge.setVisible(bool(found))
        return found

    def has_unsaved_changes(self) -> bool:
        return self.dirty or self.guard.has_typed()

    def set_mode(self, mode: str) -> None:
        """'edit' (a draft), 'amend' (a correction with a reason) or 'read' (sealed)."""
        self.read_only = mode == "read"
        self.form.set_read_only(self.read_only)
        self.amend_box.setVisible(mode == "amend")
        self.save_button.setVisible(mode == "edit")
        self.submit_button.setVisible(mode != "read")
        self.amend_button.setVisible(mode == "read" and self._may_amend())
        self.submit_button.setText(
            self.tr("Su&bmit correction (Ctrl+Enter)")
            if mode == "amend"
            else self.tr("Su&bmit (Ctrl+Enter)")
        )

    def _may_amend(self) -> bool:
        session = self.ctx.session
        obs = self.amend_of
        if session is None or not session.is_open or obs is None:
            return False
        return policy.may_amend_observation(session, obs.recorded_by, obs.sealed)

    # --- opening -----------------------------------------------------------------------

    def new_observation(self) -> None:
        """Ctrl+N from anywhere: choose the prisoner first, then the empty form."""
        self.clear()
        self.heading.setText(self.tr("New observation — choose the prisoner"))
        self.set_mode("edit")
        self.picker.show()
        self.pick_query.setFocus()

    def find_prisoner(self) -> None:
        self.picker.search()

    def refresh(self) -> None:
        """Reload the template unless something is being typed (the form keeps its text)."""
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        if self.subject_id is None and self.picker.isHidden():
            # Shown without a prisoner (unlock after Ctrl+N): the choice of prisoner again,
            # never a form that cannot be saved.
            self.new_observation()
            return
        if self.dirty or self.read_only:
            return
        keep = self.indicator_picker.value()
        self.indicator_picker.load_template(active_template_view(self.ctx))
        self.indicator_picker.set_value(keep)

    # What gui/observation_opening.py does for this page.
    def new_for_subject(self, subject_id: str) -> None:
        """An empty form for a new observation about `subject_id` (place and duty remembered)."""
        self.opening.new_for_subject(subject_id)

    def observe_subject(self, subject_id: str) -> None:
        """The user's own draft about `subject_id` if there is one, else an empty form for it."""
        self.opening.observe_subject(subject_id)

    def load(self, observation_id: str, *, amend: bool = False) -> None:
        """Open a draft to continue, a returned one to correct, a sealed one to read."""
        self.opening.load(observation_id, amend=amend)

    def amend_clicked(self, held: HeldRequests | None = None) -> None:
        """On a restricted file the person's request is recorded first (gui/file_requests);
        `held`: its words typed before the lock."""
        if may_amend_observation(self.ctx, self, self.amend_of, self.guard, held):
            self.start_amend()

    def start_amend(self) -> None:
        """Amend button of a sealed observation: the same form, editable, with a reason."""
        if self.amend_of is None or not self._may_amend():
            return
        self.set_mode("amend")
        self.heading.setText(
            self.tr("Correction of an observation — {name} ({number})").format(**self.subject_text)
        )
        self.amend_reason.setFocus()

    def open_record(self, ref: RecordRef) -> bool:
        if ref.kind is not RecordKind.OBSERVATION:
            return False
        self.load(ref.id)
        return True

    def current_record(self) -> RecordRef | None:
        if self.observation_id is None:
            return None
        return RecordRef(RecordKind.OBSERVATION, self.observation_id, self.subject_id or "")

    def hold_unsaved(self) -> object | None:
        return self.guard.hold() or unsaved_work.hold_observation(self)

    def resume_unsaved(self, held: object) -> bool:
        if isinstance(held, unsaved_work.HeldObservation):
            unsaved_work.resume_observation(self, held)
        elif isinstance(held, HeldCorrection):
            if self.observation_id != held.target[1]:
                return False  # not reopened (yet): kept until it is
            QTimer.singleShot(0, lambda: self.amend_clicked(held.requests))
        return True

    def put_back(self, values: dict[str, Any], reason: str) -> None:
        """After unlock: the form's values (and a correction's reason) as they were."""
        self.filling = True
        self.form.set_values(values)
        self.amend_reason.set_value(reason)
        self.filling = False
        self.dirty = True
        self.update_nudge()
        self.show_message(
            self.tr(
                "Your correction was kept while the screen was locked; it is not submitted yet."
            )
            if self.amend_of is not None
            else self.tr(
                "What you typed was kept while the screen was locked; it is not saved yet."
            )
        )

    def fields(self) -> dict[str, Any]:
        """What the form holds, as keyword arguments of the observations service."""
        return self.form.values()

    def input(self) -> observations.ObservationInput:
        assert self.subject_id is not None
        return observations.ObservationInput(subject_id=self.subject_id, **self.fields())

    def show_message(self, text: str) -> None:
        self.messages.setText(text)
        self.messages.show()

    def hide_message(self) -> None:
        self.error_shown = False
        self.messages.clear()
        self.messages.hide()

    def show_error(self, exc: RadprevError, *, focus: bool = True, prefix: str = "") -> None:
        text = error_text(exc)
        self.show_message(f"{prefix} {text}".strip())
        self.error_shown = isinstance(exc, ValidationError)
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = self.form.focus_for(field)
        if field in ("reason", "amendment_reason"):
            widget = self.amend_reason
        if widget is not None and focus:
            self.form_scroll.ensureWidgetVisible(widget)
            widget.setFocus()

    # What gui/observation_saving.py does for this page (timers, buttons, shortcuts, protocol).
    def recheck(self) -> None:
        self.saving.recheck()

    def save_draft_now(self) -> bool:
        return self.saving.save_draft_now()

    def save_draft(self) -> bool:
        return self.saving.save_draft()

    def autosave(self) -> None:
        self.saving.autosave()

    def request_submit(self) -> bool:
        return self.saving.request_submit()

    def submit(self) -> bool:
        return self.saving.submit()

    def close_editor(self) -> None:
        self.saving.close_editor()

    def clear(self) -> None:
        """Empty every field and forget the record (on lock and before each use)."""
        for timer in (self.autosave_timer, self._nudge_timer, self._recheck_timer):
            timer.stop()
        self.filling = True
        self.picker.reset()
        self.subject_id = None
        self.observation_id = None
        self.amend_of = None
        for label_widget in (self.heading, self.status_line, self.nudge):
            label_widget.clear()
        self.hide_message()
        self.nudge.hide()
        self.form.clear()
        self.indicator_picker.forget()
        self.amend_reason.clear()
        self.immediate_warning.hide()
        self.subject_shown.emit("")
        self.set_mode("edit")
        self.filling = False
        self.dirty = False
