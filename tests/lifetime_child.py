"""The child of tests/test_lifetime.py: a long session compressed, run until the end.

    python tests/lifetime_child.py FOLDER ROUNDS

Each round opens the main window on a demo workbook, walks every tree item (each shows its
editor), edits and undoes (the tree reloads), keeps a tree index across a reload and uses it
after the garbage collector ran (a stale index must find nothing, not freed memory), opens and
closes every dialog, changes the language twice and closes the window. Prints "valmis" at the
end; a lifetime ended twice (Qt parent vs Python reference) shows as a crash instead
("Fatal Python error: none_dealloc" was seen on quit after a long session).
"""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from yhteistyo_desktop.store.demo import create_demo  # noqa: E402
from yhteistyo_desktop.ui.dialogs import NewWorkbookDialog, PreferencesDialog, SearchDialog  # noqa: E402
from yhteistyo_desktop.ui.editors import ResponsibilityDialog  # noqa: E402
from yhteistyo_desktop.ui.flows.server import ServerDialog  # noqa: E402
from yhteistyo_desktop.ui.handout_dialog import HandoutDialog  # noqa: E402
from yhteistyo_desktop.ui.help import AboutDialog, HelpDialog  # noqa: E402
from yhteistyo_desktop.ui.main_window import MainWindow  # noqa: E402
from yhteistyo_desktop.ui.settings import Settings, WindowState  # noqa: E402
from yhteistyo_desktop.ui.term_dialog import TermDialog  # noqa: E402
from yhteistyo_desktop.ui.tree_model import IdRole, Node  # noqa: E402
from yhteistyo_desktop.ui.versions_dialog import MarkVersionDialog, VersionsDialog  # noqa: E402

USER = "Pitkä Istunto"
DIALOGS = (
    lambda w: TermDialog(2029, w), lambda w: ServerDialog("Yhdistä palvelimeen", "", w),
    lambda w: PreferencesDialog(w.settings, w), lambda w: NewWorkbookDialog(w),
    lambda w: SearchDialog(w), lambda w: ResponsibilityDialog(w.doc, lambda _d: None, parent=w),
    lambda w: HandoutDialog(w.doc, w), lambda w: VersionsDialog(w), lambda w: MarkVersionDialog(w),
    lambda w: HelpDialog("fi", w), lambda w: AboutDialog(w),
)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        gc.collect()


def walk(window: MainWindow, parent: QModelIndex = QModelIndex()) -> None:
    model = window.model
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        window.tree.setCurrentIndex(index)
        walk(window, index)


def one_round(app: QApplication, path: Path) -> None:
    window = MainWindow(Settings(), WindowState(), USER)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    walk(window)
    stale = window.model.index(0, 0)
    area_id = window.model.node(stale).id
    window.tree.setCurrentIndex(stale)
    editor = window.editor()
    editor.fields["title"].setText(editor.fields["title"].text() + " muutettu")
    editor.fields["title"].editingFinished.emit()
    window.new_goal_action.trigger()  # a new goal under the area: the tree reloads
    window.undo()
    window.undo()
    settle(app)
    junk = [Node("roska", "roska", "") for _ in range(20_000)]  # reuse what the collector freed
    assert stale.data(IdRole) in (None, "", area_id)  # old index: nothing, never freed memory
    del junk
    for make in DIALOGS:
        dialog = make(window)
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()
        settle(app)
    window.preferences.apply(USER, "sv")
    window.preferences.apply(USER, "fi")
    walk(window)
    window.close()
    window.deleteLater()
    settle(app)


def main() -> None:
    folder, rounds = Path(sys.argv[1]), int(sys.argv[2])
    os.environ["YHTEISTYO_HOME"] = str(folder / "koti")
    path = folder / "demo.tyokirja"
    create_demo(path, USER).close()
    app = QApplication([])
    for _ in range(rounds):
        one_round(app, path)
    settle(app)
    print("valmis", flush=True)


if __name__ == "__main__":
    main()
