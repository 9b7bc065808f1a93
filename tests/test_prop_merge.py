"""Merging, generated (issue 19): three copies of one workbook, random edits in each, merged.

Three copies of the demo workbook file (copied as with cp) are each changed by their own user
through the operations: fields edited, goals reordered, goals and indicators deleted, and yearly
indicator values and action statuses set, also for the same natural key (indicator, year) in
several copies, where each copy's row has its own id. Then the copies are merged with
sync/merge.py in a random order and direction. Properties:

* an edit made in one copy only (to an item no other copy touched) arrives in every copy it is
  merged into, and every field both copies changed to different values is a conflict whose two
  values are shown (conflicts declined here: the field keeps this copy's value);
* merging the same file again finds nothing to bring;
* after every copy has merged every other twice, accepting in a conflict the value of the copy
  later in the order A < B < C (the same side everywhere), all three hold the same content.
"""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from prop_helpers import budget, content, fresh_copy, numbers, progress, rule_problems, texts
from yhteistyo_desktop.domain.models import Action, Goal, Indicator
from yhteistyo_desktop.domain.operations import DomainError
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.sync import apply, compare_files

USERS = {"A": "Aino Ahonen", "B": "Bertta Berg", "C": "Cecilia Carlsson"}
FIELDS = {Goal: ("title", "notes", "resources"), Action: ("title", "schedule", "notes"),
          Indicator: ("unit", "target_value")}

edits = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(sorted(FIELDS, key=lambda c: c.__name__)),
              st.integers(0, 40), st.integers(0, 2), texts),
    st.tuples(st.just("move"), st.integers(0, 40), st.integers(0, 5)),
    st.tuples(st.just("delete"), st.sampled_from([Goal, Indicator]), st.integers(0, 40)),
    st.tuples(st.just("value"), st.integers(0, 3), st.integers(2025, 2027), numbers),
    st.tuples(st.just("status"), st.integers(0, 3), st.integers(2025, 2027),
              st.sampled_from(["ei_aloitettu", "kaynnissa", "valmis"])),
), max_size=6)


def _pick(session, cls, i):
    ids = sorted(session.scalars(select(cls.id)))
    return session.get(cls, ids[i % len(ids)]) if ids else None


def make_edits(path: Path, user: str, plan) -> dict[tuple[str, str, str], object]:
    """Make ``plan``'s edits in the copy at ``path``; returns what was set: (table, id, field)
    -> value for field edits, ("deleted", table, id) -> None for deletions."""
    done: dict = {}
    with open_workbook(path, user) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        for step in plan:
            try:
                if step[0] == "edit":
                    _, cls, i, which, value = step
                    obj = _pick(session, cls, i)
                    name = FIELDS[cls][which % len(FIELDS[cls])]
                    if obj is not None and ops.edit(obj, name, value):
                        done[(cls.__tablename__, obj.id, name)] = getattr(obj, name)
                elif step[0] == "move":
                    obj = _pick(session, Goal, step[1])
                    if obj is not None:
                        ops.move(obj, step[2])
                        done[("moved", "goal", obj.area_id)] = None
                elif step[0] == "delete":
                    obj = _pick(session, step[1], step[2])
                    if obj is not None:
                        done[("deleted", step[1].__tablename__, obj.id)] = None
                        ops.delete(obj)
                elif step[0] == "value":
                    ind = _pick(session, Indicator, step[1])
                    if ind is not None:
                        ops.set_indicator_value(ind, step[2], number=step[3])
                        done[("value", ind.id, step[2])] = step[3]
                else:
                    act = _pick(session, Action, step[1])
                    if act is not None:
                        ops.set_action_status(act, step[2], step[3])
                        done[("status", act.id, step[2])] = step[3]
            except DomainError:
                pass
    return done


def merge(path: Path, other: Path, user: str, accept_conflicts: bool):
    with open_workbook(path, user) as wbfile:
        review = compare_files(wbfile, other)
        with wbfile.session() as session:
            accepted = [c.id for c in review.changes
                        if not getattr(c, "question", False) and (accept_conflicts or not c.conflict)]
            apply(review, accepted, wbfile.operations(session))
    return review


def _value(path: Path, table: str, ident: str, name: str):
    with open_workbook(path, "lukija", readonly=True) as wbfile, wbfile.session() as session:
        cls = {"goal": Goal, "action": Action, "indicator": Indicator}[table]
        obj = session.get(cls, ident)
        return None if obj is None else getattr(obj, name)


