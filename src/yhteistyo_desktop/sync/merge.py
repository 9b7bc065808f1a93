"""Merge another member's copy of the same workbook file into this one.

Both copies carry the history of every change (``History``), and every history
row has a ``uid`` that is the same in every copy of the file (migration 0003).
Rows present in both files are the common past; rows only in one file are
that copy's changes since. :func:`compare` reads both sides' own rows and, per
(entity, id, field), decides:

* changed only in the other copy → a change to bring over (its value is the
  other copy's current one);
* changed in both copies to different values → a *conflict*, listed with both
  values and who changed them when; taken only when explicitly accepted;
* an item deleted in one copy but edited in the other → a conflict, too
  (accepting the other copy's side deletes it here, or puts it back here with
  what was deleted along with it);
* items created in the other copy (with their link rows) → additions.

The result is a :class:`~..xlsx.review.Review` whose changes are
:class:`MergeChange` objects, so the Excel review dialog shows it as such.
:func:`apply` makes the accepted changes through
:class:`~..domain.operations.Operations` in one transaction and then records
the other copy's history rows for what was brought over *with their own uids*
(in place of the rows the operations wrote for the same items), so merging the
same copy again finds nothing new, and merging back the other way converges.
No Qt here.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..domain import vocab
from ..domain.followup import format_number
from ..domain.models import (
    LINK_MODELS, MODELS, ActionStatus, Base, History, IndicatorValue, Party, Responsibility,
    Workbook,
)
from ..domain.operations import (
    SIBLING_SCOPE, TABLE_ORDER, DomainError, Operations, columns, entity_id_of, entity_id_of_row,
    key_of_cls, row_of,
)
from ..domain.versions import bring_versions, place_versions, version_rows
from ..store.workbook_file import WorkbookFile, WorkbookFileError, database_error, open_workbook
from ..xlsx.review import ADDED, EDITED, FIELD_LABELS, REMOVED, ApplyResult, Change, Review

ENTITY_LABELS = {
    "workbook": "työkirja", "area": "osa-alue", "goal": "tavoite", "action": "toimenpide",
    "goal_action": "tavoitteen toimenpide", "indicator": "mittari", "indicator_value": "mittarin arvo",
    "action_status": "toimenpiteen tila", "party": "osapuoli", "person": "henkilö",
    "membership": "työryhmän jäsenyys", "responsibility": "vastuutaho",
    "responsibility_person": "vastuutahon henkilö", "legal_reference": "lakiperusta",
    "goal_legal_reference": "tavoitteen lakiperusta", "forum": "foorumi", "meeting": "kokous",
    "meeting_participant": "kokouksen osallistuja", "agenda_item": "asialistan kohta",
    "agenda_link": "asialistan kohdan kohde",
}
MERGE_FIELD_LABELS = {
    **FIELD_LABELS, "position": "järjestys", "area_id": "osa-alue", "goal_id": "tavoite",
    "action_id": "toimenpide", "party_id": "osapuoli", "person_id": "henkilö", "year": "vuosi",
    "value_number": "arvo", "value_text": "arvo (teksti)", "comment": "kommentti", "level": "taso",
    "starts_at": "alkaa", "place": "paikka", "proposal": "päätösehdotus", "forum_id": "foorumi",
    "presenter_id": "esittelijä", "term_start": "kauden alku", "term_end": "kauden loppu",
    "title": "nimi", "indicator_id": "mittari", "meeting_id": "kokous",
    "agenda_item_id": "asialistan kohta", "legal_reference_id": "lakiperusta",
    "version_id": "versio",
}
#: Rows that two copies may each add under their own id although they mean the same thing
#: (the workbook allows one per key). They are matched by this key, in every merge after the
#: first too, so an edit or deletion of one copy's row reaches the other copy's row. A key whose
#: first field is empty matches nothing (a party without a business id).
NATURAL_KEYS: dict[type[Base], tuple[str, ...]] = {
    IndicatorValue: ("indicator_id", "year", "party_id"), ActionStatus: ("action_id", "year"),
    Responsibility: ("action_id", "party_id", "role"), Party: ("business_id",),
}
_APPEAR, _VANISH = ("create", "link"), ("delete", "unlink")
_RANK = {cls.__tablename__: i for i, cls in enumerate(TABLE_ORDER)}
DELETED = "(poistettu)"

Key = tuple[str, str]  # (table, entity id as History.entity_id writes it)


class MergeError(WorkbookFileError):
    """The other file cannot be merged into this one; the message is for the user (Finnish)."""


@dataclass
class MergeChange(Change):
    """One change of the other copy. ``old``/``new`` are shown values (here / in the other copy).

    ``value`` is what an edit sets, ``rows`` what an addition (or putting back) creates, ``uids``
    the other copy's history rows this change brings over.
    """

    value: Any = None
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    uids: tuple[str, ...] = ()
    other_user: str = ""
    other_at: dt.datetime | None = None
    own_user: str = ""
    own_at: dt.datetime | None = None
    existing: Key | None = None
    #: Changes made along with this one (what a deletion takes with it, a new item's links).
    also: list[MergeChange] = field(default_factory=list)


@dataclass
class MergeReview(Review):
    """What the other copy brings: its changes, and its rows that need no change here (``settled``)."""

    workbook_id: str = ""
    settled: tuple[str, ...] = ()
    history: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The other copy's named versions; :func:`apply` adds those this copy lacks.
    versions: list[dict[str, Any]] = field(default_factory=list)
    #: The review dialog names its columns after this (here / in the other copy / who, when).
    kind: str = "merge"


# -- reading both sides ----------------------------------------------------------------------------

@dataclass
class _Side:
    rows: dict[Key, dict[str, Any]]
    history: list[dict[str, Any]]
    workbook: dict[str, Any]
    #: Records that are not merged as changes but that a change may name (the versions a
    #: meeting is tied to: :func:`apply` brings them along by themselves).
    named: dict[Key, dict[str, Any]] = field(default_factory=dict)


def _foreign_keys(cls: type[Base]) -> Iterable[tuple[str, str]]:
    """``(field, table it refers to)`` of each reference of ``cls``."""
    for column in cls.__table__.columns:
        for fk in column.foreign_keys:
            yield cls.__mapper__.get_property_by_column(column).key, fk.column.table.name


def _references(cls: type[Base], row: dict[str, Any],
                names: set[str] | None = None) -> Iterable[tuple[str, Any]]:
    """``(table, id)`` of each record ``row`` of ``cls`` refers to (only fields in ``names``)."""
    for name, table in _foreign_keys(cls):
        if names is None or name in names:
            yield table, row.get(name)


def _read(session: Session) -> _Side:
    rows: dict[Key, dict[str, Any]] = {}
    for cls in TABLE_ORDER:
        for obj in session.scalars(select(cls)):
            rows[(cls.__tablename__, entity_id_of(obj))] = row_of(obj)
    history = [row_of(h) for h in session.scalars(select(History).order_by(History.id))]
    workbook = next((r for (t, _), r in rows.items() if t == "workbook"), None)
    if workbook is None:
        raise MergeError("Tiedostosta puuttuvat työkirjan tiedot.")
    named = {("version", row["id"]): row for row in version_rows(session)}
    return _Side(rows, history, workbook, named)


@dataclass
class _Touch:
    """One side's own history rows about one item, in the order that side wrote them."""

    existence: list[dict] = field(default_factory=list)
    fields: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))

    def add(self, h: dict) -> None:
        if h["op"] in _APPEAR + _VANISH:
            self.existence.append(h)
        elif h["field"]:
            self.fields[h["field"]].append(h)

    def changed(self) -> list[str]:
        """Fields whose value this side changed (not changed and changed back)."""
        return [name for name, hs in self.fields.items() if hs[0]["old_value"] != hs[-1]["new_value"]]

    @property
    def created(self) -> bool:
        return bool(self.existence) and self.existence[0]["op"] in _APPEAR

    @property
    def deleted(self) -> bool:
        return bool(self.existence) and self.existence[-1]["op"] in _VANISH

    def rows(self) -> list[dict]:
        return self.existence + [h for hs in self.fields.values() for h in hs]

    def last(self, name: str | None = None) -> dict | None:
        if name is not None:
            return self.fields[name][-1] if self.fields.get(name) else None
        every = self.rows()
        return max(every, key=lambda h: h["id"]) if every else None


