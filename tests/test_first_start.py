"""First start (issue 15.13): the name dialog's hint guides in the normal colour; red is for a
refusal only, after OK with no name."""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from yhteistyo_desktop.ui.dialogs import PreferencesDialog
from yhteistyo_desktop.ui.settings import Settings


def _text_colour(label: QLabel) -> str:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_the_name_hint_is_not_red_until_ok_is_pressed_without_a_name(qtbot):
    dialog = PreferencesDialog(Settings(), first_start=True)
    qtbot.addWidget(dialog)
    dialog._name.setText("")
    dialog.show()
    hint = dialog.form.findChild(QLabel, "error")
    normal = dialog.form.findChild(QLabel).palette().color(QPalette.ColorRole.WindowText).name()
    assert hint.text() and _text_colour(hint) == normal
    dialog.form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert _text_colour(hint) == "#b00020"
    dialog._name.setText("Maija")
    dialog.form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
