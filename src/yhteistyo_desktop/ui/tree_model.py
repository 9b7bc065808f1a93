"""The workbook as a tree: areas, their goals, and under each goal the actions serving it.

An action that serves several goals appears under each of them, marked as
shared. Nodes hold ids and display text only; ``RecordRole`` fetches the ORM
record from the session on demand.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from sqlalchemy.orm import Session

from ..domain import vocab
from ..domain.models import Action, Area, Goal
from ..domain.queries import tree

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
RecordRole = Qt.ItemDataRole.UserRole + 3
SharedRole = Qt.ItemDataRole.UserRole + 4

_CLASSES = {"area": Area, "goal": Goal, "action": Action}


@dataclass(eq=False)
class Node:
    kind: str
    id: str
    title: str
    tooltip: str = ""
    shared: int = 0  # how many other goals a shared action also serves
    parent: Node | None = None
    row: int = 0
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class WorkbookTreeModel(QAbstractItemModel):
    def __init__(self, session: Session | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._root = Node("root", "", "")
        if session is not None:
            self.reload()

    # -- loading ------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._root = self._build() if self._session is not None else Node("root", "", "")
        self.endResetModel()

    def _build(self) -> Node:
        root = Node("root", "", "")
        for a_index, area in enumerate(tree(self._session), start=1):
            area_node = root.add(Node("area", area.id, f"{a_index}. {area.title}",
                                      vocab.AREA_GROUPS.get(area.group, "")))
            for g_index, goal in enumerate(area.goals, start=1):
                goal_node = area_node.add(Node(
                    "goal", goal.id, f"{a_index}.{g_index} {goal.title}",
                    vocab.GOAL_LAYERS.get(goal.layer, "")))
                for link in goal.action_links:
                    action = link.action
                    others = len(action.goal_links) - 1
                    goal_node.add(Node("action", action.id, action.title,
                                       self._shared_tip(others) if others else "", shared=others))
        return root

    def _shared_tip(self, others: int) -> str:
        return self.tr("Yhteinen toimenpide: palvelee myös %n muuta tavoitetta", "", others)

    # -- lookups --------------------------------------------------------------------------------

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def indexes_of(self, kind: str, ident: str) -> list[QModelIndex]:
        """Every index showing the record (an action may show under several goals)."""
        found: list[QModelIndex] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if child.kind == kind and child.id == ident:
                    found.append(self.createIndex(child.row, 0, child))
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
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

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
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            if node.shared:
                return f"{node.title}  ↔"
            return node.title
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
        if role == RecordRole and self._session is not None:
            return self._session.get(_CLASSES[node.kind], node.id)
        return None
