"""The observation editor: keyboard-first, facts and assessment kept apart.

Every field is declared once (`_build`, through gui/form.py); reading,
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
`core.services.observations`; this screen shows what the service says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy, safeguards
from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import (
    JustificationReason,
    Observation,
    ObservationStatus,
    ReviewDecision,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.services import (
    observation_amendments,
    observation_fields,
    observations,
    reviews,
    subject_search,
    subjects,
)
from radprev_desktop.core.services.observation_fields import FIELD_LIMITS, MAX_TEXT
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.gui import unsaved_work
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, gui_text
from radprev_desktop.gui.form import (
    CheckField,
    ChoiceField,
    Form,
    LineField,
    LinesField,
    MomentField,
    TextField,
    set_tab_order,
)
from radprev_desktop.gui.grading_widget import ERROR_FIELDS as GRADING_ERRORS
from radprev_desktop.gui.grading_widget import GradingWidget
from radprev_desktop.gui.indicator_picker import IndicatorPicker
from radprev_desktop.gui.page import Page, RecordKind, RecordRef
from radprev_desktop.gui.people_list import PeopleList
from radprev_desktop.gui.sensitive_question import seal_asking
from radprev_desktop.gui.texts.labels import label, person_name
from radprev_desktop.gui.texts.template_view import TemplateView, active_template_view
from radprev_desktop.gui.widgets import heading

AUTOSAVE_MS = 30_000
RECHECK_MS = 400

IMMEDIATE_STYLE = (
    "QLabel { background: #000000; color: #ffffff; padding: 12px; border: 4px solid #000000; }"
)
MESSAGE_STYLE = "QLabel { border: 2px solid palette(text); padding: 6px; font-weight: bold; }"
BANNER_STYLE = (
    "QLabel { border: 2px solid palette(text); padding: 6px; background: palette(base); }"
)


def text_edit(name: str, accessible: str, placeholder: str = "", height: int = 70) -> TextField:
    """A multi-line field where Tab moves on (used by the checklist runner too)."""
    edit = TextField(MAX_TEXT, placeholder, lines=max(2, round(height / 18)))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


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
        self._dirty = False
        self._loading = False
        self._error_shown = False
        self._subject_text: dict[str, str] = {}  # name and number for the headings
        self.form = Form(self)
        self._build()
        self._autosave = self._timer(AUTOSAVE_MS, self.autosave)
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
        outer.addWidget(self._build_picker())

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

    def _group(self, column: QVBoxLayout, title: str, name: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addWidget(box)
        return form

    def _build_fields(self, col: QVBoxLayout) -> None:
        """Every field of an observation, once: label, widget, the service's name."""
        f = self.form
        when = self._group(col, self.tr("When and where"), "whenBox")
        self.event_start = f.add(
            when, "event_start", self.tr("&When:"), MomentField(),
            accessible=self.tr("When did it happen"), errors=("event_end",),
        )  # fmt: skip
        self.place = f.add(
            when, "place", self.tr("&Place:"),
            LineField(FIELD_LIMITS["place"], self.tr("e.g. wing A landing, yard, visits hall")),
            accessible=self.tr("Place"),
        )  # fmt: skip
        self.duty = f.add(
            when, "officer_duty", self.tr("Your d&uty:"),
            LineField(FIELD_LIMITS["officer_duty"], self.tr("e.g. landing officer, visits")),
            accessible=self.tr("Your duty at the time"), object_name="duty",
        )  # fmt: skip
        facts = self._group(col, self.tr("What was seen or heard (facts)"), "factsBox")
        self.facts = f.add(
            facts, "facts",
            self.tr(
                "What was &seen or heard — who, what, where, how. Put a person's exact words "
                'in "quotation marks".'
            ),
            TextField(
                FIELD_LIMITS["facts"],
                self.tr("Describe only what you saw or heard yourself or were told."), lines=6,
            ),
            accessible=self.tr("What was seen or heard"), above=True,
        )  # fmt: skip
        assess = self._group(col, self.tr("Officer's assessment (your opinion)"), "assessmentBox")
        self.assessment = f.add(
            assess, "assessment",
            self.tr(
                "Officer's &assessment (required) — why it may matter. What was this "
                "person's usual behaviour before?"
            ),
            TextField(
                FIELD_LIMITS["assessment"],
                self.tr("Usual behaviour before: …\nWhy it may matter: …"),
                lines=4,
            ),
            accessible=self.tr("Officer's assessment"), above=True,
        )  # fmt: skip
        self.other_explanations = f.add(
            assess, "other_explanations",
            self.tr(
                "Other e&xplanations considered (required) — debt, conflict, gang, illness or "
                "mental health, grievance, bad news from home, religious practice or a holiday…"
            ),
            TextField(
                FIELD_LIMITS["other_explanations"],
                self.tr("What else could explain it?"),
                lines=3,
            ),
            accessible=self.tr("Other explanations considered"), above=True,
        )  # fmt: skip
        self.other_none = f.add(
            assess, "other_explanations_none", "",
            CheckField(self.tr("None identified after considering them")),
            accessible=self.tr("No other explanation identified"), object_name="otherNone",
        )  # fmt: skip
        self.nudge = QLabel()
        self.nudge.setObjectName("nudge")
        self.nudge.setWordWrap(True)
        self.nudge.setStyleSheet("QLabel { border: 1px dashed palette(text); padding: 6px; }")
        self.nudge.setAccessibleName(self.tr("Question about wording"))
        self.nudge.hide()
        col.addWidget(self.nudge)

        self._build_grading_fields(col)
        self._build_other_fields(col)

    def _build_grading_fields(self, col: QVBoxLayout) -> None:
        """How the officer knows it, the grading, urgency and indicators."""
        f = self.form
        source = self._group(col, self.tr("How you know it and grading"), "sourceBox")
        self.source_type = f.add(
            source, "source_type", self.tr("How do you &know it:"), ChoiceField(SourceType),
            accessible=self.tr("How do you know it"),
        )  # fmt: skip
        self.source_identity = f.add(
            source, "source_identity", self.tr("Who told you (restricted):"),
            LineField(
                FIELD_LIMITS["source_identity"],
                self.tr("Never printed in summaries. Leave empty if you saw it yourself."),
            ),
            accessible=self.tr("Who told you (restricted)"),
        )  # fmt: skip
        self.grading = f.add(source, "grading", "", GradingWidget(), errors=GRADING_ERRORS)
        hint = QLabel(
            self.tr("The grade is proposed from how you know it; change it if it does not fit.")
        )
        hint.setWordWrap(True)
        source.addRow(hint)
        urgency = self._group(col, self.tr("Urgency"), "urgencyBox")
        self.urgency = f.add(
            urgency, "urgency", self.tr("Urgenc&y:"), ChoiceField(Urgency),
            accessible=self.tr("Urgency"),
        )  # fmt: skip
        indicators = self._group(
            col, self.tr("Indicators from the checklist (optional)"), "indicatorsBox"
        )
        self.non_indicators = QLabel()
        self.non_indicators.setObjectName("nonIndicators")
        self.non_indicators.setWordWrap(True)
        self.non_indicators.setStyleSheet(BANNER_STYLE)
        self.non_indicators.setAccessibleName(self.tr("Not indicators"))
        indicators.addRow(self.non_indicators)
        self.indicator_picker = f.add(
            indicators, "indicators",
            self.tr(
                "Indicators: arrows to &move, Space to tick, or type a code or a word to "
                "find one. Each ticked indicator needs a sentence of evidence."
            ),
            IndicatorPicker(), above=True, object_name="indicatorPicker",
        )  # fmt: skip
        self.indicators = self.indicator_picker.tree
        self.evidence = self.indicator_picker.evidence

    def _build_other_fields(self, col: QVBoxLayout) -> None:
        """Protective factors, other people, action taken, own account, the correction's reason."""
        f = self.form
        protective = self._group(col, self.tr("Protective factors seen"), "protectiveBox")
        self.protective = f.add(
            protective, "protective_factors",
            self.tr(
                "Pr&otective factors — one per line (family contact, work, education, "
                "positive relations with staff…). Write 'none observed' if you saw none."
            ),
            LinesField(FIELD_LIMITS["protective_factors"] * 10, self.tr("none observed"), 3),
            accessible=self.tr("Protective factors seen"), above=True, object_name="protective",
        )  # fmt: skip
        people = self._group(col, self.tr("Other people involved"), "peopleBox")
        self.people_list = f.add(people, "people", "", PeopleList(), object_name="peopleList")
        self.people = self.people_list.list
        self.person_category = self.people_list.category
        self.person_description = self.people_list.description
        more = self._group(col, self.tr("Action and the prisoner's own account"), "moreBox")
        self.action_taken = f.add(
            more, "action_taken", self.tr("A&ction taken:"),
            TextField(
                FIELD_LIMITS["action_taken"],
                self.tr("e.g. informed security, cell search requested, spoke with the prisoner"),
                lines=3,
            ),
            accessible=self.tr("Action taken or recommended"),
        )  # fmt: skip
        self.own_account = f.add(
            more, "own_account", self.tr("Prisoner's own accoun&t:"),
            TextField(
                FIELD_LIMITS["own_account"],
                self.tr("If you spoke with the prisoner: what did they say about it?"), lines=3,
            ),
            accessible=self.tr("Prisoner's own account"),
        )  # fmt: skip
        self.amend_box = QWidget()
        amend_row = QHBoxLayout(self.amend_box)
        amend_row.setContentsMargins(0, 0, 0, 0)
        self.amend_reason = LineField(FIELD_LIMITS["reason"])
        self.amend_reason.setObjectName("amendReason")
        self.amend_reason.setAccessibleName(self.tr("Reason for the correction"))
        self.amend_reason.setPlaceholderText(self.tr("Why is it corrected? (required)"))
        self.amend_label = QLabel(self.tr("&Justification of the correction:"))
        self.amend_label.setBuddy(self.amend_reason)
        amend_row.addWidget(self.amend_label)
        amend_row.addWidget(self.amend_reason, 1)
        col.addWidget(self.amend_box)
        self.amend_box.hide()
        self.amend_reason.changed.connect(self._amend_reason_changed)
        col.addStretch(1)
        self.source_type.changed.connect(self._source_type_changed)
        self.urgency.changed.connect(self._urgency_changed)

    def _build_picker(self) -> QWidget:
        """Choosing the prisoner when the editor is opened on its own (Ctrl+N)."""
        self.picker = QWidget()
        self.picker.setObjectName("picker")
        layout = QHBoxLayout(self.picker)
        layout.setContentsMargins(0, 0, 0, 0)
        pick_label = QLabel(self.tr("Prisoner:"))
        self.pick_query = QLineEdit()
        self.pick_query.setObjectName("pickQuery")
        self.pick_query.setAccessibleName(self.tr("Find the prisoner by name or prison number"))
        self.pick_query.setPlaceholderText(self.tr("name or prison number, then Enter"))
        pick_label.setBuddy(self.pick_query)
        self.pick_list = QListWidget()
        self.pick_list.setObjectName("pickList")
        self.pick_list.setAccessibleName(self.tr("Matching prisoners"))
        self.pick_list.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(pick_label)
        layout.addWidget(self.pick_query, 1)
        layout.addWidget(self.pick_list, 2)
        self.picker.hide()
        self._pick_timer = self._timer(250, self.find_prisoner, single=True)
        self.pick_query.textChanged.connect(lambda _t: self._pick_timer.start())
        self.pick_query.returnPressed.connect(self._pick_enter)
        self.pick_list.itemActivated.connect(self._picked)
        return self.picker

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
        self.amend_button.clicked.connect(self.start_amend)
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
        if self._loading:
            return
        self._dirty = True
        if self.subject_id and not self._autosave.isActive() and self.amend_of is None:
            self._autosave.start()
        if name not in ("event_start", "source_type", "grading", "urgency"):
            self._nudge_timer.start()
        if self._error_shown:
            self._recheck_timer.start()

    def _amend_reason_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True  # a typed reason is work too: kept across the lock, asked on leaving
        if self._error_shown:
            self._recheck_timer.start()

    def _source_type_changed(self) -> None:
        if self._loading:
            return
        proposed = grading_service.propose_grading(
            self.source_type.value(), self.grading.preset_name
        )
        self.grading.set_value(proposed)

    def _urgency_changed(self) -> None:
        immediate = self.urgency.value() is Urgency.IMMEDIATE
        self.immediate_warning.setVisible(immediate)
        if immediate and not self._loading:
            self.ctx.status_message.emit(
                self.tr("Escalate now in person or by phone — do not wait for an export.")
            )

    def update_nudge(self) -> list[str]:
        """Ask about sensitive words in every free-text field (never blocks)."""
        self._nudge_timer.stop()
        if self.subject_id is None:
            found: list[str] = []
        else:
            findings = observation_fields.sensitive_findings(self._input())
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
        return self._dirty

    def _set_mode(self, mode: str) -> None:
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
        self._set_mode("edit")
        self.picker.show()
        self.pick_query.setFocus()

    def find_prisoner(self) -> None:
        self._pick_timer.stop()
        self.pick_list.clear()
        text = self.pick_query.text().strip()
        if not any(ch.isalnum() for ch in text):
            return
        try:
            # Choosing the prisoner of a new observation: the purpose is the new record.
            found = subject_search.search_subjects(
                self.ctx.require_session(),
                text,
                limit=20,
                implied=JustificationReason.NEW_INFORMATION,
            ).items
        except RadprevError as exc:
            self._show_message(error_text(exc))
            return
        for s in found:
            item = QListWidgetItem(
                f"{s.prison_number} — {s.family_name}, {s.given_names} ({s.unit_code or '—'})"
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.pick_list.addItem(item)
        if found:
            self.pick_list.setCurrentRow(0)

    def _pick_enter(self) -> None:
        self.find_prisoner()
        if self.pick_list.count() == 1:
            self._picked(self.pick_list.item(0))
        elif self.pick_list.count():
            self.pick_list.setFocus()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        subject_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.picker.hide()
        self.new_for_subject(subject_id)

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
        if self._dirty or self.read_only:
            return
        keep = self.indicator_picker.value()
        self.indicator_picker.load_template(active_template_view(self.ctx))
        self.indicator_picker.set_value(keep)

    def _load_template(self, view: TemplateView | None) -> None:
        """The indicators to pick from, and above them what is never an indicator."""
        self.indicator_picker.load_template(view)
        items = list(view.non_indicators) if view is not None else []
        if not items:
            items = [gui_text(item) for item in safeguards.NON_INDICATORS]
        self.non_indicators.setText(
            "<b>"
            + self.tr("These are NOT indicators and must never be ticked as such:")
            + "</b> "
            + "; ".join(items)
        )

    def new_for_subject(self, subject_id: str) -> None:
        """An empty form for a new observation about `subject_id` (place and duty remembered)."""
        session = self.ctx.require_session()
        subject = subjects.get_subject(session, subject_id)
        place, duty = observations.last_place_and_duty(session)
        self.clear()
        self._loading = True
        self.subject_id = subject.id
        self._subject_text = {"name": subject.display_name, "number": subject.prison_number}
        self.heading.setText(
            self.tr("New observation — {name} ({number})").format(**self._subject_text)
        )
        self.status_line.setText(self.tr("Not saved yet."))
        self.grading.set_preset(observation_fields.current_preset(session))
        self._load_template(active_template_view(self.ctx))
        self.form.clear()
        self.place.set_value(place)
        self.duty.set_value(duty)
        self.grading.set_value(
            grading_service.propose_grading(SourceType.OWN_OBSERVATION, self.grading.preset_name)
        )
        self._set_mode("edit")
        self._loading = False
        self._dirty = False
        self.form_scroll.verticalScrollBar().setValue(0)
        (self.facts if place else self.place).setFocus()
        self.subject_shown.emit(subject.id)

    def observe_subject(self, subject_id: str) -> None:
        """The user's own draft about `subject_id` if there is one, else an empty form for it."""
        session = self.ctx.require_session()
        drafts = [
            o
            for o in observations.list_for_subject(session, subject_id, limit=50)
            if o.status is ObservationStatus.DRAFT and o.recorded_by == session.user.username
        ]
        if drafts:
            self.load(drafts[0].id)
        else:
            self.new_for_subject(subject_id)

    def load(self, observation_id: str, *, amend: bool = False) -> None:
        """Open a draft to continue, a returned one to correct, a sealed one to read."""
        session = self.ctx.require_session()
        obs = observations.get_observation(session, observation_id)
        mine = obs.recorded_by == session.user.username
        if obs.status is ObservationStatus.DRAFT and mine:
            # The author continues with the restricted field too (an audited read).
            obs = observations.get_observation(
                session, observation_id, include_source_identity=True
            )
        subject = subjects.get_subject(session, obs.subject_id)
        self.clear()
        self._loading = True
        self.subject_id = obs.subject_id
        self.observation_id = obs.id
        self.subject_shown.emit(obs.subject_id)
        if obs.status is ObservationStatus.DRAFT:
            mode = "edit"
            title = self.tr("Draft observation — {name} ({number})")
        else:
            self.amend_of = obs
            returned_to_me = obs.status is ObservationStatus.RETURNED and mine
            mode = "amend" if amend or returned_to_me else "read"
            title = (
                self.tr("Correction of an observation — {name} ({number})")
                if mode == "amend"
                else self.tr("Observation (sealed) — {name} ({number})")
            )
        self._subject_text = {"name": subject.display_name, "number": subject.prison_number}
        self.heading.setText(title.format(**self._subject_text))
        self.status_line.setText(self._status_text(obs, mode))
        self.grading.set_preset(obs.grading.preset)
        self._load_template(active_template_view(self.ctx))
        self.form.set_values(observation_fields.content_of(obs))
        self.immediate_warning.setVisible(obs.urgency is Urgency.IMMEDIATE)
        self._set_mode(mode)
        self._loading = False
        self._dirty = False
        self.update_nudge()
        self.form_scroll.verticalScrollBar().setValue(0)
        if mode == "amend":
            self.amend_reason.setFocus()
        elif mode == "edit":
            self.facts.setFocus()
            self._show_pending(session)
        elif self.amend_button.isVisible():
            self.amend_button.setFocus()
        else:
            self.close_button.setFocus()

    def _status_text(self, obs: Observation, mode: str) -> str:
        status = self.tr("Status: {status}, version {version}").format(
            status=label(obs.status), version=obs.version
        )
        if mode == "read":
            status += " — " + self.tr("sealed: it can only be corrected with a reason (Amend).")
        if obs.status is ObservationStatus.RETURNED:
            session = self.ctx.require_session()
            returned = [
                r
                for r in reviews.reviews_of(session, obs.id)
                if r.decision is ReviewDecision.RETURN
            ]
            if returned:
                status += " — " + self.tr("returned by {who}: {comment}").format(
                    who=person_name(session, returned[-1].reviewer), comment=returned[-1].comment
                )
        return status

    def _show_pending(self, session: Any) -> None:
        """An unfinished draft says at once what it still lacks (e.g. after the lock)."""
        try:
            observations.check_input(session, self._input())
        except ValidationError as exc:
            self._show_error(exc, focus=False, prefix=self.tr("Kept as an unfinished draft."))

    def start_amend(self) -> None:
        """Amend button of a sealed observation: the same form, editable, with a reason."""
        if self.amend_of is None or not self._may_amend():
            return
        self._set_mode("amend")
        self.heading.setText(
            self.tr("Correction of an observation — {name} ({number})").format(**self._subject_text)
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
        return unsaved_work.hold_observation(self)

    def resume_unsaved(self, held: object) -> bool:
        if isinstance(held, unsaved_work.HeldObservation):
            unsaved_work.resume_observation(self, held)
        return True

    def put_back(self, values: dict[str, Any], reason: str) -> None:
        """After unlock: the form's values (and a correction's reason) as they were."""
        self._loading = True
        self.form.set_values(values)
        self.amend_reason.set_value(reason)
        self._loading = False
        self._dirty = True
        self.update_nudge()
        self._show_message(
            self.tr(
                "Your correction was kept while the screen was locked; it is not submitted yet."
            )
            if self.amend_of is not None
            else self.tr(
                "What you typed was kept while the screen was locked; it is not saved yet."
            )
        )

    # --- saving ------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """What the form holds, as keyword arguments of the observations service."""
        return self.form.values()

    def _input(self) -> observations.ObservationInput:
        assert self.subject_id is not None
        return observations.ObservationInput(subject_id=self.subject_id, **self.fields())

    def amended_fields(self) -> dict[str, Any]:
        """The fields that differ from the version being corrected."""
        assert self.amend_of is not None
        before = observation_fields.content_of(self.amend_of)
        changes: dict[str, Any] = {}
        for name, value in self.fields().items():
            old = before.get(name)
            if name == "source_identity" and not value:
                continue  # the restricted field is not shown; empty means unchanged
            if name == "event_start":
                if str(old)[:16].replace("T", " ") == str(value)[:16].replace("T", " "):
                    continue
            elif isinstance(old, tuple):
                old = list(old)
            if old != value:
                changes[name] = value
        return changes

    def _show_message(self, text: str) -> None:
        self.messages.setText(text)
        self.messages.show()

    def _hide_message(self) -> None:
        self._error_shown = False
        self.messages.clear()
        self.messages.hide()

    def _show_error(self, exc: RadprevError, *, focus: bool = True, prefix: str = "") -> None:
        text = error_text(exc)
        self._show_message(f"{prefix} {text}".strip())
        self._error_shown = isinstance(exc, ValidationError)
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = self.form.focus_for(field)
        if field in ("reason", "amendment_reason"):
            widget = self.amend_reason
        if widget is not None and focus:
            self.form_scroll.ensureWidgetVisible(widget)
            widget.setFocus()

    def recheck(self) -> None:
        """Live check while an error is shown: it goes away as soon as it is fixed."""
        session = self.ctx.session
        if not self._error_shown or session is None or not session.is_open or not self.subject_id:
            return
        try:
            if self.amend_of is not None:
                if not self.amend_reason.value():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "An amendment needs a reason."), field="reason"
                    )
                observations.check_input(session, self._input())
            else:
                observations.check_input(session, self._input())
        except ValidationError as exc:
            self.messages.setText(error_text(exc))
            return
        self._hide_message()

    def _store_draft(self) -> Observation:
        session = self.ctx.require_session()
        assert self.subject_id is not None
        if self.observation_id is None:
            obs = self.ctx.perform(
                observations.create_draft, session, self._input(), unfinished=True
            )
        else:
            obs = self.ctx.perform(
                observations.update_draft,
                session,
                self.observation_id,
                unfinished=True,
                **self.fields(),
            )
        self.observation_id = obs.id
        self._dirty = False
        self._autosave.stop()
        return obs

    def _saved_text(self, automatic: bool) -> str:
        time = QDateTime.currentDateTime().toString("HH:mm:ss")
        if automatic:
            return self.tr("Draft saved automatically at {time}.").format(time=time)
        return self.tr("Draft saved at {time}.").format(time=time)

    def save_draft_now(self) -> bool:
        """Ctrl+S: keep the draft (only the author sees it), and say what is still missing."""
        if self.subject_id is None or self.amend_of is not None or self.read_only:
            return False
        try:
            self._store_draft()
        except RadprevError as exc:
            self._show_error(exc)
            return False
        self.status_line.setText(self._saved_text(False))
        self._hide_message()
        self._show_pending(self.ctx.require_session())
        self.ctx.status_message.emit(self.tr("Draft saved."))
        return True

    def save_draft(self) -> bool:
        """Page protocol: keep typed work without asking (leaving the page, lock, switch)."""
        if not self._dirty or self.read_only:
            return True
        if self.subject_id is None or self.amend_of is not None:
            return False  # a correction is no draft: the caller asks
        try:
            self._store_draft()
        except RadprevError as exc:
            self._show_error(exc)
            return False
        return True

    def autosave(self) -> None:
        """Timer: save the draft quietly if something changed."""
        if not self._dirty or self.amend_of is not None or self.subject_id is None:
            self._autosave.stop()
            return
        try:
            self._store_draft()
        except RadprevError:
            return  # e.g. a text over its limit: kept on screen, Ctrl+S says why
        self.status_line.setText(self._saved_text(True))

    def request_submit(self) -> bool:
        """Ctrl+Enter / Submit: check, confirm what will be sealed, then submit."""
        if self.subject_id is None or self.read_only:
            return False
        session = self.ctx.require_session()
        try:
            if self.amend_of is not None and not self.amend_reason.value():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "An amendment needs a reason."), field="reason"
                )
            observations.check_input(session, self._input())
        except ValidationError as exc:
            self._show_error(exc)
            return False
        if not self.confirm_submit():
            return False
        return self.submit()

    def confirm_submit(self) -> bool:
        """A short summary of what will be sealed; Enter submits, Escape goes back."""
        values = self.fields()
        indicators = ", ".join(i.code for i in values["indicators"]) or self.tr("none")
        text = self.tr(
            "{heading}\n\nUrgency: {urgency}\nIndicators: {indicators}\n\n"
            "Once submitted it is sealed: it can only be corrected with a reason."
        ).format(
            heading=self.heading.text(),
            urgency=label(values["urgency"]),
            indicators=indicators,
        )
        box = QMessageBox(self)
        box.setObjectName("confirmSubmit")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Submit and seal?"))
        box.setText(text)
        ok = box.addButton(self.tr("Submit and seal"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def submit(self) -> bool:
        """Seal the observation (or its correction) and send it for review.

        Words about religion, ethnicity or politics are asked about first (core
        refuses until the officer answers); "necessary" is kept with the record.
        """
        if self.subject_id is None or self.read_only:
            return False
        session = self.ctx.require_session()
        try:
            sealed = seal_asking(self, lambda yes: self._seal(session, yes), self._field_title)
        except RadprevError as exc:
            self._show_error(exc)
            return False
        if sealed is None:
            self._show_message(self.tr("Not submitted: change the wording, then submit."))
            return False
        obs = sealed
        immediate = obs.urgency is Urgency.IMMEDIATE
        self._dirty = False
        self._autosave.stop()
        self._hide_message()
        self.status_line.setText(
            self.tr("Submitted for review (version {version}).").format(version=obs.version)
        )
        self.ctx.status_message.emit(
            self.tr("Observation submitted. Escalate now in person or by phone.")
            if immediate
            else self.tr("Observation submitted for review.")
        )
        self.submitted.emit(obs.id, obs.subject_id)
        self.finished.emit(obs.id)
        return True

    def _seal(self, session: Any, confirmed: bool) -> Observation:
        if self.amend_of is not None:
            obs: Observation = self.ctx.perform(
                observation_amendments.amend,
                session,
                self.amend_of.id,
                self.amend_reason.value(),
                self.amended_fields(),
                confirm_sensitive=confirmed,
            )
            return obs
        self._store_draft()
        assert self.observation_id is not None
        sealed: Observation = self.ctx.perform(
            observations.submit, session, self.observation_id, confirm_sensitive=confirmed
        )
        return sealed

    def _field_title(self, name: str) -> str:
        """A field's name as the screen shows it (the amendment reason has its own widget)."""
        if name == "amendment_reason":
            return self.amend_reason.accessibleName()
        field = self.form.fields.get(name)
        return field.widget.accessibleName() if field is not None else name

    def close_editor(self) -> None:
        """Close / Escape: ask when something is unsaved, then go back."""
        if self._dirty and not self.read_only and not self.ask_before_closing():
            return
        self.finished.emit(self.observation_id or "")

    def ask_before_closing(self) -> bool:
        """Keep the draft, discard the changes or stay; False when the user stays."""
        box = QMessageBox(self)
        box.setObjectName("unsavedObservation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        correcting = self.amend_of is not None
        box.setText(
            self.tr("The correction is not submitted yet. Discard it?")
            if correcting
            else self.tr("Keep what you typed as a draft?")
        )
        keep = None
        if not correcting:
            keep = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep or QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if keep is not None and clicked is keep:
            return self.save_draft()
        if clicked is discard:
            self._dirty = False
            self._autosave.stop()
            return True
        return False

    def clear(self) -> None:
        """Empty every field and forget the record (on lock and before each use)."""
        for timer in (self._autosave, self._pick_timer, self._nudge_timer, self._recheck_timer):
            timer.stop()
        self._loading = True
        self.pick_query.blockSignals(True)
        self.pick_query.clear()
        self.pick_query.blockSignals(False)
        self.pick_list.clear()
        self.picker.hide()
        self.subject_id = None
        self.observation_id = None
        self.amend_of = None
        for label_widget in (self.heading, self.status_line, self.nudge):
            label_widget.clear()
        self._hide_message()
        self.nudge.hide()
        self.form.clear()
        self.indicator_picker.forget()
        self.amend_reason.clear()
        self.immediate_warning.hide()
        self.subject_shown.emit("")
        self._set_mode("edit")
        self._loading = False
        self._dirty = False
