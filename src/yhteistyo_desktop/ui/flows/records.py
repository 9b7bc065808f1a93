"""Making, deleting, unlinking and moving records: each an undoable command on the document,
the new record shown with the cursor in its first field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from ...domain.models import (
    Action, Area, Forum, Goal, GoalAction, Indicator, LegalReference, Meeting, Party, Person,
)
from ...domain.numbering import position_for_row
from ...domain.queries import usual_indicator_kind
from ..commands import CreateCommand, DeleteCommand, LinkCommand, MoveCommand
from .host import RecordsWindow

_KIND_CLASS = {"area": Area, "goal": Goal, "action": Action}


class RecordsFlow(QObject):
    """Muokkaa › Uusi …, Poista, Irrota, Siirrä (and the tree's drag and drop)."""

    def __init__(self, window: RecordsWindow):
        super().__init__(window)
        self.window = window

    def _create(self, create, text: str) -> object | None:
        """Create a record through an undoable command, show it and put the cursor in its editor."""
        window = self.window
        command = CreateCommand(window.doc, create, text)
        if not window.run(command):
            return None
        record = command.record()
        window.go_to(type(record), record.id)
        window.show_record(record)
        editor = window.editors[type(record)]
        first = next((w for w in editor.fields.values() if isinstance(w, QLineEdit)), None)
        if first is not None:
            first.setFocus()
            first.selectAll()
        return record

    def _selected(self, kind: str):
        """The area/goal the new item goes under, from the tree's current node."""
        node = self.window.tree_node()
        while node is not None and node.kind != kind:
            node = node.parent
        return self.window.doc.get(_KIND_CLASS[kind], node.id) if node is not None and node.id else None

    def _unique(self, cls, column, base: str) -> str:
        names = set(self.window.doc.session.scalars(select(getattr(cls, column))))
        if base not in names:
            return base
        number = 2
        while f"{base} {number}" in names:
            number += 1
        return f"{base} {number}"

    def new_area(self) -> None:
        title = self.tr("Uusi osa-alue")
        self._create(lambda ops: ops.create(Area, group="erityis", title=title), title)

    def new_goal(self) -> None:
        area = self._selected("area")
        if area is None:
            self.window.statusBar().showMessage(self.tr("Valitse ensin osa-alue, johon tavoite tulee."), 8000)
            return
        title = self.tr("Uusi tavoite")
        self._create(lambda ops: ops.create(Goal, area_id=area.id, layer="painopiste", title=title),
                     title)

    def new_action_item(self) -> None:
        goal = self._selected("goal")
        if goal is None:
            self.window.statusBar().showMessage(self.tr("Valitse ensin tavoite, jota toimenpide palvelee."),
                                         8000)
            return
        title = self.tr("Uusi toimenpide")
        self._create(lambda ops: ops.add_action([goal], title=title), title)

    def new_indicator(self) -> None:
        node = self.window.tree_node()
        if node is None or node.kind not in ("goal", "action"):
            self.window.statusBar().showMessage(self.tr("Valitse ensin tavoite tai toimenpide, jota mittari "
                                                 "seuraa."), 8000)
            return
        owner = {f"{node.kind}_id": node.id}
        title = self.tr("Uusi mittari")
        kind = usual_indicator_kind(self.window.doc.session)
        self._create(lambda ops: ops.create(Indicator, title=title, kind=kind, **owner), title)

    def new_party(self) -> None:
        name = self._unique(Party, "name", self.tr("Uusi osapuoli"))
        self._create(lambda ops: ops.create(Party, name=name, kind="muu"), name)

    def new_person(self) -> None:
        name = self.tr("Uusi henkilö")
        self._create(lambda ops: ops.create(Person, name=name), name)

    def new_legal_reference(self) -> None:
        text = self.tr("Uusi lakiperusta")
        self._create(lambda ops: ops.create(LegalReference, law=text), text)

    def new_forum(self) -> None:
        text = self.tr("Uusi foorumi")
        self._create(lambda ops: ops.create(Forum, level=1, name=text), text)

    def new_meeting(self) -> None:
        title = self.tr("Uusi kokous")
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(9, 0))
        self._create(lambda ops: ops.create(Meeting, title=title, starts_at=start), title)

    def delete_current(self) -> None:
        window = self.window
        if window.doc is None or window.current is None:
            return
        record = window.doc.get(*window.current)
        if record is None:
            return
        title = getattr(record, "title", None) or getattr(record, "name", "")
        if window.run(DeleteCommand(window.doc, record, self.tr("Poista %1").replace("%1", title))):
            window.statusBar().showMessage(
                self.tr("Poistettu: %1. Kumoa painamalla Ctrl+Z.").replace("%1", title), 10000)

    def unlink_current(self) -> None:
        node = self.window.tree_node()
        if node is None or node.kind != "action" or self.window.doc is None:
            return
        keys = {"goal_id": node.parent.id, "action_id": node.id}
        self.window.run(LinkCommand(self.window.doc, GoalAction, keys, False,
                                    self.tr("Irrota toimenpide tavoitteesta")))

    def move_current(self, step: int) -> None:
        node = self.window.tree_node()
        if node is None:
            return
        target = node.row + step
        if 0 <= target < len(node.parent.children):
            self.move_node(node.kind, node.id, node.parent.id, target)

    def move_node(self, kind: str, ident: str, parent_id: str, row: int) -> None:
        """Move a tree node to ``row`` under ``parent_id`` (drag and drop, Ctrl+Up/Down)."""
        doc = self.window.doc
        if doc is None:
            return
        scope = {}
        if kind == "action":
            record = doc.get(GoalAction, (parent_id, ident))
        else:
            record = doc.get(_KIND_CLASS[kind], ident)
        if record is None:
            return
        if kind == "goal":
            # The tree shows goals in numbering order (layer first); positions are one list.
            siblings = list(doc.session.scalars(select(Goal).where(Goal.area_id == parent_id)))
            row = position_for_row(siblings, record, row)
            if record.area_id != parent_id:
                scope["area_id"] = parent_id
        self.window.run(MoveCommand(doc, record, row, self.tr("Siirrä"), **scope))
