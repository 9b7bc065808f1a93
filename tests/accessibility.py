"""What a screen reader and a keyboard user meet in a form: names for inputs, names for icon-only
buttons, and a Tab order that follows reading order."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QDateTimeEdit, QLabel, QLineEdit, QPlainTextEdit, QTextEdit,
                               QWidget)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QDateTimeEdit,
          QAbstractItemView)


def _inner(widget: QWidget) -> bool:
    """A widget Qt makes inside another input (a spin box's line edit, a view's viewport)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INPUTS):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs with neither a label pointing at them (buddy) nor an accessible name, and
    buttons that show only an icon without an accessible name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if _inner(widget):
            continue
        if isinstance(widget, INPUTS) and id(widget) not in buddies \
                and not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
        elif isinstance(widget, QAbstractButton) and not widget.text().replace("&", "").strip() \
                and not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} (icon only)")
    return missing


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``root``, in order, from its first."""
    focusable = [w for w in root.findChildren(QWidget)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(root)
                 and w.isEnabled() and not _inner(w)]
    if not focusable:
        return []
    chain, widget = [], focusable[0]
    start = widget
    for _ in range(500):
        if widget in focusable and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    first = min(chain, key=lambda w: _position(root, w))
    at = chain.index(first)
    return chain[at:] + chain[:at]


def _position(root: QWidget, widget: QWidget) -> tuple[int, int]:
    point = widget.mapTo(root, QPoint(0, 0))
    return point.y(), point.x()


def out_of_reading_order(root: QWidget) -> list[str]:
    """Pairs of widgets where Tab goes back up the form (to a widget wholly above the one
    left, in the same column), which a reader of the form does not expect."""
    wrong = []
    chain = focus_chain(root)
    for before, after in zip(chain, chain[1:]):
        top_before = before.mapTo(root, QPoint(0, 0))
        top_after = after.mapTo(root, QPoint(0, 0))
        same_column = abs(top_before.x() - top_after.x()) < 40
        if same_column and top_after.y() + after.height() <= top_before.y():
            wrong.append(f"{before.objectName() or type(before).__name__} -> "
                         f"{after.objectName() or type(after).__name__}")
    return wrong
