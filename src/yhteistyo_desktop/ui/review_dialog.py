"""File > Tuo palautettu Excel: every change of a returned copy, accepted or rejected one by one.

Changes are grouped by area and goal; a conflict (the same field changed in the
workbook since the export and in the copy) shows both values, is marked and is
never selected by "select all": someone has to choose it. So is a deletion whose
dependants the copy still has (a question, see xlsx.review.Change). No deletion
is selected to begin with: its description lists everything it takes along, and
someone has to read that and choose it.
"""
from __future__ import annotations

import difflib
import html
import json
import re
import textwrap
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..xlsx.review import REMOVED
from .forms import load_form
from .screen import fit_to_screen

ChangeIdRole = Qt.ItemDataRole.UserRole + 1
CONFLICT_BRUSH = QBrush(QColor("#ffe0b2"))
#: The columns: item, field, value here, value in the copy, where (cell) or who and when.
ITEM, FIELD, HERE, COPY, WHERE = range(5)
#: Characters a line of a deletion's consequences is wrapped at (the dialog's width).
DETAIL_WIDTH = 150


def shown(value: Any) -> str:
    """A value as the reviewer reads it: a record by its title or name."""
    if value is None:
        return ""
    if hasattr(value, "label") and hasattr(value, "fields"):  # a record (xlsx.dataset.Record)
        return value.label
    if isinstance(value, dict):
        for key in ("title", "name", "law", "status"):
            if value.get(key):
                return str(value[key])
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):
        return (QCoreApplication.translate("ReviewDialog", "kyllä") if value
                else QCoreApplication.translate("ReviewDialog", "ei"))
    return str(value)


def value_text(change, side: str) -> str:
    """The value here (``old``) or in the copy (``new``) as the reviewer reads it."""
    text = getattr(change, f"{side}_text", None)
    return text if text is not None else shown(getattr(change, side))


def word_diff(old: str, new: str) -> tuple[str, str]:
    """``old`` and ``new`` as HTML with the words that differ marked: struck through and shaded
    in the old, underlined and shaded in the new (so the marks read without colour too)."""
    a, b = re.findall(r"\s+|[^\s]+", old), re.findall(r"\s+|[^\s]+", new)
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        gone, came = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(gone)
            right.append(came)
            continue
        if gone:
            left.append(f'<s style="background:#ffd6d6">{gone}</s>')
        if came:
            right.append(f'<u style="background:#d6f5d6">{came}</u>')
    as_html = lambda parts: "".join(parts).replace("\n", "<br>")  # noqa: E731
    return as_html(left), as_html(right)


def _undecided(change) -> bool:
    """A conflict, or a deletion whose dependants stand in the copy: someone has to choose it."""
    return change.conflict or getattr(change, "question", False)


