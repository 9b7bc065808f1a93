"""Undo where the user is (issue 15.7): Ctrl+Z straight after typing in a field undoes that
typing (it is saved first, then undone as one step); Ctrl+Y and Ctrl+Shift+Z redo it."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit
from sqlalchemy import select

from yhteistyo_desktop.domain.models import Area, Indicator, Meeting

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("field", ["title", "description"])
def test_ctrl_z_right_after_typing_undoes_the_typing(window, demo_path, qtbot, field):
    window.open_path(demo_path)
    window.activateWindow()
    doc = window.doc
    area = doc.session.scalars(select(Area).order_by(Area.position)).first()
    window.tree.setCurrentIndex(window.model.indexes_of("area", area.id)[0])
    editor = window.editor()
    widget = editor.fields[field]
    before = getattr(area, field) or ""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClicks(widget, " lisays")
    assert editor.value_of(widget) == f"{before} lisays"
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert (editor.value_of(widget) or "") == before
    doc.session.expire_all()
    assert (getattr(doc.get(Area, area.id), field) or "") == before
    assert widget.hasFocus()  # the user stays where they were typing

    qtbot.keyClick(widget, Qt.Key.Key_Y, CTRL)
    assert editor.value_of(widget) == f"{before} lisays"
    assert getattr(doc.get(Area, area.id), field) == f"{before} lisays"
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert getattr(doc.get(Area, area.id), field) == f"{before} lisays"


@pytest.mark.parametrize("field", ["baseline_year", "target_year"])
def test_ctrl_z_right_after_typing_in_a_spin_box_undoes_the_typing(window, demo_path, qtbot, field):
    """The indicator's years are spin boxes: Ctrl+Z straight after typing a year undoes that typing,
    as in the text fields (saved, then undone as one step), and Ctrl+Y brings it back."""
    window.open_path(demo_path)
    window.activateWindow()
    doc = window.doc
    table = window.tables[Indicator]
    window.navigator.setCurrentWidget(table)
    table.view.setCurrentIndex(table.proxy.index(0, 0))
    editor = window.editor()
    ident = editor.record().id
    before = getattr(editor.record(), field)
    typed = 2027 if before != 2027 else 2026
    box = editor.fields[field]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    qtbot.keyClicks(box, str(typed))
    assert editor.value_of(box) == typed
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert editor.value_of(box) == before
    doc.session.expire_all()
    assert getattr(doc.get(Indicator, ident), field) == before
    assert box.hasFocus()

    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)
    assert editor.value_of(box) == typed
    assert getattr(doc.get(Indicator, ident), field) == typed


def test_ctrl_z_right_after_changing_a_meetings_time_undoes_it(window, demo_path, qtbot):
    """The meeting's time (a date-time box) is covered the same way as the spin boxes."""
    window.open_path(demo_path)
    window.activateWindow()
    doc = window.doc
    table = window.tables[Meeting]
    window.navigator.setCurrentWidget(table)
    table.view.setCurrentIndex(table.proxy.index(0, 0))
    editor = window.editor()
    ident = editor.record().id
    before = editor.record().starts_at
    box = editor.fields["starts_at"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(box, Qt.Key.Key_Up)  # the next day
    assert editor.value_of(box) == before + dt.timedelta(days=1)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert editor.value_of(box) == before
    doc.session.expire_all()
    assert doc.get(Meeting, ident).starts_at == before
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)
    assert doc.get(Meeting, ident).starts_at == before + dt.timedelta(days=1)
