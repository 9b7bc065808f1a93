"""The workbook as a tree: areas, their goals, and under each goal the actions serving it.

An action that serves several goals appears under each of them, marked as
shared. Nodes hold ids and display text only; ``RecordRole`` fetches the ORM
record from the session on demand.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeView
from sqlalchemy.orm import Session

from ..domain import vocab
from ..domain.models import Action, Area, Goal
from ..domain.numbering import goal_numbers, ordered_goals
from ..domain.queries import tree
from .labels import label

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
RecordRole = Qt.ItemDataRole.UserRole + 3
SharedRole = Qt.ItemDataRole.UserRole + 4

_CLASSES = {"area": Area, "goal": Goal, "action": Action}
MIME_TYPE = "application/x-yhteistyo-node"
# Which kind of node may hold which (drops elsewhere are refused).
_PARENT_KIND = {"area": "root", "goal": "area", "action": "goal"}


_serials = itertools.count(1)


@dataclass(eq=False)
class Node:
    kind: str
    id: str
    title: str
    tooltip: str = ""
    prefix: str = ""  # numbering: "2." for an area, "2.3" for a goal
    shared: int = 0  # how many other goals a shared action also serves
    layer: str = ""  # a goal's layer key (shown as a mark after its title)
    parent: Node | None = None
    row: int = 0
    children: list[Node] = field(default_factory=list)
    # What an index carries (its internalId): a plain number, never a pointer to this object.
    serial: int = field(default_factory=lambda: next(_serials))

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class WorkbookTreeModel(QAbstractItemModel):
    """Areas > goals > actions; drag and drop asks for a move through :attr:`moveRequested`."""

    # What a stale index (from before a reload) resolves to: nothing to show or act on.
    _detached = Node("stale", "", "")

    # kind, record id, new parent's id ("" for the root), row among the new parent's children
    moveRequested = Signal(str, str, str, int)

    def __init__(self, session: Session | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._root = Node("root", "", "")
        self._nodes: dict[int, Node] = {}
        if session is not None:
            self.reload()

    # -- loading ------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._root = self._build() if self._session is not None else Node("root", "", "")
        self._nodes = {}
        stack = [self._root]
        while stack:
            node = stack.pop()
            self._nodes[node.serial] = node
            stack += node.children
        self.endResetModel()

    def _build(self) -> Node:
        root = Node("root", "", "")
        areas = tree(self._session)
        numbers = goal_numbers(areas)
        for a_index, area in enumerate(areas, start=1):
            area_node = root.add(Node("area", area.id, area.title,
                                      label(vocab.AREA_GROUPS, area.group), prefix=f"{a_index}."))
            for goal in ordered_goals(area.goals):
                goal_node = area_node.add(Node(
                    "goal", goal.id, goal.title, label(vocab.GOAL_LAYERS, goal.layer),
                    prefix=numbers[goal.id], layer=goal.layer))
                for link in goal.action_links:
                    action = link.action
                    others = len(action.goal_links) - 1
                    goal_node.add(Node("action", action.id, action.title,
                                       self._shared_tip(others) if others else "", shared=others))
        return root

    def _layer_mark(self, layer: str) -> str:
        """A short mark of a goal's layer, so that the numbering order (legal minimum first)
        shows why a goal sits where it does."""
        marks = {"lainsaadanto": self.tr("vähimmäisvaatimus"), "painopiste": self.tr("painopiste")}
        return marks.get(layer, layer)

    def _shared_tip(self, others: int) -> str:
        return self.tr("Yhteinen toimenpide: palvelee myös %n muuta tavoitetta", "", others)

    def refresh_title(self, kind: str, ident: str) -> None:
        """A record's title changed: show the new one wherever the record appears."""
        record = self._session.get(_CLASSES[kind], ident) if self._session is not None else None
        if record is None:
            return
        for index in self.indexes_of(kind, ident):
            self.node(index).title = record.title
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # -- lookups --------------------------------------------------------------------------------

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        """The node an index shows. Indexes carry a serial number, not a pointer to the Python
        object: an index outliving a reload (a copy in a signal, a view's current index) then
        finds no node, instead of a freed object that crashes the interpreter ("Fatal Python
        error: none_dealloc", seen on quit after a long session)."""
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId(), self._detached)

    def indexes_of(self, kind: str, ident: str) -> list[QModelIndex]:
        """Every index showing the record (an action may show under several goals)."""
        found: list[QModelIndex] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if child.kind == kind and child.id == ident:
                    found.append(self.createIndex(child.row, 0, child.serial))
                walk(child)

        walk(self._root)
        return found

    # -- QAbstractItemModel -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self.node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].serial)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent.serial)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and section == 0:
            return self.tr("Osa-alueet, tavoitteet ja toimenpiteet")
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if self.node(index).kind in ("area", "goal"):
                flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop (reordering) ----------------------------------------------------------------

    # False while the workbook is read-only: nothing can be dragged.
    editable = True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            node = self.node(indexes[0])
            parent = node.parent.id if node.parent is not None else ""
            data.setData(MIME_TYPE, QByteArray(f"{node.kind}|{node.id}|{parent}".encode()))
        return data

    @staticmethod
    def _decode(data: QMimeData) -> tuple[str, str, str] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        kind, ident, parent = bytes(data.data(MIME_TYPE)).decode().split("|")
        return kind, ident, parent

    def _target(self, data: QMimeData, row: int, parent) -> tuple[str, str, str, int] | None:
        decoded = self._decode(data)
        if decoded is None:
            return None
        kind, ident, old_parent = decoded
        target = self.node(parent)
        if target.kind != _PARENT_KIND[kind]:
            return None
        if kind == "action" and target.id != old_parent:
            return None  # which goals an action serves is chosen in its editor
        if row < 0:
            row = len(target.children)
        if target.id == old_parent:
            current = next((c.row for c in target.children if c.id == ident), None)
            if current is not None and current < row:
                row -= 1  # the item leaves its old place first
        return kind, ident, target.id, row

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self.editable and self._target(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        target = self._target(data, row, parent) if self.editable else None
        if target is not None:
            self.moveRequested.emit(*target)
        # The move itself reloads the tree; the view must not remove the dragged rows.
        return False

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{node.prefix} {node.title}" if node.prefix else node.title
            if node.layer:
                text = f"{text}  [{self._layer_mark(node.layer)}]"
            return f"{text}  ↔" if node.shared else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.FontRole and node.kind == "area":
            font = QFont()
            font.setBold(True)
            return font
        if role == IdRole:
            return node.id
        if role == KindRole:
            return node.kind
        if role == SharedRole:
            return node.shared > 0
        if role == RecordRole and self._session is not None and node.kind in _CLASSES:
            return self._session.get(_CLASSES[node.kind], node.id)
        return None


def reload_keeping_view(tree: QTreeView) -> None:
    """Rebuild ``tree``'s :class:`WorkbookTreeModel`, keeping what was expanded and which item
    was current."""
    model = tree.model()

    def key(index):
        parent = index.parent()
        return index.data(KindRole), index.data(IdRole), parent.data(IdRole) or ""

    expanded, current = set(), None
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if tree.isExpanded(index):
                expanded.add(key(index))
                stack.append(index)
    if tree.currentIndex().isValid():
        current = key(tree.currentIndex())
    tree.selectionModel().blockSignals(True)
    try:
        model.reload()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                k = key(index)
                if k in expanded:
                    tree.setExpanded(index, True)
                    stack.append(index)
                if k == current:
                    tree.setCurrentIndex(index)
    finally:
        tree.selectionModel().blockSignals(False)
