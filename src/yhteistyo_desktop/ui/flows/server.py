"""The window's shared server mode: connect, upload, download, and notice others' changes.

A workbook on a PostgreSQL server (:mod:`yhteistyo_desktop.store.server`) is edited by several
people at once. Every few seconds :class:`ServerMode` asks the server whether the history has
grown; when someone else changed something, the window's session ends its read transaction and
forgets its cached rows, and the tree, tables and editor show what is stored now. An edit of a
field someone else changed meanwhile is refused by the domain (StaleValueError) and the editor
shows the other user's value.
"""
from __future__ import annotations

import platform
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog, QLabel, QLineEdit,
    QVBoxLayout, QWidget,
)

from ...store.workbook_file import SUFFIX, WorkbookFileError

if TYPE_CHECKING:  # pragma: no cover
    from .host import Window

#: How often the window asks the server for others' changes.
POLL_MS = 2500
FILE_FILTER = QT_TRANSLATE_NOOP("ServerMode", "Yhteistyö-työkirja (*.tyokirja)")


def is_server(wbfile) -> bool:
    return getattr(wbfile, "is_server", False)


class ServerDialog(QDialog):
    """Asks for the server's address (postgresql://käyttäjä:salasana@palvelin/tietokanta)."""

    def __init__(self, title: str, address: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Anna PostgreSQL-palvelimen osoite, esimerkiksi "
                               "postgresql://nimi:salasana@palvelin.example.fi/yhteistyo"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit(address)
        self.address.setObjectName("address")
        self.address.setPlaceholderText(self.tr("postgresql://käyttäjä@palvelin/tietokanta"))
        self.address.setMinimumWidth(420)
        form.addRow(self.tr("&Osoite:"), self.address)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def url(self) -> str:
        return self.address.text().strip()

    def accept(self) -> None:
        from ...store.server import ServerError, parse_url

        try:
            parse_url(self.url())
        except ServerError as exc:
            self.error.setText(str(exc))
            self.address.setFocus()
            return
        super().accept()


class ServerMode(QObject):
    """Server actions of the File menu and the change poll of a window."""

    #: A poll's answer, from the thread that asked the server: (marker asked, rows or error).
    fetched = Signal(object, object)

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self.marker: tuple[int, int] | None = None
        self.last_url = ""
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll_in_background)
        self.fetched.connect(self._fetched)  # emitted from the asking thread: runs here, queued
        self._asking = False
        self.connect_action = QAction(window)
        self.connect_action.triggered.connect(self.choose_and_connect)
        self.upload_action = QAction(window)
        self.upload_action.triggered.connect(self.choose_and_upload)
        self.download_action = QAction(window)
        self.download_action.triggered.connect(self.choose_and_download)
        self.actions = [self.connect_action, self.upload_action, self.download_action]

    def retranslate(self) -> None:
        self.connect_action.setText(self.tr("Yhdistä palvel&imeen…"))
        self.upload_action.setText(self.tr("Lataa palveli&melle…"))
        self.download_action.setText(self.tr("Tallenna palvelimelta tiedo&stoksi…"))
        for action in self.actions:
            action.setToolTip(action.text().replace("&", "").rstrip("…"))

    def update_state(self) -> None:
        wbfile = self.window.wbfile
        self.upload_action.setEnabled(wbfile is not None and not is_server(wbfile))
        self.download_action.setEnabled(is_server(wbfile))

    # -- opening ----------------------------------------------------------------------------------

    def _in_background(self, action: QAction, job):
        """``job()``'s result, run off the GUI thread: a slow or unreachable server (up to the
        connect timeout) never stops the window, which shows progress (labelled as ``action``)
        after a moment. Its exception is raised here; :class:`JobCancelled` when cancelled."""
        from ..worker import run_in_background

        return run_in_background(self.window, action.toolTip() + "…", lambda _progress: job())

    def open_server(self, url: str, workbook_id: str | None = None) -> bool:
        """Open a server workbook in the window; a refusal is one sentence in a message box."""
        from ...store.server import open_server
        from ..settings import data_dir
        from ..worker import JobCancelled

        self.window.commit_pending()
        user, backups = self.window.user, data_dir()  # a migration's backup goes to the data folder
        try:
            wbfile = self._in_background(self.connect_action,
                                         lambda: open_server(url, user, workbook_id, backups))
        except JobCancelled:
            return False
        except WorkbookFileError as exc:
            self.window.show_error(str(exc))
            return False
        self.last_url = url
        self.window.install(wbfile)
        if wbfile.note:
            self.window.statusBar().showMessage(wbfile.note, 15000)
        return True

    def choose_workbook(self, url: str) -> str | None | bool:
        """The workbook to open when the server has several (asks); False when cancelled."""
        from ...store.server import list_workbooks
        from ..worker import JobCancelled

        try:
            infos = self._in_background(self.connect_action,
                                        lambda: list_workbooks(url))
        except JobCancelled:
            return False
        except WorkbookFileError as exc:
            self.window.show_error(str(exc))
            return False
        if len(infos) <= 1:
            return None
        labels = [f"{i.region} {i.term} – {i.title}" for i in infos]
        choice, ok = QInputDialog.getItem(self.window, self.tr("Valitse työkirja"),
                                          self.tr("Palvelimella on useita työkirjoja:"), labels,
                                          0, False)
        return infos[labels.index(choice)].id if ok else False

    def choose_and_connect(self) -> None:
        dialog = ServerDialog(self.tr("Yhdistä palvelimeen"), self.last_url, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        workbook_id = self.choose_workbook(dialog.url())
        if workbook_id is not False:
            self.open_server(dialog.url(), workbook_id)

    # -- upload and download --------------------------------------------------------------------

    def upload_current(self, url: str) -> bool:
        """Copy the open file to the server and go on working there."""
        from ...store.server import upload
        from ..worker import JobCancelled

        wbfile = self.window.wbfile
        if wbfile is None or is_server(wbfile):
            return False
        self.window.commit_pending()
        self.window.doc.session.commit()  # no read transaction of the window's while copying
        path, user = wbfile.path, self.window.user
        try:
            info = self._in_background(self.upload_action,
                                       lambda: upload(path, url, user))
        except JobCancelled:
            return False
        except WorkbookFileError as exc:
            self.window.show_error(str(exc))
            return False
        if not self.open_server(url, info.id):
            return False
        self.window.statusBar().showMessage(
            self.tr("Työkirja ladattiin palvelimelle; muutokset tallentuvat nyt sinne."), 15000)
        return True

    def choose_and_upload(self) -> None:
        dialog = ServerDialog(self.tr("Lataa palvelimelle"), self.last_url, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.upload_current(dialog.url())

    def download_to(self, target: Path) -> bool:
        """Save the server workbook (with its history) as a new file; keep working on the server."""
        from ..worker import JobCancelled

        wbfile = self.window.wbfile
        if not is_server(wbfile):
            return False
        self.window.commit_pending()
        try:
            saved = self._in_background(self.download_action,
                                        lambda: wbfile.save_as(Path(target)))
        except JobCancelled:
            return False
        except (WorkbookFileError, OSError) as exc:
            self.window.show_error(self.tr("Tallennus epäonnistui: %1").replace("%1", str(exc)))
            return False
        self.window.statusBar().showMessage(
            self.tr("Palvelimen työkirja tallennettiin tiedostoksi %1.").replace("%1", str(saved)),
            15000)
        return True

    def choose_and_download(self) -> None:
        wbfile = self.window.wbfile
        if not is_server(wbfile):
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Tallenna palvelimelta tiedostoksi"),
                                              str(wbfile.path), self.tr(FILE_FILTER))
        if path:
            target = Path(path)
            self.download_to(target if target.suffix == SUFFIX else target.with_name(target.name + SUFFIX))

    # -- noticing others' changes ---------------------------------------------------------------

    def installed(self, wbfile) -> None:
        self.timer.stop()
        self.marker = None
        if is_server(wbfile) and self.window.doc is not None:
            # after the failed change has been told, not in the middle of it
            self.window.doc.outdated.connect(self._gone, Qt.ConnectionType.QueuedConnection)
        if is_server(wbfile):
            try:
                self.marker = wbfile.change_marker()
            except WorkbookFileError:
                self.marker = (0, 0)
            self.timer.start()
        self.update_state()

    def stop(self) -> None:
        self.timer.stop()
        self.marker = None

    def _pollable(self):
        """The window's document when a poll may look now, else None."""
        doc = self.window.doc
        if doc is None or not is_server(doc.wbfile) or self.marker is None:
            return None
        session = doc.session
        if session.new or session.dirty or session.deleted:
            return None  # in the middle of an operation
        return doc

    def poll(self) -> bool:
        """Ask the server for changes, here and now; refresh the window when others made some.
        True if so."""
        doc = self._pollable()
        if doc is None:
            return False
        try:
            answer = doc.wbfile.changes_since(self.marker)
        except WorkbookFileError as exc:
            answer = exc
        return self._take(doc, answer)

    def poll_in_background(self) -> None:
        """The timer's poll: the server is asked in a thread of its own, so a slow or lost
        connection (up to the connect timeout) never stops the window."""
        doc = self._pollable()
        if doc is None or self._asking:
            return
        self._asking = True
        wbfile, marker = doc.wbfile, self.marker

        def ask() -> None:
            try:
                answer = wbfile.changes_since(marker)
            except Exception as exc:  # told in the status bar, as in poll()
                answer = exc
            try:
                self.fetched.emit(marker, answer)
            except RuntimeError:  # the window was closed meanwhile
                pass

        threading.Thread(target=ask, name="yhteistyo-poll", daemon=True).start()

    @Slot(object, object)
    def _fetched(self, marker, answer) -> None:
        self._asking = False
        doc = self._pollable()
        if doc is not None and marker == self.marker:  # still the same workbook and place
            self._take(doc, answer)

    def _take(self, doc, answer) -> bool:
        if isinstance(answer, Exception):
            self.window.statusBar().showMessage(str(answer), POLL_MS * 2)
            return False
        marker, rows = answer
        session = doc.session
        if marker == self.marker:
            session.commit()  # end the read transaction (and keep the cached rows)
            return False
        added = marker[1] - self.marker[1]
        self.marker = marker
        me = (doc.ops.user, doc.ops.computer or platform.node())
        others = [r for r in rows if (r.user, r.computer) != me]
        if not others and len(rows) == added:
            session.commit()
            return False  # only this window's own changes
        self.refresh(sorted({r.user for r in others}))
        return True

    @Slot()
    def _gone(self) -> None:
        """A change found its record deleted, or another's entry, saved meanwhile: show what is
        stored now."""
        if self.window.doc is not None and is_server(self.window.doc.wbfile):
            self.refresh([])

    def refresh(self, who: list[str]) -> None:
        """Show what is stored now, keeping the current item and what is being typed."""
        window = self.window
        window.doc.session.rollback()  # ends the read transaction and forgets every cached row
        window.reload_everything(keep_undo=True)
        window.update_state()
        if who:
            window.statusBar().showMessage(
                self.tr("%1 muutti työkirjaa; näkymä päivitettiin.").replace("%1", ", ".join(who)),
                10000)
