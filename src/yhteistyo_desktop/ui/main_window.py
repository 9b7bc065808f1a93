"""The main window: structure tree and tables on the left, the chosen item's editor on the right.

Every edit goes through :class:`~.document.WorkbookDocument` (undo stack over the
domain operations) and is saved at once. The window listens to the document's
``changed`` signal to refresh what it shows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite3
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDockWidget, QFileDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMainWindow, QMenu, QMessageBox, QScrollArea, QSpinBox,
    QSplitter, QStackedWidget, QTabWidget, QToolBar, QTreeView, QVBoxLayout, QWidget,
)
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from ..domain.models import (
    Action, Area, Forum, Goal, GoalAction, Indicator, LegalReference, Meeting, Party, Person,
)
from ..domain.operations import DomainError
from ..domain.queries import search
from ..domain.template import fill_template
from ..paths import resources_dir
from ..store.lock import REFRESH_EVERY, LockedError
from ..store.workbook_file import SUFFIX, ReadOnlyFileError, WorkbookFile, WorkbookFileError, \
    create_workbook, open_workbook
from .commands import CreateCommand, DeleteCommand, LinkCommand, MoveCommand
from .document import Change, WorkbookDocument
from .editors import EDITORS, RecordEditor
from .error_report import storage_message
from .followup_view import FollowupView
from .forms import load_form
from .history import HistoryView
from .i18n import LANGUAGES, set_language
from .server_mode import ServerMode, is_server
from .settings import Settings, WindowState
from .tables import RecordTable
from .tree_model import IdRole, KindRole, RecordRole, WorkbookTreeModel
from .versions_flow import VersionsFlow
from .worker import JobCancelled, run_in_background

if TYPE_CHECKING:  # loaded when first used: QtPdf and QtPrintSupport cost start-up time
    from .handout_dialog import HandoutDialog
    from .review_dialog import ReviewDialog

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Yhteistyö-työkirja (*.tyokirja)")
_KIND_CLASS = {"area": Area, "goal": Goal, "action": Action}
_CLASS_KIND = {cls: kind for kind, cls in _KIND_CLASS.items()}
TABLE_CLASSES = (Action, Indicator, Party, Person, Meeting, LegalReference, Forum)


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    # Emitted after a workbook has been opened (or closed: None).
    workbookChanged = Signal(object)
    # The user chose another language in Preferences.
    languageChanged = Signal(str)

    def __init__(self, settings: Settings, window_state: WindowState, user: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.window_state = window_state
        self.user = user
        self.doc: WorkbookDocument | None = None
        # The message box shown last (non-modal, so the window stays alive); tests read it.
        self.message: QMessageBox | None = None
        self.import_dialog: NewWorkbookDialog | None = None  # asks what an imported template lacks
        self.current: tuple[type, str] | None = None

        self.view = load_form("main_window", self)
        # The workbook's structure and editors; beside it, the annual follow-up ("Seuranta").
        self.main_tabs = QTabWidget(self)
        self.main_tabs.setObjectName("mainTabs")
        self.main_tabs.setDocumentMode(True)
        self.main_tabs.addTab(self.view, "")
        self.followup = FollowupView(self)
        self.followup.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.main_tabs.addTab(self.followup, "")
        self.setCentralWidget(self.main_tabs)
        self.tree: QTreeView = self.view.findChild(QTreeView, "tree")
        self.navigator: QTabWidget = self.view.findChild(QTabWidget, "navigator")
        self.splitter: QSplitter = self.view.findChild(QSplitter, "splitter")
        self.title_label: QLabel = self.view.findChild(QLabel, "workbookTitle")
        self.editor_stack: QStackedWidget = self.view.findChild(QStackedWidget, "editorStack")
        self.editor_scroll: QScrollArea = self.view.findChild(QScrollArea, "editorScroll")
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.model = WorkbookTreeModel(parent=self)
        self.model.moveRequested.connect(self.move_node)
        self.tree.setModel(self.model)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)

        self.tables: dict[type, RecordTable] = {}
        for cls in TABLE_CLASSES:
            table = RecordTable(cls, self)
            table.recordSelected.connect(self.show_record)
            self.tables[cls] = table
            self.navigator.addTab(table, "")
        self.navigator.currentChanged.connect(self._tab_changed)
        self._stale_tables: set[type] = set()

        self.editors: dict[type, RecordEditor] = {}
        self._make_editors()

        self.history = HistoryView(self)
        self.history_dock = QDockWidget(self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        self.history_dock.visibilityChanged.connect(lambda shown: shown and self._reload_history())
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.history_dock.hide()

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self._build_actions()
        self.retranslate()

        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(REFRESH_EVERY * 1000)
        self._lock_timer.timeout.connect(self._refresh_lock)

        self.resize(1280, 760)
        for key, restore in (("main/geometry", self.restoreGeometry),
                             ("main/state", self.restoreState),
                             ("main/splitter", self.splitter.restoreState)):
            value = window_state.load(key)
            if value is not None:
                restore(value)
        self._update_state()

    # -- actions, menus, toolbar --------------------------------------------------------------------

    def _action(self, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        Key = QKeySequence.StandardKey
        self.new_action = self._action(self.new_workbook, Key.New, "new-file")
        self.open_action = self._action(self.choose_and_open, Key.Open, "open")
        self.save_as_action = self._action(self.choose_and_save_as, Key.SaveAs, "save-as")
        self.quit_action = self._action(self.close, Key.Quit)
        self.print_action = self._action(self.open_handouts, Key.Print, "print")
        self.export_xlsx_action = self._action(self.choose_and_export_xlsx, "Ctrl+E", "export")
        self.review_xlsx_action = self._action(self.choose_and_review_xlsx, "Ctrl+I", "import")
        self.import_xlsx_action = self._action(self.choose_and_import_new, "Ctrl+Shift+I")
        self.merge_action = self._action(self.choose_and_merge)
        self.sotkanet_action = self._action(self.choose_and_import_sotkanet)
        self.copy_term_action = self._action(self.choose_and_copy_term)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.server = ServerMode(self)  # Yhdistä palvelimeen, Lataa palvelimelle, ...
        self.versions = VersionsFlow(self)  # Merkitse versio, Versiot ja muutokset

        self.undo_action = self._action(self.undo, Key.Undo, "undo")
        self.redo_action = self._action(self.redo, QKeySequence("Ctrl+Shift+Z"), "redo")
        self.new_area_action = self._action(self.new_area, "Ctrl+Shift+A", "new-area")
        self.new_goal_action = self._action(self.new_goal, "Ctrl+Shift+G", "new-goal")
        self.new_action_action = self._action(self.new_action_item, "Ctrl+Shift+T", "new-action")
        self.new_indicator_action = self._action(self.new_indicator, "Ctrl+Shift+M", "new-indicator")
        self.new_party_action = self._action(self.new_party, "Ctrl+Shift+O", "new-party")
        self.new_person_action = self._action(self.new_person, "Ctrl+Shift+H", "new-person")
        self.new_law_action = self._action(self.new_legal_reference, "Ctrl+Shift+L")
        self.new_forum_action = self._action(self.new_forum, "Ctrl+Shift+F")
        self.new_meeting_action = self._action(self.new_meeting, "Ctrl+Shift+K", "new-meeting")
        self.delete_action = self._action(self.delete_current, "Ctrl+Del", "delete")
        self.unlink_action = self._action(self.unlink_current, "Ctrl+Shift+U", "unlink")
        self.up_action = self._action(lambda: self.move_current(-1), "Ctrl+Up", "up")
        self.down_action = self._action(lambda: self.move_current(+1), "Ctrl+Down", "down")
        self.search_action = self._action(self.open_search, Key.Find, "search")
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setIcon(icon("history"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.preferences_action = self._action(self.open_preferences, Key.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.edit_actions = [self.new_area_action, self.new_goal_action, self.new_action_action,
                             self.new_indicator_action, self.new_party_action,
                             self.new_person_action, self.new_law_action, self.new_forum_action,
                             self.new_meeting_action, self.review_xlsx_action, self.merge_action,
                             self.delete_action, self.unlink_action, self.up_action,
                             self.down_action, self.sotkanet_action]

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for item in (self.new_action, self.open_action, self.recent_menu, None, self.save_as_action,
                     None, *self.server.actions,
                     None, self.export_xlsx_action, self.review_xlsx_action, self.import_xlsx_action,
                     None, self.merge_action, None, self.sotkanet_action, self.copy_term_action,
                     None, *self.versions.actions,
                     None, self.print_action, None, self.preferences_action, None,
                     self.quit_action):
            self._add(self.file_menu, item)
        self.edit_menu = bar.addMenu("")
        for item in (self.undo_action, self.redo_action, None, self.new_area_action,
                     self.new_goal_action, self.new_action_action, self.new_indicator_action,
                     self.new_party_action, self.new_person_action, self.new_law_action,
                     self.new_forum_action, self.new_meeting_action, None, self.up_action, self.down_action,
                     self.unlink_action, self.delete_action, None, self.search_action):
            self._add(self.edit_menu, item)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.history_action)

        for item in (self.undo_action, self.redo_action, None, self.new_area_action,
                     self.new_goal_action, self.new_action_action, self.new_indicator_action,
                     self.new_party_action, self.new_person_action, None, self.up_action,
                     self.down_action, self.delete_action, None, self.search_action,
                     self.history_action, None, self.export_xlsx_action, self.print_action):
            self._add(self.toolbar, item)

    @staticmethod
    def _add(container, item) -> None:
        if item is None:
            container.addSeparator()
        elif isinstance(item, QMenu):
            container.addMenu(item)
        else:
            container.addAction(item)

    def retranslate(self) -> None:
        """Set every text made in code (forms are translated when loaded)."""
        texts = {
            self.new_action: self.tr("&Uusi Kuntaliiton pohjasta…"),
            self.open_action: self.tr("&Avaa…"),
            self.save_as_action: self.tr("Tallenna &nimellä…"),
            self.quit_action: self.tr("&Lopeta"),
            self.undo_action: self.tr("&Kumoa"),
            self.redo_action: self.tr("Tee uu&delleen"),
            self.new_area_action: self.tr("Uusi &osa-alue"),
            self.new_goal_action: self.tr("Uusi &tavoite"),
            self.new_action_action: self.tr("Uusi toi&menpide"),
            self.new_indicator_action: self.tr("Uusi mittar&i"),
            self.new_party_action: self.tr("Uusi o&sapuoli"),
            self.new_person_action: self.tr("Uusi &henkilö"),
            self.new_law_action: self.tr("Uusi &lakiperusta"),
            self.new_forum_action: self.tr("Uusi &foorumi"),
            self.new_meeting_action: self.tr("Uusi koko&us"),
            self.print_action: self.tr("&Tulosta tai tee PDF…"),
            self.export_xlsx_action: self.tr("Vie &Excel…"),
            self.review_xlsx_action: self.tr("Tuo &palautettu Excel…"),
            self.import_xlsx_action: self.tr("Tuo Excel uu&deksi työkirjaksi…"),
            self.merge_action: self.tr("&Yhdistä toisen jäsenen tiedosto…"),
            self.sotkanet_action: self.tr("Tuo S&otkanet-tiedot…"),
            self.copy_term_action: self.tr("&Kopioi uudelle valtuustokaudelle…"),
            self.delete_action: self.tr("&Poista"),
            self.unlink_action: self.tr("I&rrota toimenpide tästä tavoitteesta"),
            self.up_action: self.tr("Siirrä &ylös"),
            self.down_action: self.tr("Siirrä &alas"),
            self.search_action: self.tr("&Etsi…"),
            self.history_action: self.tr("&Muutoshistoria"),
            self.preferences_action: self.tr("A&setukset…"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        self.server.retranslate()
        self.versions.retranslate()
        self.recent_menu.setTitle(self.tr("Avaa &viimeisimpiä"))
        self.file_menu.setTitle(self.tr("&Tiedosto"))
        self.edit_menu.setTitle(self.tr("&Muokkaa"))
        self.view_menu.setTitle(self.tr("&Näytä"))
        self.toolbar.setWindowTitle(self.tr("Työkalut"))
        self.history_dock.setWindowTitle(self.tr("Muutoshistoria"))
        self.navigator.setTabText(0, self.tr("&Rakenne"))
        self.main_tabs.setTabText(0, self.tr("Työ&kirja"))
        self.main_tabs.setTabText(1, self.tr("&Seuranta"))
        self.followup.retranslate()
        for index, table in enumerate(self.tables.values(), start=1):
            self.navigator.setTabText(index, QCoreApplication.translate("Tables", table.model.title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._make_editors()
            self._update_state()
        super().changeEvent(event)

    def _make_editors(self) -> None:
        """(Re)create the editors, so their forms load in the current language."""
        shown = self.current
        for editor in self.editors.values():
            self.editor_stack.removeWidget(editor)
            editor.deleteLater()
        self.editors = {}
        for cls, editor_cls in EDITORS.items():
            editor = editor_cls(self.editor_stack)
            editor.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self.editors[cls] = editor
            self.editor_stack.addWidget(editor)
        if shown is not None and self.doc is not None:
            self.show_record(self.doc.get(*shown))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("(ei viimeisimpiä tiedostoja)")).setEnabled(False)

    # -- messages ---------------------------------------------------------------------------------

    def show_message(self, icon_kind: QMessageBox.Icon, title: str, text: str,
                     buttons=QMessageBox.StandardButton.Ok, on_finish=None) -> QMessageBox:
        box = QMessageBox(icon_kind, title, text, buttons, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        if on_finish is not None:
            box.finished.connect(lambda _r: on_finish(box.standardButton(box.clickedButton())))
        self.message = box
        box.open()
        return box

    def show_error(self, text: str) -> QMessageBox:
        if self.message is not None and self.message.isVisible() and self.message.text() == text:
            return self.message  # told already (a failed edit reports through two paths)
        return self.show_message(QMessageBox.Icon.Critical, self.tr("Yhteistyö"), text)

    def storage_error(self, exc: BaseException, path: Path | None = None) -> str:
        """An OSError or a database error as one line for the user (a full disk says so)."""
        if path is None:
            path = self.wbfile.path if self.wbfile is not None and not is_server(self.wbfile) \
                else Path("?")
        return storage_message(exc, path)

    # -- opening and closing files ----------------------------------------------------------------

    def _offer_read_only(self, path: Path, title: str, text: str) -> None:
        """A file that cannot be opened for editing: say why, offer to open it read-only."""
        self.show_message(
            QMessageBox.Icon.Warning, title, text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            on_finish=lambda button: button == QMessageBox.StandardButton.Open
            and self.open_path(path, readonly=True))
        self.message.button(QMessageBox.StandardButton.Open).setText(
            self.tr("Avaa vain luettavaksi"))

    def open_path(self, path: Path, readonly: bool = False) -> bool:
        """Open a workbook; refusals and locks are told in a message. True when opened."""
        path = Path(path)
        try:
            wbfile = open_workbook(path, self.user, readonly=readonly)
        except LockedError as exc:
            self._offer_read_only(path, self.tr("Työkirja on käytössä"), self.tr(
                "Työkirjaa %1 muokkaa parhaillaan %2.\n\nVoit avata sen vain luettavaksi.")
                .replace("%1", path.name).replace("%2", exc.holder.describe()))
            return False
        except ReadOnlyFileError as exc:  # a write-protected file or folder: offer to read it
            self._offer_read_only(path, self.tr("Yhteistyö"), str(exc))
            return False
        except WorkbookFileError as exc:
            self.show_error(str(exc))
            if not path.exists():
                self.settings.remove_recent(str(path.resolve()))
            return False
        except (OSError, sqlite3.Error, DBAPIError) as exc:  # e.g. a full disk: told, not raised
            self.show_error(self.storage_error(exc, path))
            return False
        self._install(wbfile)
        if wbfile.note:
            self.statusBar().showMessage(wbfile.note, 15000)
        return True

    def _install(self, wbfile: WorkbookFile | None) -> None:
        self._close_file()
        if wbfile is not None:
            self.doc = WorkbookDocument(wbfile, self)
            self.doc.changed.connect(self._on_change)
            self.doc.failed.connect(self.show_error)
            self.doc.undo_stack.canUndoChanged.connect(lambda _c: self._update_state())
            self.doc.undo_stack.canRedoChanged.connect(lambda _c: self._update_state())
            if not is_server(wbfile):
                self.settings.add_recent(wbfile.path)
            if not wbfile.readonly and wbfile.lock is not None:
                self._lock_timer.start()
        session = self.doc.session if self.doc else None
        self.model.editable = self.doc is not None and not self.doc.readonly
        self.model.set_session(session)
        for table in self.tables.values():
            table.set_session(session)
        self.history.set_session(session if self.history_dock.isVisible() else None)
        self.followup.set_document(self.doc)
        self.tree.expandToDepth(0)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self.server.installed(wbfile)
        self._update_state()
        self.workbookChanged.emit(wbfile)

    def _close_file(self) -> None:
        self._lock_timer.stop()
        self.server.stop()
        if self.doc is not None:
            self._commit_pending()
        self.show_record(None)
        self.model.set_session(None)
        for table in self.tables.values():
            table.set_session(None)
        self.history.set_session(None)
        self.followup.set_document(None)
        if self.doc is not None:
            wbfile = self.doc.wbfile
            self.doc.undo_stack.blockSignals(True)  # the window may be going away
            self.doc.close()
            self.doc.deleteLater()
            self.doc = None
            wbfile.close()

    @property
    def wbfile(self) -> WorkbookFile | None:
        return self.doc.wbfile if self.doc is not None else None

    def _refresh_lock(self) -> None:
        lock = self.wbfile.lock if self.wbfile is not None else None
        if lock is not None and not lock.refresh():
            path = self.wbfile.path
            self.show_error(self.tr("Toinen käyttäjä on ottanut työkirjan %1 muokattavakseen. "
                                    "Se avataan uudelleen vain luettavaksi.").replace("%1", path.name))
            self._install(None)
            self.open_path(path, readonly=True)

    def _update_state(self) -> None:
        """Title, status bar and which actions are enabled, from the open workbook."""
        doc = self.doc
        editable = doc is not None and not doc.readonly
        for action in self.edit_actions:
            action.setEnabled(editable)
        self.undo_action.setEnabled(editable and doc.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and doc.undo_stack.canRedo())
        self.save_as_action.setEnabled(doc is not None)
        self.print_action.setEnabled(doc is not None)
        self.export_xlsx_action.setEnabled(doc is not None)
        self.copy_term_action.setEnabled(doc is not None)
        self.search_action.setEnabled(doc is not None)
        self.server.update_state()
        self.versions.update_state()
        if doc is not None:
            self._update_context_actions()
        if doc is None:
            self.setWindowTitle(self.tr("Yhteistyö"))
            self.title_label.setText("")
            self.status_label.setText("")
            return
        wb = doc.workbook()
        suffix = self.tr(" [vain luku]") if doc.readonly else ""
        name = doc.wbfile.location if is_server(doc.wbfile) else doc.wbfile.path.name
        self.setWindowTitle(f"{name}{suffix} – {self.tr('Yhteistyö')}")
        self.title_label.setText(
            f"<b>{escape(wb.title)}</b> · {escape(wb.region)} · "
            + self.tr("valtuustokausi %1").replace("%1", escape(wb.term)))
        if doc.readonly:
            self.status_label.setText(self.tr("Vain luku: työkirja on toisen käyttäjän muokattavana, "
                                              "joten muokkaus on estetty."))
        elif is_server(doc.wbfile):
            self.status_label.setText(self.tr("Palvelimella, yhteiskäytössä: %1")
                                      .replace("%1", doc.wbfile.location))
        else:
            self.status_label.setText(str(doc.wbfile.path))

    def _update_context_actions(self) -> None:
        if self.doc is None or self.doc.readonly:
            return
        node = self._tree_node() if self.navigator.currentIndex() == 0 else None
        kind = node.kind if node is not None else None
        self.new_goal_action.setEnabled(kind in ("area", "goal", "action"))
        self.new_action_action.setEnabled(kind in ("goal", "action"))
        self.new_indicator_action.setEnabled(kind in ("goal", "action"))
        self.unlink_action.setEnabled(kind == "action" and node.shared > 0)
        self.up_action.setEnabled(node is not None)
        self.down_action.setEnabled(node is not None)
        self.delete_action.setEnabled(self.current is not None)

    # -- showing records ----------------------------------------------------------------------------

    def editor(self) -> RecordEditor | QWidget:
        return self.editor_stack.currentWidget()

    def _commit_pending(self) -> None:
        """Save what is being typed before anything else happens."""
        if isinstance(self.editor(), RecordEditor):
            self.editor().commit_pending()

    def show_record(self, record) -> None:
        self._commit_pending()
        if record is None or self.doc is None:
            self.current = None
            self.editor_stack.setCurrentIndex(0)
            self.history.set_selected(None)
        else:
            self.current = (type(record), record.id)
            editor = self.editors[type(record)]
            editor.show_record(self.doc, record)
            self.editor_stack.setCurrentWidget(editor)
            self.history.set_selected(record.id, getattr(record, "title", None)
                                      or getattr(record, "name", ""))
        self._update_context_actions()

    def _tree_node(self):
        index = self.tree.currentIndex()
        return self.model.node(index) if index.isValid() else None

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.navigator.currentIndex() == 0:
            self.show_record(current.data(RecordRole) if current.isValid() else None)

    def _tab_changed(self, index: int) -> None:
        widget = self.navigator.widget(index)
        if isinstance(widget, RecordTable):
            if widget.model.cls in self._stale_tables:
                self._stale_tables.discard(widget.model.cls)
                widget.reload()
            current = widget.view.currentIndex()
            self.show_record(current.data(RecordRole) if current.isValid() else None)
        else:
            current = self.tree.currentIndex()
            self.show_record(current.data(RecordRole) if current.isValid() else None)

    def go_to(self, cls: type, ident: str) -> bool:
        """Show a record where it lives: the tree for areas, goals, actions; else its table."""
        if self.doc is None:
            return False
        if cls in _CLASS_KIND and self.model.indexes_of(_CLASS_KIND[cls], ident):
            self.navigator.setCurrentIndex(0)
            index = self.model.indexes_of(_CLASS_KIND[cls], ident)[0]
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            return True
        table = self.tables.get(cls)
        if table is None:
            return False
        self.navigator.setCurrentWidget(table)
        return table.select(ident)

    # -- reacting to changes ------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.structural:
            self._reload_tree()
        elif change.field == "title" and change.table in ("area", "goal", "action"):
            self.model.refresh_title(change.table, change.id)
        shown = self.navigator.currentWidget()
        for table in self.tables.values():
            if table is shown:
                table.reload()
            else:
                self._stale_tables.add(table.model.cls)
        editor = self.editor()
        if isinstance(editor, RecordEditor):
            editor.on_change(change)
            if editor.record() is None:
                self.show_record(None)
        if self.history_dock.isVisible():
            self._reload_history()
        self._update_context_actions()

    def _reload_history(self) -> None:
        if self.doc is not None:
            if self.history.model._session is None:
                self.history.set_session(self.doc.session)
            else:
                self.history.reload()

    def _reload_tree(self) -> None:
        """Rebuild the tree, keeping what was expanded and which item was current."""
        def key(index):
            parent = index.parent()
            return index.data(KindRole), index.data(IdRole), parent.data(IdRole) or ""

        expanded, current = set(), None
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    expanded.add(key(index))
                    stack.append(index)
        if self.tree.currentIndex().isValid():
            current = key(self.tree.currentIndex())
        self.tree.selectionModel().blockSignals(True)
        try:
            self.model.reload()
            stack = [QModelIndex()]
            while stack:
                parent = stack.pop()
                for row in range(self.model.rowCount(parent)):
                    index = self.model.index(row, 0, parent)
                    k = key(index)
                    if k in expanded:
                        self.tree.setExpanded(index, True)
                        stack.append(index)
                    if k == current:
                        self.tree.setCurrentIndex(index)
        finally:
            self.tree.selectionModel().blockSignals(False)

    # -- editing commands ---------------------------------------------------------------------------

    def run(self, command) -> bool:
        if self.doc is None:
            return False
        try:
            self.doc.run(command)
        except DomainError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            self.show_error(str(exc))
            return False
        return True

    def undo(self) -> None:
        if self.doc is not None:
            self._commit_pending()
            self.doc.undo_stack.undo()

    def redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()

    def _create(self, create, text: str) -> object | None:
        """Create a record through an undoable command, show it and put the cursor in its editor."""
        command = CreateCommand(self.doc, create, text)
        if not self.run(command):
            return None
        record = command.record()
        self.go_to(type(record), record.id)
        self.show_record(record)
        editor = self.editors[type(record)]
        first = next((w for w in editor.fields.values() if isinstance(w, QLineEdit)), None)
        if first is not None:
            first.setFocus()
            first.selectAll()
        return record

    def _selected(self, kind: str):
        """The area/goal the new item goes under, from the tree's current node."""
        node = self._tree_node()
        while node is not None and node.kind != kind:
            node = node.parent
        return self.doc.get(_KIND_CLASS[kind], node.id) if node is not None and node.id else None

    def _unique(self, cls, column, base: str) -> str:
        names = set(self.doc.session.scalars(select(getattr(cls, column))))
        if base not in names:
            return base
        number = 2
        while f"{base} {number}" in names:
            number += 1
        return f"{base} {number}"

    def new_area(self) -> None:
        title = self.tr("Uusi osa-alue")
        self._create(lambda ops: ops.create(Area, group="erityis", title=title), title)

    def new_goal(self) -> None:
        area = self._selected("area")
        if area is None:
            self.statusBar().showMessage(self.tr("Valitse ensin osa-alue, johon tavoite tulee."), 8000)
            return
        title = self.tr("Uusi tavoite")
        self._create(lambda ops: ops.create(Goal, area_id=area.id, layer="painopiste", title=title),
                     title)

    def new_action_item(self) -> None:
        goal = self._selected("goal")
        if goal is None:
            self.statusBar().showMessage(self.tr("Valitse ensin tavoite, jota toimenpide palvelee."),
                                         8000)
            return
        title = self.tr("Uusi toimenpide")
        self._create(lambda ops: ops.add_action([goal], title=title), title)

    def new_indicator(self) -> None:
        node = self._tree_node()
        if node is None or node.kind not in ("goal", "action"):
            self.statusBar().showMessage(self.tr("Valitse ensin tavoite tai toimenpide, jota mittari "
                                                 "seuraa."), 8000)
            return
        owner = {f"{node.kind}_id": node.id}
        title = self.tr("Uusi mittari")
        self._create(lambda ops: ops.create(Indicator, title=title, kind="kylla_ei", **owner), title)

    def new_party(self) -> None:
        name = self._unique(Party, "name", self.tr("Uusi osapuoli"))
        self._create(lambda ops: ops.create(Party, name=name, kind="muu"), name)

    def new_person(self) -> None:
        name = self.tr("Uusi henkilö")
        self._create(lambda ops: ops.create(Person, name=name), name)

    def new_legal_reference(self) -> None:
        text = self.tr("Uusi lakiperusta")
        self._create(lambda ops: ops.create(LegalReference, law=text), text)

    def new_forum(self) -> None:
        text = self.tr("Uusi foorumi")
        self._create(lambda ops: ops.create(Forum, level=1, name=text), text)

    def new_meeting(self) -> None:
        import datetime as dt

        title = self.tr("Uusi kokous")
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(9, 0))
        self._create(lambda ops: ops.create(Meeting, title=title, starts_at=start), title)

    def delete_current(self) -> None:
        if self.doc is None or self.current is None:
            return
        record = self.doc.get(*self.current)
        if record is None:
            return
        title = getattr(record, "title", None) or getattr(record, "name", "")
        if self.run(DeleteCommand(self.doc, record, self.tr("Poista %1").replace("%1", title))):
            self.statusBar().showMessage(
                self.tr("Poistettu: %1. Kumoa painamalla Ctrl+Z.").replace("%1", title), 10000)

    def unlink_current(self) -> None:
        node = self._tree_node()
        if node is None or node.kind != "action" or self.doc is None:
            return
        keys = {"goal_id": node.parent.id, "action_id": node.id}
        self.run(LinkCommand(self.doc, GoalAction, keys, False,
                             self.tr("Irrota toimenpide tavoitteesta")))

    def move_current(self, step: int) -> None:
        node = self._tree_node()
        if node is None:
            return
        target = node.row + step
        if 0 <= target < len(node.parent.children):
            self.move_node(node.kind, node.id, node.parent.id, target)

    def move_node(self, kind: str, ident: str, parent_id: str, row: int) -> None:
        """Move a tree node to ``row`` under ``parent_id`` (drag and drop, Ctrl+Up/Down)."""
        if self.doc is None:
            return
        scope = {}
        if kind == "action":
            record = self.doc.get(GoalAction, (parent_id, ident))
        else:
            record = self.doc.get(_KIND_CLASS[kind], ident)
            if kind == "goal" and record.area_id != parent_id:
                scope["area_id"] = parent_id
        if record is None:
            return
        self.run(MoveCommand(self.doc, record, row, self.tr("Siirrä"), **scope))

    # -- search and preferences -------------------------------------------------------------------

    def open_search(self) -> None:
        if self.doc is None:
            return
        dialog = SearchDialog(self)
        dialog.show()
        self._search_dialog = dialog

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.user_name(), dialog.language())

    def apply_preferences(self, user_name: str, language: str) -> None:
        self.settings.user_name = user_name
        self.user = user_name
        if self.doc is not None:
            self.doc.ops.user = user_name
        if language != self.settings.language:
            self.settings.language = language
            set_language(language)  # every widget gets a LanguageChange event
            self.languageChanged.emit(language)
        self.settings.sync()

    # -- PDF and Excel ------------------------------------------------------------------------------

    def open_handouts(self, kind: str = "workbook") -> HandoutDialog | None:
        if self.doc is None:
            return None
        self._commit_pending()
        if getattr(self, "_handout_dialog", None) is not None:
            self._handout_dialog.close()
            self._handout_dialog.deleteLater()
        from .handout_dialog import HandoutDialog

        dialog = HandoutDialog(self.doc, self, kind if isinstance(kind, str) else "workbook")
        dialog.show()
        self._handout_dialog = dialog
        return dialog

    def _background(self, label: str, job):
        """Run ``job(progress)`` off the GUI thread; errors become a message, cancel returns None."""
        if self.doc is not None:
            # End the window's read transaction: its SQLite read lock would make the
            # worker's writes wait (nothing is pending; every edit is already committed).
            self.doc.session.commit()
        try:
            return run_in_background(self, label, job)
        except JobCancelled:
            self.statusBar().showMessage(self.tr("Peruttu."), 8000)
        except (WorkbookFileError, DomainError, LockedError) as exc:
            self.show_error(str(exc))
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            self.show_error(self.storage_error(exc))
        return None

    def choose_and_export_xlsx(self) -> None:
        if self.doc is None:
            return
        wb = self.doc.workbook()
        suggested = self.doc.wbfile.path.with_name(f"{wb.region} {wb.term}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Vie Excel-tiedostoksi"), str(suggested),
                                              self.tr("Excel-työkirja (*.xlsx)"))
        if path:
            self.export_xlsx(Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx"))

    def export_xlsx(self, target: Path) -> bool:
        """Write the Kuntaliitto Excel layout of this workbook to ``target``."""
        self._commit_pending()
        wbfile = self.doc.wbfile
        notices: list[str] = []

        def job(progress):
            from ..xlsx import export_workbook

            with wbfile.session() as session:
                return export_workbook(session, target,
                                       lambda share: progress(int(share * 100), 100) or True,
                                       source=getattr(wbfile, "path", None), notices=notices)

        if self._background(self.tr("Viedään Excel-tiedostoksi…"), job) is None:
            return False
        self.statusBar().showMessage(self.tr("Viety: %1").replace("%1", str(target)), 10000)
        if notices:  # texts cut to Excel's cell limit: the copy is not the whole workbook
            self.show_message(QMessageBox.Icon.Warning, self.tr("Vienti Excel-tiedostoksi"),
                              self.tr("Viety: %1. Kaikki ei mahtunut Excel-tiedostoon:")
                              .replace("%1", str(target)) + "\n\n" + "\n".join(notices))
        return True

    def choose_and_review_xlsx(self) -> None:
        if self.doc is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Tuo palautettu Excel"),
                                              str(self.doc.wbfile.path.parent),
                                              self.tr("Excel-työkirja (*.xlsx)"))
        if path:
            review = self.compare_xlsx(Path(path))
            if review is not None:
                self.review_returned(review)

    def compare_xlsx(self, path: Path):
        """Read a returned copy and list its changes (off the GUI thread)."""
        self._commit_pending()
        wbfile = self.doc.wbfile

        def job(progress):
            from ..xlsx import compare

            progress(0, 1)
            with wbfile.session() as session:
                return compare(path, session)

        return self._background(self.tr("Luetaan palautettua Excel-tiedostoa…"), job)

    def review_returned(self, review, dialog: ReviewDialog | None = None) -> bool:
        """Show the changes; apply the accepted ones in one transaction recorded with the file name."""
        from .review_dialog import ReviewDialog

        dialog = dialog or ReviewDialog(review, self)
        self._review_dialog = dialog
        if not review.changes:
            self.show_message(QMessageBox.Icon.Information, self.tr("Ei muutoksia"),
                              self.tr("Tiedostossa %1 ei ole muutoksia työkirjaan.")
                              .replace("%1", review.path.name))
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.apply_review(review, dialog.accepted_ids())

    def _apply_accepted(self, apply, review, accepted: list[str]):
        """Make the accepted changes of a review (Excel copy or merge) off the GUI thread."""
        wbfile = self.doc.wbfile

        def job(progress):
            progress(0, 1)
            with wbfile.session() as session:
                return apply(review, accepted, wbfile.operations(session))

        result = self._background(self.tr("Tallennetaan hyväksyttyjä muutoksia…"), job)
        if result is not None:
            self._reload_everything()
        return result

    def apply_review(self, review, accepted: list[str]) -> bool:
        from ..xlsx import apply

        result = self._apply_accepted(apply, review, accepted)
        if result is None:
            return False
        text = self.tr("%n muutosta hyväksyttiin tiedostosta %1.", "", len(result.applied)) \
            .replace("%1", review.path.name)
        if result.skipped:
            text += "\n\n" + self.tr("Ohitettiin:") + "\n" + "\n".join(
                f"• {why}" for _cid, why in result.skipped)
        self.show_message(QMessageBox.Icon.Information, self.tr("Muutokset tallennettu"), text)
        return True

    # -- merging another member's copy -------------------------------------------------------------

    def choose_and_merge(self) -> None:
        if self.doc is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Yhdistä toisen jäsenen tiedosto"),
                                              str(self.doc.wbfile.path.parent), self.tr(FILE_FILTER))
        if path:
            self.merge_file(Path(path))

    def merge_file(self, path: Path, dialog: ReviewDialog | None = None) -> bool:
        """Compare another member's copy (off the GUI thread), review it, apply the accepted."""
        review = self.compare_copy(path)
        if review is None:
            return False
        return self.review_merge(review, dialog)

    def compare_copy(self, path: Path):
        self._commit_pending()
        wbfile = self.doc.wbfile

        def job(progress):
            from ..sync import compare_files

            progress(0, 1)
            return compare_files(wbfile, path)

        return self._background(self.tr("Verrataan toisen jäsenen tiedostoa…"), job)

    def review_merge(self, review, dialog: ReviewDialog | None = None) -> bool:
        from .review_dialog import ReviewDialog

        dialog = dialog or ReviewDialog(review, self)
        self._review_dialog = dialog
        if review.changes and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        accepted = dialog.accepted_ids()
        if not review.changes and not review.settled:
            self.show_message(QMessageBox.Icon.Information, self.tr("Ei muutoksia"),
                              self.tr("Tiedostossa %1 ei ole uusia muutoksia.")
                              .replace("%1", review.path.name))
            return False
        from ..sync import apply

        result = self._apply_accepted(apply, review, accepted)
        if result is None:
            return False
        if not review.changes:  # only the other copy's history of what is here already
            self.show_message(QMessageBox.Icon.Information, self.tr("Ei muutoksia"),
                              self.tr("Tiedostossa %1 ei ole uusia muutoksia.")
                              .replace("%1", review.path.name))
            return True
        left = sum(1 for c in review.conflicts if c.id not in result.applied)
        text = self.tr("Tuotu %n muutosta tiedostosta %1.", "", len(result.applied)) \
            .replace("%1", review.path.name)
        if left:
            text += " " + self.tr("%n ristiriitaa jätetty ennalleen.", "", left)
        if result.skipped:
            text += "\n\n" + self.tr("Ohitettiin:") + "\n" + "\n".join(
                f"• {why}" for _cid, why in result.skipped)
        self.show_message(QMessageBox.Icon.Information, self.tr("Tiedostot yhdistetty"), text)
        return True

    def _reload_everything(self, keep_undo: bool = False) -> None:
        """Another session changed the data (an import, a merge, another user on the server):
        show what is stored now. The undo steps go, unless ``keep_undo`` (the server: others'
        changes do not touch ours); a field being typed into keeps what is typed."""
        self.doc.session.expire_all()
        if not keep_undo:
            self.doc.undo_stack.clear()
        self._reload_tree()
        for table in self.tables.values():
            table.reload()
        editor = self.editor()
        if self.current is not None and self.doc.get(*self.current) is None:
            self.show_record(None)
        elif isinstance(editor, RecordEditor) and not editor._pending:
            editor.reload()
        if self.history_dock.isVisible():
            self._reload_history()
        self.followup.refresh()

    def choose_and_import_new(self) -> None:
        source, _ = QFileDialog.getOpenFileName(self, self.tr("Tuo Excel uudeksi työkirjaksi"), "",
                                                self.tr("Excel-työkirja (*.xlsx)"))
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Uuden työkirjan tiedosto"),
            str(Path(source).with_suffix(SUFFIX)), self.tr(FILE_FILTER))
        if target:
            self.import_new_workbook(Path(source), Path(target))

    def import_new_workbook(self, source: Path, target: Path, region: str | None = None,
                            term: tuple[int, int] | None = None) -> bool:
        """A new workbook from a filled-in template; a file without its region or council
        term gets a dialog that asks for them, and the import runs again with the answers."""
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        user = self.user

        def job(progress):
            from ..xlsx import import_new
            from ..xlsx.errors import MissingWorkbookFields

            progress(0, 1)
            try:
                wbfile, notices = import_new(source, target, user, region, term)
            except MissingWorkbookFields as missing:
                return missing
            wbfile.close()
            return notices

        notices = self._background(self.tr("Luetaan Excel-tiedostoa…"), job)
        if notices is not None and not isinstance(notices, list):
            self._ask_region_and_term(source, target, notices)
            return False
        if notices is None or not self.open_path(target):
            return False
        if notices:
            self.show_message(QMessageBox.Icon.Information, self.tr("Tuonnin huomautukset"),
                              self.tr("Kaikkea tiedoston sisältöä ei voitu sijoittaa:") + "\n\n"
                              + "\n".join(str(n) for n in notices[:40])
                              + ("\n…" if len(notices) > 40 else ""))
        return True

    def _ask_region_and_term(self, source: Path, target: Path, missing) -> None:
        """Ask for what the imported template lacks (see :class:`MissingWorkbookFields`)."""
        dialog = NewWorkbookDialog(self)
        names = {"region": self.tr("alueen nimi"), "term": self.tr("valtuustokausi")}
        dialog.set_intro(self.tr("Tiedostosta %1 puuttuu: %2. Anna ne, niin työkirja luodaan.")
                         .replace("%1", source.name)
                         .replace("%2", ", ".join(names[name] for name in missing.missing)))
        if missing.region:
            dialog.set_region(missing.region)
        if missing.term:
            dialog.set_term_start(int(missing.term.split("-")[0]))
        dialog.accepted.connect(lambda: self.import_new_workbook(
            source, target, dialog.region(), (dialog.term_start(), dialog.term_start() + 4)))
        self.import_dialog = dialog
        dialog.open()

    def choose_and_import_sotkanet(self) -> None:
        from .sotkanet_dialog import choose_and_import

        choose_and_import(self)

    def choose_and_copy_term(self) -> None:
        from .term_dialog import choose_and_copy

        choose_and_copy(self)

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
        self._commit_pending()
        try:
            self.wbfile.save_as(target)
        except (WorkbookFileError, LockedError) as exc:
            self.show_error(self.tr("Tallennus epäonnistui: %1").replace("%1", str(exc)))
            return False
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            self.show_error(self.tr("Tallennus epäonnistui: %1")
                            .replace("%1", self.storage_error(exc, target)))
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
        except (WorkbookFileError, LockedError, DomainError) as exc:
            self.show_error(str(exc))
            return False
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            self.show_error(self.storage_error(exc, path))
            return False
        self._install(wbfile)
        return True

    # -- window -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.save("main/geometry", self.saveGeometry())
        self.window_state.save("main/state", self.saveState())
        self.window_state.save("main/splitter", self.splitter.saveState())
        self._close_file()
        self.settings.sync()
        super().closeEvent(event)


