"""Training mode on screen: the TRAINING banner, the scenario beside the editor, the feedback.

The banner is on every window of a training session (login, main window, lock
screen) so nobody mistakes practice for real records. The scenario panel shows
what the trainee saw and heard — never the key. The feedback view puts the
engine's points into words (core/training/messages.py) and shows the model
observation to compare; it judges the trainee's answer, never the prisoner.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.i18n import report_translator
from radprev_desktop.core.model import Urgency
from radprev_desktop.core.services import training
from radprev_desktop.core.training import library, messages
from radprev_desktop.core.training.feedback import Feedback, Outcome
from radprev_desktop.core.training.scenarios import Scenario
from radprev_desktop.gui import i18n

BANNER_STYLE = (
    "QLabel#trainingBanner { background: #1f3a93; color: #ffffff; font-weight: bold; "
    "padding: 4px 8px; }"
)


def training_banner(parent: QWidget | None = None) -> QLabel:
    """The TRAINING line at the top of a window (a practice session, never real records)."""
    label = QLabel(parent)
    label.setObjectName("trainingBanner")
    label.setText(
        QCoreApplication.translate(
            "Training", "TRAINING — practice on synthetic scenarios. Nothing here is a real record."
        )
    )
    label.setAccessibleName(QCoreApplication.translate("Training", "Training mode"))
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(BANNER_STYLE)
    return label


def training_title(title: str) -> str:
    """A window title marked as training."""
    return QCoreApplication.translate("Training", "TRAINING — {title}").format(title=title)


def scenario_html(scenario: Scenario, language: str, prison_number: str = "") -> str:
    """What the trainee is given: title, where and when, the vignette (never the key)."""
    text = scenario.text
    who = f"{scenario.family_name}, {scenario.given_names}"
    if prison_number:
        who = f"{who} ({prison_number})"
    event = training.event_day(scenario)  # local wall-clock time, as the editor takes it
    moment = QDateTime.fromString(event, Qt.DateFormat.ISODate)
    when = moment.toString(i18n.datetime_format()) if moment.isValid() else event
    rows = (
        (QCoreApplication.translate("Training", "Prisoner"), who),
        (QCoreApplication.translate("Training", "Where"), text(scenario.place, language)),
        (QCoreApplication.translate("Training", "Your duty"), text(scenario.duty, language)),
        (QCoreApplication.translate("Training", "When"), when),
    )
    hint = QCoreApplication.translate(
        "Training", "Record what you saw and heard as you would on duty, then submit it."
    )
    lines = "<br/>".join(f"<b>{escape(label)}:</b> {escape(value)}" for label, value in rows)
    return (
        f"<h3>{escape(scenario.code)} — {escape(text(scenario.title, language))}</h3>"
        f"<p>{lines}</p><p>{escape(text(scenario.vignette, language))}</p>"
        f"<p><i>{escape(hint)}</i></p>"
    )


class ScenarioPanel(QTextBrowser):
    """The scenario of the exercise being recorded, shown beside the observation editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioPanel")
        self.setAccessibleName(self.tr("Training scenario"))
        self.setOpenExternalLinks(False)
        self.exercise_id = ""

    def show_exercise(self, exercise: training.Exercise, prison_number: str) -> None:
        scenario = training.scenario_of(exercise)
        self.exercise_id = exercise.id
        self.setHtml(scenario_html(scenario, exercise.language, prison_number))

    def clear_exercise(self) -> None:
        self.exercise_id = ""
        self.clear()


# A note needs no mark of its own: the list's bullet is its mark ("• •" otherwise).
_MARKS = {Outcome.IMPROVE: "✗ ", Outcome.GOOD: "✓ ", Outcome.NOTE: ""}


def feedback_html(feedback: Feedback, scenario: Scenario, language: str) -> str:
    """The points in words: what to improve first, then what was done well, then notes."""
    explained = messages.explain_all(feedback, scenario, library.sample_template(), language)
    tr = report_translator(language)
    sections: dict[Outcome, list[str]] = {o: [] for o in Outcome}
    for point in explained:
        line = f"{_MARKS[point.outcome]}{escape(point.headline)}"
        if point.why:
            line += f"<br/><i>{escape(point.why)}</i>"
        sections[point.outcome].append(f"<li>{line}</li>")
    about = QCoreApplication.translate(
        "Training", "Feedback on your answer only: no prisoner is ever scored."
    )
    html = [f"<p>{escape(about)}</p>"]
    for outcome in (Outcome.IMPROVE, Outcome.GOOD, Outcome.NOTE):
        if sections[outcome]:
            title = escape(tr(messages.OUTCOME_WORDS[outcome]))
            html.append(
                f"<h4>{title} ({len(sections[outcome])})</h4><ul>{''.join(sections[outcome])}</ul>"
            )
    return "".join(html)


