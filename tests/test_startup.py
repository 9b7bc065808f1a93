"""Start-up: the benchmark's YHTEISTYO_QUIT_WHEN_SHOWN ends the process only once the workbook's tree is visible."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject

from yhteistyo_desktop.ui.app import when_tree_shown


class PaintCounter(QObject):
    """Counts the paints of a widget, as the screen sees them."""

    def __init__(self, widget):
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802
        self.paints += event.type() == QEvent.Type.Paint
        return False


def test_the_start_up_end_comes_after_the_tree_has_painted_the_workbook(window, demo_path, qtbot):
    assert window.open_path(demo_path)
    painted = PaintCounter(window.tree.viewport())
    seen = []
    when_tree_shown(window, lambda: seen.append((painted.paints, window.model.rowCount(),
                                                 window.tree.visualRect(window.model.index(0, 0)).isValid())))
    assert seen == []  # not before the event loop has painted the tree
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    paints, rows, first_row_laid_out = seen[0]
    assert paints >= 1 and rows == 4 and first_row_laid_out  # the demo's four areas, painted
    qtbot.wait(50)
    assert len(seen) == 1  # once, not on every later paint


def test_without_a_workbook_the_end_comes_at_once(window, qtbot):
    seen = []
    when_tree_shown(window, lambda: seen.append(window.model.rowCount()))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [0]


def test_the_whole_process_quits_by_itself_with_the_demo_shown(demo_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YHTEISTYO_QUIT_WHEN_SHOWN="1", YHTEISTYO_USER="testi")
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop", str(demo_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
