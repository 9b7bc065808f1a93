"""Windows sized to fit the smallest screen members use: 1366x768 with a taskbar, which leaves
1366x728 for a window and its title bar."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
