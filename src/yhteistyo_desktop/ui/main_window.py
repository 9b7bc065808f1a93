"""The main window: the workbook as a tree with a detail pane, and the File menu."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox,
    QSpinBox, QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget,
)
from html import escape

from ..domain.operations import DomainError
from ..domain.template import fill_template
from ..store.lock import REFRESH_EVERY, LockedError
from ..store.workbook_file import SUFFIX, WorkbookFile, WorkbookFileError, create_workbook, \
    open_workbook
from . import detail
from .forms import load_form
from .settings import Settings, WindowState
from .tree_model import RecordRole, WorkbookTreeModel

FILE_FILTER = "Yhteistyö-työkirja (*.tyokirja)"


class MainWindow(QMainWindow):
    #: Emitted after a workbook has been opened (or closed: None).
    workbookChanged = Signal(object)

    def __init__(self, settings: Settings, window_state: WindowState, user: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.window_state = window_state
        self.user = user
        self.wbfile: WorkbookFile | None = None
        self.session = None
        #: The message box shown last (non-modal, so the window stays alive); tests read it.
        self.message: QMessageBox | None = None

        self.setWindowTitle(self.tr("Yhteistyö"))
        self.view = load_form("main_window", self)
        self.setCentralWidget(self.view)
        self.tree: QTreeView = self.view.findChild(QTreeView, "tree")
        self.detail: QTextBrowser = self.view.findChild(QTextBrowser, "detail")
        self.splitter: QSplitter = self.view.findChild(QSplitter, "splitter")
        self.title_label: QLabel = self.view.findChild(QLabel, "workbookTitle")
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.model = WorkbookTreeModel(parent=self)
        self.tree.setModel(self.model)
        self.tree.selectionModel().selectionChanged.connect(self._show_selected)

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()

        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(REFRESH_EVERY * 1000)
        self._lock_timer.timeout.connect(self._refresh_lock)

        self.resize(1100, 700)
        geometry = window_state.load("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = window_state.load("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self._update_title()

    # -- menus ------------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tiedosto"))
        self.new_action = self._action(self.tr("&Uusi Kuntaliiton pohjasta…"), self.new_workbook,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Avaa…"), self.choose_and_open,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Avaa &viimeisimpiä"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_as_action = self._action(self.tr("Tallenna &nimellä…"), self.choose_and_save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.quit_action = self._action(self.tr("&Lopeta"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("(ei viimeisimpiä tiedostoja)")).setEnabled(False)

    # -- messages ---------------------------------------------------------------------------------

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str,
                     buttons=QMessageBox.StandardButton.Ok, on_finish=None) -> QMessageBox:
        box = QMessageBox(icon, title, text, buttons, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        if on_finish is not None:
            box.finished.connect(lambda result: on_finish(box.standardButton(box.clickedButton())))
        self.message = box
        box.open()
        return box

    def show_error(self, text: str) -> QMessageBox:
        return self.show_message(QMessageBox.Icon.Critical, self.tr("Yhteistyö"), text)

    # -- opening and closing files ----------------------------------------------------------------

    def open_path(self, path: Path, readonly: bool = False) -> bool:
        """Open a workbook; refusals and locks are told in a message. True when opened."""
        path = Path(path)
        try:
            wbfile = open_workbook(path, self.user, readonly=readonly)
        except LockedError as exc:
            self.show_message(
                QMessageBox.Icon.Warning, self.tr("Työkirja on käytössä"),
                self.tr("Työkirjaa %1 muokkaa parhaillaan %2.\n\nVoit avata sen vain luettavaksi.")
                .replace("%1", path.name).replace("%2", exc.holder.describe()),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                on_finish=lambda button: button == QMessageBox.StandardButton.Open
                and self.open_path(path, readonly=True))
            self.message.button(QMessageBox.StandardButton.Open).setText(self.tr("Avaa vain luettavaksi"))
            return False
        except WorkbookFileError as exc:
            self.show_error(str(exc))
            if not path.exists():
                self.settings.remove_recent(str(path.resolve()))
            return False
        self._install(wbfile)
        if wbfile.note:
            self.statusBar().showMessage(wbfile.note, 15000)
        return True

    def _install(self, wbfile: WorkbookFile | None) -> None:
        self._close_file()
        self.wbfile = wbfile
        if wbfile is not None:
            self.session = wbfile.session()
            self.settings.add_recent(wbfile.path)
            if not wbfile.readonly:
                self._lock_timer.start()
        self.model.set_session(self.session)
        self.tree.expandToDepth(0)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._update_title()
        self.workbookChanged.emit(wbfile)

    def _close_file(self) -> None:
        self._lock_timer.stop()
        self.model.set_session(None)
        self.detail.clear()
        if self.session is not None:
            self.session.close()
            self.session = None
        if self.wbfile is not None:
            self.wbfile.close()
            self.wbfile = None

    def _refresh_lock(self) -> None:
        if self.wbfile is not None and self.wbfile.lock is not None and not self.wbfile.lock.refresh():
            # Someone took the lock over (we slept too long): stop writing, keep showing.
            path = self.wbfile.path
            self.show_error(self.tr("Toinen käyttäjä on ottanut työkirjan %1 muokattavakseen. "
                                    "Se avataan uudelleen vain luettavaksi.").replace("%1", path.name))
            self._install(None)
            self.open_path(path, readonly=True)

    def _update_title(self) -> None:
        if self.wbfile is None or self.session is None:
            self.setWindowTitle(self.tr("Yhteistyö"))
            self.title_label.setText("")
            self.status_label.setText("")
            return
        wb = self.wbfile.workbook(self.session)
        suffix = self.tr(" [vain luku]") if self.wbfile.readonly else ""
        self.setWindowTitle(f"{self.wbfile.path.name}{suffix} – {self.tr('Yhteistyö')}")
        self.title_label.setText(
            f"<b>{escape(wb.title)}</b> · {escape(wb.region)} · "
            + self.tr("valtuustokausi %1").replace("%1", escape(wb.term)))
        if self.wbfile.readonly:
            self.status_label.setText(self.tr("Vain luku: työkirja on toisen käyttäjän muokattavana."))
        else:
            self.status_label.setText(str(self.wbfile.path))
        self.save_as_action.setEnabled(True)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        record = self.model.data(indexes[0], RecordRole) if indexes else None
        self.detail.setHtml(detail.render(record) if record is not None else "")

    # -- File menu commands -------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        start = str(self.wbfile.path.parent) if self.wbfile else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Avaa työkirja"), start,
                                              self.tr(FILE_FILTER))
        if path:
            self.open_path(Path(path))

    def choose_and_save_as(self) -> None:
        if self.wbfile is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna työkirja nimellä"),
                                              str(self.wbfile.path.parent), self.tr(FILE_FILTER))
        if path:
            self.save_as(Path(path))

    def save_as(self, target: Path) -> bool:
        """Copy the workbook to ``target`` and go on working in the copy."""
        if self.wbfile is None:
            return False
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        try:
            self.wbfile.save_as(target)
        except (WorkbookFileError, LockedError, OSError) as exc:
            self.show_error(self.tr("Tallennus epäonnistui: %1").replace("%1", str(exc)))
            return False
        readonly = self.wbfile.readonly
        self._install(None)
        return self.open_path(target, readonly=readonly)

    def new_workbook(self) -> None:
        dialog = NewWorkbookDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Uuden työkirjan tiedosto"),
                                              str(Path.home() / f"{dialog.region()}{SUFFIX}"),
                                              self.tr(FILE_FILTER))
        if path:
            self.create_new(Path(path), dialog.region(), dialog.term_start())

    def create_new(self, path: Path, region: str, term_start: int) -> bool:
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            wbfile = create_workbook(path, self.user, region, term_start, term_start + 4,
                                     fill=fill_template, overwrite=path.exists())
        except (WorkbookFileError, LockedError, DomainError, OSError) as exc:
            self.show_error(str(exc))
            return False
        self._install(wbfile)
        return True

    # -- window -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.save("main/geometry", self.saveGeometry())
        self.window_state.save("main/splitter", self.splitter.saveState())
        self._close_file()
        self.settings.sync()
        super().closeEvent(event)


class NewWorkbookDialog(QDialog):
    """Region and council term for a new workbook from the Kuntaliitto template."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = load_form("new_workbook", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.setWindowTitle(form.windowTitle())
        self._region: QLineEdit = form.findChild(QLineEdit, "region")
        self._start: QSpinBox = form.findChild(QSpinBox, "termStart")
        self._end: QLabel = form.findChild(QLabel, "termEnd")
        self._error: QLabel = form.findChild(QLabel, "error")
        buttons: QDialogButtonBox = form.findChild(QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._start.valueChanged.connect(lambda year: self._end.setText(f"– {year + 4}"))

    def region(self) -> str:
        return self._region.text().strip()

    def term_start(self) -> int:
        return self._start.value()

    def accept(self) -> None:
        if not self.region():
            self._error.setText(self.tr("Anna alueen nimi."))
            self._region.setFocus()
            return
        super().accept()
