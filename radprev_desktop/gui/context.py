"""What every page of the main window is given: the session and app-wide signals.

Pages follow the protocol of gui/page.py (`Page`). They never keep a reference to
`ctx.session` beyond one call: read it each time, it changes on lock/unlock and
switch user. Pages ask the window for things through these signals, never by
looking up its methods.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from radprev_desktop.core.change_set import Change, Operation
from radprev_desktop.core.errors import VaultError
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.gui.clipboard import secure_clipboard

P = ParamSpec("P")
R = TypeVar("R")


class AppContext(QObject):
    """Shared state of one running application window."""

    session_changed = Signal()  # login, unlock, switch user, lock (session may be None)
    # What a core operation changed (a core.change_set.Change): the window hands it to
    # every page's on_changes, and each page decides whether to re-read.
    changed = Signal(object)
    open_subject_requested = Signal(str)  # subject id: the main window shows its file
    open_observation_requested = Signal(str)  # observation id: open in the editor/viewer
    status_message = Signal(str)
    new_observation_requested = Signal()  # Ctrl+N's editor (choose the prisoner first)
    lock_requested = Signal()  # e.g. the key no longer opens the database

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        # Set by the main window: `run_in_worker(fn, on_done=..., on_error=..., title=...,
        # cancellable=True)` runs `fn(progress, is_cancelled)` in a worker thread with a
        # progress dialog and Cancel; `progress(done, total, what)` as in core.
        # `on_done(result)` / `on_error(exc)` run on the GUI thread. A job that needs the
        # database opens its own connection: `with gui.workers.worker_session(session)`.
        self.run_in_worker: Callable[..., Any] | None = None

    def perform(self, op: Operation[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Run a core operation and tell every page what it changed (its own declaration).

        Screens call operations through here, never directly, so no screen has to
        say by hand what changed; an error changes nothing and announces nothing.
        """
        outcome = op.run(*args, **kwargs)
        self.changed.emit(outcome.changes)
        return outcome.value

    def announce(self, changes: Change) -> None:
        """After an operation ran in a worker thread: its declared `op.changes`."""
        self.changed.emit(changes)

    def require_session(self) -> Session:
        """The open session, or VaultError when the app is locked."""
        if self.session is None or not self.session.is_open:
            raise VaultError(QT_TRANSLATE_NOOP("errors", "The screen is locked."))
        return self.session

    def copy_text(self, text: str) -> None:
        """Copy to the clipboard, marked secret and cleared after a while if still ours."""
        secure_clipboard().copy(text)
