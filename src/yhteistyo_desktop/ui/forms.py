"""Qt Designer forms (``forms/*.ui``) loaded at run time.

QUiLoader reads the .ui files from wherever :func:`paths.forms_dir` finds
them (source tree, installed package, PyInstaller folder), so no generated
Python has to be kept in step with the forms.
"""
from __future__ import annotations

from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QTabWidget, QWidget

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


def retranslate_form(widget: QWidget, name: str) -> None:
    """Set the texts of the form ``name`` loaded as ``widget`` again in the current language.

    QUiLoader translates a form's texts only when it loads it; a form that lives as long as
    the window (the workbook view) reads its Finnish texts from the .ui again on a language
    change, as generated retranslateUi() code would.
    """
    root = ElementTree.parse(forms_dir() / f"{name}.ui").getroot()
    context = root.findtext("class")
    for element in root.iter("widget"):
        target = widget if element.get("name") == widget.objectName() \
            else widget.findChild(QWidget, element.get("name"))
        if target is None:
            continue
        for prop in element.findall("property"):
            source = prop.find("string")
            if source is not None and source.text and source.get("notr") != "true":
                target.setProperty(prop.get("name"),
                                   QCoreApplication.translate(context, source.text))
        title = element.find("attribute[@name='title']/string")
        tabs = target.parentWidget().parentWidget() if target.parentWidget() else None
        if title is not None and title.text and isinstance(tabs, QTabWidget):
            tabs.setTabText(tabs.indexOf(target), QCoreApplication.translate(context, title.text))