class _FormDialog(QDialog):
    """A dialog around a Designer form with an OK/Cancel button box named ``buttons``."""

    form_name = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        buttons = self.form.findChild(QDialogButtonBox, "buttons")
        if buttons is not None:
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)


class NewWorkbookDialog(_FormDialog):
    """Region and council term for a new workbook from the Kuntaliitto template."""

    form_name = "new_workbook"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._region: QLineEdit = self.form.findChild(QLineEdit, "region")
        self._start: QSpinBox = self.form.findChild(QSpinBox, "termStart")
        self._end: QLabel = self.form.findChild(QLabel, "termEnd")
        self._error: QLabel = self.form.findChild(QLabel, "error")
        self._start.valueChanged.connect(lambda year: self._end.setText(f"– {year + 4}"))

    def region(self) -> str:
        return self._region.text().strip()

    def set_region(self, region: str) -> None:
        self._region.setText(region)

    def set_term_start(self, year: int) -> None:
        self._start.setValue(year)

    def set_intro(self, text: str) -> None:
        self.form.findChild(QLabel, "intro").setText(text)

    def term_start(self) -> int:
        return self._start.value()

    def accept(self) -> None:
        if not self.region():
            self._error.setText(self.tr("Anna alueen nimi."))
            self._region.setFocus()
            return
        super().accept()


