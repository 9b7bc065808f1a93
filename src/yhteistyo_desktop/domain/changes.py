"""What changed in a workbook between two moments (or between two files), from the history. No Qt.

The workbook at a moment is rebuilt record by record from the history rows
(see :func:`state_at`), and two such states are compared field by field. Comparing
states rather than listing history rows is what the working group asks for:

* an item changed and changed back (an edit undone) compares equal and is left out;
* a field edited many times shows once, as its value then and its value now;
* an item added and removed again in between never appears.

Who changed an item and when comes from the last history row that touched it (per
field) in between. Position numbers are not compared: deleting one goal renumbers all the
goals after it, which is not a change anyone made to them. What is reported is a *move*
(:class:`Move`): an item put under another parent (a goal to another area, an indicator to
another goal), or an item whose order among the siblings present at both moments changed.
Of a reordered list only the fewest items that explain the new order are reported (those
outside the longest run kept in order), so moving one goal to the top reports that goal,
not every goal it passed.

The report is grouped by area and goal in workbook order (an action under the first goal
it serves, an indicator under its goal or its action's goal, and so on); what was added or
removed along with an item (a removed goal's indicators) is listed with it. Records outside
the area–goal tree (parties, persons, meetings, legal references) come last. Turning the
result into words is the handout's job (:mod:`..handouts.changes_doc`).
"""
from __future__ import annotations

import bisect
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import History, Version
from .numbering import layer_rank, numbers_in_order
from .operations import SIBLING_SCOPE, TABLE_ORDER, encode, entity_id_of, row_of
from .versions import NOW, Moment

Key = tuple[str, str]  # (table, entity id as History.entity_id writes it)
State = dict[Key, dict[str, Any]]

ADDED, EDITED, REMOVED, MOVED = "added", "edited", "removed", "moved"
_APPEAR, _VANISH = ("create", "link"), ("delete", "unlink")
_TABLES = {cls.__tablename__ for cls in TABLE_ORDER}
_RANK = {cls.__tablename__: i for i, cls in enumerate(TABLE_ORDER)}
#: The columns whose values together name a record's list of siblings, by table.
_SCOPES = {cls.__tablename__: scope for cls, scope in SIBLING_SCOPE.items()}
#: The table each of those columns refers to (a move's parent: "from goal 1.2 to goal 1.3").
_SCOPE_TARGETS = {(cls.__tablename__, column.key): next(iter(column.foreign_keys)).column.table.name
                  for cls, scope in SIBLING_SCOPE.items() for column in cls.__table__.columns
                  if column.key in scope}
#: Fields never reported: positions (see the module docstring) and the keys of a record.
_QUIET = {"position", "id", "created_at"}
#: The record an item belongs under, by the column that points at it (first present wins).
PARENT: dict[str, tuple[tuple[str, str], ...]] = {
    "goal": (("area_id", "area"),),
    "indicator": (("goal_id", "goal"), ("action_id", "action")),
    "responsibility": (("action_id", "action"),),
    "action_status": (("action_id", "action"),),
    "indicator_value": (("indicator_id", "indicator"),),
    "responsibility_person": (("responsibility_id", "responsibility"),),
    "goal_action": (("action_id", "action"), ("goal_id", "goal")),
    "goal_legal_reference": (("goal_id", "goal"),),
    "membership": (("person_id", "person"),),
    "meeting_participant": (("meeting_id", "meeting"),),
    "agenda_item": (("meeting_id", "meeting"),),
    "agenda_link": (("agenda_item_id", "agenda_item"),),
}


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A record's values as the history stores them (dates as ISO text)."""
    return {k: json.loads(v) if v is not None else None for k, v in
            ((k, encode(v)) for k, v in row.items())}


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def current_state(session: Session) -> State:
    """Every record of the workbook as it is now."""
    state: State = {}
    for cls in TABLE_ORDER:
        for obj in session.scalars(select(cls)):
            state[(cls.__tablename__, entity_id_of(obj))] = _plain(row_of(obj))
    return state