def _touches(history: list[dict], only: set[str]) -> dict[Key, _Touch]:
    touches: dict[Key, _Touch] = defaultdict(_Touch)
    for h in history:
        if h["uid"] in only:
            touches[(h["entity"], h["entity_id"])].add(h)
    return touches


def _significant(fields: Iterable[str]) -> list[str]:
    """Edits that make a deletion a conflict (an order number changes as a side effect)."""
    return [f for f in fields if f != "position"]


# -- comparing -------------------------------------------------------------------------------------

def compare(session: Session, other: Session, other_path: str | os.PathLike) -> MergeReview:
    """The changes the copy held by ``other`` brings to the workbook held by ``session``."""
    other_path = Path(other_path)
    mine, theirs = _read(session), _read(other)
    if mine.workbook["id"] != theirs.workbook["id"]:
        raise MergeError(
            f"{other_path.name} on eri työkirja ({theirs.workbook['region']}, "
            f"{theirs.workbook['term_start']}–{theirs.workbook['term_end']}) kuin tämä "
            f"({mine.workbook['region']}, {mine.workbook['term_start']}–{mine.workbook['term_end']}). "
            "Yhdistää voi vain saman työkirjan kopioita; mitään ei muutettu.")
    review = _Comparison(mine, theirs, other_path).review()
    review.versions = version_rows(other)
    return review


def compare_files(wbfile: WorkbookFile, other_path: str | os.PathLike) -> MergeReview:
    """Open ``other_path`` read-only (never changed) and compare it with ``wbfile``."""
    other_path = Path(other_path)
    if other_path.resolve() == wbfile.path.resolve():
        raise MergeError("Valitse toisen jäsenen tiedosto, ei tätä samaa työkirjaa.")
    with open_workbook(other_path, wbfile.user, readonly=True) as other_file:
        with other_file.session() as other, wbfile.session() as session:
            return compare(session, other, other_path)


