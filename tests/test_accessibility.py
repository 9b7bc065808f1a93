"""Keyboard and screen reader (issue 15.15): every input has a name a screen reader announces,
every icon-only button too, and Tab follows reading order, in every form and dialog."""
from __future__ import annotations

import pytest

from accessibility import out_of_reading_order, unnamed_inputs
from dialog_factories import DIALOGS
from mnemonics import visit_pages
from yhteistyo_desktop.paths import forms_dir
from yhteistyo_desktop.ui.forms import load_form

FORMS = sorted(path.stem for path in forms_dir().glob("*.ui"))


@pytest.mark.parametrize("name", FORMS)
def test_every_form_names_its_inputs_and_tabs_in_reading_order(qtbot, name):
    form = load_form(name)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    assert unnamed_inputs(form) == []
    assert out_of_reading_order(form) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_names_its_inputs_and_tabs_in_reading_order(window, demo_path, tmp_path,
                                                                  qtbot, name):
    window.open_path(demo_path)
    dialog = DIALOGS[name](window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert {name: unnamed_inputs(dialog)} == {name: []}
    assert out_of_reading_order(dialog) == []


def test_every_page_of_the_window_names_its_inputs(window, demo_path):
    window.open_path(demo_path)
    window.history_dock.show()
    missing = {}
    for page in visit_pages(window):
        shown = [w for w in (window.editor(), window.navigator.currentWidget(), window.followup,
                             window.history) if w.isVisible()]
        found = [name for widget in shown for name in unnamed_inputs(widget)]
        if found:
            missing[page] = found
    assert missing == {}


def test_action_statuses_differ_in_black_and_white(qapp):
    """The status chart's bars and legend do not rely on colour alone: each status has its
    own pattern, so even in greys every two statuses look different."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from yhteistyo_desktop.ui.followup_charts import StatusChart

    looks = {}
    for key in StatusChart.KEYS:
        image = QImage(32, 16, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        StatusChart._fill(painter, QRectF(0, 0, 31, 15), key)
        painter.end()
        inside = image.copy(2, 2, 28, 12).convertToFormat(QImage.Format.Format_Grayscale8)
        looks[key] = bytes(inside.constBits())
    assert len(set(looks.values())) == len(StatusChart.KEYS)
    flat = [key for key, pixels in looks.items() if len(set(pixels)) == 1]
    assert len(flat) <= 1  # a plain fill is told apart by colour only: one at most