class ReviewDialog(QDialog):
    def __init__(self, review, parent: QWidget | None = None):
        super().__init__(parent)
        self.review = review
        self.form = load_form("review_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        find = self.form.findChild
        self.tree: QTreeWidget = find(QTreeWidget, "changes")
        title = self.form.windowTitle()
        if getattr(review, "kind", None) == "merge":  # another member's copy (sync.MergeReview)
            title = self.tr("Toisen jäsenen tiedoston muutokset")
            self.tree.setHeaderLabels([self.tr("Kohde"), self.tr("Kenttä"),
                                       self.tr("Tässä työkirjassa"),
                                       self.tr("Toisessa tiedostossa"),
                                       self.tr("Kuka ja milloin (toisessa)")])
        self.setWindowTitle(title + f" – {review.path.name}")
        self.detail: QTextBrowser = find(QTextBrowser, "detail")
        self.changes_by_id = {change.id: change for change in review.changes}
        self.tree.currentItemChanged.connect(lambda item, _previous: self.show_detail(item))
        self.summary: QLabel = find(QLabel, "summary")
        notices: QPlainTextEdit = find(QPlainTextEdit, "notices")
        notices.setPlainText("\n".join(str(n) for n in review.notices))
        find(QPushButton, "selectAll").clicked.connect(lambda: self.select_all(True))
        find(QPushButton, "selectNone").clicked.connect(lambda: self.select_all(False))
        buttons: QDialogButtonBox = find(QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Hyväksy valitut"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill()
        questions = sum(1 for c in review.changes if getattr(c, "question", False))
        self.summary.setText(self.tr("%n muutosta, joista ristiriitoja: %1 ja tarkistettavia "
                                     "poistoja: %2. Valitse hyväksyttävät; valitsematta jääneet "
                                     "hylätään.", "", len(review.changes))
                             .replace("%1", str(len(review.conflicts))).replace("%2", str(questions)))
        fit_to_screen(self, 1100, 700)

    def _fill(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for (area, goal), changes in self.review.groups().items():
            area_item = QTreeWidgetItem(self.tree, [area or self.tr("(muut tiedot)")])
            area_item.setFont(0, bold)
            parent = QTreeWidgetItem(area_item, [goal]) if goal else area_item
            for change in changes:
                # edits: the item, its field and the two values in columns of their own;
                # additions and deletions: what happens to the item, said in one line
                text = change.item if change.field_label else \
                    getattr(change, "headline", "") or change.description
                if change.conflict:
                    # The description may say it already (the command line prints it as such).
                    prefix = self.tr("RISTIRIITA: ")
                    for said in ("RISTIRIITA: ", prefix):
                        text = text.removeprefix(said)
                    text = prefix + text
                item = QTreeWidgetItem(parent, [text, change.field_label, value_text(change, "old"),
                                                value_text(change, "new"), change.where])
                for line in getattr(change, "details", ()):  # what a deletion takes along
                    # The whole width, wrapped by hand (a tree row does not wrap by itself):
                    # all of it must be readable, not cut at the edge.
                    detail = QTreeWidgetItem(item, [textwrap.fill(line, DETAIL_WIDTH,
                                                                  subsequent_indent="    ")])
                    detail.setToolTip(0, line)
                    detail.setFirstColumnSpanned(True)
                item.setData(0, ChangeIdRole, change.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked if _undecided(change)
                                   or change.kind == REMOVED else Qt.CheckState.Checked)
                for column in range(WHERE + 1):
                    item.setToolTip(column, item.text(column))
                    if _undecided(change):
                        item.setBackground(column, CONFLICT_BRUSH)
                self.items[change.id] = item
        self.tree.expandAll()
        for column, width in ((ITEM, 360), (FIELD, 150), (HERE, 220), (COPY, 220)):
            self.tree.setColumnWidth(column, width)

    def show_detail(self, item: QTreeWidgetItem | None) -> None:
        """The chosen change in full: what it is, both texts whole with the differing words
        marked, and where it comes from (the cell, or who changed it and when)."""
        while item is not None and item.data(0, ChangeIdRole) is None:
            item = item.parent() if item.parent() is not None and \
                item.parent().data(0, ChangeIdRole) is not None else None
        change = self.changes_by_id.get(item.data(0, ChangeIdRole)) if item is not None else None
        if change is None:
            self.detail.clear()
            return
        old, new = word_diff(value_text(change, "old"), value_text(change, "new"))
        header = self.tree.headerItem()
        rows = [(self.tr("Muutos"), html.escape(change.description))]
        if change.field_label:
            rows.append((header.text(FIELD), html.escape(change.field_label)))
        rows += [(header.text(HERE), old), (header.text(COPY), new)]
        if change.where:
            rows.append((header.text(WHERE), html.escape(change.where)))
        self.detail.setHtml("<table cellspacing=4>" + "".join(
            f"<tr><th align=left valign=top>{name}</th><td>{value}</td></tr>"
            for name, value in rows) + "</table>")

    def select_all(self, on: bool) -> None:
        for change in self.review.changes:
            checked = on and not _undecided(change)
            self.items[change.id].setCheckState(
                0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_accepted(self, change_id: str, accepted: bool) -> None:
        self.items[change_id].setCheckState(
            0, Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)

    def accepted_ids(self) -> list[str]:
        return [cid for cid, item in self.items.items()
                if item.checkState(0) == Qt.CheckState.Checked]
