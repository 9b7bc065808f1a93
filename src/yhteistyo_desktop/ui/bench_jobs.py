"""The two measurements of ``yhteistyo bench`` that need Qt: filling the window's tree from the
large workbook, and its baseline. They live in ui/ (the only layer that imports PySide6); the
command's child process calls them with its own timer (``timed(fn, repeat)`` -> seconds).
"""
from __future__ import annotations

import os
from pathlib import Path


def tree(path: str, warm: str, repeat: int, timed) -> dict:
    """Open the workbook at ``path`` in the main window and fill its tree, ``repeat`` times."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import application
    from .main_window import MainWindow
    from .settings import Settings, WindowState

    app = application([])
    window = MainWindow(Settings(), WindowState(), "bench")
    window.show()

    def open_and_fill(target: str) -> int:
        assert window.open_path(Path(target), readonly=True)
        app.processEvents()
        model = window.tree.model()
        shown = model.rowCount()
        for row in range(shown):
            shown += model.rowCount(model.index(row, 0))
        window.close_file()
        app.processEvents()
        return shown

    open_and_fill(warm)
    rows = []
    times = timed(lambda: rows.append(open_and_fill(path)), repeat)
    return {"times": times, "rows": rows[-1]}


def tree_base(path: str, warm: str, repeat: int, timed) -> dict:
    """The baseline: sqlite3 reading the same rows into a QStandardItemModel in a QTreeView."""
    import sqlite3

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTreeView

    app = QApplication.instance() or QApplication([])
    view = QTreeView()
    view.show()

    def fill() -> int:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        model = QStandardItemModel(view)  # owned by the view: no teardown order trouble
        # Rows are added a parent at a time (appendRows): PySide6 6.x loses a reference to
        # None on every QStandardItem.appendRow call, and tens of thousands of them crash.
        children: dict[str, list] = {}
        areas, goals = [], {}
        for area_id, title in conn.execute("SELECT id, title FROM area ORDER BY position"):
            areas.append(QStandardItem(title))
            children[area_id] = []
            areas[-1].setData(area_id)
        for goal_id, area_id, title in conn.execute(
                "SELECT id, area_id, title FROM goal ORDER BY position"):
            goals[goal_id] = QStandardItem(title)
            children[area_id].append(goals[goal_id])
            children[goal_id] = []
        for goal_id, title in conn.execute(
                "SELECT l.goal_id, a.title FROM goal_action l JOIN action a ON a.id = l.action_id "
                "ORDER BY l.position"):
            children[goal_id].append(QStandardItem(title))
        for goal_id, item in goals.items():
            item.appendRows(children[goal_id])
        for item in areas:
            item.appendRows(children[item.data()])
        model.invisibleRootItem().appendRows(areas)
        conn.close()
        view.setModel(model)
        app.processEvents()
        return model.rowCount()

    fill()
    times = timed(fill, repeat)
    view.setModel(None)
    return {"times": times}
