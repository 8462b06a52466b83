"""What every page of the main window is given: the session and app-wide signals.

Pages follow the protocol of gui/page.py (`Page`). They never keep a reference to
`ctx.session` beyond one call: read it each time, it changes on lock/unlock and
switch user. Pages ask the window for things through these signals, never by
looking up its methods.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from radprev_desktop.core.errors import VaultError
from radprev_desktop.core.session import Session


class AppContext(QObject):
    """Shared state of one running application window."""

    session_changed = Signal()  # login, unlock, switch user, lock (session may be None)
    data_changed = Signal(str)  # kind of data that changed: "subject", "observation", ...
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

    def require_session(self) -> Session:
        """The open session, or VaultError when the app is locked."""
        if self.session is None or not self.session.is_open:
            raise VaultError("The vault is locked.")
        return self.session

    def copy_text(self, text: str) -> None:
        """Copy to the clipboard, marked secret and cleared after a while if still ours."""
        from radprev_desktop.gui.clipboard import secure_clipboard

        secure_clipboard().copy(text)