def _history(session: Session) -> dict[Key, list[dict[str, Any]]]:
    rows: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for h in session.scalars(select(History).where(History.entity.in_(_TABLES))
                             .order_by(History.id)):
        rows[(h.entity, h.entity_id)].append(row_of(h))
    return rows


def _at(rows: list[dict[str, Any]], now: dict[str, Any] | None,
        moment: Moment) -> dict[str, Any] | None:
    """One record at ``moment`` from its history ``rows`` (in file order) and its row ``now``.

    A field's value is the new value of its last change recorded by then, else the old value of
    its first change after; whether the record existed, likewise. Taking the nearest row on
    either side (not undoing every later row in turn) keeps this right after a merge, whose
    rows came over from the other copy with their own old values.
    """
    before = [h for h in rows if moment.includes(h)]
    after = [h for h in rows if not moment.includes(h)]
    born = next((h for h in reversed(before) if h["op"] in _APPEAR + _VANISH), None)
    if born is not None:
        if born["op"] in _VANISH:
            return None
        state = dict(_decode(born["new_value"]) or {})
        updates = [h for h in before if h["id"] > born["id"] and h["op"] == "update"]
    else:
        later = next((h for h in after if h["op"] in _APPEAR + _VANISH), None)
        if later is not None and later["op"] in _APPEAR:
            return None
        base = _decode(later["old_value"]) if later is not None else now
        if base is None:
            return None
        state = dict(base)
        for h in reversed([h for h in after if h["op"] == "update"
                           and (later is None or h["id"] < later["id"])]):
            state[h["field"]] = _decode(h["old_value"])
        updates = [h for h in before if h["op"] == "update"]
    for h in updates:
        state[h["field"]] = _decode(h["new_value"])
    return state


def state_at(session: Session, moment: Moment, history=None, now: State | None = None) -> State:
    """Every record of the workbook as it was at ``moment``."""
    now = current_state(session) if now is None else now
    if moment.is_now:
        return now
    history = _history(session) if history is None else history
    state: State = {}
    for key in set(now) | set(history):
        row = _at(history.get(key, []), now.get(key), moment)
        if row is not None:
            state[key] = row
    return state


@dataclass
class FieldChange:
    field: str
    old: Any
    new: Any
    who: str | None = None
    at: Any = None  # dt.datetime (UTC) of the last change, None when unknown (two files)


@dataclass
class Move:
    """An item put elsewhere: under another parent (``old_parent`` != ``new_parent``, keys of
    the records it belongs under), or to another place among the same siblings. ``old_place``
    and ``new_place`` are its place at each moment as people read it: a goal's number ("1.2"),
    else its ordinal among its siblings ("3"); a parent goal's numbers are in ``parent_numbers``.
    """

    old_parent: Key | None
    new_parent: Key | None
    old_place: str
    new_place: str
    parent_numbers: tuple[str | None, str | None] = (None, None)

    @property
    def to_other_parent(self) -> bool:
        return self.old_parent != self.new_parent


@dataclass
class ItemChange:
    kind: str  # ADDED, EDITED, REMOVED or MOVED (moved and nothing else changed)
    table: str
    entity_id: str
    row: dict[str, Any]  # the record now (removed: as it was)
    fields: list[FieldChange] = field(default_factory=list)
    along: list[ItemChange] = field(default_factory=list)
    who: str | None = None
    at: Any = None
    move: Move | None = None


@dataclass
class Group:
    """The changes under one area and goal (both None: the workbook itself; ``other``: the
    records outside the area–goal tree)."""

    area: dict[str, Any] | None
    goal: dict[str, Any] | None
    items: list[ItemChange]
    other: bool = False


