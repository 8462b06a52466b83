"""What a training session adds to the main window: banner, title, scenario beside the editor,
feedback on submit.

Made by the main window only for a session of a training vault. The TRAINING
banner is a fixed tool bar, so it stays on screen over every page and over the
lock screen. While the observation editor shows the prisoner of an exercise, the
scenario is shown in a dock beside it; when that observation is submitted the
exercise is compared with the scenario's key and the feedback is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSizePolicy, QStackedWidget, QToolBar

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services import training
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.training import TrainingPage
from radprev_desktop.gui.training_widgets import (
    FeedbackDialog,
    ScenarioPanel,
    training_banner,
    training_title,
)


class TrainingShell(QObject):
    """Training-mode furniture and wiring of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        stack: QStackedWidget,
        editor: ObservationEditorPage | None,
        page: TrainingPage | None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.editor = editor
        self.page = page
        self.last_feedback: FeedbackDialog | None = None
        bar = QToolBar(window)
        bar.setObjectName("trainingBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        self.banner = training_banner(bar)
        self.banner.setWordWrap(False)  # one line across the window
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.bar = bar
        window.setWindowTitle(training_title(window.windowTitle()))
        self.panel = ScenarioPanel()
        self.dock = QDockWidget(self.tr("Scenario"), window)
        self.dock.setObjectName("scenarioDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        if editor is not None:
            editor.submitted.connect(self.observation_submitted)
            editor.subject_shown.connect(self.show_scenario_for)
        # The scenario goes with the editor: another page, or the lock, hides it.
        stack.currentChanged.connect(
            lambda _i: None if stack.currentWidget() is editor else self.hide_scenario()
        )
        ctx.session_changed.connect(
            lambda: None if ctx.session is not None else self.hide_scenario()
        )

    # --- the scenario beside the editor ----------------------------------------------------

    def show_scenario_for(self, subject_id: str) -> None:
        """Show the scenario when the editor shows an exercise's prisoner; hide it otherwise."""
        session = self.ctx.session
        exercise = None
        if subject_id and session is not None and session.is_open:
            exercise = training.exercise_for_subject(session, subject_id)
        if exercise is None or session is None:
            self.panel.clear_exercise()
            self.dock.hide()
            return
        self.panel.show_exercise(exercise, training.prison_number_of(session, exercise))
        self.dock.show()

    def hide_scenario(self) -> None:
        self.panel.clear_exercise()
        self.dock.hide()

    # --- feedback on submit ---------------------------------------------------------------

    def observation_submitted(self, observation_id: str, subject_id: str) -> None:
        """Compare the exercise's submitted observation with the key and show the feedback."""
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        exercise = training.exercise_for_subject(session, subject_id)
        if exercise is None or exercise.trainee != session.user.username:
            return
        try:
            done = self.ctx.perform(training.complete_exercise, session, exercise.id)
        except RadprevError as exc:
            show_error(self.window, exc)
            return
        del observation_id  # the newest submitted version is the one compared
        self.hide_scenario()
        dialog = FeedbackDialog(done, self.window)
        self.last_feedback = dialog
        dialog.open()
