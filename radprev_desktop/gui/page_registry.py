"""Every page of the main window, declared once: key, class, title and who may see it.

An explicit list (no page is found by name), so the frozen bundle sees every page;
`core/policy.py` answers which `Area` a role may enter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from radprev_desktop.core.policy import Area
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.pages.admin import AdminPage
from radprev_desktop.gui.pages.audit import AuditPage
from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
from radprev_desktop.gui.pages.dashboard import DashboardPage
from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage
from radprev_desktop.gui.pages.reports import ReportsPage
from radprev_desktop.gui.pages.review_queue import ReviewQueuePage
from radprev_desktop.gui.pages.search import SearchPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from radprev_desktop.gui.pages.subjects import SubjectsPage
from radprev_desktop.gui.pages.sync import SyncPage
from radprev_desktop.gui.pages.training import TrainingPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    page: Callable[[AppContext], Page]  # the page class, imported above (frozen bundle)
    title: object  # source text (str), translated in context "MainWindow"
    area: Area  # who may see it: asked of core/policy.py
    in_navigation: bool = True


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard", DashboardPage, QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), Area.DASHBOARD
    ),
    PageSpec("subjects", SubjectsPage, QT_TRANSLATE_NOOP("MainWindow", "Prisoners"), Area.SUBJECTS),
    PageSpec("search", SearchPage, QT_TRANSLATE_NOOP("MainWindow", "Search"), Area.SEARCH),
    PageSpec(
        "review_queue",
        ReviewQueuePage,
        QT_TRANSLATE_NOOP("MainWindow", "Review queue"),
        Area.REVIEW_QUEUE,
    ),
    PageSpec("reports", ReportsPage, QT_TRANSLATE_NOOP("MainWindow", "Reports"), Area.REPORTS),
    PageSpec("sync", SyncPage, QT_TRANSLATE_NOOP("MainWindow", "Sync"), Area.SYNC),
    PageSpec(
        "admin", AdminPage, QT_TRANSLATE_NOOP("MainWindow", "Administration"), Area.ADMINISTRATION
    ),
    PageSpec("audit", AuditPage, QT_TRANSLATE_NOOP("MainWindow", "Audit log"), Area.AUDIT_LOG),
    # Training vaults only (core/policy.py offers it nowhere else).
    PageSpec("training", TrainingPage, QT_TRANSLATE_NOOP("MainWindow", "Training"), Area.TRAINING),
    PageSpec(
        "subject_detail",
        SubjectDetailPage,
        QT_TRANSLATE_NOOP("MainWindow", "Prisoner's file"),
        Area.SUBJECT_FILE,
        in_navigation=False,
    ),
    PageSpec(
        "observation_editor",
        ObservationEditorPage,
        QT_TRANSLATE_NOOP("MainWindow", "Observation"),
        Area.OBSERVATION_EDITOR,
        in_navigation=False,
    ),
    PageSpec(
        "checklist_runner",
        ChecklistRunnerPage,
        QT_TRANSLATE_NOOP("MainWindow", "Checklist"),
        Area.CHECKLIST_RUNNER,
        in_navigation=False,
    ),
)
NAV_SPECS = tuple(s for s in PAGES if s.in_navigation)
#: The navigation entry marked while a page outside the navigation is shown.
PARENT_PAGES = {"subject_detail": "subjects", "observation_editor": "dashboard"}
