"""Editing, undo and history, generated (issue 19): random sequences of the GUI's own commands.

Undo and redo live only in the Qt undo commands (ui/commands.py on a QUndoStack; the domain
itself has delete/restore but no undo stack), so the machine drives those, through
:class:`WorkbookDocument.run` as the window does, on a real copy of the demo workbook: create
goals and actions, edit fields, link and unlink goals and actions, move goals (also to another
area), delete (undo restores), set yearly indicator values and action statuses, each followed at
random by undo or redo. After every step: the workbook's rules and SQLite's foreign keys hold,
every row that changed has its history row, no undo or redo failed. At the end: undoing
everything gives exactly the starting content, redoing everything exactly the end content.
"""
from __future__ import annotations

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import func, select, text

from conftest import USER
from prop_helpers import budget, fresh_copy, numbers, texts
from yhteistyo_desktop.domain import vocab
from yhteistyo_desktop.domain.invariants import problems
from yhteistyo_desktop.domain.models import (
    Action, Area, Goal, GoalAction, History, Indicator, Party,
)
from yhteistyo_desktop.domain.operations import (
    SIBLING_SCOPE, TABLE_ORDER, DomainError, entity_id_of, row_of,
)
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.ui import commands
from yhteistyo_desktop.ui.commands import (
    ActionStatusCommand, CreateCommand, DeleteCommand, EditCommand, IndicatorValueCommand,
    LinkCommand, MoveCommand,
)
from yhteistyo_desktop.ui.document import WorkbookDocument

EDITABLE = {Goal: ("title", "description", "notes", "resources"), Action: ("title", "schedule", "notes"),
            Area: ("notes", "preparers"), Party: ("name", "short_name", "city"),
            Indicator: ("title", "unit", "target_year")}
indexes = st.integers(0, 10_000)


def snapshot(session) -> dict[tuple[str, str], dict]:
    """Every record by (table, id), as the operations see them."""
    session.expire_all()
    return {(cls.__tablename__, entity_id_of(obj)): row_of(obj)
            for cls in TABLE_ORDER for obj in session.scalars(select(cls))}


#: Yearly entries are one per natural key; undo and redo may store one under a new id.
NATURAL = {"action_status": ("action_id", "year"), "indicator_value": ("indicator_id", "party_id", "year")}


def as_seen(snap: dict) -> dict:
    """``snap`` as a user sees it: positions as the order among siblings (a delete leaves a gap
    in the numbers that undo does not always close, see the xfail test), yearly entries by their
    natural key instead of their id."""
    scopes = {cls.__tablename__: scope for cls, scope in SIBLING_SCOPE.items()}
    seen, ranked = {}, {}
    for (table, ident), row in snap.items():
        row = dict(row)
        if table in NATURAL:
            row.pop("id")
            ident = tuple(row[n] for n in NATURAL[table])
        seen[(table, ident)] = row
        if table in scopes and "position" in row:
            ranked.setdefault((table, tuple(row[n] for n in scopes[table])), []).append((table, ident))
    for members in ranked.values():
        members.sort(key=lambda k: (seen[k]["position"], repr(k)))
        for rank, key in enumerate(members):
            seen[key]["position"] = rank
    return seen


def differences(a: dict, b: dict) -> list:
    """What differs between two snapshots, field by field (for a readable failure)."""
    found = []
    for key in sorted(a.keys() | b.keys()):
        if a.get(key) is None or b.get(key) is None:
            found.append((key, "only in one", a.get(key) or b.get(key)))
        else:
            found += [(key, n, a[key][n], b[key][n]) for n in a[key] if a[key][n] != b[key][n]]
    return found


