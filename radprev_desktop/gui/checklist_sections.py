"""The checklist runner's sections after the items, kept across runs.

Protective factors ("none observed"), other possible explanations (required,
or "none identified"), context and vulnerability (for support, never a risk
sign), the summary and the next review date. The texts keep the runner's
translation context ("ChecklistRunnerPage").
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from radprev_desktop.core.services.checklist_rules import MAX_SECTION, MAX_SUMMARY
from radprev_desktop.core.services.checklists import ChecklistRun
from radprev_desktop.gui.checklist_item_row import limited_text
from radprev_desktop.gui.inputs import date_edit, with_counter
from radprev_desktop.gui.texts.template_view import TemplateView

translate = QCoreApplication.translate

#: Days from today to the next review a new run proposes.
DEFAULT_REVIEW_DAYS = 90


class ChecklistSections(QWidget):
    """The sections of a run below its items (hidden until a run is open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.protective_none = QCheckBox(
            translate("ChecklistRunnerPage", "Protective factors: &none observed")
        )
        self.protective_none.setObjectName("protectiveNone")
        layout.addWidget(self.protective_none)
        layout.addWidget(self._build_other())
        layout.addWidget(self._build_context())
        layout.addWidget(self._build_summary())
        self.hide()

    def _build_other(self) -> QGroupBox:
        self.other_box = QGroupBox(
            translate("ChecklistRunnerPage", "Other possible explanations (required)")
        )
        ol = QVBoxLayout(self.other_box)
        self.other_prompt = QLabel()
        self.other_prompt.setWordWrap(True)
        self.other_explanations = limited_text(
            MAX_SECTION,
            "otherExplanations",
            translate("ChecklistRunnerPage", "Other possible explanations"),
            translate(
                "ChecklistRunnerPage",
                "e.g. debt, conflict with another prisoner, bad news from home, mental health",
            ),
            60,
        )
        self.other_none = QCheckBox(translate("ChecklistRunnerPage", "None &identified"))
        self.other_none.setObjectName("otherNone")
        ol.addWidget(self.other_prompt)
        ol.addWidget(with_counter(self.other_explanations))
        ol.addWidget(self.other_none)
        return self.other_box

    def _build_context(self) -> QGroupBox:
        self.context_box = QGroupBox(
            translate(
                "ChecklistRunnerPage", "Context and vulnerability (for support, not a risk sign)"
            )
        )
        cl = QVBoxLayout(self.context_box)
        self.context_prompt = QLabel()
        self.context_prompt.setWordWrap(True)
        self.context_notes = limited_text(
            MAX_SECTION, "contextNotes", translate("ChecklistRunnerPage", "Context notes"), "", 50
        )
        cl.addWidget(self.context_prompt)
        cl.addWidget(with_counter(self.context_notes))
        return self.context_box

    def _build_summary(self) -> QGroupBox:
        self.summary_box = QGroupBox(translate("ChecklistRunnerPage", "Summary and next review"))
        sf = QFormLayout(self.summary_box)
        self.summary_prompt = QLabel()
        self.summary_prompt.setWordWrap(True)
        self.summary = limited_text(
            MAX_SUMMARY, "summary", translate("ChecklistRunnerPage", "Summary"), "", 70
        )
        self.next_review = date_edit()
        self.next_review.setObjectName("nextReview")
        self.next_review.setAccessibleName(translate("ChecklistRunnerPage", "Next review date"))
        sf.addRow(self.summary_prompt)
        lab = QLabel(translate("ChecklistRunnerPage", "S&ummary:"))
        lab.setBuddy(self.summary)
        sf.addRow(lab, with_counter(self.summary))
        lab2 = QLabel(translate("ChecklistRunnerPage", "Ne&xt review:"))
        lab2.setBuddy(self.next_review)
        sf.addRow(lab2, self.next_review)
        return self.summary_box

    def show_prompts(self, view: TemplateView) -> None:
        """The template's own prompts above its sections; the sections shown."""
        self.other_prompt.setText(view.other_explanations_prompt)
        self.context_prompt.setText(view.context_prompt)
        self.summary_prompt.setText(view.summary_prompt)
        self.show()

    def fill_from(self, run: ChecklistRun) -> None:
        """What the run holds; a run with no review date proposes one in 90 days."""
        self.protective_none.setChecked(run.protective_none_observed)
        self.other_explanations.setPlainText(run.other_explanations)
        self.other_none.setChecked(run.other_explanations_none)
        self.context_notes.setPlainText(run.context_notes)
        self.summary.setPlainText(run.summary)
        default_review = date.today() + timedelta(days=DEFAULT_REVIEW_DAYS)
        self.next_review.setMinimumDate(QDate.currentDate())
        self.next_review.setDate(
            QDate.fromString(run.next_review_date, "yyyy-MM-dd")
            if run.next_review_date
            else QDate(default_review.year, default_review.month, default_review.day)
        )

    def set_editable(self, editable: bool) -> None:
        for w in (self.protective_none, self.other_explanations, self.other_none,
                  self.context_notes, self.summary, self.next_review):  # fmt: skip
            w.setEnabled(editable)

    def clear_values(self) -> None:
        """Nothing of a run left in the widgets (on lock); hidden."""
        self.hide()
        for e in (self.other_explanations, self.context_notes, self.summary):
            e.clear()
        self.protective_none.setChecked(False)
        self.other_none.setChecked(False)
