"""Long work off the GUI thread: a QRunnable per job, a progress dialog with Cancel.

`WorkerRunner.run(fn, on_done=..., on_error=..., title=...)` runs
`fn(progress, is_cancelled)` on the thread pool. `progress(done, total, what)`
matches core's Progress callback; `is_cancelled()` lets the job stop between
steps. SQLite connections belong to one thread: a job that needs the database
opens its own with `session.worker_copy()` (see `worker_session`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from radprev_desktop.core.session import Session

Progress = Callable[[int, int, str], None]
Job = Callable[[Progress, Callable[[], bool]], Any]


class Cancelled(Exception):
    """Raised by a job that stopped because the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Job, signals: _Signals, cancelled: Callable[[], bool]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.signals = signals
        self.cancelled = cancelled

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancelled)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


class WorkerJob(QObject):
    """One running job: its progress dialog and its callbacks."""

    finished = Signal()

    def __init__(
        self,
        fn: Job,
        *,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        title: str,
        parent_widget: QWidget | None,
        cancellable: bool,
    ) -> None:
        super().__init__(parent_widget)
        self._cancel = False
        self.on_done = on_done
        self.on_error = on_error
        self.signals = _Signals()
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent_widget)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._on_cancel)
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)
        self.runnable = _Runnable(fn, self.signals, lambda: self._cancel)
        self.is_running = True

    def cancel(self) -> None:
        self._cancel = True

    def _on_cancel(self) -> None:
        self._cancel = True
        self.dialog.setLabelText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self.dialog.wasCanceled() and not self._cancel:
            self._on_cancel()
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if what:
            # Core progress texts are English source text; translate if the catalogue has them.
            self.dialog.setLabelText(QCoreApplication.translate("progress", what))

    def _finish(self) -> None:
        self.is_running = False
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit()

    def _on_done(self, result: object) -> None:
        self._finish()
        if self.on_done is not None:
            self.on_done(result)

    def _on_failed(self, exc: object) -> None:
        self._finish()
        if self.on_error is not None and isinstance(exc, BaseException):
            self.on_error(exc)


class WorkerRunner(QObject):
    """Starts jobs on a thread pool; knows whether any is still running."""

    busy_changed = Signal(bool)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.jobs: list[WorkerJob] = []

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def run(
        self,
        fn: Job,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        title: str = "",
        cancellable: bool = True,
    ) -> WorkerJob:
        """Run `fn(progress, is_cancelled)` in a worker; callbacks run on the GUI thread."""
        job = WorkerJob(
            fn,
            on_done=on_done,
            on_error=on_error,
            title=title or self.tr("Working…"),
            parent_widget=self.parent_widget,
            cancellable=cancellable,
        )
        self.jobs.append(job)
        job.finished.connect(lambda: self._forget(job))
        if len(self.jobs) == 1:
            self.busy_changed.emit(True)
        self.pool.start(job.runnable)
        return job

    def _forget(self, job: WorkerJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if not self.jobs:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


@contextlib.contextmanager
def worker_session(session: Session) -> Iterator[Session]:
    """A session for this worker thread: same vault, user and key, its own connection.

    The connection is closed on leaving (no logout entry: the user's session goes on).
    """
    worker = session.worker_copy()
    try:
        yield worker
    finally:
        worker.detach_connection()
        worker.close()  # no connection left: only forgets the key copy