@dataclass
class ChangeReport:
    since: str
    until: str
    groups: list[Group]
    #: Records by key in either state (the later one first), to name what a value refers to.
    rows: State

    def count(self, kind: str) -> int:
        return sum(1 for g in self.groups for i in g.items if i.kind == kind)

    @property
    def empty(self) -> bool:
        return not self.groups


def compare_states(old: State, new: State, since: str, until: str,
                   window: list[dict[str, Any]] | None = None) -> ChangeReport:
    """The report of what differs between ``old`` and ``new``; ``window`` are the history rows
    recorded in between (who and when), in file order."""
    last: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for h in window or ():
        last[(h["entity"], h["entity_id"], h["field"] if h["op"] == "update" else None)] = h
    changes: dict[Key, ItemChange] = {}
    moves = _moves(old, new)
    for key in set(old) | set(new):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if a is None or b is None:
            item = ItemChange(ADDED if a is None else REMOVED, key[0], key[1], b or a)
            touch = last.get((*key, None))
        else:
            move = moves.get(key)
            scope = _SCOPES.get(key[0], ()) if move is not None else ()
            fields = [FieldChange(name, a.get(name), b.get(name)) for name in b
                      if name not in _QUIET and name not in scope and a.get(name) != b.get(name)]
            if not fields and move is None:
                continue
            for f in fields:
                h = last.get((*key, f.field))
                f.who, f.at = (h["user"], h["at"]) if h else (None, None)
            item = ItemChange(EDITED if fields else MOVED, key[0], key[1], b, fields, move=move)
            moved_by = [last[(*key, name)] for name in (*scope, "position") if move is not None
                        and (*key, name) in last]
            touch = max([last[(*key, f.field)] for f in fields if (*key, f.field) in last]
                        + moved_by, key=lambda h: h["id"], default=None)
        item.who, item.at = (touch["user"], touch["at"]) if touch else (None, None)
        changes[key] = item
    rows = {**old, **new}
    _fold_along(changes, rows)
    return ChangeReport(since, until, _group(changes, rows), rows)


def _order(table: str, row: dict[str, Any]) -> tuple:
    """A record's place among its siblings: goals in numbering order, the rest by position."""
    first = layer_rank(row.get("layer")) if table == "goal" else 0
    return first, row.get("position") or 0, str(row.get("id") or "")


def _goal_numbers(state: State) -> dict[str, str]:
    """Goal id -> its number ("1.2") in ``state`` (see :mod:`.numbering`)."""
    areas = sorted((row for (table, _), row in state.items() if table == "area"),
                   key=lambda row: _order("area", row))
    goals = sorted((row for (table, _), row in state.items() if table == "goal"),
                   key=lambda row: _order("goal", row))
    return numbers_in_order([a["id"] for a in areas], ((g["id"], g["area_id"]) for g in goals))


def _kept_in_order(ranks: list[int]) -> set[int]:
    """Indexes of a longest increasing run of ``ranks`` (not necessarily contiguous).

    Of runs equally long, the one of the earliest items: two items that swapped places report
    the one that went up (the other only made room), as a user moving an item up expects.
    The run is found from the end, as a decreasing run of the ranks reversed.
    """
    backwards = [-rank for rank in reversed(ranks)]
    tails: list[int] = []  # tails[n]: index ending the best run of length n + 1 found so far
    tail_ranks: list[int] = []
    before: list[int | None] = []
    for i, rank in enumerate(backwards):
        n = bisect.bisect_left(tail_ranks, rank)
        before.append(tails[n - 1] if n else None)
        if n == len(tails):
            tails.append(i)
            tail_ranks.append(rank)
        else:
            tails[n], tail_ranks[n] = i, rank
    kept, i = set(), tails[-1] if tails else None
    while i is not None:
        kept.add(len(ranks) - 1 - i)
        i = before[i]
    return kept


