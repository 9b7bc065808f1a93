"""Undo commands that act on the domain, never on widgets.

Each command names records by class and id (ORM objects go stale across
commits) and calls :class:`~yhteistyo_desktop.domain.operations.Operations`,
so undo and redo are recorded in the history like any other change. Deletes
keep the snapshot the operation returned: undo puts back the record with
everything it took along (links, responsibilities, indicators, values).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from ..domain.models import (
    Action, ActionStatus, Base, GoalAction, Indicator, Party, Person, Responsibility,
)
from ..domain.operations import (
    NOT_GIVEN, DeletedError, DomainError, Snapshot, entity_id_of, key_of, key_of_cls, table_of,
)
from ..store.workbook_file import WorkbookFileError
from .document import Change, WorkbookDocument

_MERGE_EDIT = 1
# Edits of one field closer together than this are one undo step (typing, not separate edits).
MERGE_WINDOW = 5.0


class DomainCommand(QUndoCommand):
    """Base: ``do`` runs the first time (outside the stack), ``redo`` afterwards."""

    def __init__(self, doc: WorkbookDocument, text: str):
        super().__init__(text)
        self.doc = doc
        self.first = False

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.first:  # already done by WorkbookDocument.run
            self.first = False
            return
        self._marked(QCoreApplication.translate("Commands", "Tehty uudelleen"), self.do)

    def undo(self) -> None:
        self._marked(QCoreApplication.translate("Commands", "Kumottu"), self.undo_change)

    def _marked(self, what: str, step: Callable[[], None]) -> None:
        """Run an undo or redo with the history rows saying so (their source: "Kumottu:
        Muokkaa: Nimi"), so the history does not show an undo as a new edit."""
        ops = self.doc.ops
        source, ops.source = ops.source, f"{what}: {self.text()}"
        try:
            self._guarded(step)
        finally:
            ops.source = source

    def _guarded(self, step: Callable[[], None]) -> None:
        # Exceptions cannot cross Qt's virtual call; report them instead.
        try:
            step()
        except (DomainError, WorkbookFileError) as exc:  # WorkbookFileError: a full disk
            self.doc.session.rollback()
            self.setObsolete(True)
            self.doc.failed.emit(str(exc))
        except DBAPIError as exc:
            if not self.doc.shared:
                raise
            from ..store.server import describe_error  # the server went away: one sentence

            self.doc.session.rollback()
            self.setObsolete(True)
            self.doc.failed.emit(describe_error(exc, self.doc.wbfile.url))


class EditCommand(DomainCommand):
    """Set one field of one record; consecutive edits of the same field merge into one step."""

    def __init__(self, doc: WorkbookDocument, record: Base, field: str, value: Any, text: str,
                 seen: Any = NOT_GIVEN):
        super().__init__(doc, text)
        self.cls = type(record)
        self.key = tuple(key_of(record).values())
        self.field = field
        # ``seen``: the value the user had on screen (an editor loaded it earlier), when known.
        self.old = getattr(record, field) if seen is NOT_GIVEN else seen
        self.new = value
        self.at = time.monotonic()

    def _set(self, value: Any, seen: Any) -> None:
        record = self.doc.get(self.cls, self.key)
        if record is None:
            raise DeletedError(QCoreApplication.translate("Commands", "Kohde on poistettu."))
        if self.doc.shared:
            # Others edit the same workbook: refuse (StaleValueError) if the stored value is no
            # longer the one this window showed, instead of overwriting their change.
            self.doc.ops.edit(record, self.field, value, expected=seen)
        else:
            self.doc.ops.edit(record, self.field, value)
        # the operation may have normalized the value (trimmed, y-tunnus form)
        value = getattr(record, self.field)
        self.doc.notify(Change(table_of(self.cls), "/".join(map(str, self.key)), self.field,
                               structural=self.field in ("position", "area_id", "layer")))
        return value

    def do(self) -> None:
        self.new = self._set(self.new, self.old)

    def undo_change(self) -> None:
        self._set(self.old, self.new)

    def id(self) -> int:
        return _MERGE_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or (other.cls, other.key, other.field) != \
                (self.cls, self.key, self.field) or other.at - self.at > MERGE_WINDOW:
            return False
        self.new = other.new
        self.at = other.at
        if self.new == self.old:
            self.setObsolete(True)
        return True


class CreateCommand(DomainCommand):
    """Create a record (``create(ops)`` returns it); undo deletes it with what it brought along."""

    def __init__(self, doc: WorkbookDocument, create: Callable[[Any], Base], text: str):
        super().__init__(doc, text)
        self._create = create
        self.cls: type[Base] | None = None
        self.key: tuple | None = None
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        if self._snapshot is None:
            record = self._create(self.doc.ops)
            self.cls, self.key = type(record), tuple(key_of(record).values())
        else:
            self.doc.ops.restore(self._snapshot)
        self.doc.notify(Change(table_of(self.cls), "/".join(map(str, self.key)), structural=True))

    def undo_change(self) -> None:
        record = self.doc.get(self.cls, self.key)
        if record is None:
            raise DomainError(QCoreApplication.translate("Commands", "Kohde on jo poistettu."))
        self._snapshot = self.doc.ops.delete(record)
        self.doc.notify(Change(table_of(self.cls), "/".join(map(str, self.key)), structural=True))

    def record(self) -> Base | None:
        return self.doc.get(self.cls, self.key) if self.cls is not None else None


class DeleteCommand(DomainCommand):
    def __init__(self, doc: WorkbookDocument, record: Base, text: str):
        super().__init__(doc, text)
        self.cls = type(record)
        self.key = tuple(key_of(record).values())
        self.snapshot: Snapshot | None = None

    def _change(self) -> Change:
        return Change(table_of(self.cls), "/".join(map(str, self.key)), structural=True)

    def do(self) -> None:
        record = self.doc.get(self.cls, self.key)
        if record is None:
            raise DomainError(QCoreApplication.translate("Commands", "Kohde on jo poistettu."))
        self.snapshot = self.doc.ops.delete(record)
        self.doc.notify(self._change())

    def undo_change(self) -> None:
        self.doc.ops.restore(self.snapshot)
        self.doc.notify(self._change())


class MoveCommand(DomainCommand):
    """Reorder a record among its siblings, or move it under another parent (``scope``)."""

    def __init__(self, doc: WorkbookDocument, record: Base, index: int, text: str, **scope: Any):
        super().__init__(doc, text)
        self.cls = type(record)
        self.key = tuple(key_of(record).values())
        self.old = doc.ops.index_of(record)
        self.old_scope = {name: getattr(record, name) for name in scope}
        self.new = index
        self.scope = scope

    def _move(self, index: int, scope: dict[str, Any]) -> None:
        record = self.doc.get(self.cls, self.key)
        if record is None:
            raise DomainError(QCoreApplication.translate("Commands", "Kohde on poistettu."))
        self.doc.ops.move(record, index, **scope)
        self.doc.notify(Change(table_of(self.cls), entity_id_of(record), "position", structural=True))

    def do(self) -> None:
        self._move(self.new, self.scope)

    def undo_change(self) -> None:
        self._move(self.old, self.old_scope)


class LinkCommand(DomainCommand):
    """Create (``linked=True``) or remove a link row; undo does the opposite, keeping its place."""

    def __init__(self, doc: WorkbookDocument, cls: type[Base], keys: dict[str, Any], linked: bool,
                 text: str):
        super().__init__(doc, text)
        self.cls = cls
        self.keys = keys
        self.linked = linked
        self.position: int | None = None

    def _key(self) -> tuple:
        return tuple(self.keys[k] for k in key_of_cls(self.cls))

    def _link(self) -> None:
        link = self.doc.ops.link(self.cls, **self.keys)
        if self.position is not None and isinstance(link, GoalAction):
            self.doc.ops.move(link, self.position)

    def _unlink(self) -> None:
        link = self.doc.get(self.cls, self._key())
        if link is None:
            raise DomainError(QCoreApplication.translate("Commands", "Linkkiä ei enää ole."))
        if isinstance(link, GoalAction):
            self.position = self.doc.ops.index_of(link)
        self.doc.ops.unlink(link)

    def _apply(self, link: bool) -> None:
        with self.doc.ops.transaction():
            self._link() if link else self._unlink()
        self.doc.notify(Change(table_of(self.cls), "/".join(map(str, self._key())), structural=True))

    def do(self) -> None:
        self._apply(self.linked)

    def undo_change(self) -> None:
        self._apply(not self.linked)


class ResponsibilityCommand(DomainCommand):
    """Change a responsibility's role and named persons in place; undo puts the old ones back."""

    def __init__(self, doc: WorkbookDocument, resp: Responsibility, role: str,
                 person_ids: list[str], text: str):
        super().__init__(doc, text)
        self.id_ = resp.id
        self.old = (resp.role, sorted(link.person_id for link in resp.person_links))
        self.new = (role, sorted(person_ids))

    def _set(self, state: tuple[str, list[str]]) -> None:
        resp = self.doc.get(Responsibility, self.id_)
        if resp is None:
            raise DeletedError(QCoreApplication.translate("Commands", "Kohde on poistettu."))
        role, person_ids = state
        self.doc.ops.set_responsibility(resp, role, [self.doc.get(Person, p) for p in person_ids])
        self.doc.notify(Change(table_of(Responsibility), self.id_, structural=True))

    def do(self) -> None:
        self._set(self.new)

    def undo_change(self) -> None:
        self._set(self.old)


class FollowupCommand(DomainCommand):
    """Set or clear one year's follow-up entry; undo puts back what was there (or nothing).

    ``state`` is what :meth:`apply` stores, None for no entry. Subclasses name the
    record and read the current state, so the command holds ids and years only.
    """

    table = ""

    def __init__(self, doc: WorkbookDocument, year: int, new: tuple | None, text: str,
                 seen: Any = NOT_GIVEN):
        super().__init__(doc, text)
        self.year = year
        # ``seen``: the entry the window showed (on a server, what is stored may be newer)
        self.old = self.current() if seen is NOT_GIVEN else seen
        self.new = new

    def current(self) -> tuple | None:
        raise NotImplementedError

    def apply(self, state: tuple | None, expected: Any) -> None:
        """Store ``state``; ``expected`` is what the window showed (on a server, where another
        user's entry saved meanwhile is refused, not overwritten), else NOT_GIVEN."""
        raise NotImplementedError

    def change_id(self) -> str:
        raise NotImplementedError

    def _set(self, state: tuple | None, shown: tuple | None) -> None:
        with self.doc.ops.transaction():
            self.apply(state, shown if self.doc.shared else NOT_GIVEN)
        self.doc.notify(Change(self.table, self.change_id(), "year"))

    def do(self) -> None:
        self._set(self.new, self.old)

    def undo_change(self) -> None:
        self._set(self.old, self.new)


class ActionStatusCommand(FollowupCommand):
    """An action's status and comment for one year (``new`` = (status, comment) or None)."""

    table = "action_status"

    def __init__(self, doc: WorkbookDocument, action: Action, year: int, new: tuple | None,
                 text: str, seen: Any = NOT_GIVEN):
        self.action_id = action.id
        super().__init__(doc, year, new, text, seen)

    def _row(self) -> ActionStatus | None:
        return self.doc.session.scalar(select(ActionStatus).where(
            ActionStatus.action_id == self.action_id, ActionStatus.year == self.year))

    def current(self) -> tuple | None:
        row = self._row()
        return (row.status, row.comment) if row is not None else None

    def apply(self, state: tuple | None, expected: Any) -> None:
        action = self.doc.get(Action, self.action_id)
        if action is None:
            raise DomainError(QCoreApplication.translate("Commands", "Toimenpide on poistettu."))
        if state is None:
            row = self._row()
            if row is not None:
                self.doc.ops.delete(row)
        else:
            self.doc.ops.set_action_status(action, self.year, *state, expected=expected)

    def change_id(self) -> str:
        return f"{self.action_id}/{self.year}"


class IndicatorValueCommand(FollowupCommand):
    """An indicator's value for one year and party (``new`` = (number, text, comment) or None)."""

    table = "indicator_value"

    def __init__(self, doc: WorkbookDocument, indicator: Indicator, party_id: str | None, year: int,
                 new: tuple | None, text: str, seen: Any = NOT_GIVEN):
        self.indicator_id = indicator.id
        self.party_id = party_id
        super().__init__(doc, year, new, text, seen)

    def current(self) -> tuple | None:
        row = self.doc.ops.indicator_value(self.indicator_id, self.year, self.party_id)
        return (row.value_number, row.value_text, row.comment) if row is not None else None

    def apply(self, state: tuple | None, expected: Any) -> None:
        indicator = self.doc.get(Indicator, self.indicator_id)
        party = self.doc.get(Party, self.party_id) if self.party_id else None
        if indicator is None or (self.party_id and party is None):
            raise DomainError(QCoreApplication.translate("Commands", "Mittari tai osapuoli on poistettu."))
        number, text, comment = state or (None, None, None)
        self.doc.ops.set_indicator_value(indicator, self.year, number=number, text=text,
                                         party=party, comment=comment, expected=expected)

    def change_id(self) -> str:
        return f"{self.indicator_id}/{self.party_id or ''}/{self.year}"
