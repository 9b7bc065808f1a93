"""Errors nobody caught: shown to the user in one Finnish message and written to a log file.

:func:`install` sets ``sys.excepthook`` (an exception in a slot or a virtual method lands
there; PySide6 cannot pass it on to the caller) and ``threading.excepthook`` (a worker thread).
Before, such an exception went to stderr only, which a user starting the app from a menu never
sees: the window just seemed to do nothing. The log, ``virheet.log`` in the app's data folder,
keeps the traceback for whoever looks into it; the message names the log.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ..store.workbook_file import DiskFullError, database_error, is_disk_full
from .settings import data_dir

LOG_NAME = "virheet.log"


def storage_message(exc: BaseException, path: Path) -> str:
    """An OSError or SQLite error met while using ``path`` as one Finnish line (a full disk
    says "levy on täynnä" with the folder, not "No space left on device")."""
    if is_disk_full(exc):
        folder = Path(exc.filename).parent if getattr(exc, "filename", None) else path.parent
        return str(DiskFullError(folder))
    if isinstance(exc, OSError):
        return QCoreApplication.translate("ErrorReport", "Tiedostoa %1 ei voi käyttää: %2") \
            .replace("%1", str(exc.filename or path.name)).replace("%2", exc.strerror or "")
    return str(database_error(path, exc))


class ErrorReporter(QObject):
    """Logs an unhandled exception from any thread and shows it in the GUI thread."""

    # Emitted from whichever thread failed; the queued connection shows the box in the GUI thread.
    reported = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent
        self.log_path = data_dir() / LOG_NAME
        #: The message box shown last (tests read it).
        self.box: QMessageBox | None = None
        self.reported.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type, exc, tb, thread_name: str | None = None) -> None:
        if issubclass(exc_type, SystemExit):  # a thread that ended itself (threading ignores it too)
            return
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logged = self._log("".join(traceback.format_exception(exc_type, exc, tb)), thread_name)
        if isinstance(exc, (OSError, sqlite3.Error)) and is_disk_full(exc):
            text = storage_message(exc, self.log_path)
        else:
            text = QCoreApplication.translate(
                "ErrorReport", "Sovelluksessa tapahtui odottamaton virhe, eikä viimeisin toiminto "
                "ehkä onnistunut.")
        if logged:
            text += " " + QCoreApplication.translate(
                "ErrorReport", "Virheen tiedot tallennettiin tiedostoon %1.").replace(
                "%1", str(self.log_path))
        self.reported.emit(text)

    def _log(self, trace: str, thread_name: str | None) -> bool:
        """Append the traceback to the log; False when even that failed (a full disk)."""
        where = f" (säie {thread_name})" if thread_name else ""
        try:
            with open(self.log_path, "a", encoding="utf-8") as log:
                log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}{where}\n{trace}\n")
            return True
        except OSError:
            if sys.__stderr__ is not None:  # the last place left to tell
                sys.__stderr__.write(trace)
            return False

    @Slot(str)
    def show(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("ErrorReport", "Yhteistyö"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.box = box
        box.open()


def install(window: QWidget) -> ErrorReporter:
    """Route every unhandled exception of the GUI (any thread) to one :class:`ErrorReporter`."""
    reporter = ErrorReporter(window)
    sys.excepthook = reporter.handle
    threading.excepthook = lambda args: reporter.handle(
        args.exc_type, args.exc_value, args.exc_traceback,
        args.thread.name if args.thread is not None else None)
    return reporter
