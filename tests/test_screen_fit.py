"""Fits the screen (issue 15.12): the window and every dialog fit 1366x728 (a 768-line screen
minus its taskbar) with their title bar, in every language, and their buttons are inside."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from conftest import USER
from dialog_factories import DIALOGS
from yhteistyo_desktop.ui.i18n import set_language
from yhteistyo_desktop.ui.main_window import MainWindow
from yhteistyo_desktop.ui.screen import TITLE_BAR
from yhteistyo_desktop.ui.settings import Settings, WindowState

WIDTH, HEIGHT = 1366, 728


def _fits(widget) -> list[str]:
    wrong = []
    for what, size in (("size", widget.size()), ("minimum", widget.minimumSizeHint())):
        if size.width() > WIDTH or size.height() + TITLE_BAR > HEIGHT:
            wrong.append(f"{what} {size.width()}x{size.height()}")
    inside = widget.rect()
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and isinstance(button.parentWidget(), QDialogButtonBox):
            at = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
            if not inside.contains(at):
                wrong.append(f"button {button.text()!r} outside")
    return wrong


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_window_and_every_dialog_fit_a_768_line_screen(qtbot, demo_path, tmp_path, language):
    set_language(language)
    try:
        window = MainWindow(Settings(), WindowState(), USER)
        qtbot.addWidget(window)
        window.show()
        window.open_path(demo_path)
        wrong = {"ikkuna": _fits(window)}
        window.main_tabs.setCurrentWidget(window.followup)
        wrong["seuranta"] = _fits(window)
        for name, make in DIALOGS.items():
            dialog = make(window, tmp_path)
            qtbot.addWidget(dialog)
            dialog.show()
            wrong[name] = _fits(dialog)
            dialog.close()
        assert {name: found for name, found in wrong.items() if found} == {}
    finally:
        set_language("fi")


def test_status_chart_of_ten_areas_keeps_every_label_readable_in_the_window(window, demo_path,
                                                                            qtbot):
    """10 areas at 768 px clipped the bar labels: the chart now asks for a line per bar and
    its column scrolls instead of pushing the window off the screen."""
    from PySide6.QtGui import QFontMetrics

    window.open_path(demo_path)
    window.resize(1366, HEIGHT - TITLE_BAR)
    window.main_tabs.setCurrentWidget(window.followup)
    chart = window.followup.status_chart
    names = [f"{n}. Osa-alue, jonka nimi on pitkä kuin lautakunnan päätös" for n in range(1, 11)]
    chart.set_bars([(name, {"kaynnissa": n, "toteutunut": 1, None: 2})
                    for n, name in enumerate(names, start=1)], 2026)
    qtbot.waitUntil(lambda: chart.height() >= chart.minimumHeight())
    line = QFontMetrics(chart.font()).height()
    legend_and_title = 4 * (line + 4) + 10
    assert (chart.height() - legend_and_title) / 10 >= line  # a whole line for each label
    assert window.minimumSizeHint().height() + TITLE_BAR <= HEIGHT
    assert window.height() + TITLE_BAR <= HEIGHT
