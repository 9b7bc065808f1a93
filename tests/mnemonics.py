"""Alt letters (``&`` mnemonics) of what a user can reach at once in the main window."""
from __future__ import annotations

import re

from PySide6.QtCore import QObject
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