def _touched(done: dict) -> set[tuple[str, str]]:
    """(table, id) of every item an edit set touched (field edits and deletions)."""
    found = set()
    for key in done:
        if key[0] == "deleted":
            found.add((key[1], key[2]))
        elif key[0] not in ("moved", "value", "status"):
            found.add((key[0], key[1]))
    return found


#: Rows two copies may each add under their own id for one natural key (sync/merge.py matches
#: them by that key); their first column is the id.
NATURAL_KEY_TABLES = ("action_status", "indicator_value")


def content_as_seen(path: Path) -> dict[str, list]:
    """``content`` with the ids of natural-key rows left out (see the xfail test below)."""
    found = content(path)
    for table in NATURAL_KEY_TABLES:
        found[table] = sorted((row[1:] for row in found[table]), key=repr)
    return found


def test_three_copies_merged_in_any_order_lose_nothing_and_converge(_demo_master, tmp_path):
    @budget(10)
    @given(plans=st.fixed_dictionaries({name: edits for name in USERS}),
           order=st.permutations(list(itertools.permutations(USERS, 2))))
    def check(plans, order):
        paths = {name: fresh_copy(_demo_master, tmp_path / name) for name in USERS}
        done = {name: make_edits(paths[name], USERS[name], plans[name]) for name in USERS}
        touched = {name: _touched(done[name]) for name in USERS}
        deleted = set().union(*({(k[1], k[2]) for k in d if k[0] == "deleted"} for d in done.values()))

        # the first merge of each pair: one-sided edits arrive, two-sided ones are conflicts
        me, other = order[0]
        review = merge(paths[me], paths[other], USERS[me], accept_conflicts=False)
        conflicts = {(c.entity, c.record_id, c.field): c for c in review.conflicts}
        for key, value in done[other].items():
            if key[0] in ("deleted", "moved", "value", "status") or (key[0], key[1]) in deleted:
                continue
            table, ident, name = key
            others_touching = [n for n in USERS if n != other and (table, ident) in touched[n]]
            if not others_touching:
                assert _value(paths[me], table, ident, name) == value, f"one-sided edit {key} lost"
            elif (table, ident) in touched[me] and key in done[me] and done[me][key] != value:
                assert key in conflicts, f"two-sided edit {key} not a conflict"
                shown = conflicts[key]
                assert str(value) in str(shown.new) and str(done[me][key]) in str(shown.old)
                assert _value(paths[me], table, ident, name) == done[me][key], "declined taken"
        assert rule_problems(paths[me]) == []

        # merging the same file again brings nothing
        before = content(paths[me])
        again = merge(paths[me], paths[other], USERS[me], accept_conflicts=False)
        assert [c for c in again.changes if not c.conflict] == []
        assert content(paths[me]) == before

        # everyone merges everyone, twice, accepting the later copy's side in a conflict
        for _round in range(2):
            for me, other in order:
                merge(paths[me], paths[other], USERS[me], accept_conflicts=other > me)
        contents = {name: content_as_seen(paths[name]) for name in USERS}
        assert contents["A"] == contents["B"] == contents["C"]
        for name in USERS:
            assert rule_problems(paths[name]) == []
        progress("merge")

    check()


def _converge(tmp_path: Path, master: Path, plans: dict) -> dict[str, Path]:
    paths = {name: fresh_copy(master, tmp_path / name) for name in USERS}
    for name in USERS:
        make_edits(paths[name], USERS[name], plans[name])
    for _round in range(2):
        for me, other in itertools.permutations(USERS, 2):
            merge(paths[me], paths[other], USERS[me], accept_conflicts=other > me)
    return paths


@pytest.mark.xfail(strict=True, reason="found by the merge campaign, reported to the lead: when two "
                   "copies set the same action's status for the same year (each under its own id) "
                   "and a third merges both, the copies end with the same values but different ids "
                   "for that status row; merges still match them by (action, year)")
def test_a_status_set_in_two_copies_has_one_id_everywhere_after_merging(_demo_master, tmp_path):
    plans = {"A": [], "B": [("move", 0, 0), ("move", 15, 0), ("move", 0, 0),
                            ("status", 2, 2027, "kaynnissa")],
             "C": [("move", 9, 4), ("status", 0, 2026, "kaynnissa"), ("move", 2, 4),
                   ("status", 2, 2027, "kaynnissa")]}
    paths = _converge(tmp_path, _demo_master, plans)
    contents = {name: content(paths[name]) for name in USERS}
    assert contents["A"]["action_status"] == contents["B"]["action_status"] == contents["C"]["action_status"]
    assert content_as_seen(paths["A"]) == content_as_seen(paths["B"]) == content_as_seen(paths["C"])
