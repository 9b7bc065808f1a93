"""Long work (PDF, Excel) off the GUI thread, with a progress dialog that can cancel it.

``run_in_background`` starts ``job(progress)`` in a QThread and waits in a local
event loop, so the window keeps repainting and answering while the job runs.
The job must open its own database session (SQLite connections and ORM
sessions are not shared across threads). ``progress(done, total)`` raises
:class:`JobCancelled` once the user has pressed Cancel; jobs clean up after
any exception, so a cancelled export leaves no file behind.

The progress dialog is shown by a timer of our own, never by QProgressDialog's
minimum-duration timer: that one is started by the dialog's constructor and
restarted by ``setValue(0)``, and it used to fire after a short job had ended,
inside the review dialog's ``exec()``, putting a window-modal "0%" box over
everything that nothing could close. When the job ends our timer is stopped
and the dialog is hidden and destroyed before this function returns, so no
modal box outlives its job.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..gcpolicy import young_objects_only

if TYPE_CHECKING:  # pragma: no cover
    from .flows.host import Window


#: QProgressDialog's own show delay, out of reach (about 24 days): only our timer shows it.
_NEVER = 2**31 - 1


class JobCancelled(Exception):
    """The user cancelled the job."""


class _Runner(QObject):
    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.job = job
        self.cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self._last: tuple[float, int, int] = (0.0, -1, -1)

    #: At most this often a progress report crosses to the GUI thread. A job may report
    #: every row; each report runs QProgressDialog.setValue there, which for a modal dialog
    #: processes events, so thousands of them kept the window busy for most of a second.
    EVERY = 0.05

    def progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise JobCancelled()
        now = time.monotonic()
        last, last_done, last_total = self._last
        if (done, total) == (last_done, last_total):
            return
        if now - last >= self.EVERY or done >= total or total != last_total:
            self._last = (now, done, total)
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            with young_objects_only():
                self.result = self.job(self.progress)
        except BaseException as exc:  # handed to the GUI thread, raised there
            self.error = exc
        finally:
            self.done.emit()


class _Receiver(QObject):
    """Lives in the GUI thread, so queued signals from the worker run their slots there."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop):
        super().__init__()
        self.dialog = dialog
        self.loop = loop

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot()
    def finished(self) -> None:
        self.loop.quit()


def run_in_background(parent: QWidget | None, label: str,
                      job: Callable[[Callable[[int, int], None]], Any],
                      show_after_ms: int = 300) -> Any:
    """Run ``job`` in a worker thread; return its result, or raise its exception.

    Raises :class:`JobCancelled` when the user cancelled.
    """
    runner = _Runner(job)
    thread = QThread()
    runner.moveToThread(thread)
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Peruuta"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(_NEVER)  # shown by ``show_timer`` below, see the module docstring
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(runner.cancel.set)
    dialog.canceled.connect(lambda: dialog.setLabelText(QCoreApplication.translate("Worker", "Perutaan…")))
    show_timer = QTimer()
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(dialog.show)

    loop = QEventLoop()
    receiver = _Receiver(dialog, loop)
    runner.progressed.connect(receiver.progressed, Qt.ConnectionType.QueuedConnection)
    runner.done.connect(receiver.finished, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(runner.run)
    thread.start()
    show_timer.start(show_after_ms)
    try:
        loop.exec()
    finally:
        show_timer.stop()
        thread.quit()
        thread.wait()
        dialog.canceled.disconnect()  # closing a progress dialog emits canceled
        dialog.hide()
        # Now, not with deleteLater: a deferred delete waits for the event loop this call came
        # from, and a modal dialog opened next (the review) runs a loop of its own meanwhile.
        shiboken6.delete(dialog)
    if runner.error is not None:
        if runner.cancel.is_set():
            raise JobCancelled() from runner.error
        raise runner.error
    return runner.result


def run_job(window: Window, label: str, job: Callable[[Callable[[int, int], None]], Any]) -> Any:
    """The one way the window's flows run long work: ``job(progress)`` off the GUI thread
    (:func:`run_in_background`), its errors told as one line in a message, a cancel noted in
    the status bar. Returns the job's result, or None when it was cancelled or failed."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from ..domain.operations import DomainError
    from ..store.lock import LockedError
    from ..store.workbook_file import WorkbookFileError

    if window.doc is not None:
        # End the window's read transaction: its SQLite read lock would make the
        # worker's writes wait (nothing is pending; every edit is already committed).
        window.doc.session.commit()
    try:
        return run_in_background(window, label, job)
    except JobCancelled:
        window.statusBar().showMessage(QCoreApplication.translate("Worker", "Peruttu."), 8000)
    except (WorkbookFileError, DomainError, LockedError) as exc:
        window.show_error(str(exc))
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        window.show_error(window.storage_error(exc))
    return None
