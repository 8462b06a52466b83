"""The observation editor's fields, each declared once (gui/form.py) in the order the officer fills them.

When and where; what was seen or heard; the officer's assessment and the other
explanations considered; how it is known and its grading; urgency; indicators
under the banner of what is never one; protective factors; other people;
action taken and the prisoner's own account; the reason of a correction. The
page (gui/pages/observation_editor.py) reads, fills and checks them through
its `Form`. Texts keep the page's translation context ("ObservationEditorPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from radprev_desktop.core import safeguards
from radprev_desktop.core.model import SourceType, Urgency
from radprev_desktop.core.services.observation_fields import FIELD_LIMITS
from radprev_desktop.gui.errors import gui_text
from radprev_desktop.gui.form import (
    CheckField,
    ChoiceField,
    Form,
    LevelField,
    LineField,
    LinesField,
    MomentField,
    TextField,
)
from radprev_desktop.gui.grading_widget import ERROR_FIELDS as GRADING_ERRORS
from radprev_desktop.gui.grading_widget import GradingWidget
from radprev_desktop.gui.indicator_picker import IndicatorPicker
from radprev_desktop.gui.people_list import PeopleList
from radprev_desktop.gui.texts.template_view import TemplateView

translate = QCoreApplication.translate

BANNER_STYLE = (
    "QLabel { border: 2px solid palette(text); padding: 6px; background: palette(base); }"
)


def _group(column: QVBoxLayout, title: str, name: str) -> QFormLayout:
    box = QGroupBox(title)
    box.setObjectName(name)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    column.addWidget(box)
    return form


class ObservationFields:
    """Builds every field of an observation into `column`, registered with `form`."""

    def __init__(self, form: Form, column: QVBoxLayout) -> None:
        self.form = form
        self._build_account(column)
        self._build_grading(column)
        self._build_other(column)

    def _build_account(self, col: QVBoxLayout) -> None:
        """When and where, the facts, the assessment and the other explanations."""
        f = self.form
        when = _group(col, translate("ObservationEditorPage", "When and where"), "whenBox")
        self.event_start = f.add(
            when, "event_start", translate("ObservationEditorPage", "&When:"), MomentField(),
            accessible=translate("ObservationEditorPage", "When did it happen"),
            errors=("event_end",),
        )  # fmt: skip
        self.place = f.add(
            when, "place", translate("ObservationEditorPage", "&Place:"),
            LineField(
                FIELD_LIMITS["place"],
                translate("ObservationEditorPage", "e.g. wing A landing, yard, visits hall"),
            ),
            accessible=translate("ObservationEditorPage", "Place"),
        )  # fmt: skip
        self.duty = f.add(
            when, "officer_duty", translate("ObservationEditorPage", "Your d&uty:"),
            LineField(
                FIELD_LIMITS["officer_duty"],
                translate("ObservationEditorPage", "e.g. landing officer, visits"),
            ),
            accessible=translate("ObservationEditorPage", "Your duty at the time"),
            object_name="duty",
        )  # fmt: skip
        facts = _group(
            col, translate("ObservationEditorPage", "What was seen or heard (facts)"), "factsBox"
        )
        self.facts = f.add(
            facts, "facts",
            translate(
                "ObservationEditorPage",
                "What was &seen or heard — who, what, where, how. Put a person's exact words "
                'in "quotation marks".',
            ),
            TextField(
                FIELD_LIMITS["facts"],
                translate(
                    "ObservationEditorPage",
                    "Describe only what you saw or heard yourself or were told.",
                ),
                lines=6,
            ),
            accessible=translate("ObservationEditorPage", "What was seen or heard"), above=True,
        )  # fmt: skip
        self._build_assessment(col)

    def _build_assessment(self, col: QVBoxLayout) -> None:
        f = self.form
        assess = _group(
            col,
            translate("ObservationEditorPage", "Officer's assessment (your opinion)"),
            "assessmentBox",
        )
        self.assessment = f.add(
            assess, "assessment",
            translate(
                "ObservationEditorPage",
                "Officer's &assessment (required) — why it may matter. What was this "
                "person's usual behaviour before?",
            ),
            TextField(
                FIELD_LIMITS["assessment"],
                translate("ObservationEditorPage", "Usual behaviour before: …\nWhy it may matter: …"),
                lines=4,
            ),
            accessible=translate("ObservationEditorPage", "Officer's assessment"), above=True,
        )  # fmt: skip
        self.other_explanations = f.add(
            assess, "other_explanations",
            translate(
                "ObservationEditorPage",
                "Other e&xplanations considered (required) — debt, conflict, gang, illness or "
                "mental health, grievance, bad news from home, religious practice or a holiday…",
            ),
            TextField(
                FIELD_LIMITS["other_explanations"],
                translate("ObservationEditorPage", "What else could explain it?"),
                lines=3,
            ),
            accessible=translate("ObservationEditorPage", "Other explanations considered"),
            above=True,
        )  # fmt: skip
        self.other_none = f.add(
            assess, "other_explanations_none", "",
            CheckField(translate("ObservationEditorPage", "None identified after considering them")),
            accessible=translate("ObservationEditorPage", "No other explanation identified"),
            object_name="otherNone",
        )  # fmt: skip
        self.nudge = QLabel()
        self.nudge.setObjectName("nudge")
        self.nudge.setWordWrap(True)
        self.nudge.setStyleSheet("QLabel { border: 1px dashed palette(text); padding: 6px; }")
        self.nudge.setAccessibleName(translate("ObservationEditorPage", "Question about wording"))
        self.nudge.hide()
        col.addWidget(self.nudge)

    def _build_grading(self, col: QVBoxLayout) -> None:
        """How the officer knows it, the grading, urgency and indicators."""
        f = self.form
        source = _group(
            col, translate("ObservationEditorPage", "How you know it and grading"), "sourceBox"
        )
        self.source_type = f.add(
            source, "source_type", translate("ObservationEditorPage", "How do you &know it:"),
            ChoiceField(SourceType),
            accessible=translate("ObservationEditorPage", "How do you know it"),
        )  # fmt: skip
        self.source_identity = f.add(
            source, "source_identity",
            translate("ObservationEditorPage", "Who told you (restricted):"),
            LineField(
                FIELD_LIMITS["source_identity"],
                translate(
                    "ObservationEditorPage",
                    "Never printed in summaries. Leave empty if you saw it yourself.",
                ),
            ),
            accessible=translate("ObservationEditorPage", "Who told you (restricted)"),
        )  # fmt: skip
        self.grading = f.add(source, "grading", "", GradingWidget(), errors=GRADING_ERRORS)
        hint = QLabel(
            translate(
                "ObservationEditorPage",
                "The grade is proposed from how you know it; change it if it does not fit.",
            )
        )
        hint.setWordWrap(True)
        source.addRow(hint)
        urgency = _group(col, translate("ObservationEditorPage", "Urgency"), "urgencyBox")
        self.urgency = f.add(
            urgency, "urgency", translate("ObservationEditorPage", "Urgenc&y:"),
            ChoiceField(Urgency), accessible=translate("ObservationEditorPage", "Urgency"),
        )  # fmt: skip
        self.classification = f.add(
            urgency, "classification", translate("ObservationEditorPage", "Classification:"),
            LevelField(), accessible=translate("ObservationEditorPage", "Classification"),
        )  # fmt: skip
        self._build_indicators(col)

    def _build_indicators(self, col: QVBoxLayout) -> None:
        indicators = _group(
            col,
            translate("ObservationEditorPage", "Indicators from the checklist (optional)"),
            "indicatorsBox",
        )
        self.non_indicators = QLabel()
        self.non_indicators.setObjectName("nonIndicators")
        self.non_indicators.setWordWrap(True)
        self.non_indicators.setStyleSheet(BANNER_STYLE)
        self.non_indicators.setAccessibleName(translate("ObservationEditorPage", "Not indicators"))
        indicators.addRow(self.non_indicators)
        self.indicator_picker = self.form.add(
            indicators, "indicators",
            translate(
                "ObservationEditorPage",
                "Indicators: arrows to &move, Space to tick, or type a code or a word to "
                "find one. Each ticked indicator needs a sentence of evidence.",
            ),
            IndicatorPicker(), above=True, object_name="indicatorPicker",
        )  # fmt: skip

    def _build_other(self, col: QVBoxLayout) -> None:
        """Protective factors, other people, action taken, own account, the correction's reason."""
        f = self.form
        protective = _group(
            col, translate("ObservationEditorPage", "Protective factors seen"), "protectiveBox"
        )
        self.protective = f.add(
            protective, "protective_factors",
            translate(
                "ObservationEditorPage",
                "Pr&otective factors — one per line (family contact, work, education, "
                "positive relations with staff…). Write 'none observed' if you saw none.",
            ),
            LinesField(
                FIELD_LIMITS["protective_factors"] * 10,
                translate("ObservationEditorPage", "none observed"),
                3,
            ),
            accessible=translate("ObservationEditorPage", "Protective factors seen"), above=True,
            object_name="protective",
        )  # fmt: skip
        people = _group(
            col, translate("ObservationEditorPage", "Other people involved"), "peopleBox"
        )
        self.people_list = f.add(people, "people", "", PeopleList(), object_name="peopleList")
        self._build_action(col)
        self._build_amend_reason(col)
        col.addStretch(1)

    def _build_action(self, col: QVBoxLayout) -> None:
        f = self.form
        more = _group(
            col,
            translate("ObservationEditorPage", "Action and the prisoner's own account"),
            "moreBox",
        )
        self.action_taken = f.add(
            more, "action_taken", translate("ObservationEditorPage", "A&ction taken:"),
            TextField(
                FIELD_LIMITS["action_taken"],
                translate(
                    "ObservationEditorPage",
                    "e.g. informed security, cell search requested, spoke with the prisoner",
                ),
                lines=3,
            ),
            accessible=translate("ObservationEditorPage", "Action taken or recommended"),
        )  # fmt: skip
        self.own_account = f.add(
            more, "own_account", translate("ObservationEditorPage", "Prisoner's own accoun&t:"),
            TextField(
                FIELD_LIMITS["own_account"],
                translate(
                    "ObservationEditorPage",
                    "If you spoke with the prisoner: what did they say about it?",
                ),
                lines=3,
            ),
            accessible=translate("ObservationEditorPage", "Prisoner's own account"),
        )  # fmt: skip

    def _build_amend_reason(self, col: QVBoxLayout) -> None:
        self.amend_box = QWidget()
        amend_row = QHBoxLayout(self.amend_box)
        amend_row.setContentsMargins(0, 0, 0, 0)
        self.amend_reason = LineField(FIELD_LIMITS["reason"])
        self.amend_reason.setObjectName("amendReason")
        self.amend_reason.setAccessibleName(
            translate("ObservationEditorPage", "Reason for the correction")
        )
        self.amend_reason.setPlaceholderText(
            translate("ObservationEditorPage", "Why is it corrected? (required)")
        )
        self.amend_label = QLabel(
            translate("ObservationEditorPage", "&Justification of the correction:")
        )
        self.amend_label.setBuddy(self.amend_reason)
        amend_row.addWidget(self.amend_label)
        amend_row.addWidget(self.amend_reason, 1)
        col.addWidget(self.amend_box)
        self.amend_box.hide()

    def show_template(self, view: TemplateView | None) -> None:
        """The indicators to pick from, and above them what is never an indicator."""
        self.indicator_picker.load_template(view)
        items = list(view.non_indicators) if view is not None else []
        if not items:
            items = [gui_text(item) for item in safeguards.NON_INDICATORS]
        self.non_indicators.setText(
            "<b>"
            + translate(
                "ObservationEditorPage",
                "These are NOT indicators and must never be ticked as such:",
            )
            + "</b> "
            + "; ".join(items)
        )
