"""The workbook document's lifecycle: open (locks, read-only, refusals), new, Save As, and
keeping the edit lock fresh while the file is open."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy.exc import DBAPIError

from ...domain.operations import DomainError
from ...domain.template import fill_template
from ...store.lock import REFRESH_EVERY, LockedError
from ...store.workbook_file import (
    SUFFIX, ReadOnlyFileError, WorkbookFile, WorkbookFileError, create_workbook, open_workbook,
)
from ..dialogs import NewWorkbookDialog, file_filter
from .host import Window


class DocumentFlow(QObject):
    """File › Uusi, Avaa, Tallenna nimellä; the lock of the open file."""

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(REFRESH_EVERY * 1000)
        self._lock_timer.timeout.connect(self._refresh_lock)

    # -- the lock of the open file ----------------------------------------------------------------

    def installed(self, wbfile: WorkbookFile | None) -> None:
        """The window shows ``wbfile`` now: keep its edit lock fresh (or stop, for None)."""
        if wbfile is None or wbfile.readonly or wbfile.lock is None:
            self._lock_timer.stop()
        else:
            self._lock_timer.start()

    def _refresh_lock(self) -> None:
        window = self.window
        lock = window.wbfile.lock if window.wbfile is not None else None
        if lock is not None and not lock.refresh():
            path = window.wbfile.path
            window.show_error(self.tr("Toinen käyttäjä on ottanut työkirjan %1 muokattavakseen. "
                                      "Se avataan uudelleen vain luettavaksi.").replace("%1", path.name))
            window.install(None)
            self.open_path(path, readonly=True)

    # -- opening ----------------------------------------------------------------------------------

    def _offer_read_only(self, path: Path, title: str, text: str) -> None:
        """A file that cannot be opened for editing: say why, offer to open it read-only."""
        self.window.show_message(
            QMessageBox.Icon.Warning, title, text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            on_finish=lambda button: button == QMessageBox.StandardButton.Open
            and self.open_path(path, readonly=True))
        self.window.message.button(QMessageBox.StandardButton.Open).setText(
            self.tr("Avaa vain luettavaksi"))

    def open_path(self, path: Path, readonly: bool = False) -> bool:
        """Open a workbook; refusals and locks are told in a message. True when opened."""
        window = self.window
        path = Path(path)
        try:
            wbfile = open_workbook(path, window.user, readonly=readonly)
        except LockedError as exc:
            self._offer_read_only(path, self.tr("Työkirja on käytössä"), self.tr(
                "Työkirjaa %1 muokkaa parhaillaan %2.\n\nVoit avata sen vain luettavaksi.")
                .replace("%1", path.name).replace("%2", exc.holder.describe()))
            return False
        except ReadOnlyFileError as exc:  # a write-protected file or folder: offer to read it
            self._offer_read_only(path, self.tr("Yhteistyö"), str(exc))
            return False
        except WorkbookFileError as exc:
            window.show_error(str(exc))
            if not path.exists():
                window.settings.remove_recent(str(path.resolve()))
            return False
        except (OSError, sqlite3.Error, DBAPIError) as exc:  # e.g. a full disk: told, not raised
            window.show_error(window.storage_error(exc, path))
            return False
        window.install(wbfile)
        if wbfile.note:
            window.statusBar().showMessage(wbfile.note, 15000)
        return True

    def choose_and_open(self) -> None:
        wbfile = self.window.wbfile
        start = str(wbfile.path.parent) if wbfile else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Avaa työkirja"), start, file_filter())
        if path:
            self.open_path(Path(path))

    # -- Save As ----------------------------------------------------------------------------------

    def choose_and_save_as(self) -> None:
        wbfile = self.window.wbfile
        if wbfile is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Tallenna työkirja nimellä"),
                                              str(wbfile.path.parent), file_filter())
        if path:
            self.save_as(Path(path))

    def save_as(self, target: Path) -> bool:
        """Copy the workbook to ``target`` and go on working in the copy."""
        window = self.window
        if window.wbfile is None:
            return False
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        window.commit_pending()
        try:
            window.wbfile.save_as(target)
        except (WorkbookFileError, LockedError) as exc:
            window.show_error(self.tr("Tallennus epäonnistui: %1").replace("%1", str(exc)))
            return False
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            window.show_error(self.tr("Tallennus epäonnistui: %1")
                              .replace("%1", window.storage_error(exc, target)))
            return False
        readonly = window.wbfile.readonly
        window.install(None)
        return self.open_path(target, readonly=readonly)

    # -- a new workbook ---------------------------------------------------------------------------

    def new_workbook(self) -> None:
        dialog = NewWorkbookDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Uuden työkirjan tiedosto"),
                                              str(Path.home() / f"{dialog.region()}{SUFFIX}"),
                                              file_filter())
        if path:
            self.create_new(Path(path), dialog.region(), dialog.term_start())

    def create_new(self, path: Path, region: str, term_start: int) -> bool:
        window = self.window
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            wbfile = create_workbook(path, window.user, region, term_start, term_start + 4,
                                     fill=fill_template, overwrite=path.exists())
        except (WorkbookFileError, LockedError, DomainError) as exc:
            window.show_error(str(exc))
            return False
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            window.show_error(window.storage_error(exc, path))
            return False
        window.install(wbfile)
        return True
