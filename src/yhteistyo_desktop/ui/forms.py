"""Qt Designer forms (``forms/*.ui``) loaded at run time.

QUiLoader reads the .ui files from wherever :func:`paths.forms_dir` finds
them (source tree, installed package, PyInstaller folder), so no generated
Python has to be kept in step with the forms.
"""
from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from ..paths import forms_dir


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Lomaketta {path.name} ei voitu ladata.")
    return widget
