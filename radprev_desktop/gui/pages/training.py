"""Training page (training vaults only): practise on scenarios; the trainer's view of trainees.

A trainee picks a scenario, reads what they would have seen and heard, and
starts the exercise: the main window opens the ordinary observation editor for
the exercise's own synthetic prisoner with the scenario beside it, and shows
the feedback when the observation is submitted. The trainee's completed
exercises, with their feedback and the model observation, are listed here.

A trainer sees every trainee's progress, each one's exercises and feedback, the
most common mistakes, and prints a training record per trainee (audited like
any report; every page says TRAINING — NOT A REAL RECORD).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.i18n import default_report_language, report_translator
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports.disclosure import record_disclosure
from radprev_desktop.core.reports.furniture import Report
from radprev_desktop.core.reports.training_record import training_record
from radprev_desktop.core.services import training
from radprev_desktop.core.session import Session
from radprev_desktop.core.training import library, messages
from radprev_desktop.gui import i18n
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.training_record_dialog import TrainingRecordDialog
from radprev_desktop.gui.training_widgets import (
    FeedbackView,
    scenario_html,
)
from radprev_desktop.gui.widgets import heading


def exercise_language(session: Session, available: tuple[str, ...]) -> str:
    """The screen's language when the scenario is written in it, else the vault's, else English."""
    for candidate in (i18n.current_language(), str(session.setting("language", "en")), "en"):
        if candidate in available:
            return candidate
    return available[0]


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name or the title
    return table


def _row(table: QTableWidget, values: list[str], key: str) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setData(Qt.ItemDataRole.UserRole, key)
        table.setItem(row, column, item)


def _selected_key(table: QTableWidget) -> str:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


class TrainingPage(Page):
    """Practise (trainees) and Trainees (trainer), in a training vault only."""

    help_anchor = "training"
    #: (exercise id, subject id): the main window opens the editor with the scenario beside it.
    exercise_opened = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("TrainingPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Training")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("trainingTabs")
        layout.addWidget(self.tabs, 1)
        self.practise = self._build_practise()
        self.trainees = self._build_trainees()
        self.tabs.addTab(self.practise, self.tr("&Practise"))
        self.tabs.addTab(self.trainees, self.tr("&Trainees"))
        self.record: Report | None = None

    # --- building --------------------------------------------------------------------

    def _build_practise(self) -> QWidget:
        tab = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(QLabel(self.tr("Scenarios:")))
        self.scenarios = QListWidget()
        self.scenarios.setObjectName("scenarios")
        self.scenarios.setAccessibleName(self.tr("Training scenarios"))
        self.scenarios.currentItemChanged.connect(lambda *_: self._preview())
        self.scenarios.itemActivated.connect(lambda _item: self.start_selected())
        ll.addWidget(self.scenarios, 1)
        self.start_button = QPushButton(self.tr("&Start this exercise"))
        self.start_button.setObjectName("startExercise")
        self.start_button.clicked.connect(self.start_selected)
        ll.addWidget(self.start_button)
        split.addWidget(left)
        self.preview = QTextBrowser()
        self.preview.setObjectName("scenarioPreview")
        self.preview.setAccessibleName(self.tr("What you will see and hear"))
        split.addWidget(self.preview)
        split.setStretchFactor(1, 2)

        mine = QWidget()
        ml = QVBoxLayout(mine)
        ml.addWidget(QLabel(self.tr("Your exercises:")))
        self.my_exercises = _table(
            "myExercises",
            self.tr("Your exercises"),
            [self.tr("Scenario"), self.tr("Started"), self.tr("State"), self.tr("To improve")],
        )
        self.my_exercises.itemSelectionChanged.connect(self._my_exercise_chosen)
        self.my_exercises.itemActivated.connect(lambda _item: self.continue_selected())
        ml.addWidget(self.my_exercises, 1)
        self.continue_button = QPushButton(self.tr("&Continue the exercise"))
        self.continue_button.setObjectName("continueExercise")
        self.continue_button.clicked.connect(self.continue_selected)
        self.my_record_button = QPushButton(self.tr("My training &record…"))
        self.my_record_button.setObjectName("myTrainingRecord")
        self.my_record_button.clicked.connect(self.show_my_record)
        row = QHBoxLayout()
        row.addWidget(self.continue_button)
        row.addWidget(self.my_record_button)
        row.addStretch(1)
        ml.addLayout(row)
        self.my_feedback = FeedbackView()
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(mine)
        lower.addWidget(self.my_feedback)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)

        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(split)
        outer.addWidget(lower)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        return tab

    def _build_trainees(self) -> QWidget:
        tab = QWidget()
        self.trainee_table = _table(
            "trainees",
            self.tr("Trainees"),
            [
                self.tr("Trainee"),
                self.tr("Started"),
                self.tr("Completed"),
                self.tr("Done well"),
                self.tr("To improve"),
                self.tr("Last activity"),
            ],
        )
        self.trainee_table.itemSelectionChanged.connect(self._trainee_chosen)
        self.record_button = QPushButton(self.tr("Training &record…"))
        self.record_button.setObjectName("trainingRecord")
        self.record_button.clicked.connect(lambda: self.show_record())
        self.their_exercises = _table(
            "traineeExercises",
            self.tr("The trainee's exercises"),
            [self.tr("Scenario"), self.tr("Started"), self.tr("State"), self.tr("To improve")],
        )
        self.their_exercises.itemSelectionChanged.connect(self._their_exercise_chosen)
        self.their_feedback = FeedbackView()
        self.mistakes = QTextBrowser()
        self.mistakes.setObjectName("commonMistakes")
        self.mistakes.setAccessibleName(self.tr("Common mistakes"))

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.trainee_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        tl.addLayout(row)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(self.their_exercises)
        middle.addWidget(self.their_feedback)
        # Half each, as on the trainee's tab: at 1 : 2 the list kept only its size hint and
        # cut the Scenario column to a few letters (seen in pseudo at 1366×768).
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        tabs = QTabWidget()
        tabs.addTab(middle, self.tr("E&xercises"))
        tabs.addTab(self.mistakes, self.tr("Common mista&kes"))
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(tabs)
        outer.setStretchFactor(0, 1)
        outer.setStretchFactor(1, 3)  # the trainees' list is short; their exercises matter more
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)
        return tab

    # --- the protocol -------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.ctx.require_session()
        practises = policy.allows(session, Permission.PRACTISE)
        trains = policy.allows(session, Permission.SEE_TRAINING_RESULTS)
        self.tabs.setTabVisible(0, practises)
        self.tabs.setTabVisible(1, trains)
        if trains and not practises:
            self.tabs.setCurrentIndex(1)
        if practises:
            self._fill_scenarios(session)
            self._fill_my_exercises(session)
        if trains:
            self._fill_trainees(session)

    def on_changes(self, changes: Change) -> None:
        # A completed exercise (the feedback after a submit) is listed while the page shows.
        session = self.ctx.session
        if (
            changes & Change.TRAINING
            and self.isVisible()
            and session is not None
            and session.is_open
        ):
            self.refresh()

    def clear(self) -> None:
        for table in (self.my_exercises, self.trainee_table, self.their_exercises):
            table.setRowCount(0)
        self.scenarios.clear()
        self.preview.clear()
        self.mistakes.clear()
        self.my_feedback.clear()
        self.their_feedback.clear()
        self.record = None

    # --- practise -----------------------------------------------------------------------

    def _fill_scenarios(self, session: Session) -> None:
        keep = self._selected_scenario()
        self.scenarios.clear()
        for scenario in library.shipped_library().scenarios:
            lang = exercise_language(session, scenario.languages)
            item = QListWidgetItem(
                f"{scenario.code.split('-')[0]} — {scenario.text(scenario.title, lang)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, scenario.code)
            self.scenarios.addItem(item)
            if scenario.code == keep:
                self.scenarios.setCurrentItem(item)
        if self.scenarios.currentRow() < 0 and self.scenarios.count():
            self.scenarios.setCurrentRow(0)

    def _selected_scenario(self) -> str:
        item = self.scenarios.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _preview(self) -> None:
        code = self._selected_scenario()
        session = self.ctx.session
        if not code or session is None or not session.is_open:
            self.preview.clear()
            return
        scenario = library.shipped_library().get(code)
        self.preview.setHtml(
            scenario_html(scenario, exercise_language(session, scenario.languages))
        )

    def start_selected(self) -> bool:
        """Start an exercise on the chosen scenario and open the editor for its prisoner."""
        code = self._selected_scenario()
        if not code:
            return False
        session = self.ctx.require_session()
        scenario = library.shipped_library().get(code)
        try:
            exercise = self.ctx.perform(
                training.start_exercise,
                session,
                code,
                exercise_language(session, scenario.languages),
            )
        except RadprevError as exc:
            show_error(self, exc)
            return False
        self.exercise_opened.emit(exercise.id, exercise.subject_id)
        return True

    def _fill_my_exercises(self, session: Session) -> None:
        self.my_exercises.setRowCount(0)
        for exercise in training.list_exercises(session, session.user.username):
            _row(self.my_exercises, self._exercise_row(exercise), exercise.id)

    def _exercise_row(self, exercise: training.Exercise) -> list[str]:
        scenario = training.scenario_of(exercise)
        title = (
            f"{scenario.code.split('-')[0]} — {scenario.text(scenario.title, exercise.language)}"
        )
        state = self.tr("completed") if exercise.completed else self.tr("open")
        improve = str(exercise.to_improve) if exercise.completed else "—"
        return [title, format_datetime(exercise.started_at), state, improve]

    def _my_exercise_chosen(self) -> None:
        key = _selected_key(self.my_exercises)
        session = self.ctx.session
        if not key or session is None or not session.is_open:
            self.my_feedback.clear()
            return
        self.my_feedback.show_exercise(training.get_exercise(session, key))

    def continue_selected(self) -> bool:
        """Open the editor again for an exercise's prisoner (a draft, or to amend and compare again)."""
        key = _selected_key(self.my_exercises)
        if not key:
            return False
        exercise = training.get_exercise(self.ctx.require_session(), key)
        self.exercise_opened.emit(exercise.id, exercise.subject_id)
        return True

    # --- the trainer's view --------------------------------------------------------------

    def _fill_trainees(self, session: Session) -> None:
        keep = _selected_key(self.trainee_table)
        self.trainee_table.setRowCount(0)
        for progress in training.trainee_progress(session):
            _row(
                self.trainee_table,
                [
                    f"{progress.display_name} ({progress.username})",
                    str(progress.started),
                    str(progress.completed),
                    str(progress.done_well),
                    str(progress.to_improve),
                    format_datetime(progress.last_activity),
                ],
                progress.username,
            )
            if progress.username == keep:
                self.trainee_table.selectRow(self.trainee_table.rowCount() - 1)
        self.record_button.setEnabled(self.trainee_table.rowCount() > 0)
        self._show_mistakes(session, _selected_key(self.trainee_table) or None)

    def _trainee_chosen(self) -> None:
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        trainee = _selected_key(self.trainee_table)
        self.their_exercises.setRowCount(0)
        self.their_feedback.clear()
        if trainee:
            for exercise in training.list_exercises(session, trainee):
                _row(self.their_exercises, self._exercise_row(exercise), exercise.id)
        self._show_mistakes(session, trainee or None)

    def _their_exercise_chosen(self) -> None:
        key = _selected_key(self.their_exercises)
        session = self.ctx.session
        if key and session is not None and session.is_open:
            self.their_feedback.show_exercise(
                training.get_exercise(session, key), i18n.current_language()
            )

    def _show_mistakes(self, session: Session, trainee: str | None) -> None:
        language = i18n.current_language()
        tr = report_translator(language)
        template = library.sample_template()
        found = training.common_mistakes(session, trainee)
        if not found:
            self.mistakes.setPlainText(self.tr("No mistake so far."))
            return
        lines = [
            f"{m.times}× {messages.describe_mistake(m.kind, m.code, m.detail, template, language, tr)}"
            f" — {', '.join(m.scenarios)}"
            for m in found
        ]
        self.mistakes.setPlainText("\n".join(lines))

    def show_my_record(self) -> bool:
        """The trainee's own training record."""
        return self.show_record(self.ctx.require_session().user.username)

    def show_record(self, trainee: str = "") -> bool:
        """A training record (the chosen trainee's) in a preview that prints or saves it."""
        trainee = trainee or _selected_key(self.trainee_table)
        if not trainee:
            return False
        session = self.ctx.require_session()
        try:
            report = training_record(
                session, trainee, language=default_report_language(session, i18n.current_language())
            )
            record_disclosure(
                session,
                report.document_id,
                report.kind,
                None,
                "",
                "",
                "preview",
                personal_data=False,
            )
        except RadprevError as exc:
            show_error(self, exc)
            return False
        self.record = report
        dialog = TrainingRecordDialog(self.ctx, report, self)
        dialog.open()
        return True