class PreferencesDialog(_FormDialog):
    """The user's name (history, locks) and the language of the window."""

    form_name = "preferences"

    def __init__(self, settings: Settings, parent: QWidget | None = None, first_start=False):
        super().__init__(parent)
        self._name: QLineEdit = self.form.findChild(QLineEdit, "userName")
        self._language: QComboBox = self.form.findChild(QComboBox, "language")
        self._error: QLabel = self.form.findChild(QLabel, "error")
        for code, label in LANGUAGES.items():
            self._language.addItem(label, code)
        self._name.setText(settings.user_name)
        self._language.setCurrentIndex(max(0, self._language.findData(settings.language)))
        if first_start:
            self.setWindowTitle(self.tr("Tervetuloa Yhteistyöhön"))
            self._error.setText(self.tr("Kerro nimesi: se tallentuu muutoshistoriaan."))

    def user_name(self) -> str:
        return self._name.text().strip()

    def language(self) -> str:
        return self._language.currentData()

    def accept(self) -> None:
        if not self.user_name():
            self._error.setText(self.tr("Anna nimesi; se näkyy muutoshistoriassa."))
            self._name.setFocus()
            return
        super().accept()


class SearchDialog(_FormDialog):
    """Ctrl+F: find items by a word of their title, description, party or person."""

    form_name = "search_dialog"
    KIND_LABELS = {
        Area: QT_TRANSLATE_NOOP("SearchDialog", "Osa-alue"),
        Goal: QT_TRANSLATE_NOOP("SearchDialog", "Tavoite"),
        Action: QT_TRANSLATE_NOOP("SearchDialog", "Toimenpide"),
        Indicator: QT_TRANSLATE_NOOP("SearchDialog", "Mittari"),
        Party: QT_TRANSLATE_NOOP("SearchDialog", "Osapuoli"),
        Person: QT_TRANSLATE_NOOP("SearchDialog", "Henkilö"),
        LegalReference: QT_TRANSLATE_NOOP("SearchDialog", "Lakiperusta"),
        Forum: QT_TRANSLATE_NOOP("SearchDialog", "Foorumi"),
    }

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.query: QLineEdit = self.form.findChild(QLineEdit, "query")
        self.results: QListWidget = self.form.findChild(QListWidget, "results")
        self.summary: QLabel = self.form.findChild(QLabel, "summary")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self.open_item)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.query.text()
        hits = search(self.window_.doc.session, text) if text.strip() else []
        for hit in hits:
            label = self.tr(self.KIND_LABELS.get(hit.cls, ""))
            text = f"{label}: {hit.title}" + (f"\n    {hit.context}" if hit.context else "")
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, (hit.cls, hit.id))
        self.summary.setText(self.tr("%n osumaa", "", len(hits)) if text.strip() else "")
        if hits:
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        self.run_search()
        if self.results.count():
            self.open_item(self.results.currentItem())

    def open_item(self, item: QListWidgetItem) -> None:
        cls, ident = item.data(Qt.ItemDataRole.UserRole)
        self.window_.go_to(cls, ident)