class _Comparison:
    def __init__(self, mine: _Side, theirs: _Side, path: Path):
        self.mine, self.theirs, self.path = mine, theirs, path
        own_uids = {h["uid"] for h in mine.history}
        their_uids = {h["uid"] for h in theirs.history}
        self.theirs_only = their_uids - own_uids
        self.theirs_history = {h["uid"]: h for h in theirs.history}
        self.own = _touches(mine.history, own_uids - their_uids)
        self.other = _touches(theirs.history, self.theirs_only)
        #: The other copy's rows that are this copy's rows under another id (see NATURAL_KEYS).
        self.same: dict[Key, Key] = {}
        #: The other copy's rows by this copy's keys, their references translated.
        self._local_rows: dict[Key, dict[str, Any]] = {}
        self._match_natural_keys()
        self.changes: list[MergeChange] = []
        self.settled: list[str] = []
        self.added: dict[Key, str] = {}
        self._first_link: dict[str, Key] | None = None
        #: Items this copy added something under (a new indicator for an action), by the item.
        self.own_children: dict[Key, list[Key]] = defaultdict(list)
        for key, touch in self.own.items():
            row = mine.rows.get(key)
            if touch.created and row is not None and key[0] in MODELS:
                for target in _references(MODELS[key[0]], row):
                    if target[1] is not None:
                        self.own_children[target].append(key)

    def _match_natural_keys(self) -> None:
        """Pair the rows both copies added for one natural key (a value for the same year)."""
        for cls in sorted(NATURAL_KEYS, key=lambda c: _RANK[c.__tablename__]):
            table, names = cls.__tablename__, NATURAL_KEYS[cls]
            own = {}
            for key, row in self.mine.rows.items():
                if key[0] == table and key not in self.theirs.rows and row.get(names[0]) is not None:
                    own[tuple(row.get(n) for n in names)] = key
            for key in {k for k in self.theirs.rows if k[0] == table} | \
                    {k for k in self.other if k[0] == table}:
                if key in self.mine.rows:
                    continue
                row = self._known_row(key)
                if row is None or row.get(names[0]) is None:
                    continue
                row = self._local_row(table, row)
                match = own.pop(tuple(row.get(n) for n in names), None)
                if match is not None:
                    self.same[key] = match

    def _known_row(self, key: Key) -> dict | None:
        """The other copy's row, or as it was when that copy deleted it."""
        if key in self.theirs.rows:
            return self.theirs.rows[key]
        for h in reversed(self.other[key].existence) if key in self.other else ():
            value = h["old_value"] if h["op"] in _VANISH else h["new_value"]
            try:
                row = json.loads(value) if value else None
            except ValueError:
                return None
            return row if isinstance(row, dict) else None
        return None

    def _local(self, key: Key) -> Key:
        """This copy's key for the other copy's ``key`` (a link's parts translated too)."""
        if key in self.same:
            return self.same[key]
        cls = MODELS.get(key[0])
        if cls not in LINK_MODELS:
            return key
        refers = dict(_foreign_keys(cls))
        parts = [self.same.get((refers[name], part), (None, part))[1]
                 for name, part in zip(key_of_cls(cls), key[1].split("/"), strict=False)]
        return key[0], "/".join(parts)

    def _local_row(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """The other copy's ``row`` with its references to paired rows pointing at this copy's."""
        if not self.same:
            return row
        row = dict(row)
        for name, refers in _foreign_keys(MODELS[table]):
            paired = self.same.get((refers, row.get(name)))
            if paired is not None:
                row[name] = paired[1]
        return row

    def review(self) -> MergeReview:
        for key in sorted(self.other, key=lambda k: (_RANK.get(k[0], 99), k[1])):
            if key[0] not in _RANK:
                self.settled += [h["uid"] for h in self.other[key].rows()]
                continue
            self._item(key)
        self._fold()
        self._group_reorders()
        for change in self.changes:
            change.requires = self._requires(change)
        history = {h["uid"]: h for h in self.theirs.history if h["uid"] in self.theirs_only}
        return MergeReview(self.path, None, self.changes, [], workbook_id=self.mine.workbook["id"],
                           settled=tuple(self.settled), history=history)

    # -- one item -------------------------------------------------------------------------------

    def _item(self, their_key: Key) -> None:
        key = self._local(their_key)
        theirs, own = self.other[their_key], self.own.get(key, _Touch())
        there, here = self.theirs.rows.get(their_key), self.mine.rows.get(key)
        if there is not None:
            there = self._local_rows[key] = self._local_row(key[0], there)
        if there is not None and here is not None and key != their_key and theirs.created:
            self._both_added(key, theirs, own, there, here)
        elif there is not None and here is None:
            if own.deleted:
                if theirs.created or _significant(theirs.changed()):
                    self._restore(key, theirs, own, there)
                else:
                    self._settle(theirs.rows())
            else:
                self._add(key, theirs, there)
        elif there is None and here is not None:
            if theirs.deleted:
                edited = _significant(own.changed())
                children = self.own_children.get(key, [])
                last = own.last(edited[0]) if edited else \
                    (self.own[children[0]].existence[0] if children else None)
                change = self._change(REMOVED, key, None, self.label(key), DELETED, theirs.last(),
                                      theirs.rows(), bool(edited or children), last)
                notes = [f"{', '.join(map(self.field_label, edited))} muutettu"] if edited else []
                notes += [f"lisätty {ENTITY_LABELS.get(c[0], c[0])} {self.label(c)!r}"
                          for c in children]
                if notes:
                    change.description += f" ({'; '.join(notes)} tässä työkirjassa)"
            else:
                self._settle(theirs.rows())
        elif there is not None and here is not None:
            cls = MODELS[key[0]]
            for name in theirs.changed():
                if name not in columns(cls) or there.get(name) == here.get(name):
                    self._settle(theirs.fields[name])
                    continue
                conflict = name in own.changed()
                change = self._change(EDITED, key, name, self.show(key[0], name, here.get(name)),
                                      self.show(key[0], name, there.get(name)), theirs.last(name),
                                      theirs.fields[name], conflict, own.last(name))
                change.value = there.get(name)
            self._settle(theirs.existence)
            self._settle(h for name, hs in theirs.fields.items() if name not in theirs.changed()
                         for h in hs)
        else:
            self._settle(theirs.rows())

    def _fold(self) -> None:
        """Fold what was done along with an item into its change.

        A new action's goal links, a deleted action's links, responsibilities and indicators:
        one change each would bury the review. A change is folded into the addition (or
        deletion) of the item it refers to when the other copy made both in one transaction.
        """
        txn_of: dict[Key, str] = {}
        root_of: dict[Key, MergeChange] = {}
        history = {h["uid"]: h for h in self.theirs.history}
        for change in sorted(self.changes, key=lambda c: _RANK.get(c.entity, 99)):
            if change.existing is not None:
                continue
            key = (change.entity, change.record_id)
            rows = [history[u] for u in change.uids if u in history]
            made = [h for h in rows if h["op"] in (_APPEAR if change.kind == ADDED else _VANISH)]
            txn = (made or rows or [{"txn": None}])[-1]["txn"]
            if change.kind == ADDED and len(change.rows) == 1:
                row, names = change.rows[0][1], None
            elif change.kind == REMOVED:
                row, names = self.mine.rows.get(key, {}), None
            elif change.kind == EDITED:
                row, names = self.mine.rows.get(key, {}), {change.field}
            else:
                continue
            root = None
            wanted = ADDED if change.kind == ADDED else REMOVED
            for target in () if change.conflict else _references(MODELS[change.entity], row, names):
                parent = root_of.get(target)
                if parent is not None and parent.kind == wanted and txn_of.get(target) == txn:
                    root = parent
            if root is None:
                if change.kind != EDITED:
                    root_of[key], txn_of[key] = change, txn
                continue
            root.uids += change.uids
            if change.kind == ADDED:
                root.rows += change.rows
                self.added[key] = root.id
            else:
                root.also.append(change)
            root_of[key], txn_of[key] = root, txn
            self.changes.remove(change)
        for change in self.changes:
            extra = len(change.rows) - 1 if change.kind == ADDED else len(change.also)
            if extra > 0:
                change.description += (" (ja 1 siihen liittyvä tieto)" if extra == 1
                                       else f" (ja {extra} siihen liittyvää tietoa)")

    def _group_reorders(self) -> None:
        """Make the other copy's new order of a set of siblings one change, taken whole or not.

        When both copies reordered the same siblings, a move here and there is meaningless on
        its own: with some moves taken and the conflicting ones declined, the siblings would end
        in neither member's order. Accepted, every sibling gets the other copy's number.
        """
        groups: dict[tuple, list[MergeChange]] = defaultdict(list)
        for change in self.changes:
            if change.kind == EDITED and change.field == "position" and change.existing is None:
                cls = MODELS[change.entity]
                row = self.mine.rows[(change.entity, change.record_id)]
                groups[(change.entity, *[row.get(n) for n in SIBLING_SCOPE.get(cls, ())])] \
                    .append(change)
        for (table, *scope), moves in groups.items():
            if not any(c.conflict for c in moves):
                continue
            names = SIBLING_SCOPE.get(MODELS[table], ())
            moved = {c.record_id for c in moves}
            siblings = [k for k, r in self.mine.rows.items() if k[0] == table
                        and [r.get(n) for n in names] == scope and k in self.theirs.rows]
            for key in siblings:
                here, there = (side.rows[key]["position"] for side in (self.mine, self.theirs))
                if key[1] not in moved and here != there:  # moved only here: put in their place
                    move = MergeChange(f"{table}:{key[1]}:position", EDITED, table, key[1],
                                       "position", here, there, False, "", value=there)
                    moves.append(move)
            lead = next(c for c in moves if c.conflict)
            own_last = max((c for c in moves if c.own_at), key=lambda c: c.own_at, default=None)
            shown = [k for k in siblings if k[1] in {c.record_id for c in moves}]  # not the rest
            here_order, there_order = (", ".join(self.label(k) for k in sorted(
                shown, key=lambda k, rows=side.rows: (rows[k]["position"], k[1])))
                for side in (self.mine, self.theirs))
            their_last = max((self.theirs_history[u] for c in moves for u in c.uids),
                             key=lambda h: h["id"], default=None)
            lead.also = [c for c in moves if c is not lead]
            lead.uids = tuple(u for c in moves for u in c.uids)
            lead.old, lead.new = here_order, there_order
            lead.description = (
                f"RISTIRIITA: {ENTITY_LABELS.get(table, table).capitalize()}: järjestys muutettu "
                f"kummassakin tiedostossa: {_short(here_order, 120)} → {_short(there_order, 120)}"
                + self._who(own_last and {"user": own_last.own_user, "at": own_last.own_at},
                            their_last))
            folded = {id(c) for c in lead.also}
            self.changes = [c for c in self.changes if id(c) not in folded]

    def _settle(self, rows: Iterable[dict]) -> None:
        self.settled += [h["uid"] for h in rows]

    def _both_added(self, key: Key, theirs: _Touch, own: _Touch, row: dict, here: dict) -> None:
        """The same thing added in both copies (a value for the same year): keep this copy's
        row, take the other's values only when accepted."""
        cls = MODELS[key[0]]
        differing = [n for n in columns(cls) if n not in ("id", "position") + NATURAL_KEYS[cls]
                     and here.get(n) != row.get(n)]
        if not differing:
            self._settle(theirs.rows())
            return
        mine = "; ".join(self.show(key[0], n, here.get(n)) for n in differing)
        other = "; ".join(self.show(key[0], n, row.get(n)) for n in differing)
        change = self._change(EDITED, key, None, mine, other, theirs.last(), theirs.rows(), True,
                              own.last())
        change.value = {n: row.get(n) for n in differing}
        change.existing = key
        change.description = (f"RISTIRIITA: {self.what(key)} lisätty kumpaankin tiedostoon eri "
                              f"tiedoin ({', '.join(self.field_label(n) for n in differing)}): "
                              f"{_short(mine) or '(tyhjä)'} → {_short(other) or '(tyhjä)'}"
                              + self._who(own.last(), theirs.last()))

    def _add(self, key: Key, theirs: _Touch, row: dict) -> None:
        change = self._change(ADDED, key, None, None, self.label(key, self.theirs), theirs.last(),
                              theirs.rows())
        change.rows = [(key[0], row)]
        missing = self._missing_refs(key[0], row)
        if missing:
            change.conflict = True
            change.description = (f"RISTIRIITA: {change.description} (viittaa kohteeseen, joka on "
                                  f"poistettu tästä työkirjasta: {', '.join(missing)})")
        self.added[key] = change.id

    def _restore(self, key: Key, theirs: _Touch, own: _Touch, row: dict) -> None:
        """Deleted here, changed there: accepting puts it back with what was deleted along."""
        deletion = own.existence[-1]
        rows = []
        for h in self.mine.history:
            if h["txn"] == deletion["txn"] and h["op"] in _VANISH:
                k = (h["entity"], h["entity_id"])
                if k in self.theirs.rows and k not in self.mine.rows:
                    rows.append((k[0], self.theirs.rows[k]))
        rows.sort(key=lambda item: _RANK.get(item[0], 99))
        edited = _significant(theirs.changed())
        change = self._change(ADDED, key, None, DELETED, self.label(key, self.theirs),
                              theirs.last(), theirs.rows(), True, deletion)
        change.rows = rows or [(key[0], row)]
        change.description = (f"RISTIRIITA: {self.what(key)} poistettu tästä työkirjasta, mutta "
                              + (f"muutettu toisessa ({', '.join(map(self.field_label, edited))})"
                                 if edited else "lisätty toisessa")
                              + self._who(deletion, theirs.last()))
        self.added[key] = change.id

    def _change(self, kind: str, key: Key, name: str | None, old: Any, new: Any,
                their_last: dict | None, rows: Iterable[dict], conflict: bool = False,
                own_last: dict | None = None) -> MergeChange:
        suffix = {ADDED: "+", REMOVED: "-"}.get(kind, name or "=")
        area, goal = self.group(key)
        change = MergeChange(
            f"{key[0]}:{key[1]}:{suffix}", kind, key[0], key[1], name, old, new, conflict,
            "", area, goal, _when(their_last), uids=tuple(h["uid"] for h in rows),
            other_user=their_last["user"] if their_last else "",
            other_at=their_last["at"] if their_last else None)
        if own_last is not None and own_last.get("at") is not None:
            change.own_user, change.own_at = own_last["user"], own_last["at"]
        change.item = self.what(key) if kind != ADDED else \
            f"{ENTITY_LABELS.get(key[0], key[0]).capitalize()} {self.label(key, self.theirs)!r}"
        change.field_label = self.field_label(name) if kind == EDITED else ""
        if kind == ADDED:
            text = f"Uusi {ENTITY_LABELS.get(key[0], key[0])}: {self.label(key, self.theirs)}"
        elif kind == REMOVED:
            text = f"{self.what(key)} poistettu toisessa tiedostossa"
        else:
            text = (f"{self.what(key)}: {self.field_label(name)}: {_short(old) or '(tyhjä)'} → "
                    f"{_short(new) or '(tyhjä)'}")
        if change.conflict:
            text = f"RISTIRIITA: {text}" + self._who(own_last, their_last)
        change.description = text
        self.changes.append(change)
        return change

    @staticmethod
    def _who(own_last: dict | None, their_last: dict | None) -> str:
        parts = []
        if own_last and own_last.get("at") is not None:
            parts.append(f"tässä: {_when(own_last)}")
        if their_last:
            parts.append(f"toisessa: {_when(their_last)}")
        return f" [{'; '.join(parts)}]" if parts else ""

    def _missing_refs(self, table: str, row: dict) -> list[str]:
        missing = []
        for target in _references(MODELS[table], row):
            if target[1] is not None and target not in self.mine.rows \
                    and target in self.theirs.rows and self.own.get(target, _Touch()).deleted:
                missing.append(self.label(target, self.theirs))
        return missing

    def _requires(self, change: MergeChange) -> tuple[str, ...]:
        """Additions of the items an addition refers to (a new goal for a new action link)."""
        needed: set[str] = set()
        for table, row in change.rows:
            for target in _references(MODELS[table], row):
                if target in self.added and self.added[target] != change.id:
                    needed.add(self.added[target])
        return tuple(sorted(needed))

    # -- how changes read -----------------------------------------------------------------------

    def row(self, key: Key, prefer: _Side | None = None) -> dict | None:
        sides = (prefer, self.mine, self.theirs) if prefer else (self.mine, self.theirs)
        return next((s.rows[key] for s in sides if key in s.rows), self._local_rows.get(key)) \
            or next((s.named[key] for s in sides if key in s.named), None)

    def label(self, key: Key, prefer: _Side | None = None) -> str:
        table, _eid = key
        row = self.row(key, prefer)
        if row is None:
            return "?"

        def ref(t: str, column: str) -> str:
            return self.label((t, row.get(column)), prefer) if row.get(column) else ""

        if table == "goal_action":
            return f"{ref('goal', 'goal_id')} – {ref('action', 'action_id')}"
        if table == "responsibility":
            role = vocab.RESPONSIBILITY_ROLES.get(row["role"], row["role"])
            return f"{ref('party', 'party_id')} ({role}), {ref('action', 'action_id')}"
        if table == "responsibility_person":
            return f"{ref('person', 'person_id')}, {ref('responsibility', 'responsibility_id')}"
        if table == "indicator_value":
            return f"{ref('indicator', 'indicator_id')} {row['year']}"
        if table == "action_status":
            return f"{ref('action', 'action_id')} {row['year']}"
        if table == "membership":
            return ref("person", "person_id")
        if table == "goal_legal_reference":
            return f"{ref('goal', 'goal_id')} – {ref('legal_reference', 'legal_reference_id')}"
        if table == "meeting_participant":
            return f"{ref('meeting', 'meeting_id')} – {ref('person', 'person_id')}"
        if table == "agenda_link":
            return ref("agenda_item", "agenda_item_id")
        if table == "legal_reference":
            return " ".join(p for p in (row.get("law_name") or row.get("law"), row.get("section")) if p)
        if table == "workbook":
            return f"{row['region']} {row['term_start']}–{row['term_end']}"
        return str(row.get("title") or row.get("name") or key[1][:8])

    def what(self, key: Key) -> str:
        return f"{ENTITY_LABELS.get(key[0], key[0]).capitalize()} {self.label(key)!r}"

    @staticmethod
    def field_label(name: str | None) -> str:
        return MERGE_FIELD_LABELS.get(name, name or "")

    def show(self, table: str, name: str, value: Any) -> str:
        """A field value as people read it: a reference by its item's name."""
        if value is None or value == "":
            return ""
        cls = MODELS[table]
        column = cls.__mapper__.columns.get(name) if name in cls.__mapper__.columns else None
        if column is not None:
            for fk in column.foreign_keys:
                return self.label((fk.column.table.name, value))
        vocab_of = {("area", "group"): vocab.AREA_GROUPS, ("goal", "layer"): vocab.GOAL_LAYERS,
                    ("party", "kind"): vocab.PARTY_KINDS, ("indicator", "kind"): vocab.INDICATOR_KINDS,
                    ("action_status", "status"): vocab.ACTION_STATUSES,
                    ("workbook", "status"): vocab.WORKBOOK_STATUSES,
                    ("responsibility", "role"): vocab.RESPONSIBILITY_ROLES,
                    ("membership", "role"): vocab.MEMBERSHIP_ROLES}.get((table, name))
        if vocab_of:
            return vocab_of.get(value, str(value))
        if isinstance(value, bool):
            return "kyllä" if value else "ei"
        if isinstance(value, float):
            return format_number(value)
        if isinstance(value, dt.datetime):
            return f"{value:%d.%m.%Y %H.%M}"
        if isinstance(value, dt.date):
            return f"{value:%d.%m.%Y}"
        return str(value).replace("\n", "; ")

    def group(self, key: Key) -> tuple[str | None, str | None]:
        """The area and goal a change is shown under in the review."""
        table, _ = key
        row = self.row(key)
        if row is None:
            return None, None
        if table == "area":
            return self.label(key), None
        if table == "goal":
            return self.label(("area", row["area_id"])), self.label(key)
        parent = {"goal_action": ("goal", "goal_id"), "indicator_value": ("indicator", "indicator_id"),
                  "action_status": ("action", "action_id"), "responsibility": ("action", "action_id"),
                  "responsibility_person": ("responsibility", "responsibility_id"),
                  "goal_legal_reference": ("goal", "goal_id")}.get(table)
        if table == "indicator":
            parent = ("goal", "goal_id") if row.get("goal_id") else ("action", "action_id")
        if table == "action":
            if self._first_link is None:
                self._first_link = {}
                for side in (self.theirs, self.mine):
                    for k, r in sorted(side.rows.items(), key=lambda item: repr(item[1].get("position"))):
                        if k[0] == "goal_action":
                            self._first_link.setdefault(r["action_id"], k)
            link = self._first_link.get(row["id"])
            return self.group(link) if link else (None, None)
        if parent and row.get(parent[1]):
            return self.group((parent[0], row[parent[1]]))
        return None, None


def _short(text: Any, limit: int = 60) -> str:
    text = "" if text is None else str(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _when(h: dict | None) -> str:
    if not h or h.get("at") is None:
        return ""
    at = h["at"].replace(tzinfo=dt.UTC).astimezone()
    return f"{h['user']} {at:%d.%m.%Y klo %H.%M}"


# -- applying --------------------------------------------------------------------------------------

def apply(review: MergeReview, accepted: Iterable[str], ops: Operations) -> ApplyResult:
    """Make the accepted changes in one transaction, then record the other copy's history rows.

    A change that cannot be made (it needs an item that is not here, or the rules refuse it)
    is left out with the reason; the rest go in. When the file itself fails (a full disk, an
    I/O error) nothing is saved and :class:`WorkbookFileError` says why in one line.
    """
    accepted = set(accepted)
    result = ApplyResult()
    session = ops.session
    source, ops.source = ops.source, review.path.name
    try:
        with ops.transaction():
            wb = session.scalar(select(Workbook))
            if wb is None or wb.id != review.workbook_id:
                raise MergeError("Vertailu on tehty toiselle työkirjalle; tee se uudelleen.")
            first = session.scalar(select(func.max(History.id))) or 0
            # The other copy's versions first: a meeting it brings may be tied to one of them.
            versions = bring_versions(ops, review.versions, review.path.stem)
            chosen = [c for c in review.changes if c.id in accepted]
            brought: list[str] = list(review.settled)
            for change in sorted(chosen, key=_apply_order):
                missing = [r for r in change.requires if r not in result.applied]
                if missing:
                    result.skipped.append((change.id, f"{change.description}: tarvitsee hylätyn "
                                                      "muutoksen"))
                    continue
                why = _apply_one(change, ops)
                if why:
                    result.skipped.append((change.id, f"{change.description}: {why}"))
                    continue
                result.applied.append(change.id)
                brought += change.uids
            made = session.scalar(select(func.max(History.id))) or 0
            _tidy_positions(ops, [c for c in chosen if c.id in result.applied])
            _bring_history(review, brought, ops, first, made, review.settled)
            place_versions(session, versions)
    except (DBAPIError, WorkbookFileError) as exc:  # rolled back: the file is as it was
        # The failure, not a failed savepoint rollback after SQLite already ended the
        # transaction (a full disk arrives as the DiskFullError the engine raised first).
        while isinstance(exc, DBAPIError) and isinstance(exc.__context__, (DBAPIError, WorkbookFileError)):
            exc = exc.__context__
        if isinstance(exc, WorkbookFileError):
            raise exc from None
        raise database_error(_file_of(session), exc) from None
    finally:
        ops.source = source
    return result


def _file_of(session: Session) -> Path:
    """The workbook file the session writes (for a message about it)."""
    try:
        rows = session.connection().exec_driver_sql("PRAGMA database_list").fetchall()
        session.rollback()
    except DBAPIError:
        return Path("?")
    return next((Path(file) for _seq, name, file in rows if name == "main" and file), Path("?"))


def _apply_order(change: MergeChange) -> tuple:
    rank = _RANK.get(change.entity, 99)
    if change.kind == ADDED:
        return (0, rank)
    if change.kind == EDITED:
        # a move after the other edits; a comment before the status that needs it
        return (1, rank, change.field == "position", change.field == "status")
    return (2, -rank)


def _apply_one(change: MergeChange, ops: Operations) -> str | None:
    """Make one change in a savepoint; the reason it could not be made, or None."""
    session = ops.session
    try:
        with session.begin_nested():
            _make(change, ops)
    except DomainError as exc:
        session.expire_all()
        return str(exc)
    except OperationalError:
        raise  # the file failed (full disk, I/O), not the rules: SQLite may have ended the
        # whole transaction, so carrying on would save the rest without it
    except (IntegrityError, SQLAlchemyError, ValueError, TypeError):
        # a row of the other file that this workbook's rules or columns do not take
        session.expire_all()
        return "ristiriidassa työkirjan sääntöjen kanssa"
    return None


def _get(session: Session, table: str, entity_id: str):
    cls = MODELS[table]
    key = entity_id.split("/") if len(key_of_cls(cls)) > 1 else entity_id
    return session.get(cls, tuple(key) if isinstance(key, list) else key)


def _make(change: MergeChange, ops: Operations) -> None:
    session = ops.session
    if change.kind == ADDED:
        for table, row in change.rows:
            if _get(session, table, entity_id_of_row(MODELS[table], row)) is None:
                _create(ops, MODELS[table], dict(row))
        return
    target = change.existing or (change.entity, change.record_id)
    obj = _get(session, *target)
    if change.kind == REMOVED:
        if obj is not None:  # may have gone with its parent already
            ops.delete(obj)
        for along in change.also:
            if _get(session, along.entity, along.record_id) is not None:
                _make(along, ops)
        return
    if obj is None:
        raise DomainError("kohdetta ei enää ole tässä työkirjassa")
    if change.existing is not None:
        ops.update(obj, **change.value)
    else:
        # An order number is set as such (no renumbering): both copies end up with the same
        # numbers; _tidy_positions then parts any two siblings that share one.
        if change.field == "position":
            _check_position(change.value)
        ops.edit(obj, change.field, change.value)
        for along in change.also:  # the rest of a reorder
            _make(along, ops)


def _check_position(value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DomainError(f"virheellinen järjestysnumero {value!r}")


def _create(ops: Operations, cls: type[Base], row: dict[str, Any]) -> None:
    for table, value in _references(cls, row):
        if value is not None and ops.session.get(MODELS[table], value) is None:
            raise DomainError("se viittaa kohteeseen, jota ei ole tässä työkirjassa")
    position = row.pop("position", None)
    if position is not None:
        _check_position(position)
    obj = ops.link(cls, **row) if cls in LINK_MODELS else ops.create(cls, **row)
    if position is not None:
        ops.edit(obj, "position", position)


def _tidy_positions(ops: Operations, changes: list[MergeChange]) -> None:
    """Give siblings that share an order number (both copies added one at the end) their own.

    Siblings are taken in (position, key) order and a number not above the previous one is
    raised past it: the same result whichever copy is merged into which.
    """
    session = ops.session
    session.flush()
    groups: set[tuple[type[Base], tuple]] = set()
    for change in changes:
        rows = change.rows if change.kind == ADDED else []
        if change.kind == EDITED and change.field == "position":
            obj = _get(session, change.entity, change.record_id)
            rows = [(change.entity, row_of(obj))] if obj is not None else []
        for table, row in rows:
            cls = MODELS[table]
            if cls in SIBLING_SCOPE:
                groups.add((cls, tuple(row.get(name) for name in SIBLING_SCOPE[cls])))
    for cls, scope in sorted(groups, key=lambda g: (_RANK[g[0].__tablename__], repr(g[1]))):
        stmt = select(cls)
        for name, value in zip(SIBLING_SCOPE[cls], scope):
            column = getattr(cls, name)
            stmt = stmt.where(column.is_(None) if value is None else column == value)
        keys = key_of_cls(cls)
        siblings = sorted(session.scalars(stmt),
                          key=lambda o: (o.position, *[getattr(o, k) for k in keys]))
        previous = None
        for sibling in siblings:
            if previous is not None and sibling.position <= previous:
                ops.edit(sibling, "position", previous + 1)
            previous = sibling.position


def _bring_history(review: MergeReview, uids: list[str], ops: Operations, first: int, last: int,
                   settled: Iterable[str] = ()) -> None:
    """Record the other copy's rows for what came over, in place of the operations' own rows."""
    session = ops.session
    session.flush()
    present = set(session.scalars(select(History.uid).where(History.uid.in_(uids))))
    rows = sorted((review.history[u] for u in set(uids) if u in review.history and u not in present),
                  key=lambda h: h["id"])
    settled = set(settled)
    covered = {(h["entity"], h["entity_id"], None if h["op"] in _APPEAR + _VANISH else h["field"])
               for h in rows if h["uid"] not in settled}
    replaced = [h.id for h in session.scalars(select(History).where(History.id > first,
                                                                    History.id <= last))
                if (h.entity, h.entity_id, None if h.op in _APPEAR + _VANISH else h.field) in covered]
    if replaced:
        session.execute(sql_delete(History).where(History.id.in_(replaced)))
    for h in rows:
        copy = {k: v for k, v in h.items() if k != "id"}
        copy["source"] = copy.get("source") or review.path.name
        session.add(History(**copy))
    session.flush()
