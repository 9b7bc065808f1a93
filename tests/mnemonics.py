"""Alt letters (``&`` mnemonics) of what a user can reach at once in the main window."""
from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar,
                               QTableView, QWidget)

from yhteistyo_desktop.ui.tables import RecordTable


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def reachable_mnemonics(window: QMainWindow) -> list[tuple[str, str, QObject]]:
    """(letter, text, target) of the menu bar and every visible widget of ``window``.

    A label's target is its buddy (a label without one takes no Alt letter); a tab's the tab.
    """
    found = []
    for action in window.menuBar().actions():
        if action.isVisible() and mnemonic(action.text()):
            found.append((mnemonic(action.text()), action.text(), action))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text, target = widget.text(), widget.buddy()
        elif isinstance(widget, QAbstractButton):
            text, target = widget.text(), widget
        elif isinstance(widget, QGroupBox):
            text, target = widget.title(), widget
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and mnemonic(widget.tabText(index)):
                    found.append((mnemonic(widget.tabText(index)), widget.tabText(index),
                                  (widget, index)))
            continue
        else:
            continue
        if mnemonic(text):
            found.append((mnemonic(text), text, target))
    return found


def clashes(found: list[tuple[str, str, QObject]]) -> dict[str, list[str]]:
    """Letters that lead to more than one target, with the texts that share them."""
    targets: dict[str, dict[int, str]] = {}
    for letter, text, target in found:
        targets.setdefault(letter, {})[id(target) if not isinstance(target, tuple)
                                       else hash((id(target[0]), target[1]))] = text
    return {letter: sorted(texts.values()) for letter, texts in targets.items() if len(texts) > 1}


def visit_pages(window):
    """Show each page a user can be on (every editor, the tables, Seuranta); yield its name."""
    window.main_tabs.setCurrentIndex(0)
    window.navigator.setCurrentIndex(0)
    window.show_record(None)
    yield "tyhjä"
    model, tree = window.model, window.tree
    seen = set()
    stack = [model.index(row, 0) for row in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        node = model.node(index)
        if node.kind not in seen:
            seen.add(node.kind)
            tree.setCurrentIndex(index)
            yield f"rakenne/{node.kind}"
        tree.expand(index)
        stack.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    for number in range(1, window.navigator.count()):
        table = window.navigator.widget(number)
        window.navigator.setCurrentIndex(number)
        if isinstance(table, RecordTable) and table.proxy.rowCount():
            table.view.selectRow(0)
        yield f"taulukko/{table.model.cls.__name__}"
    window.main_tabs.setCurrentIndex(1)
    yield "seuranta"
    window.main_tabs.setCurrentIndex(0)


def visible_texts(window: QMainWindow) -> set[str]:
    """Every text a user sees in ``window`` now: labels, buttons, placeholders, tabs, group
    titles, the headers and cells of the visible views, the menus' and actions' texts."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit,
                                   QTextEdit)

    texts: set[str] = set()
    for action in window.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window \
                or widget.objectName().startswith("qt_"):
            continue  # Qt's own furniture (a dock's close button) is Qt's translation's
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabBar):
            texts.update(widget.tabText(index) for index in range(widget.count()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                texts.add(model.headerData(column, Qt.Orientation.Horizontal))
                for row in range(min(model.rowCount(), 30)):
                    texts.add(model.index(row, column).data())
        texts.add(widget.accessibleName())
        texts.add(widget.toolTip())
    return {text for text in texts if isinstance(text, str) and text}
