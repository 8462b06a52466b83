"""The one protocol every page of the main window follows (no guessed method names).

- `refresh()` reloads what the page shows (when shown, after unlock, after changes);
- `clear()` removes every piece of vault data from the page (before the lock);
- `has_unsaved_changes()` says whether leaving would lose typed work;
- `save_draft()` keeps that work without asking (as a draft), True when nothing is
  left unsaved; pages with nothing to keep answer True;
- `open_record(ref)` shows one record (a prisoner's file, an observation, a
  checklist run); False when the page does not show that kind of record;
- `current_record()` is what the page shows now, so unlock can return to it;
- `hold_unsaved()` / `resume_unsaved(held)`: at the lock, what `save_draft` could
  not keep (a correction not yet submitted, an answer still without its example)
  is held in memory — never on disk — and put back after unlock;
- `hold_shown()` / `resume_shown(held)`: at the lock, what the page showed that is no
  typed work but would be missed after unlock (the report of a finished import) is
  held in memory the same way, hidden while locked and shown again after unlock,
  without the page claiming unsaved changes (nothing is asked before quitting);
- `on_changes(changes)` is told what a core operation changed (core/change_set.py,
  run through `ctx.perform`); the page re-reads only if it shows any of it.

Pages are given the `AppContext` and read `ctx.session` each time (it changes
on lock, unlock and switch user).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from radprev_desktop.core.change_set import Change
from radprev_desktop.gui.context import AppContext


class RecordKind(Enum):
    SUBJECT = "subject"
    OBSERVATION = "observation"
    CHECKLIST_RUN = "checklist_run"


@dataclass(frozen=True)
class RecordRef:
    """Which record a page shows: enough to open it again (no personal data)."""

    kind: RecordKind
    id: str
    subject_id: str = ""  # the file a record belongs to, when it is opened inside one


@dataclass(frozen=True)
class Location:
    """Where the user is: a page and the record it shows (no personal data)."""

    key: str
    record: RecordRef | None = None


class Page(QWidget):
    """Base of every page: the protocol with the answers of a page that keeps nothing."""

    #: The guide's section for this page (Help → Guide, F1).
    help_anchor = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload what the page shows from the vault."""

    def clear(self) -> None:
        """Remove every piece of vault data from the page's widgets."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_draft(self) -> bool:
        """Keep typed work without asking; True when nothing is left unsaved."""
        return True

    def open_record(self, ref: RecordRef) -> bool:
        """Show `ref`; False when this page does not show that kind of record."""
        del ref
        return False

    def current_record(self) -> RecordRef | None:
        return None

    def hold_unsaved(self) -> object | None:
        """Lock: what `save_draft` could not keep, as plain values held in memory until
        unlock (the widgets are cleared); None when there is nothing to hold."""
        return None

    def resume_unsaved(self, held: object) -> bool:
        """After unlock: reopen the record `held` belongs to and put the values back;
        False when that record is not open yet (e.g. the reason for access was not
        given), so the window keeps holding it and tries again when the page is used."""
        del held
        return True

    def hold_shown(self) -> object | None:
        """Lock: what the page shows that is not typed work but would be missed after
        unlock (e.g. an import's report), as plain values held in memory only; None
        when there is nothing worth keeping."""
        return None

    def resume_shown(self, held: object) -> None:
        """After unlock: show again what `hold_shown` held."""
        del held

    def on_changes(self, changes: Change) -> None:
        """An operation changed `changes`; re-read what this page shows of them."""
        del changes


def ask_to_discard(parent: QWidget) -> bool:
    """Work that cannot be kept as a draft (a correction, an answer without its example):
    True when the user chooses to discard it, False to stay."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Page", "Unsaved changes"),
        QCoreApplication.translate(
            "Page",
            "Some of what you typed cannot be kept as a draft (a correction not yet "
            "submitted, or an answer still without its example). Discard it?",
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
