"""Merging two copies of one workbook file that members changed offline (issue 9).

Real files: the demo workbook copied as with ``cp``, each copy changed by its own user
through the operations, then one merged into the other.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select

from conftest import USER, table_rows
from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import (
    Action, ActionStatus, Area, Goal, GoalAction, History, Indicator, IndicatorValue, Party,
    Person, Responsibility, ResponsibilityPerson,
)
from yhteistyo_desktop.store.workbook_file import (
    WorkbookFileError, check_file, create_workbook, open_workbook,
)
from yhteistyo_desktop.sync import MergeError, MergeReview, apply, compare_files
from yhteistyo_desktop.xlsx.review import Review

AINO, BERTTA = "Aino Ahonen", "Bertta Berg"
FIRST_GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"
SECOND_GOAL = "Vahva kokemus turvallisesta asuinympäristöstä"
FIRST_SCHEMA = Path(__file__).parent / "data" / "first-schema.tyokirja"


@pytest.fixture
def copies(demo_path, tmp_path):
    """Aino's file and Bertta's copy of it (made with cp), neither open."""
    other = tmp_path / "bertta" / "demo.tyokirja"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    return demo_path, other


def change(path: Path, user: str, work) -> None:
    with open_workbook(path, user) as wbfile, wbfile.session() as session:
        work(wbfile.operations(session), session)


def goal(session, title: str = FIRST_GOAL) -> Goal:
    return session.scalars(select(Goal).where(Goal.title == title)).one()


def merge(path: Path, other: Path, user: str = AINO, accept=lambda c: not c.conflict):
    """Compare, accept what ``accept`` says, apply; returns (review, result)."""
    with open_workbook(path, user) as wbfile:
        review = compare_files(wbfile, other)
        with wbfile.session() as session:
            result = apply(review, [c.id for c in review.changes if accept(c)],
                           wbfile.operations(session))
    return review, result


def read(path: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def history_uids(path: Path) -> set[str]:
    return {uid for (uid,) in read(path, "SELECT uid FROM history")}


def test_edits_to_different_fields_come_across_with_their_history(copies):
    mine, theirs = copies
    change(mine, AINO, lambda ops, s: ops.edit(goal(s), "notes", "Ainon huomio"))

    def bertta(ops, s):
        ops.edit(goal(s, SECOND_GOAL), "description", "Bertan kuvaus")
        ops.edit(goal(s), "resources", "Bertan resurssit")

    change(theirs, BERTTA, bertta)
    review, result = merge(mine, theirs)

    assert isinstance(review, Review) and not review.conflicts
    assert sorted(c.field for c in review.changes) == ["description", "resources"]
    assert any("Bertan kuvaus" in c.description for c in review.changes)
    assert all(BERTTA in c.where for c in review.changes)  # who changed it, and when
    assert len(result.applied) == 2 and not result.skipped
    with open_workbook(mine, "t", readonly=True) as f, f.session() as s:
        g = goal(s)
        assert (g.notes, g.resources) == ("Ainon huomio", "Bertan resurssit")
        assert goal(s, SECOND_GOAL).description == "Bertan kuvaus"
        brought = s.scalars(select(History).where(History.new_value == '"Bertan kuvaus"')).one()
        assert brought.user == BERTTA and brought.source == theirs.name
    # the other copy's history rows are here with the same uids; the other file is untouched
    assert history_uids(theirs) <= history_uids(mine)
    assert read(theirs, "SELECT notes FROM goal WHERE title = ?", FIRST_GOAL) == [(None,)]


def test_the_same_field_changed_in_both_is_a_conflict_with_both_values_users_and_times(copies):
    mine, theirs = copies
    change(mine, AINO, lambda ops, s: ops.edit(goal(s), "notes", "Ainon huomio"))
    change(theirs, BERTTA, lambda ops, s: ops.edit(goal(s), "notes", "Bertan huomio"))

    review, result = merge(mine, theirs)
    [conflict] = review.changes
    assert conflict.conflict and conflict.field == "notes"
    assert (conflict.old, conflict.new) == ("Ainon huomio", "Bertan huomio")
    assert (conflict.own_user, conflict.other_user) == (AINO, BERTTA)
    assert conflict.own_at is not None and conflict.other_at is not None
    assert "RISTIRIITA" in conflict.description
    assert AINO in conflict.description and BERTTA in conflict.description
    assert result.applied == []  # left as it is unless accepted
    assert read(mine, "SELECT notes FROM goal WHERE title = ?", FIRST_GOAL) == [("Ainon huomio",)]

    review, result = merge(mine, theirs, accept=lambda c: True)  # accepted: the other's value
    assert [c.id for c in review.changes] == result.applied == [conflict.id]
    assert read(mine, "SELECT notes FROM goal WHERE title = ?", FIRST_GOAL) == [("Bertan huomio",)]
    assert merge(mine, theirs)[0].changes == []


def test_deleted_in_one_copy_but_edited_in_the_other_is_a_conflict_both_ways(copies):
    mine, theirs = copies
    with open_workbook(mine, "t", readonly=True) as f, f.session() as s:
        action_id = s.scalars(select(Action.id).order_by(Action.id)).first()
        indicator_id = s.scalars(select(Indicator.id).where(Indicator.action_id != action_id)
                                 .order_by(Indicator.id)).first()

    def aino(ops, s):
        ops.delete(s.get(Indicator, indicator_id))
        ops.edit(s.get(Action, action_id), "schedule", "Ainon aikataulu")

    def bertta(ops, s):
        ops.edit(s.get(Indicator, indicator_id), "unit", "Bertan yksikkö")
        ops.delete(s.get(Action, action_id))

    change(mine, AINO, aino)
    change(theirs, BERTTA, bertta)
    review = merge(mine, theirs, accept=lambda c: False)[0]
    put_back = next(c for c in review.changes if c.record_id == indicator_id)
    removed = next(c for c in review.changes if c.record_id == action_id and c.entity == "action")
    assert len(review.changes) == 2  # the action's links and responsibilities go with it
    assert put_back.conflict and removed.conflict
    assert "poistettu tästä työkirjasta" in put_back.description and BERTTA in put_back.description
    assert "poistettu toisessa" in removed.description and AINO in removed.description
    assert read(mine, "SELECT count(*) FROM indicator WHERE id = ?", indicator_id) == [(0,)]
    assert read(mine, "SELECT schedule FROM action WHERE id = ?", action_id) == [("Ainon aikataulu",)]

    merge(mine, theirs, accept=lambda c: c.id in (put_back.id, removed.id))
    assert read(mine, "SELECT unit FROM indicator WHERE id = ?", indicator_id) == [("Bertan yksikkö",)]
    assert read(mine, "SELECT count(*) FROM action WHERE id = ?", action_id) == [(0,)]
    assert read(mine, "SELECT count(*) FROM goal_action WHERE action_id = ?", action_id) == [(0,)]


def test_an_item_deleted_there_but_given_something_new_here_is_a_conflict(copies):
    mine, theirs = copies
    with open_workbook(mine, "t", readonly=True) as f, f.session() as s:
        action_id = s.scalars(select(Action.id).order_by(Action.id)).first()
    change(mine, AINO, lambda ops, s: ops.create(Indicator, action_id=action_id,
                                                 title="Ainon uusi mittari", kind="luku"))
    change(theirs, BERTTA, lambda ops, s: ops.delete(s.get(Action, action_id)))

    review, result = merge(mine, theirs)
    [removal] = review.changes
    assert removal.conflict and "Ainon uusi mittari" in removal.description
    assert result.applied == []
    assert read(mine, "SELECT count(*) FROM indicator WHERE title = 'Ainon uusi mittari'") == [(1,)]


def _bertta_adds_goal_action_and_responsibility(ops, s):
    area = s.scalars(select(Area).order_by(Area.position)).first()
    new_goal = ops.create(Goal, area_id=area.id, layer="painopiste", title="Bertan tavoite")
    action = ops.add_action([new_goal], title="Bertan toimenpide")
    party = s.scalars(select(Party).where(Party.name == "Jyväskylän kaupunki")).one()
    person = s.scalars(select(Person).order_by(Person.id)).first()
    ops.add_responsibility(action, party, "vastuutaho", [person])


def _aino_adds_indicator(ops, s):
    ops.create(Indicator, goal_id=goal(s, SECOND_GOAL).id, title="Ainon mittari", kind="luku")


def test_additions_on_both_sides_come_across_with_their_links(copies):
    mine, theirs = copies
    change(mine, AINO, _aino_adds_indicator)
    change(theirs, BERTTA, _bertta_adds_goal_action_and_responsibility)

    review, result = merge(mine, theirs)
    assert not review.conflicts and not result.skipped
    # one change per new item; the links made with it come along with it
    added = {c.entity: c for c in review.changes if c.kind == "added"}
    assert sorted(added) == ["action", "goal", "responsibility"]
    assert [t for t, _row in added["action"].rows] == ["action", "goal_action"]
    assert [t for t, _row in added["responsibility"].rows] == ["responsibility",
                                                               "responsibility_person"]
    assert added["action"].requires == (added["goal"].id,)
    assert added["responsibility"].requires == (added["action"].id,)
    with open_workbook(mine, "t", readonly=True) as f, f.session() as s:
        new_goal = goal(s, "Bertan tavoite")
        [action] = new_goal.actions
        assert action.title == "Bertan toimenpide"
        [resp] = action.responsibilities
        assert (resp.party.name, resp.role, len(resp.persons)) == ("Jyväskylän kaupunki",
                                                                     "vastuutaho", 1)
        assert [i.title for i in goal(s, SECOND_GOAL).indicators][-1] == "Ainon mittari"

    # Bertta takes Aino's file in: the new indicator comes over, and the two files are the same
    review, _ = merge(theirs, mine, user=BERTTA)
    assert [c.entity for c in review.changes] == ["indicator"]
    assert table_rows(mine) == table_rows(theirs)


def test_a_link_accepted_without_what_it_needs_is_left_out(copies):
    mine, theirs = copies
    change(theirs, BERTTA, _bertta_adds_goal_action_and_responsibility)
    with open_workbook(mine, AINO) as wbfile:
        review = compare_files(wbfile, theirs)
        without_goal = [c.id for c in review.changes if c.entity != "goal"]
        with wbfile.session() as session:
            result = apply(review, without_goal, wbfile.operations(session))
    assert result.applied == [] and len(result.skipped) == 2  # the action, then its responsibility
    assert "tarvitsee hylätyn muutoksen" in result.skipped[0][1]
    assert read(mine, "SELECT count(*) FROM action WHERE title = 'Bertan toimenpide'") == [(0,)]


def test_merging_the_same_copy_again_changes_nothing(copies):
    mine, theirs = copies
    change(mine, AINO, lambda ops, s: ops.edit(goal(s), "notes", "Ainon huomio"))
    change(theirs, BERTTA, _bertta_adds_goal_action_and_responsibility)
    change(theirs, BERTTA, lambda ops, s: ops.edit(goal(s), "notes", "Bertan huomio"))
    merge(mine, theirs)
    before = mine.read_bytes()

    review, result = merge(mine, theirs)
    assert [c.field for c in review.changes] == ["notes"]  # only the conflict left open
    assert result.applied == []
    assert mine.read_bytes() == before
    assert main(["merge", str(mine), str(theirs)]) == 0
    assert mine.read_bytes() == before


def test_merging_each_way_gives_both_copies_the_same_table_rows(copies):
    mine, theirs = copies

    def aino(ops, s):
        _aino_adds_indicator(ops, s)
        ops.edit(goal(s), "notes", "Ainon huomio")
        ops.delete(s.scalars(select(Action).order_by(Action.title)).first())

    def bertta(ops, s):
        _bertta_adds_goal_action_and_responsibility(ops, s)
        ops.edit(goal(s, SECOND_GOAL), "title", "Bertan uusi nimi")
        ops.move(goal(s), 1)
        ops.delete(s.scalars(select(Party).where(Party.name == "Joutsan kunta")).one())

    change(mine, AINO, aino)
    change(theirs, BERTTA, bertta)
    assert table_rows(mine) != table_rows(theirs)

    review, result = merge(theirs, mine, user=BERTTA)
    assert not review.conflicts and not result.skipped
    review, result = merge(mine, theirs)
    assert not review.conflicts and not result.skipped
    assert table_rows(mine) == table_rows(theirs)
    assert history_uids(mine) == history_uids(theirs)
    assert check_file(mine) == [] and check_file(theirs) == []
    # and nothing is left to bring either way
    assert merge(mine, theirs)[0].changes == [] and merge(theirs, mine, BERTTA)[0].changes == []


def test_a_copy_of_another_workbook_is_refused_and_nothing_changes(copies, tmp_path, capsys):
    mine, _ = copies
    stranger = tmp_path / "muu.tyokirja"
    create_workbook(stranger, BERTTA, "Pirkanmaa", 2025, 2029).close()
    before, other_before = mine.read_bytes(), stranger.read_bytes()
    with open_workbook(mine, AINO) as wbfile:
        with pytest.raises(MergeError, match="eri työkirja"):
            compare_files(wbfile, stranger)
    assert main(["merge", str(mine), str(stranger)]) == 2
    err = capsys.readouterr().err
    assert "eri työkirja" in err and "Pirkanmaa" in err and "Traceback" not in err
    assert (mine.read_bytes(), stranger.read_bytes()) == (before, other_before)
    assert not list(tmp_path.glob("*.lock")) and not list(mine.parent.glob("*.lock"))


def test_a_file_that_is_not_a_workbook_is_refused_and_nothing_changes(copies, tmp_path, capsys):
    mine, _ = copies
    fake = tmp_path / "liite.tyokirja"
    fake.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = mine.read_bytes()
    assert main(["merge", str(mine), str(fake)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("yhteistyo: ") and "Traceback" not in err
    assert mine.read_bytes() == before
    assert main(["merge", str(mine), str(mine)]) == 2
    assert "ei tätä samaa" in capsys.readouterr().err


def test_cli_dry_run_lists_and_changes_nothing_default_and_accept_all_apply(copies, capsys):
    mine, theirs = copies
    change(mine, AINO, lambda ops, s: ops.edit(goal(s), "notes", "Ainon huomio"))

    def bertta(ops, s):
        ops.edit(goal(s), "notes", "Bertan huomio")
        ops.edit(goal(s, SECOND_GOAL), "resources", "Bertan resurssit")

    change(theirs, BERTTA, bertta)
    before, other_before = mine.read_bytes(), theirs.read_bytes()

    assert main(["merge", str(mine), str(theirs), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Bertan resurssit" in out and "RISTIRIITA" in out and "Bertan huomio" in out
    assert "1 muutos ja 1 ristiriita" in out
    assert (mine.read_bytes(), theirs.read_bytes()) == (before, other_before)

    assert main(["merge", str(mine), str(theirs)]) == 0
    assert "Tuotu 1 muutos, 1 ristiriita jätetty ennalleen." in capsys.readouterr().out
    assert read(mine, "SELECT notes, resources FROM goal WHERE title IN (?, ?) ORDER BY title",
                FIRST_GOAL, SECOND_GOAL) == [("Ainon huomio", None), (None, "Bertan resurssit")]

    assert main(["merge", str(mine), str(theirs), "--accept-all"]) == 0
    assert "toisen tiedoston arvo" in capsys.readouterr().out
    assert read(mine, "SELECT notes FROM goal WHERE title = ?", FIRST_GOAL) == [("Bertan huomio",)]
    assert theirs.read_bytes() == other_before  # the other copy is never written


def test_two_copies_of_an_old_file_share_their_past_after_migrating(tmp_path):
    mine, theirs = tmp_path / "a.tyokirja", tmp_path / "b" / "a.tyokirja"
    theirs.parent.mkdir()
    shutil.copyfile(FIRST_SCHEMA, mine)
    shutil.copyfile(FIRST_SCHEMA, theirs)
    open_workbook(mine, AINO).close()
    change(theirs, BERTTA, lambda ops, s: ops.edit(goal(s, "Terveyserot kapenevat"), "notes",
                                                   "Bertan huomio"))
    review, result = merge(mine, theirs)
    assert [c.field for c in review.changes] == ["notes"] and len(result.applied) == 1


def _party_order(path: Path) -> list[str]:
    return [name for (name,) in read(path, "SELECT name FROM party ORDER BY position, id")]


def test_a_declined_reorder_conflict_changes_neither_copy_in_either_direction(copies):
    mine, theirs = copies

    def reorder(moved: int, to: int):
        def work(ops, s):
            ops.move(s.scalars(select(Party).order_by(Party.position)).all()[moved], to)
        return work

    change(mine, AINO, reorder(3, 1))  # Aino: the fourth party second
    change(theirs, BERTTA, reorder(0, 3))  # Bertta: the first party fourth
    aino_order, bertta_order = _party_order(mine), _party_order(theirs)

    review, result = merge(mine, theirs)  # conflicts declined
    [reorder_conflict] = review.changes  # one reorder, not a move per party
    assert reorder_conflict.conflict and "järjestys" in reorder_conflict.description
    assert result.applied == []
    assert _party_order(mine) == aino_order
    review, result = merge(theirs, mine, user=BERTTA)
    assert [c.conflict for c in review.changes] == [True] and result.applied == []
    assert _party_order(theirs) == bertta_order

    # accepted, it is the other copy's order as a whole
    review, result = merge(mine, theirs, accept=lambda c: True)
    assert result.applied == [reorder_conflict.id]
    assert _party_order(mine) == bertta_order
    assert check_file(mine) == []


def _indicator_and_action(path: Path) -> tuple[str, str]:
    with open_workbook(path, "t", readonly=True) as f, f.session() as s:
        return (s.scalars(select(Indicator.id).order_by(Indicator.id)).first(),
                s.scalars(select(Action.id).order_by(Action.id)).first())


def test_values_both_copies_added_for_the_same_year_are_one_value_afterwards(copies):
    mine, theirs = copies
    indicator_id, _ = _indicator_and_action(mine)
    with open_workbook(mine, "t", readonly=True) as f, f.session() as s:
        # an action and a party that has no role in it yet
        taken = set(s.execute(select(Responsibility.action_id, Responsibility.party_id)))
        action_id, party_id = next(
            (a, p) for a in s.scalars(select(Action.id).order_by(Action.id))
            for p in s.scalars(select(Party.id).order_by(Party.id)) if (a, p) not in taken)

    def both_add(ops, s):
        ops.set_indicator_value(s.get(Indicator, indicator_id), 2025, number=10)
        ops.set_action_status(s.get(Action, action_id), 2025, "kaynnissa")
        ops.add_responsibility(s.get(Action, action_id), s.get(Party, party_id), "osallistuja")

    change(mine, AINO, both_add)
    change(theirs, BERTTA, both_add)
    assert merge(mine, theirs)[0].changes == [] and merge(theirs, mine, BERTTA)[0].changes == []

    def bertta_later(ops, s):
        ops.set_indicator_value(s.get(Indicator, indicator_id), 2025, number=12)
        ops.delete(s.scalars(select(ActionStatus).where(ActionStatus.action_id == action_id)).one())
        resp = s.scalars(select(Responsibility).where(Responsibility.action_id == action_id,
                                                      Responsibility.party_id == party_id)).one()
        ops.link(ResponsibilityPerson, responsibility_id=resp.id,
                 person_id=s.scalars(select(Person.id).order_by(Person.id)).first())

    change(theirs, BERTTA, bertta_later)
    review, result = merge(mine, theirs)
    assert not review.conflicts, [c.description for c in review.conflicts]
    assert sorted(c.kind for c in review.changes) == ["added", "edited", "removed"]
    assert not result.skipped and len(result.applied) == 3
    assert read(mine, "SELECT value_number FROM indicator_value WHERE indicator_id = ?",
                indicator_id) == [(12.0,)]
    assert read(mine, "SELECT count(*) FROM action_status WHERE action_id = ?", action_id) == [(0,)]
    assert read(mine, "SELECT count(*) FROM responsibility_person JOIN responsibility "
                      "ON responsibility.id = responsibility_id WHERE action_id = ? "
                      "AND party_id = ?", action_id, party_id) == [(1,)]
    assert check_file(mine) == []
    assert merge(mine, theirs)[0].changes == []


def test_cli_conflict_lines_show_both_values_and_who_made_them(copies, capsys):
    mine, theirs = copies
    indicator_id, _ = _indicator_and_action(mine)
    change(mine, AINO, lambda ops, s: ops.set_indicator_value(s.get(Indicator, indicator_id),
                                                              2026, number=7))
    change(theirs, BERTTA, lambda ops, s: ops.set_indicator_value(s.get(Indicator, indicator_id),
                                                                  2026, number=9))
    change(mine, AINO, lambda ops, s: ops.edit(goal(s), "notes", "Ainon huomio"))
    change(theirs, BERTTA, lambda ops, s: ops.edit(goal(s), "notes", "Bertan huomio"))

    assert main(["merge", str(mine), str(theirs), "--dry-run"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "RISTIRIITA" in line]
    assert len(lines) == 2
    for line, (own, other) in zip(sorted(lines), [("7", "9"), ("Ainon huomio", "Bertan huomio")]):
        assert own in line and other in line, line
        assert AINO in line and BERTTA in line, line
        assert "klo" in line  # and when


def test_a_merge_that_runs_out_of_disk_changes_nothing_and_says_so(copies):
    mine, theirs = copies

    def bertta(ops, s):
        first = goal(s)
        for i in range(60):
            ops.add_action([first], title=f"Bertan toimenpide {i}", description="x" * 400)
        ops.edit(goal(s, SECOND_GOAL), "description", "Bertan kuvaus")

    change(theirs, BERTTA, bertta)
    before_rows, before_history = table_rows(mine), read(mine, "SELECT * FROM history")
    with open_workbook(mine, AINO) as wbfile:
        review = compare_files(wbfile, theirs)
        with wbfile.session() as session:
            pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
            session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages + 3}")
            with pytest.raises(WorkbookFileError) as refused:
                apply(review, [c.id for c in review.changes], wbfile.operations(session))
    message = str(refused.value)
    assert "täynnä" in message and "vaurioitunut" not in message and "\n" not in message
    assert str(mine.parent) in message
    assert table_rows(mine) == before_rows
    assert read(mine, "SELECT * FROM history") == before_history
    assert check_file(mine) == []


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("mount") is None,
                    reason="a small tmpfs needs root")
def test_cli_merge_on_a_nearly_full_disk_changes_nothing_and_says_so(copies, tmp_path, capsys):
    mine, theirs = copies

    def bertta(ops, s):
        for i in range(60):
            ops.add_action([goal(s)], title=f"Bertan toimenpide {i}", description="x" * 400)

    change(theirs, BERTTA, bertta)
    disk = tmp_path / "levy"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={mine.stat().st_size // 1024 + 96}k",
                       "tmpfs", str(disk)], capture_output=True).returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        target = disk / mine.name
        shutil.copyfile(mine, target)
        with open(disk / "täyte", "wb", buffering=0) as filler:  # all but 40 KB of the disk
            filler.write(b"\0" * (shutil.disk_usage(disk).free - 40 * 1024))
        before = table_rows(target)
        capsys.readouterr()
        assert main(["merge", str(target), str(theirs)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("yhteistyo: ") and "levy on täynnä" in err and err.count("\n") == 1, err
        assert "vaurioitunut" not in err and str(disk) in err
        assert table_rows(target) == before and check_file(target) == []
        assert sorted(p.name for p in disk.iterdir()) == [target.name, "täyte"]
    finally:
        subprocess.run(["umount", str(disk)], check=True)


# -- the window ---------------------------------------------------------------------------------

def test_merge_from_the_file_menu_shows_the_review_and_applies_what_is_accepted(
        copies, qtbot):
    from yhteistyo_desktop.ui.main_window import MainWindow
    from yhteistyo_desktop.ui.review_dialog import ReviewDialog
    from yhteistyo_desktop.ui.settings import Settings, WindowState

    mine, theirs = copies

    def bertta(ops, s):
        ops.edit(goal(s), "notes", "Bertan huomio")
        ops.edit(goal(s, SECOND_GOAL), "notes", "Bertan toinen huomio")

    change(theirs, BERTTA, bertta)
    window = MainWindow(Settings(), WindowState(), USER)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(mine)
    assert window.merge_action in window.file_menu.actions()
    assert window.merge_action.text().replace("&", "") == "Yhdistä toisen jäsenen tiedosto…"
    # meanwhile the second goal's notes are changed here: a conflict
    window.go_to(Goal, window.doc.session.scalar(select(Goal.id).where(Goal.title == SECOND_GOAL)))
    window.editor().fields["notes"].setPlainText("Oma huomio")
    window.editor().commit_pending()

    review = window.merge.compare_copy(theirs)
    assert isinstance(review, MergeReview)
    dialog = ReviewDialog(review, window)
    qtbot.addWidget(dialog)
    conflict, plain = review.conflicts[0], next(c for c in review.changes if not c.conflict)
    item = dialog.items[conflict.id]
    assert item.text(0).count("RISTIRIITA") == 1
    assert (item.text(2), item.text(3)) == ("Oma huomio", "Bertan toinen huomio")
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert dialog.items[plain.id].checkState(0) == Qt.CheckState.Checked
    assert dialog.tree.headerItem().text(3) == "Toisessa tiedostossa"

    QTimer.singleShot(0, dialog.accept)
    assert window.merge.review_merge(review, dialog), window.message.text() if window.message else ""
    assert "Tuotu 1 muutosta" in window.message.text() or "Tuotu 1 muutos" in window.message.text()
    window.go_to(Goal, window.doc.session.scalar(select(Goal.id).where(Goal.title == FIRST_GOAL)))
    assert window.editor().fields["notes"].toPlainText() == "Bertan huomio"
    window.go_to(Goal, window.doc.session.scalar(select(Goal.id).where(Goal.title == SECOND_GOAL)))
    assert window.editor().fields["notes"].toPlainText() == "Oma huomio"
    window.close()
