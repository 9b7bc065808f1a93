"""The main window: structure tree and tables on the left, the chosen item's editor on the right.

The window is the frame (menus and toolbar, tree, tables, editor area, status bar); each user
task is a flow of its own under :mod:`.flows` (opening and saving, the Excel round trip,
merging, records, the server, handouts, …) that it hands the task to. Every edit goes through
:class:`~.document.WorkbookDocument` (undo stack over the domain operations) and is saved at
once. The window listens to the document's ``changed`` signal to refresh what it shows.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QScrollArea, QSplitter,
    QStackedWidget, QTabWidget, QToolBar, QTreeView, QWidget,
)

from ..domain.models import Action, Area, Forum, Goal, Indicator, LegalReference, Meeting, Party, Person
from ..domain.operations import DomainError
from ..paths import resources_dir
from ..store.workbook_file import WorkbookFile
from .document import Change, WorkbookDocument
from .editors import EDITORS, RecordEditor
from .error_report import storage_message
from .flows.document import DocumentFlow
from .flows.excel import ExcelFlow
from .flows.handouts import HandoutsFlow
from .flows.merge import MergeFlow
from .flows.preferences import PreferencesFlow
from .flows.records import RecordsFlow
from .flows.tasks import FollowupImportFlow, TermCopyFlow
from .followup_view import FollowupView
from .forms import load_form, retranslate_form
from .help import install_help_menu
from .history import HistoryView
from .menus import action_texts, fill_menus
from .flows.server import ServerMode, is_server
from .flows.versions import VersionsFlow
from .screen import fit_to_screen
from .settings import Settings, WindowState
from .tables import RecordTable
from .tree_model import RecordRole, WorkbookTreeModel, reload_keeping_view

_CLASS_KIND = {Area: "area", Goal: "goal", Action: "action"}
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
        self.current: tuple[type, str] | None = None
        # Each user task has a flow of its own (ui/flows/); the window keeps the frame.
        self.document = DocumentFlow(self)
        self.excel = ExcelFlow(self)
        self.merge = MergeFlow(self)
        self.records = RecordsFlow(self)
        self.handouts = HandoutsFlow(self)
        self.followup_import = FollowupImportFlow(self)
        self.term_copy = TermCopyFlow(self)
        self.preferences = PreferencesFlow(self)

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
        self.model.moveRequested.connect(self.records.move_node)
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
        install_help_menu(self)  # Ohje: the guide (F1, in context), About

        fit_to_screen(self, 1280, 760)
        for key, restore in (("main/geometry", self.restoreGeometry),
                             ("main/state", self.restoreState),
                             ("main/splitter", self.splitter.restoreState)):
            value = window_state.load(key)
            if value is not None:
                restore(value)
        self.update_state()

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
        self.new_action = self._action(self.document.new_workbook, Key.New, "new-file")
        self.open_action = self._action(self.document.choose_and_open, Key.Open, "open")
        self.save_as_action = self._action(self.document.choose_and_save_as, Key.SaveAs, "save-as")
        self.quit_action = self._action(self.close, Key.Quit)
        self.print_action = self._action(self.handouts.open, Key.Print, "print")
        self.export_xlsx_action = self._action(self.excel.choose_and_export, "Ctrl+E", "export")
        self.review_xlsx_action = self._action(self.excel.choose_and_review, "Ctrl+I", "import")
        self.import_xlsx_action = self._action(self.excel.choose_and_import_new, "Ctrl+Shift+I")
        self.merge_action = self._action(self.merge.choose_and_merge)
        self.sotkanet_action = self._action(self.followup_import.choose_and_import)
        self.copy_term_action = self._action(self.term_copy.choose_and_copy)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.server = ServerMode(self)  # Yhdistä palvelimeen, Lataa palvelimelle, ...
        self.versions = VersionsFlow(self, self.history)  # Merkitse versio, Versiot ja muutokset
        self.versions.marked.connect(self._reload_history)

        self.undo_action = self._action(self.undo, Key.Undo, "undo")
        self.redo_action = self._action(self.redo, QKeySequence("Ctrl+Y"), "redo")
        # Ctrl+Y as on Windows, Ctrl+Shift+Z as elsewhere: both redo.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        records = self.records
        self.new_area_action = self._action(records.new_area, "Ctrl+Shift+A", "new-area")
        self.new_goal_action = self._action(records.new_goal, "Ctrl+Shift+G", "new-goal")
        self.new_action_action = self._action(records.new_action_item, "Ctrl+Shift+T", "new-action")
        self.new_indicator_action = self._action(records.new_indicator, "Ctrl+Shift+M", "new-indicator")
        self.new_party_action = self._action(records.new_party, "Ctrl+Shift+O", "new-party")
        self.new_person_action = self._action(records.new_person, "Ctrl+Shift+H", "new-person")
        self.new_law_action = self._action(records.new_legal_reference, "Ctrl+Shift+L")
        self.new_forum_action = self._action(records.new_forum, "Ctrl+Shift+F")
        self.new_meeting_action = self._action(records.new_meeting, "Ctrl+Shift+K", "new-meeting")
        self.delete_action = self._action(records.delete_current, "Ctrl+Del", "delete")
        self.unlink_action = self._action(records.unlink_current, "Ctrl+Shift+U", "unlink")
        self.up_action = self._action(lambda: records.move_current(-1), "Ctrl+Up", "up")
        self.down_action = self._action(lambda: records.move_current(+1), "Ctrl+Down", "down")
        self.search_action = self._action(self.preferences.open_search, Key.Find, "search")
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setIcon(icon("history"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.preferences_action = self._action(self.preferences.open, Key.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.edit_actions = [self.new_area_action, self.new_goal_action, self.new_action_action,
                             self.new_indicator_action, self.new_party_action,
                             self.new_person_action, self.new_law_action, self.new_forum_action,
                             self.new_meeting_action, self.review_xlsx_action, self.merge_action,
                             self.delete_action, self.unlink_action, self.up_action,
                             self.down_action, self.sotkanet_action]

        fill_menus(self)

    def retranslate(self) -> None:
        """Set every text made in code (forms are translated when loaded)."""
        texts = action_texts(self)
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
            retranslate_form(self.view, "main_window")
            self._reload_tree()
            self._make_editors()
            self.update_state()
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
            editor.openRecord.connect(self._open_from_editor)
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

    def install(self, wbfile: WorkbookFile | None) -> None:
        """Show ``wbfile`` (opened by a flow) in the frame, closing what was open; None: close."""
        self.close_file()
        if wbfile is not None:
            self.doc = WorkbookDocument(wbfile, self)
            self.doc.changed.connect(self._on_change)
            self.doc.failed.connect(self.show_error)
            self.doc.undo_stack.canUndoChanged.connect(lambda _c: self.update_state())
            self.doc.undo_stack.canRedoChanged.connect(lambda _c: self.update_state())
            if not is_server(wbfile):
                self.settings.add_recent(wbfile.path)
        self.document.installed(wbfile)
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
        self.update_state()
        self.workbookChanged.emit(wbfile)

    def close_file(self) -> None:
        """Close the open workbook (what is being typed is saved first) and empty the views."""
        self.document.installed(None)
        self.server.stop()
        if self.doc is not None:
            self.commit_pending()
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

    def open_path(self, path: Path, readonly: bool = False) -> bool:
        """Open a workbook (see :meth:`.flows.document.DocumentFlow.open_path`). True when opened."""
        return self.document.open_path(path, readonly)

    @property
    def wbfile(self) -> WorkbookFile | None:
        return self.doc.wbfile if self.doc is not None else None

    def update_state(self) -> None:
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
        node = self.tree_node() if self.navigator.currentIndex() == 0 else None
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

    def commit_pending(self) -> None:
        """Save what is being typed before anything else happens."""
        if isinstance(self.editor(), RecordEditor):
            self.editor().commit_pending()

    def show_record(self, record) -> None:
        self.commit_pending()
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

    def tree_node(self):
        index = self.tree.currentIndex()
        node = self.model.node(index) if index.isValid() else None
        return node if node is not None and node.parent is not None else None  # None: stale

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

    def _open_from_editor(self, cls: type, ident: str) -> None:
        """An editor's list item was clicked: show that record (an indicator in its table)."""
        QTimer.singleShot(0, lambda: self.go_to(cls, ident))  # not under the item's own signal

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
        reload_keeping_view(self.tree)

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
            self.commit_pending()
            self.doc.undo_stack.undo()

    def redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()

    # -- reloading ------------------------------------------------------------------------------------

    def reload_everything(self, keep_undo: bool = False) -> None:
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

    # -- window -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.save("main/geometry", self.saveGeometry())
        self.window_state.save("main/state", self.saveState())
        self.window_state.save("main/splitter", self.splitter.saveState())
        self.close_file()
        self.settings.sync()
        super().closeEvent(event)