def _moves(old: State, new: State) -> dict[Key, Move]:
    """The items present at both moments that moved (see :class:`Move`)."""
    moves: dict[Key, Move] = {}
    numbers = (_goal_numbers(old), _goal_numbers(new))

    def by_table(state: State) -> dict[str, list[Key]]:
        tables: dict[str, list[Key]] = defaultdict(list)
        for key in state:
            if key[0] in _SCOPES:
                tables[key[0]].append(key)
        return tables

    old_keys, new_keys = by_table(old), by_table(new)

    def siblings(state: State, keys: list[Key], table: str) -> dict[tuple, list[Key]]:
        lists: dict[tuple, list[Key]] = defaultdict(list)
        for key in keys:
            lists[tuple(state[key].get(c) for c in _SCOPES[table])].append(key)
        for listed in lists.values():
            listed.sort(key=lambda k: _order(table, state[k]))
        return lists

    def place(state: State, lists: dict[tuple, list[Key]], key: Key, which: int) -> str:
        if key[0] == "goal":
            return numbers[which].get(key[1], "?")
        row = state[key]
        return str(lists[tuple(row.get(c) for c in _SCOPES[key[0]])].index(key) + 1)

    for table, scope in _SCOPES.items():
        before = siblings(old, old_keys.get(table, []), table)
        after = siblings(new, new_keys.get(table, []), table)
        for scope_values, keys in after.items():
            common = [k for k in before.get(scope_values, ()) if k in new and
                      tuple(new[k].get(c) for c in scope) == scope_values]
            in_both = set(common)
            rank = {k: i for i, k in enumerate(k for k in keys if k in in_both)}
            kept = _kept_in_order([rank[k] for k in common])
            moved = [k for i, k in enumerate(common) if i not in kept]
            for key in keys:
                if key in old and tuple(old[key].get(c) for c in scope) != scope_values:
                    moved.append(key)  # under another parent
            for key in moved:
                a, b = _scope_parent(table, old[key]), _scope_parent(table, new[key])
                moves[key] = Move(a, b, place(old, before, key, 0), place(new, after, key, 1),
                                  (numbers[0].get(a[1]) if a and a[0] == "goal" else None,
                                   numbers[1].get(b[1]) if b and b[0] == "goal" else None))
    return moves


def _scope_parent(table: str, row: dict[str, Any]) -> Key | None:
    """The record whose list of children ``row`` is in (None: a list of its own kind)."""
    for column in _SCOPES[table]:
        if row.get(column):
            return _SCOPE_TARGETS[(table, column)], row[column]
    return None


def _parent(table: str, row: dict[str, Any]) -> Key | None:
    for column, target in PARENT.get(table, ()):
        if row.get(column):
            return target, row[column]
    return None


def _fold_along(changes: dict[Key, ItemChange], rows: State) -> None:
    """An item added or removed along with the item it belongs under goes in its ``along``."""
    for key in sorted(changes, key=lambda k: -_RANK.get(k[0], 99)):
        item = changes[key]
        if item.kind in (EDITED, MOVED):  # only what was added or removed goes along
            continue
        for column, target in PARENT.get(key[0], ()):
            parent = changes.get((target, item.row.get(column)))
            if parent is not None and parent.kind == item.kind:
                parent.along[:0] = [item, *item.along]
                item.along = []
                del changes[key]
                break
    for item in changes.values():  # in workbook order, not in the order a set gave the keys
        item.along.sort(key=lambda a: (_RANK.get(a.table, 99), a.row.get("position") or 0, a.entity_id))