def model_html(scenario: Scenario, language: str) -> str:
    """The model observation and the scenario's facts and other explanations."""
    reports = report_translator(language)
    none = reports.tr("none")
    model, text = scenario.model, scenario.text
    template = library.sample_template()
    items = (
        "".join(
            f"<li><b>{escape(code)}</b> {escape(messages.item_label(template, code, language))}: "
            f"{escape(text(evidence, language))}</li>"
            for code, evidence in model.indicators
        )
        or f"<li>{escape(none)}</li>"
    )
    factors = (
        "".join(
            f"<li><b>{escape(code)}</b> {escape(text(line, language))}</li>"
            for code, line in model.protective_factors
        )
        or f"<li>{escape(none)}</li>"
    )
    facts = "".join(f"<li>{escape(text(f, language))}</li>" for f in scenario.facts)
    others = "".join(
        f"<li>{escape(text(a.text, language))}</li>" for a in scenario.key.alternatives
    )
    urgency = reports.tr(messages.URGENCY_WORDS[Urgency(model.urgency)])
    facts_word, assessment = reports.tr("Facts"), reports.tr("Assessment")
    ticked, protective = reports.tr("Items ticked"), reports.tr("Protective factors")
    urgency_word, grading = reports.tr("Urgency"), reports.tr("Grading")
    facts_title = QCoreApplication.translate("Training", "The observable facts")
    others_title = QCoreApplication.translate("Training", "Other possible explanations")
    return (
        f"<h4>{escape(facts_word)}</h4><p>{escape(text(model.facts, language))}</p>"
        f"<h4>{escape(assessment)}</h4><p>{escape(text(model.assessment, language))}</p>"
        f"<h4>{escape(ticked)}</h4><ul>{items}</ul>"
        f"<h4>{escape(protective)}</h4><ul>{factors}</ul>"
        f"<p><b>{escape(urgency_word)}:</b> {escape(urgency)} — "
        f"<b>{escape(grading)}:</b> {escape(model.source)} / {escape(model.information)} / "
        f"{escape(model.handling)}</p>"
        f"<h4>{escape(facts_title)}</h4><ul>{facts}</ul>"
        f"<h4>{escape(others_title)}</h4><ul>{others}</ul>"
    )


class FeedbackView(QWidget):
    """Feedback on one completed exercise, and the model observation to compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackView")
        self.summary = QLabel()
        self.summary.setObjectName("feedbackSummary")
        self.summary.setWordWrap(True)
        self.points = QTextBrowser()
        self.points.setObjectName("feedbackPoints")
        self.points.setAccessibleName(self.tr("Feedback on your observation"))
        self.model = QTextBrowser()
        self.model.setObjectName("modelObservation")
        self.model.setAccessibleName(self.tr("Model observation"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.points, self.tr("Feed&back"))
        self.tabs.addTab(self.model, self.tr("&Model observation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def show_exercise(self, exercise: training.Exercise, language: str | None = None) -> None:
        """Show a completed exercise's feedback (in `language`, default the exercise's)."""
        lang = language or exercise.language
        scenario = training.scenario_of(exercise)
        if exercise.feedback is None:
            self.summary.setText(self.tr("Not completed yet: record and submit the observation."))
            self.points.clear()
            self.model.clear()
            return
        self.summary.setText(
            self.tr("{code} — {title}: {good} done well, {improve} to improve.").format(
                code=scenario.code,
                title=scenario.text(scenario.title, lang),
                good=exercise.done_well,
                improve=exercise.to_improve,
            )
        )
        self.points.setHtml(feedback_html(exercise.feedback, scenario, lang))
        self.model.setHtml(model_html(scenario, lang))

    def clear(self) -> None:
        self.summary.clear()
        self.points.clear()
        self.model.clear()


class FeedbackDialog(QDialog):
    """Shown when a trainee submits the observation of an exercise."""

    def __init__(self, exercise: training.Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(training_title(self.tr("Feedback on your exercise")))
        self.view = FeedbackView(self)
        self.view.show_exercise(exercise)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(self))
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 70, metrics.height() * 32)
