"""The observation editor: keyboard-first, facts and assessment kept apart.

Tab moves through the fields in reading order, every label has a mnemonic
(Alt+letter), Ctrl+S saves the draft and Ctrl+Enter submits (which seals the
record). The source type proposes a grade from the vault's grading preset;
the grades are shown in plain words. Choosing "immediate" shows an
instruction that cannot be missed: escalate now in person or by phone. Free
text that mentions religion, ethnicity or politics gets a gentle question
("is this necessary to describe the behaviour?"), never a block. Drafts are
saved into the vault on a timer and before the screen locks.

All rules (required fields, grading checks, sealing) are in
`core.services.observations`; this screen shows what the service says.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import safeguards
from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    Observation,
    ObservationStatus,
    PersonCategory,
    PersonInvolved,
    ReviewDecision,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import grading as grading_service
from radprev_desktop.core.services import observations, reviews, search, subjects
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.models.labels import label, words
from radprev_desktop.gui.models.template_view import TemplateView, active_template_view
from radprev_desktop.gui.widgets import heading

AUTOSAVE_MS = 30_000

IMMEDIATE_STYLE = (
    "QLabel { background: #000000; color: #ffffff; padding: 12px; border: 4px solid #000000; }"
)


def text_edit(
    name: str, accessible: str, placeholder: str = "", height: int = 70
) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard-first) instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    # Heights follow the font (the UI scales with the system font size): ~18 px a line at 100 %.
    lines = max(2, round(height / 18))
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(lines * line + 12)
    edit.setMaximumHeight(round(lines * 1.5) * line + 12)
    return edit


class GradingWidget(QWidget):
    """Source, information and handling as three separate choices in plain words."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_name = grading_service.DEFAULT_PRESET
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox()
        self.source.setObjectName("sourceGrade")
        self.source.setAccessibleName(self.tr("Source grade"))
        self.information = QComboBox()
        self.information.setObjectName("informationGrade")
        self.information.setAccessibleName(self.tr("Information grade"))
        self.handling = QComboBox()
        self.handling.setObjectName("handling")
        self.handling.setAccessibleName(self.tr("Handling"))
        self.conditions = QLineEdit()
        self.conditions.setObjectName("handlingConditions")
        self.conditions.setAccessibleName(self.tr("Conditions of sharing"))
        self.conditions.setPlaceholderText(self.tr("Conditions of sharing (needed for handling C)"))
        for text, widget in (
            (self.tr("Sou&rce is:"), self.source),
            (self.tr("&Information is:"), self.information),
            (self.tr("Han&dling:"), self.handling),
            (self.tr("Co&nditions:"), self.conditions),
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            layout.addRow(lab, widget)
        for combo in (self.source, self.information, self.handling):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.conditions.textChanged.connect(lambda _t: self._changed())
        self.set_preset(self.preset_name)

    def _changed(self) -> None:
        self.conditions.setEnabled(self.handling.currentData() == "C")
        self.changed.emit()

    def set_preset(self, name: str) -> None:
        try:
            preset = grading_service.preset(name)
        except ValidationError:
            preset = grading_service.preset(grading_service.DEFAULT_PRESET)
        self.preset_name = preset.name
        for combo, values in (
            (self.source, preset.source),
            (self.information, preset.information),
            (self.handling, preset.handling),
        ):
            combo.blockSignals(True)
            combo.clear()
            for code, text in values.items():
                combo.addItem(f"{code} — {words(text)}", code)
            combo.blockSignals(False)
        self._changed()

    def set_grading(self, grading: Grading) -> None:
        if grading.preset != self.preset_name:
            self.set_preset(grading.preset)
        for combo, code in (
            (self.source, grading.source),
            (self.information, grading.information),
            (self.handling, grading.handling),
        ):
            i = combo.findData(code)
            if i >= 0:
                combo.setCurrentIndex(i)
        self.conditions.setText(grading.conditions)

    def grading(self) -> Grading:
        return Grading(
            self.preset_name,
            str(self.source.currentData() or ""),
            str(self.information.currentData() or ""),
            str(self.handling.currentData() or ""),
            self.conditions.text().strip() if self.handling.currentData() == "C" else "",
        )


class ObservationEditorPage(QWidget):
    """Record or continue an observation about one prisoner."""

    finished = Signal(str)  # observation id, after submit (or "" when cancelled)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ObservationEditorPage")
        self.subject_id: str | None = None
        self.observation_id: str | None = None
        self.amend_of: Observation | None = None
        self._dirty = False
        self._loading = False
        self._template: TemplateView | None = None
        self._people: list[PersonInvolved] = []
        self._build()
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._nudge_timer = QTimer(self)
        self._nudge_timer.setSingleShot(True)
        self._nudge_timer.setInterval(400)
        self._nudge_timer.timeout.connect(self.update_nudge)

    # --- layout ------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = heading("")
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        outer.addWidget(self.status_line)

        self.messages = QLabel()
        self.messages.setObjectName("messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet(
            "QLabel { border: 2px solid palette(text); padding: 6px; font-weight: bold; }"
        )
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
        # Larger than the body text, and still scaled with the user's font size.
        self.immediate_warning.setFont(heading("").font())
        self.immediate_warning.setAccessibleName(self.tr("Escalate now"))
        self.immediate_warning.hide()
        outer.addWidget(self.immediate_warning)

        # Choosing the prisoner when the editor is opened on its own (Ctrl+N).
        self.picker = QWidget()
        self.picker.setObjectName("picker")
        pick_layout = QHBoxLayout(self.picker)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        pick_label = QLabel(self.tr("Prisoner:"))
        self.pick_query = QLineEdit()
        self.pick_query.setObjectName("pickQuery")
        self.pick_query.setAccessibleName(self.tr("Find the prisoner by name or prison number"))
        self.pick_query.setPlaceholderText(self.tr("name or prison number, then Enter"))
        pick_label.setBuddy(self.pick_query)
        self.pick_list = QListWidget()
        self.pick_list.setObjectName("pickList")
        self.pick_list.setAccessibleName(self.tr("Matching prisoners"))
        self.pick_list.setMaximumHeight(110)
        pick_layout.addWidget(pick_label)
        pick_layout.addWidget(self.pick_query, 1)
        pick_layout.addWidget(self.pick_list, 2)
        outer.addWidget(self.picker)
        self.picker.hide()
        self._pick_timer = QTimer(self)
        self._pick_timer.setSingleShot(True)
        self._pick_timer.setInterval(250)
        self._pick_timer.timeout.connect(self.find_prisoner)
        self.pick_query.textChanged.connect(lambda _t: self._pick_timer.start())
        self.pick_query.returnPressed.connect(self._pick_enter)
        self.pick_list.itemActivated.connect(self._picked)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        col = QVBoxLayout(body)

        # When and where
        when = QGroupBox(self.tr("When and where"))
        form = QFormLayout(when)
        self.event_start = QDateTimeEdit()
        self.event_start.setObjectName("eventStart")
        self.event_start.setAccessibleName(self.tr("When did it happen"))
        self.event_start.setCalendarPopup(True)
        self.event_start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("e.g. wing A landing, yard, visits hall"))
        self.duty = QLineEdit()
        self.duty.setObjectName("duty")
        self.duty.setAccessibleName(self.tr("Your duty at the time"))
        self.duty.setPlaceholderText(self.tr("e.g. landing officer, visits"))
        self._row(form, self.tr("&When:"), self.event_start)
        self._row(form, self.tr("&Place:"), self.place)
        self._row(form, self.tr("Your d&uty:"), self.duty)
        col.addWidget(when)

        # Facts and assessment: two fields, never one.
        facts_box = QGroupBox(self.tr("What was seen or heard (facts)"))
        facts_box.setObjectName("factsBox")
        fl = QVBoxLayout(facts_box)
        facts_label = QLabel(
            self.tr(
                "What was &seen or heard — who, what, where, how. Put a person's exact words "
                'in "quotation marks".'
            )
        )
        facts_label.setWordWrap(True)
        self.facts = text_edit(
            "facts",
            self.tr("What was seen or heard"),
            self.tr("Describe only what you saw or heard yourself or were told."),
            110,
        )
        facts_label.setBuddy(self.facts)
        fl.addWidget(facts_label)
        fl.addWidget(self.facts)
        col.addWidget(facts_box)

        assess_box = QGroupBox(self.tr("Officer's assessment (your opinion)"))
        assess_box.setObjectName("assessmentBox")
        al = QVBoxLayout(assess_box)
        assess_label = QLabel(
            self.tr(
                "Officer's &assessment — why it may matter. What was this person's usual "
                "behaviour before? What other explanations are possible (debt, conflict, "
                "gang, mental health, grievance, bad news from home)?"
            )
        )
        assess_label.setWordWrap(True)
        self.assessment = text_edit(
            "assessment",
            self.tr("Officer's assessment"),
            self.tr(
                "Usual behaviour before: …\nOther possible explanations: …\nWhy it may matter: …"
            ),
            90,
        )
        assess_label.setBuddy(self.assessment)
        al.addWidget(assess_label)
        al.addWidget(self.assessment)
        col.addWidget(assess_box)

        self.nudge = QLabel()
        self.nudge.setObjectName("nudge")
        self.nudge.setWordWrap(True)
        self.nudge.setStyleSheet("QLabel { border: 1px dashed palette(text); padding: 6px; }")
        self.nudge.setAccessibleName(self.tr("Question about wording"))
        self.nudge.hide()
        col.addWidget(self.nudge)

        # How it is known, grading
        source_box = QGroupBox(self.tr("How you know it and grading"))
        sf = QFormLayout(source_box)
        self.source_type = QComboBox()
        self.source_type.setObjectName("sourceType")
        self.source_type.setAccessibleName(self.tr("How do you know it"))
        for st in SourceType:
            self.source_type.addItem(label(st), st.value)
        self.source_identity = QLineEdit()
        self.source_identity.setObjectName("sourceIdentity")
        self.source_identity.setAccessibleName(self.tr("Who told you (restricted)"))
        self.source_identity.setPlaceholderText(
            self.tr("Restricted: never printed in summaries. Leave empty if you saw it yourself.")
        )
        self._row(sf, self.tr("How do you &know it:"), self.source_type)
        self._row(sf, self.tr("Who told you (restricted):"), self.source_identity)
        self.grading = GradingWidget()
        self.grading.setObjectName("grading")
        sf.addRow(self.grading)
        self.grading_hint = QLabel(
            self.tr("The grade is proposed from how you know it; change it if it does not fit.")
        )
        self.grading_hint.setWordWrap(True)
        sf.addRow(self.grading_hint)
        col.addWidget(source_box)

        # Urgency
        urgency_box = QGroupBox(self.tr("Urgency"))
        ul = QVBoxLayout(urgency_box)
        uf = QFormLayout()
        self.urgency = QComboBox()
        self.urgency.setObjectName("urgency")
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for u in Urgency:
            self.urgency.addItem(label(u), u.value)
        self._row(uf, self.tr("Urgenc&y:"), self.urgency)
        ul.addLayout(uf)
        col.addWidget(urgency_box)

        # Indicators
        ind_box = QGroupBox(self.tr("Indicators from the checklist (optional)"))
        il = QVBoxLayout(ind_box)
        ind_label = QLabel(
            self.tr(
                "Indicators: arrows to &move, Space to tick. Each ticked indicator needs a "
                "sentence of evidence below."
            )
        )
        ind_label.setWordWrap(True)
        self.indicators = QTreeWidget()
        self.indicators.setObjectName("indicators")
        self.indicators.setAccessibleName(self.tr("Indicators"))
        self.indicators.setHeaderLabels([self.tr("Indicator"), self.tr("Evidence")])
        self.indicators.setColumnWidth(0, 620)
        self.indicators.setWordWrap(True)  # long item labels wrap instead of being cut
        self.indicators.setMinimumHeight(140)
        ind_label.setBuddy(self.indicators)
        self.evidence = QLineEdit()
        self.evidence.setObjectName("indicatorEvidence")
        self.evidence.setAccessibleName(self.tr("Evidence for the selected indicator"))
        self.evidence.setPlaceholderText(self.tr("What exactly did you see that fits this item?"))
        self.evidence.setEnabled(False)
        ev_label = QLabel(self.tr("E&vidence:"))
        ev_label.setBuddy(self.evidence)
        self.indicator_help = QLabel()
        self.indicator_help.setObjectName("indicatorHelp")
        self.indicator_help.setWordWrap(True)
        il.addWidget(ind_label)
        il.addWidget(self.indicators)
        il.addWidget(self.indicator_help)
        row = QHBoxLayout()
        row.addWidget(ev_label)
        row.addWidget(self.evidence, 1)
        il.addLayout(row)
        col.addWidget(ind_box)

        # Protective factors
        prot_box = QGroupBox(self.tr("Protective factors seen"))
        pl = QVBoxLayout(prot_box)
        prot_label = QLabel(
            self.tr(
                "Pr&otective factors — one per line (family contact, work, education, "
                "positive relations with staff…). Write 'none observed' if you saw none."
            )
        )
        prot_label.setWordWrap(True)
        self.protective = text_edit(
            "protective", self.tr("Protective factors seen"), self.tr("none observed"), 50
        )
        prot_label.setBuddy(self.protective)
        pl.addWidget(prot_label)
        pl.addWidget(self.protective)
        col.addWidget(prot_box)

        # Other people involved
        people_box = QGroupBox(self.tr("Other people involved"))
        ppl = QVBoxLayout(people_box)
        prow = QHBoxLayout()
        self.person_category = QComboBox()
        self.person_category.setObjectName("personCategory")
        self.person_category.setAccessibleName(self.tr("Category of the person"))
        for c in PersonCategory:
            self.person_category.addItem(label(c), c.value)
        self.person_description = QLineEdit()
        self.person_description.setObjectName("personDescription")
        self.person_description.setAccessibleName(self.tr("Who (description)"))
        self.person_description.setPlaceholderText(
            self.tr("e.g. cellmate, visitor (wife), prison number")
        )
        self.person_description.returnPressed.connect(self.add_person)
        self.add_person_button = QPushButton(self.tr("Add person"))
        self.add_person_button.setObjectName("addPerson")
        self.add_person_button.clicked.connect(self.add_person)
        cat_label = QLabel(self.tr("Cat&egory:"))
        cat_label.setBuddy(self.person_category)
        prow.addWidget(cat_label)
        prow.addWidget(self.person_category)
        prow.addWidget(self.person_description, 1)
        prow.addWidget(self.add_person_button)
        ppl.addLayout(prow)
        self.people = QListWidget()
        self.people.setObjectName("people")
        self.people.setAccessibleName(self.tr("People involved (Delete removes)"))
        self.people.setMaximumHeight(70)
        ppl.addWidget(self.people)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.people,
            self.remove_person,
            Qt.ShortcutContext.WidgetShortcut,
        )
        col.addWidget(people_box)

        # Action and own account
        more = QGroupBox(self.tr("Action and the prisoner's own account"))
        mf = QFormLayout(more)
        self.action_taken = text_edit(
            "actionTaken",
            self.tr("Action taken or recommended"),
            self.tr("e.g. informed security, cell search requested, spoke with the prisoner"),
            50,
        )
        self.own_account = text_edit(
            "ownAccount",
            self.tr("Prisoner's own account"),
            self.tr("If you spoke with the prisoner: what did they say about it?"),
            50,
        )
        self._row(mf, self.tr("A&ction taken:"), self.action_taken)
        self._row(mf, self.tr("Prisoner's own accoun&t:"), self.own_account)
        col.addWidget(more)

        self.amend_reason = QLineEdit()
        self.amend_reason.setObjectName("amendReason")
        self.amend_reason.setAccessibleName(self.tr("Reason for the correction"))
        self.amend_label = QLabel(self.tr("&Justification of the correction:"))
        self.amend_label.setBuddy(self.amend_reason)
        arow = QHBoxLayout()
        arow.addWidget(self.amend_label)
        arow.addWidget(self.amend_reason, 1)
        col.addLayout(arow)
        self.amend_label.hide()
        self.amend_reason.hide()
        col.addStretch(1)

        # Buttons
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save draft (Ctrl+S)"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button = QPushButton(self.tr("Su&bmit (Ctrl+Enter)"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setDefault(False)
        self.submit_button.clicked.connect(self.submit)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close_editor)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        # Shortcuts act while focus is inside this editor (two editors may exist).
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft, scope)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.submit, scope)

        # Tab order: reading order.
        chain: list[QWidget] = [
            self.event_start,
            self.place,
            self.duty,
            self.facts,
            self.assessment,
            self.source_type,
            self.source_identity,
            self.grading.source,
            self.grading.information,
            self.grading.handling,
            self.grading.conditions,
            self.urgency,
            self.indicators,
            self.evidence,
            self.protective,
            self.person_category,
            self.person_description,
            self.add_person_button,
            self.people,
            self.action_taken,
            self.own_account,
            self.amend_reason,
            self.save_button,
            self.submit_button,
            self.close_button,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

        # Signals
        for edit in (self.facts, self.assessment, self.protective, self.action_taken,
                     self.own_account):  # fmt: skip
            edit.textChanged.connect(self._text_changed)
        for line in (self.place, self.duty, self.source_identity, self.amend_reason):
            line.textChanged.connect(lambda _t: self._mark_dirty())
        self.event_start.dateTimeChanged.connect(lambda _d: self._mark_dirty())
        self.source_type.currentIndexChanged.connect(self._source_type_changed)
        self.grading.changed.connect(self._mark_dirty)
        self.urgency.currentIndexChanged.connect(self._urgency_changed)
        self.indicators.currentItemChanged.connect(self._indicator_current)
        self.indicators.itemChanged.connect(self._indicator_changed)
        self.evidence.textEdited.connect(self._evidence_edited)

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
        lab = QLabel(text)
        lab.setBuddy(widget)
        form.addRow(lab, widget)

    # --- state -------------------------------------------------------------

    def _mark_dirty(self) -> None:
        if self._loading:
            return
        self._dirty = True
        if self.subject_id and not self._autosave.isActive():
            self._autosave.start()

    def _text_changed(self) -> None:
        self._mark_dirty()
        if not self._loading:
            self._nudge_timer.start()

    def _source_type_changed(self) -> None:
        if self._loading:
            return
        session = self.ctx.session
        if session is None:
            return
        proposed = grading_service.propose_grading(
            SourceType(self.source_type.currentData()), self.grading.preset_name
        )
        self.grading.set_grading(proposed)
        self._mark_dirty()

    def _urgency_changed(self) -> None:
        immediate = self.urgency.currentData() == Urgency.IMMEDIATE.value
        self.immediate_warning.setVisible(immediate)
        if immediate and not self._loading:
            self.ctx.status_message.emit(
                self.tr("Escalate now in person or by phone — do not wait for an export.")
            )
        self._mark_dirty()

    def update_nudge(self) -> list[str]:
        """Ask about sensitive words in the free text (never blocks)."""
        self._nudge_timer.stop()
        text = "\n".join(
            e.toPlainText()
            for e in (self.facts, self.assessment, self.action_taken, self.own_account)
        )
        found = safeguards.sensitive_terms(text)
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

    # --- indicators --------------------------------------------------------

    def _load_template(self) -> None:
        self._template = active_template_view(self.ctx)
        self.indicators.blockSignals(True)
        self.indicators.clear()
        if self._template is not None:
            for domain in self._template.domains:
                if domain.kind != "indicator":
                    continue
                top = QTreeWidgetItem([f"{domain.code} {domain.title}"])
                top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                top.setToolTip(0, domain.help)
                top.setData(0, Qt.ItemDataRole.UserRole + 1, domain.help)
                for item in domain.items:
                    if item.kind != "indicator":
                        continue
                    child = QTreeWidgetItem([f"{item.code} {item.label}", ""])
                    child.setData(0, Qt.ItemDataRole.UserRole, item.code)
                    child.setData(0, Qt.ItemDataRole.UserRole + 1, item.help)
                    child.setToolTip(0, item.help)
                    child.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    child.setCheckState(0, Qt.CheckState.Unchecked)
                    top.addChild(child)
                self.indicators.addTopLevelItem(top)
            self.indicators.expandAll()
        else:
            self.indicators.addTopLevelItem(
                QTreeWidgetItem([self.tr("No checklist template is installed.")])
            )
        self.indicators.blockSignals(False)

    def _indicator_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.indicators.topLevelItemCount()):
            top = self.indicators.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None:
                    items.append(child)
        return items

    def _indicator_current(self, current: QTreeWidgetItem | None, _prev: Any = None) -> None:
        code = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        checked = (
            bool(code) and current is not None and (current.checkState(0) == Qt.CheckState.Checked)
        )
        self.evidence.setEnabled(checked)
        self.evidence.setText(current.text(1) if checked and current else "")
        if current is None:
            self.indicator_help.clear()
        else:
            # The full label (the tree may cut it) and the item's help text.
            help_text = str(current.data(0, Qt.ItemDataRole.UserRole + 1) or "")
            full = current.text(0) if code else ""
            self.indicator_help.setText("\n".join(t for t in (full, help_text) if t))

    def _indicator_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or self._loading:
            return
        if item is self.indicators.currentItem():
            self._indicator_current(item)
        self._mark_dirty()

    def _evidence_edited(self, text: str) -> None:
        item = self.indicators.currentItem()
        if item is not None and item.checkState(0) == Qt.CheckState.Checked:
            self.indicators.blockSignals(True)
            item.setText(1, text)
            self.indicators.blockSignals(False)
            self._mark_dirty()

    def tick_indicator(self, code: str, evidence: str) -> None:
        """Tick an indicator with its evidence (used when loading a draft)."""
        for item in self._indicator_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(0, Qt.CheckState.Checked)
                item.setText(1, evidence)
                return
        # A code from another template version: keep it visible.
        top = QTreeWidgetItem([self.tr("From another template version")])
        child = QTreeWidgetItem([code, evidence])
        child.setData(0, Qt.ItemDataRole.UserRole, code)
        child.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        child.setCheckState(0, Qt.CheckState.Checked)
        top.addChild(child)
        self.indicators.addTopLevelItem(top)

    def chosen_indicators(self) -> list[IndicatorEvidence]:
        return [
            IndicatorEvidence(str(item.data(0, Qt.ItemDataRole.UserRole)), item.text(1).strip())
            for item in self._indicator_items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    # --- people ------------------------------------------------------------

    def add_person(self) -> None:
        description = self.person_description.text().strip()
        category = PersonCategory(self.person_category.currentData())
        if not description and category is not PersonCategory.UNKNOWN:
            self.person_description.setFocus()
            return
        person = PersonInvolved(category, description)
        self._people.append(person)
        self.people.addItem(QListWidgetItem(f"{label(category)}: {description}"))
        self.person_description.clear()
        self.person_category.setFocus()
        self._mark_dirty()

    def remove_person(self) -> None:
        row = self.people.currentRow()
        if 0 <= row < len(self._people):
            del self._people[row]
            self.people.takeItem(row)
            self._mark_dirty()

    # --- opening -----------------------------------------------------------

    def new_observation(self) -> None:
        """Ctrl+N from anywhere: choose the prisoner first, then the empty form."""
        self.clear()
        self.heading.setText(self.tr("New observation — choose the prisoner"))
        self.picker.show()
        self.pick_query.setFocus()

    def find_prisoner(self) -> None:
        self._pick_timer.stop()
        self.pick_list.clear()
        text = self.pick_query.text().strip()
        if not any(ch.isalnum() for ch in text):
            return
        try:
            found = search.search_subjects(self.ctx.require_session(), text, limit=20).items
        except RadprevError as exc:
            self.messages.setText(error_text(exc))
            self.messages.show()
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
        """Reload the grading preset and the template (the form keeps what is typed)."""
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        if not self._dirty:
            keep = self.chosen_indicators()
            self._load_template()
            for ind in keep:
                self.tick_indicator(ind.code, ind.evidence)

    def new_for_subject(self, subject_id: str) -> None:
        """An empty form for a new observation about `subject_id`."""
        session = self.ctx.require_session()
        subject = subjects.get_subject(session, subject_id)
        self.clear()
        self._loading = True
        self.subject_id = subject.id
        self.heading.setText(
            self.tr("New observation — {name} ({number})").format(
                name=subject.display_name, number=subject.prison_number
            )
        )
        self.status_line.setText(self.tr("Not saved yet."))
        self.grading.set_preset(str(session.setting("grading_preset", "3x5x2")))
        self._load_template()
        self.event_start.setDateTime(QDateTime.currentDateTime())
        self.source_type.setCurrentIndex(0)
        self.grading.set_grading(
            grading_service.propose_grading(SourceType.OWN_OBSERVATION, self.grading.preset_name)
        )
        self.urgency.setCurrentIndex(0)
        self._loading = False
        self._dirty = False
        self.place.setFocus()

    def load(self, observation_id: str, *, amend: bool = False) -> None:
        """Open a draft (or a returned observation) to continue; `amend` starts a correction."""
        session = self.ctx.require_session()
        obs = observations.get_observation(session, observation_id)
        subject = subjects.get_subject(session, obs.subject_id)
        self.clear()
        self._loading = True
        self.subject_id = obs.subject_id
        self.observation_id = obs.id
        editable_draft = obs.status is ObservationStatus.DRAFT
        if amend or not editable_draft:
            self.amend_of = obs
            self.amend_label.show()
            self.amend_reason.show()
            title = self.tr("Correction of an observation — {name} ({number})")
        else:
            title = self.tr("Draft observation — {name} ({number})")
        self.heading.setText(title.format(name=subject.display_name, number=subject.prison_number))
        status = self.tr("Status: {status}, version {version}").format(
            status=label(obs.status), version=obs.version
        )
        if obs.status is ObservationStatus.RETURNED:
            returned = [
                r
                for r in reviews.reviews_of(session, obs.id)
                if r.decision is ReviewDecision.RETURN
            ]
            if returned:
                status += " — " + self.tr("returned by {who}: {comment}").format(
                    who=returned[-1].reviewer, comment=returned[-1].comment
                )
        self.status_line.setText(status)
        self.status_line.setWordWrap(True)
        self.grading.set_preset(obs.grading.preset)
        self._load_template()
        self._fill(obs)
        self._loading = False
        self._dirty = False
        self.update_nudge()
        self.facts.setFocus()

    def _fill(self, obs: Observation) -> None:
        dt = QDateTime.fromString(obs.event_start[:16], "yyyy-MM-ddTHH:mm")
        if not dt.isValid():
            dt = QDateTime.fromString(obs.event_start[:10] + "T00:00", "yyyy-MM-ddTHH:mm")
        if dt.isValid():
            dt.setTimeZone(QTimeZone.utc())
            self.event_start.setDateTime(dt.toLocalTime())
        self.place.setText(obs.place)
        self.duty.setText(obs.officer_duty)
        self.facts.setPlainText(obs.facts)
        self.assessment.setPlainText(obs.assessment)
        self.source_type.setCurrentIndex(max(0, self.source_type.findData(obs.source_type.value)))
        self.source_identity.setText(obs.source_identity)
        self.grading.set_grading(obs.grading)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(obs.urgency.value)))
        self.immediate_warning.setVisible(obs.urgency is Urgency.IMMEDIATE)
        for ind in obs.indicators:
            self.tick_indicator(ind.code, ind.evidence)
        self.protective.setPlainText("\n".join(obs.protective_factors))
        for p in obs.people:
            self._people.append(p)
            self.people.addItem(QListWidgetItem(f"{label(p.category)}: {p.description}"))
        self.action_taken.setPlainText(obs.action_taken)
        self.own_account.setPlainText(obs.own_account)

    # --- saving ------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """What the form holds, as keyword arguments of the observations service."""
        protective = [
            line.strip() for line in self.protective.toPlainText().splitlines() if line.strip()
        ]
        event = self.event_start.dateTime().toUTC().toString("yyyy-MM-ddTHH:mm")
        return {
            "event_start": event,
            "place": self.place.text().strip(),
            "officer_duty": self.duty.text().strip(),
            "facts": self.facts.toPlainText().strip(),
            "assessment": self.assessment.toPlainText().strip(),
            "source_type": SourceType(self.source_type.currentData()),
            "source_identity": self.source_identity.text().strip(),
            "people": list(self._people),
            "indicators": self.chosen_indicators(),
            "protective_factors": protective,
            "grading": self.grading.grading(),
            "urgency": Urgency(self.urgency.currentData()),
            "action_taken": self.action_taken.toPlainText().strip(),
            "own_account": self.own_account.toPlainText().strip(),
        }

    def amended_fields(self) -> dict[str, Any]:
        """The fields that differ from the version being corrected."""
        assert self.amend_of is not None
        old = self.amend_of
        changes: dict[str, Any] = {}
        for name, value in self.fields().items():
            before: Any = getattr(old, name)
            if name == "source_identity" and not value:
                continue  # the restricted field is not shown; empty means unchanged
            if name == "event_start":
                before = before[:16]
                value = value[:16]
                if before.replace("T", " ") == value.replace("T", " "):
                    continue
                changes[name] = self.fields()[name]
                continue
            if isinstance(before, tuple):
                before = list(before)
            if before != value:
                changes[name] = value
        return changes

    def _show_error(self, exc: RadprevError) -> None:
        self.messages.setText(error_text(exc))
        self.messages.show()
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = self._field_widget(field)
        if widget is not None:
            widget.setFocus()

    def _field_widget(self, field: str | None) -> QWidget | None:
        mapping: dict[str, QWidget] = {
            "event_start": self.event_start,
            "event_end": self.event_start,
            "place": self.place,
            "officer_duty": self.duty,
            "facts": self.facts,
            "assessment": self.assessment,
            "source_type": self.source_type,
            "source_identity": self.source_identity,
            "source_grade": self.grading.source,
            "information_grade": self.grading.information,
            "handling": self.grading.handling,
            "handling_conditions": self.grading.conditions,
            "grading": self.grading.source,
            "urgency": self.urgency,
            "indicators": self.indicators,
            "people": self.person_description,
            "protective_factors": self.protective,
            "action_taken": self.action_taken,
            "own_account": self.own_account,
            "reason": self.amend_reason,
            "amendment_reason": self.amend_reason,
        }
        return mapping.get(field or "")

    def _store_draft(self) -> Observation:
        session = self.ctx.require_session()
        assert self.subject_id is not None
        if self.observation_id is None:
            obs = observations.create_draft(
                session, observations.ObservationInput(subject_id=self.subject_id, **self.fields())
            )
        else:
            obs = observations.update_draft(session, self.observation_id, **self.fields())
        self.observation_id = obs.id
        return obs

    def save_draft(self) -> bool:
        """Ctrl+S: keep the draft in the vault (only the author sees it)."""
        if self.subject_id is None or self.amend_of is not None:
            return False
        try:
            obs = self._store_draft()
        except RadprevError as exc:
            self._show_error(exc)
            return False
        self._dirty = False
        self._autosave.stop()
        self.messages.hide()
        self.status_line.setText(
            self.tr("Draft saved at {time}.").format(
                time=QDateTime.currentDateTime().toString("HH:mm:ss")
            )
        )
        self.ctx.data_changed.emit("observation")
        self.ctx.status_message.emit(self.tr("Draft saved."))
        del obs
        return True

    def autosave(self) -> None:
        """Timer: save the draft quietly if something changed and there is text."""
        if not self._dirty or self.amend_of is not None or self.subject_id is None:
            self._autosave.stop()
            return
        if not self.facts.toPlainText().strip():
            return
        try:
            self._store_draft()
        except RadprevError:
            return  # a draft that does not validate yet is kept on screen; submit will say why
        self._dirty = False
        self._autosave.stop()
        self.status_line.setText(
            self.tr("Draft saved automatically at {time}.").format(
                time=QDateTime.currentDateTime().toString("HH:mm:ss")
            )
        )

    def save_draft_before_lock(self) -> None:
        """Called by the main window before locking: nothing typed is lost."""
        if self._dirty and self.subject_id is not None and self.amend_of is None:
            try:
                self._store_draft()
                self._dirty = False
            except RadprevError:
                pass  # nothing valid to keep; the lock must still happen

    def submit(self) -> bool:
        """Ctrl+Enter: seal the observation and send it for review."""
        if self.subject_id is None:
            return False
        session = self.ctx.require_session()
        try:
            if self.amend_of is not None:
                obs = observations.amend(
                    session, self.amend_of.id, self.amend_reason.text(), self.amended_fields()
                )
            else:
                self._store_draft()
                assert self.observation_id is not None
                obs = observations.submit(session, self.observation_id)
        except RadprevError as exc:
            self._show_error(exc)
            return False
        immediate = obs.urgency is Urgency.IMMEDIATE
        self._dirty = False
        self._autosave.stop()
        self.messages.hide()
        self.status_line.setText(
            self.tr("Submitted for review (version {version}).").format(version=obs.version)
        )
        self.ctx.data_changed.emit("observation")
        self.ctx.status_message.emit(
            self.tr("Observation submitted. Escalate now in person or by phone.")
            if immediate
            else self.tr("Observation submitted for review.")
        )
        self.finished.emit(obs.id)
        return True

    def close_editor(self) -> None:
        if self._dirty:
            self.save_draft()
        self.finished.emit(self.observation_id or "")

    def clear(self) -> None:
        """Empty every field and forget the record (on lock and before each use)."""
        self._autosave.stop()
        self._pick_timer.stop()
        self.pick_query.blockSignals(True)
        self.pick_query.clear()
        self.pick_query.blockSignals(False)
        self.pick_list.clear()
        self.picker.hide()
        self._nudge_timer.stop()
        self._loading = True
        self.subject_id = None
        self.observation_id = None
        self.amend_of = None
        self._people = []
        self.heading.clear()
        self.status_line.clear()
        self.messages.clear()
        self.messages.hide()
        self.nudge.clear()
        self.nudge.hide()
        for edit in (self.facts, self.assessment, self.protective, self.action_taken,
                     self.own_account):  # fmt: skip
            edit.clear()
        for line in (self.place, self.duty, self.source_identity, self.amend_reason,
                     self.evidence, self.person_description, self.grading.conditions):  # fmt: skip
            line.clear()
        self.people.clear()
        self.indicators.clear()
        self.indicator_help.clear()
        self.urgency.setCurrentIndex(0)
        self.immediate_warning.hide()
        self.amend_label.hide()
        self.amend_reason.hide()
        self._loading = False
        self._dirty = False
