"""Windows sized to fit the smallest screen members use: 1366x768 with a taskbar, which leaves
1366x728 for a window and its title bar."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView, QWidget

#: The smallest free area of a screen a window must fit, title bar included.
SMALLEST_SCREEN = (1366, 728)
#: Room for a window's title bar and frame, which the window's own size does not include.
TITLE_BAR = 36


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its preferred size, made smaller where the screen's free area (or the
    smallest screen's) is smaller, so its buttons at the bottom are never below the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    room_w = min(SMALLEST_SCREEN[0], free.width() if free else SMALLEST_SCREEN[0])
    room_h = min(SMALLEST_SCREEN[1], free.height() if free else SMALLEST_SCREEN[1]) - TITLE_BAR
    window.resize(min(width, room_w), min(height, room_h))


def compact_rows(view: QTableView, room: int = 8) -> None:
    """Rows one line of the view's font high plus ``room``: the style's default (30 px with a
    14 px font) spends two lines' height on each single-line row, so a short panel shows few."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + room)
