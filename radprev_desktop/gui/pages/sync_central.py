"""The Sync page at the central office: its check code, buttons and the tabs of what came in.

Workstations with their last package and gaps, quarantine, conflicts, every
establishment's prisoners (loaded on request: an audited consultation),
transfers to issue and files linked as one person. The page
(gui/pages/sync.py) connects the buttons to its actions. Texts keep the
page's translation context ("SyncPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.pages.central_files import LinkedFilesPanel, TransfersToIssuePanel
from radprev_desktop.gui.pages.sync_tables import fill, table, when
from radprev_desktop.gui.wrapping_tabs import WrappingTabs

translate = QCoreApplication.translate


class CentralSyncView(QWidget):
    """Imports at the central office and what they brought (see the module doc)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cert_label = QLabel()
        self.cert_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cert_label.setWordWrap(True)
        layout.addWidget(self.cert_label)
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        self.import_button = QPushButton(translate("SyncPage", "&Import packages…"))
        self.folder_button = QPushButton(translate("SyncPage", "Import a whole &folder…"))
        self.ack_button = QPushButton(translate("SyncPage", "Write &receipt…"))
        self.bundle_button = QPushButton(translate("SyncPage", "Write reference &bundle…"))
        self.cert_button = QPushButton(translate("SyncPage", "Write &certificate…"))
        for b in (
            self.import_button,
            self.folder_button,
            self.ack_button,
            self.bundle_button,
            self.cert_button,
        ):
            buttons.addWidget(b)
        layout.addWidget(button_row)
        self._build_tabs(ctx)
        layout.addWidget(self.tabs.title_row)  # wraps at 150 % instead of scroll arrows
        layout.addWidget(self.tabs, 1)

    def _build_tabs(self, ctx: AppContext) -> None:
        """Workstations, quarantine, conflicts and every establishment's prisoners."""
        self.tabs = WrappingTabs()
        self.workstations = table(
            [
                translate("SyncPage", "Establishment"),
                translate("SyncPage", "Workstation"),
                translate("SyncPage", "Packages"),
                translate("SyncPage", "Last package"),
                translate("SyncPage", "Missing"),
                translate("SyncPage", "Quarantined"),
                translate("SyncPage", "Conflicts"),
                translate("SyncPage", "Failed imports"),
                translate("SyncPage", "Last import"),
                translate("SyncPage", "Check code"),
            ]
        )
        self.quarantine = table(
            [
                translate("SyncPage", "Workstation"),
                translate("SyncPage", "Package"),
                translate("SyncPage", "Line"),
                translate("SyncPage", "Kind"),
                translate("SyncPage", "Record"),
                translate("SyncPage", "Reason"),
            ]
        )
        self.conflicts = table(
            [
                translate("SyncPage", "Workstation"),
                translate("SyncPage", "Package"),
                translate("SyncPage", "Kind"),
                translate("SyncPage", "Record"),
                translate("SyncPage", "Version"),
                translate("SyncPage", "Received"),
            ]
        )
        self.tabs.addTab(self.workstations, translate("SyncPage", "Workstations"))
        self.tabs.addTab(self.quarantine, translate("SyncPage", "Quarantine"))
        self.tabs.addTab(self.conflicts, translate("SyncPage", "Conflicts"))
        self.tabs.addTab(self._build_consolidated(), translate("SyncPage", "All prisoners"))
        self.transfers_panel = TransfersToIssuePanel(ctx)
        self.transfers_tab = _scrolling(self.transfers_panel)
        self.tabs.addTab(self.transfers_tab, translate("SyncPage", "Transfers"))
        self.links_panel = LinkedFilesPanel(ctx)
        self.links_tab = _scrolling(self.links_panel)
        self.tabs.addTab(self.links_tab, translate("SyncPage", "One person, two files"))

    def _build_consolidated(self) -> QWidget:
        consolidated = QWidget()
        c_layout = QVBoxLayout(consolidated)
        self.consolidated_button = QPushButton(
            translate("SyncPage", "&Show prisoners of every establishment")
        )
        c_layout.addWidget(self.consolidated_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.consolidated = table(
            [
                translate("SyncPage", "Establishment"),
                translate("SyncPage", "Prison number"),
                translate("SyncPage", "Family name"),
                translate("SyncPage", "Given names"),
                translate("SyncPage", "Birth year"),
                translate("SyncPage", "Status"),
                translate("SyncPage", "Observations"),
                translate("SyncPage", "Last event"),
            ]
        )
        c_layout.addWidget(self.consolidated, 1)
        return consolidated

    def clear(self) -> None:
        """Remove every piece of vault data (on lock)."""
        for t in (self.workstations, self.quarantine, self.conflicts, self.consolidated):
            t.setRowCount(0)
        self.transfers_panel.clear()
        self.links_panel.clear()
        self.cert_label.clear()

    def refresh(self, session: Session) -> None:
        """The office's check code, what this user may do, and what the imports brought."""
        self.cert_label.setText(
            translate("SyncPage", "This office's check code: {fp}").format(
                fp=sync_core.grouped_fingerprint(sync_core.own_certificate_fingerprint(session))
            )
        )
        importer_role = policy.allows(session, Permission.IMPORT_PACKAGES)
        for b in (self.import_button, self.folder_button, self.ack_button, self.bundle_button):
            b.setEnabled(importer_role)
        self.cert_button.setEnabled(policy.allows(session, Permission.MANAGE_SYNC_KEYS))
        issuer = policy.allows(session, Permission.ISSUE_TRANSFERS)
        self.tabs.setTabVisible(self.tabs.indexOf(self.transfers_tab), issuer)
        if issuer:
            self.transfers_panel.refresh()
        linker = policy.allows(session, Permission.LINK_FILES)
        self.tabs.setTabVisible(self.tabs.indexOf(self.links_tab), linker)
        if linker:
            self.links_panel.refresh()
        self._show_workstations(session)
        if importer_role:
            self._show_quarantine_and_conflicts(session)

    def _show_workstations(self, session: Session) -> None:
        fill(
            self.workstations,
            [
                [
                    s.establishment,
                    s.workstation_id,
                    s.packages,
                    s.last_sequence,
                    ", ".join(map(str, s.gaps)) or translate("SyncPage", "none"),
                    s.quarantined,
                    s.conflicts,
                    ", ".join(map(str, s.failed_imports)) or translate("SyncPage", "none"),
                    when(s.last_import_at),
                    sync_core.grouped_fingerprint(s.fingerprint)[:19] + "…",
                ]
                for s in sync_core.workstation_states(session)
            ],
        )

    def _show_quarantine_and_conflicts(self, session: Session) -> None:
        fill(
            self.quarantine,
            [
                [q.workstation_id[-8:], q.package_seq, q.line, q.kind, q.object_id, q.reason]
                for q in sync_core.quarantine_items(session)
            ],
        )
        fill(
            self.conflicts,
            [
                [c.workstation_id[-8:], c.package_seq, c.kind, c.object_id, c.version, when(c.at)]
                for c in sync_core.conflict_items(session)
            ],
        )

    def show_consolidated(self, session: Session) -> None:
        """Every establishment's prisoners (an audited consultation)."""
        rows = sync_core.consolidated_subjects(session)
        fill(
            self.consolidated,
            [
                [
                    s.establishment,
                    s.prison_number,
                    s.family_name,
                    s.given_names,
                    s.birth_year,
                    s.status,
                    s.observations,
                    when(s.last_event),
                ]
                for s in rows
            ],
        )


def _scrolling(panel: QWidget) -> QScrollArea:
    """A tab whose panel scrolls inside the tab when the window is low (1024×768 at 150 %:
    683×467), instead of the whole Sync page: the import buttons and the report of the
    last action stay in view (centralwalk's walk, session 7; fixed in session 9)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(panel)
    return area