def make_machine(master, folder):
    class Editing(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.wbfile = open_workbook(fresh_copy(master, folder), USER)
            self.doc = WorkbookDocument(self.wbfile)
            self.failures: list[str] = []
            self.doc.failed.connect(self.failures.append)
            self.start = snapshot(self.doc.session)
            self.before = self.start
            self.last_history = self._max_history()

        # -- helpers -----------------------------------------------------------------------
        def _max_history(self) -> int:
            return self.doc.session.scalar(select(func.max(History.id))) or 0

        def pick(self, cls, index):
            # in insertion order: uuids would make a replayed example pick other records
            ids = list(self.doc.session.scalars(select(cls.id).order_by(text("rowid"))))
            return self.doc.get(cls, ids[index % len(ids)]) if ids else None

        def run(self, command) -> None:
            try:
                self.doc.run(command)
            except DomainError:
                pass  # refused: nothing changed, nothing pushed (the invariants check it)

        # -- rules -------------------------------------------------------------------------
        @rule(cls=st.sampled_from(sorted(EDITABLE, key=lambda c: c.__name__)), i=indexes,
              which=indexes, value=st.one_of(texts, st.just(""), st.integers(2020, 2035).map(str)))
        def edit(self, cls, i, which, value):
            record = self.pick(cls, i)
            if record is not None:
                name = EDITABLE[cls][which % len(EDITABLE[cls])]
                self.run(EditCommand(self.doc, record, name, value, "muokkaa"))

        @rule(i=indexes, layer=st.sampled_from(sorted(vocab.GOAL_LAYERS)), title=texts)
        def create_goal(self, i, layer, title):
            # At the end of the area, as the window creates goals (a create at a position, which
            # no window does, leaves a gap when undone: see the xfail test below).
            area = self.pick(Area, i)
            if area is None:
                return  # every area deleted
            self.run(CreateCommand(self.doc, lambda ops: ops.create(
                Goal, area_id=area.id, layer=layer, title=title), "uusi tavoite"))

        @rule(i=indexes, title=texts)
        def create_action(self, i, title):
            goal = self.pick(Goal, i)
            if goal is not None:
                self.run(CreateCommand(self.doc, lambda ops: ops.add_action([goal], title=title),
                                       "uusi toimenpide"))

        @rule(i=indexes, j=indexes, linked=st.booleans())
        def link_or_unlink(self, i, j, linked):
            goal, action = self.pick(Goal, i), self.pick(Action, j)
            if goal is not None and action is not None:
                self.run(LinkCommand(self.doc, GoalAction, {"goal_id": goal.id, "action_id": action.id},
                                     linked, "linkki"))

        @rule(i=indexes, to=st.integers(0, 8), area=st.none() | indexes)
        def move_goal(self, i, to, area):
            goal = self.pick(Goal, i)
            if goal is None:
                return
            target = None if area is None else self.pick(Area, area)
            scope = {} if target is None else {"area_id": target.id}
            self.run(MoveCommand(self.doc, goal, to, "siirrä", **scope))

        @rule(cls=st.sampled_from([Goal, Action, Indicator, Party, Area]), i=indexes)
        def delete(self, cls, i):
            record = self.pick(cls, i)
            if record is not None:
                self.run(DeleteCommand(self.doc, record, "poista"))

        @rule(i=indexes, year=st.integers(2025, 2029),
              value=st.none() | st.tuples(numbers, st.none(), st.none() | texts))
        def indicator_value(self, i, year, value):
            indicator = self.pick(Indicator, i)
            if indicator is not None:
                self.run(IndicatorValueCommand(self.doc, indicator, None, year, value, "arvo"))

        @rule(i=indexes, year=st.integers(2025, 2029),
              value=st.none() | st.tuples(st.sampled_from(sorted(vocab.ACTION_STATUSES)),
                                          st.none() | texts))
        def status(self, i, year, value):
            action = self.pick(Action, i)
            if action is not None:
                self.run(ActionStatusCommand(self.doc, action, year, value, "tila"))

        @precondition(lambda self: self.doc.undo_stack.canUndo())
        @rule()
        def undo(self):
            self.doc.undo_stack.undo()

        @precondition(lambda self: self.doc.undo_stack.canRedo())
        @rule()
        def redo(self):
            self.doc.undo_stack.redo()

        # -- invariants ----------------------------------------------------------------------
        @invariant()
        def rules_hold_and_every_change_has_its_history_row(self):
            assert self.failures == []
            session = self.doc.session
            assert problems(session) == []
            assert session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            now = snapshot(session)
            rows = session.execute(select(History.entity, History.entity_id, History.field)
                                   .where(History.id > self.last_history)).all()
            recorded = {(e, i, f) for e, i, f in rows} | {(e, i, None) for e, i, _ in rows}
            for key in self.before.keys() | now.keys():
                old, new = self.before.get(key), now.get(key)
                if old is None or new is None:
                    assert (*key, None) in recorded, f"{key} created or deleted without history"
                else:
                    for name in old:
                        if old[name] != new[name]:
                            assert (*key, name) in recorded, f"{key}.{name} changed without history"
            self.before = now
            self.last_history = self._max_history()

        def teardown(self):
            try:
                stack = self.doc.undo_stack
                stack.setIndex(stack.count())  # what was undone last is redone too
                assert self.failures == []
                end = snapshot(self.doc.session)
                stack.setIndex(0)
                assert self.failures == []
                assert differences(as_seen(snapshot(self.doc.session)), as_seen(self.start)) == [], \
                    "undoing everything"
                stack.setIndex(stack.count())
                assert self.failures == []
                assert differences(as_seen(snapshot(self.doc.session)), as_seen(end)) == [], \
                    "redoing everything"
            finally:
                self.doc.close()
                self.wbfile.close()

    return Editing


def test_random_edits_with_undo_and_redo_keep_rules_history_and_round_trip(qapp, _demo_master, tmp_path,
                                                                           monkeypatch):
    # Consecutive edits of one field merge into one undo step when close in time; always merging
    # them keeps that path tested and a replayed example the same however fast it runs.
    monkeypatch.setattr(commands, "MERGE_WINDOW", float("inf"))
    run_state_machine_as_test(make_machine(_demo_master, tmp_path / "wb"),
                              settings=budget(12, stateful_step_count=25))


@pytest.mark.xfail(strict=True, reason="found by the machine above: undoing a create made at a "
                   "position (Operations.create(position=...)) deletes it but leaves the siblings "
                   "it pushed down one place lower (a gap), so undo does not give the starting "
                   "positions back; the order shown is the same. No window creates at a position.")
def test_undoing_a_goal_created_first_in_its_area_gives_the_old_positions_back(qapp, demo_file):
    doc = WorkbookDocument(demo_file)
    area = doc.session.scalars(select(Area).where(Area.goals.any())).first()

    def positions():
        doc.session.expire_all()
        return [(g.id, g.position) for g in doc.session.scalars(
            select(Goal).where(Goal.area_id == area.id).order_by(Goal.position))]

    before = positions()
    doc.run(CreateCommand(doc, lambda ops: ops.create(
        Goal, area_id=area.id, layer="painopiste", title="Uusi", position=0), "uusi tavoite"))
    doc.undo_stack.undo()
    assert positions() == before
    doc.close()


def test_undoing_a_delete_after_a_move_gives_the_old_order_back(qapp, demo_file):
    """Found by the machine above: delete the first goal of an area, move the last goal first,
    undo both. The goal put back took its old position number, which the undone move had since
    given to another goal: two goals on one place, and the area's order not the starting one."""
    doc = WorkbookDocument(demo_file)
    area = doc.session.scalars(select(Area).where(Area.goals.any())).first()

    def order():
        doc.session.expire_all()
        return [g.id for g in doc.session.scalars(
            select(Goal).where(Goal.area_id == area.id).order_by(Goal.position, Goal.id))]

    before = order()
    assert len(before) >= 3
    doc.run(DeleteCommand(doc, doc.get(Goal, before[0]), "poista"))
    doc.run(MoveCommand(doc, doc.get(Goal, before[-1]), 0, "siirrä"))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert order() == before
    assert problems(doc.session) == []
    doc.close()