def _place(key: Key, rows: State, goals_of: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """(area id, goal id) an item is reported under."""
    seen = set()
    while key is not None and key not in seen:
        seen.add(key)
        table, row = key[0], rows.get(key)
        if row is None:
            return None, None
        if table == "area":
            return row["id"], None
        if table == "goal":
            return row.get("area_id"), row["id"]
        if table == "action":
            goals = goals_of.get(row["id"])
            key = ("goal", goals[0]) if goals else None
            continue
        if table == "goal_action" or table == "goal_legal_reference":
            key = ("goal", row.get("goal_id"))
            continue
        key = _parent(table, row)
    return None, None


def _group(changes: dict[Key, ItemChange], rows: State) -> list[Group]:
    goal_rank = {}
    for (table, eid), row in rows.items():
        if table == "goal":
            area = rows.get(("area", row.get("area_id")), {})
            goal_rank[eid] = (area.get("position") or 0, row.get("position") or 0, eid)
    # An action serving several goals is reported under the first of them in workbook order, a
    # removed goal last (a link's position orders actions within one goal, so it cannot choose among goals; and
    # ``rows`` comes out of a set, whose order changes from one run to the next).
    goals_of: dict[str, list[str]] = defaultdict(list)
    for (table, _), link in rows.items():
        if table == "goal_action":
            goals_of[link["action_id"]].append(link["goal_id"])
    removed = {eid for (table, eid), item in changes.items() if table == "goal" and item.kind == REMOVED}
    for goals in goals_of.values():  # a goal that is still there before one that was removed
        goals.sort(key=lambda goal_id: (goal_id in removed, goal_rank.get(goal_id, (float("inf"),))))
    by_place: dict[tuple, list[ItemChange]] = defaultdict(list)
    tree = {"workbook", "area", "goal", "action", "goal_action", "goal_legal_reference",
            "indicator", "indicator_value", "responsibility", "responsibility_person",
            "action_status"}
    for key, item in changes.items():
        if key[0] == "workbook":
            place = ("workbook",)
        elif key[0] in tree:
            area_id, goal_id = _place(key, rows, goals_of)
            place = ("tree", area_id, goal_id) if area_id or goal_id else ("other",)
        else:
            place = ("other",)
        by_place[place].append(item)

    def order(place: tuple) -> tuple:
        if place[0] == "workbook":
            return (0,)
        if place[0] == "other":
            return (2,)
        area = rows.get(("area", place[1]), {})
        return (1, area.get("position") or 0, goal_rank.get(place[2], (-1, -1))[1]
                if place[2] else -1)

    groups = []
    for place in sorted(by_place, key=order):
        items = sorted(by_place[place], key=lambda i: (_RANK.get(i.table, 99),
                                                       i.row.get("position") or 0, i.entity_id))
        if place[0] == "tree":
            groups.append(Group(rows.get(("area", place[1])), rows.get(("goal", place[2])), items))
        else:
            groups.append(Group(None, None, items, other=place[0] == "other"))
    return groups


def changes_between(session: Session, since: Moment, until: Moment = NOW) -> ChangeReport:
    """What changed in the workbook of ``session`` from ``since`` to ``until``."""
    now = current_state(session)
    history = _history(session)
    old = state_at(session, since, history, now)
    new = state_at(session, until, history, now)
    window = sorted((h for rows in history.values() for h in rows
                     if not since.includes(h) and until.includes(h)), key=lambda h: h["id"])
    return _naming_versions(compare_states(old, new, since.label, until.label, window), session)


def _naming_versions(report: ChangeReport, session: Session) -> ChangeReport:
    """Let the report name the versions a changed meeting refers to. Versions themselves are
    not compared: they are the moments a report is between, not a part of the plan."""
    for version in session.scalars(select(Version)):
        report.rows.setdefault(("version", version.id), _plain(row_of(version)))
    return report


def changes_between_files(old_session: Session, new_session: Session, old_name: str,
                          new_name: str) -> ChangeReport:
    """What differs between two copies of a workbook, matching records by their ids; who and
    when from the newer copy's history rows the older one lacks."""
    own = set(old_session.scalars(select(History.uid)))
    window = [row_of(h) for h in new_session.scalars(
        select(History).where(History.entity.in_(_TABLES)).order_by(History.id))
        if h.uid not in own]
    report = compare_states(current_state(old_session), current_state(new_session), old_name,
                            new_name, window)
    return _naming_versions(report, new_session)
