"""Editing through the window: create, edit, delete, undo and redo for every kind of item,
links, reordering, search, validation at the field and read-only mode. Real widgets on a
real workbook file; every stored result is checked by reopening the file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox
from sqlalchemy import select

from yhteistyo_desktop.domain.models import (
    Action, Area, Forum, Goal, GoalAction, Indicator, LegalReference, Party, Person,
)
from yhteistyo_desktop.domain.queries import search
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.ui.dialogs import SearchDialog
from yhteistyo_desktop.ui.tree_model import IdRole, KindRole



def stored(path, cls, **where):
    """Records of ``cls`` in the file as it is on disk now (a separate read-only connection)."""
    with open_workbook(path, "tarkastaja", readonly=True) as wbfile, wbfile.session() as s:
        stmt = select(cls)
        for name, value in where.items():
            stmt = stmt.where(getattr(cls, name) == value)
        return [{c: getattr(r, c) for c in ("id", "title", "name", "law", "position")
                 if hasattr(r, c)} for r in s.scalars(stmt)]


def type_into(widget, text: str) -> None:
    """What a user does: replace the text and leave the field (keyClicks cannot type ä/ö)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.setText(text)
        widget.textEdited.emit(text)
        widget.editingFinished.emit()
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
        widget.clearFocus()
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(text))
        widget.editingFinished.emit()


def select_in_tree(window, kind: str, ident: str) -> QModelIndex:
    index = window.model.indexes_of(kind, ident)[0]
    window.navigator.setCurrentIndex(0)
    window.tree.setCurrentIndex(index)
    return index


def first_goal(window) -> QModelIndex:
    return window.model.index(0, 0, window.model.index(0, 0))


# -- create, edit, delete, undo, redo for each kind ----------------------------------------------

KINDS = [
    # (class, title field, how to create from the window, where it goes)
    (Area, "title", "new_area_action", None),
    (Goal, "title", "new_goal_action", "area"),
    (Action, "title", "new_action_action", "goal"),
    (Indicator, "title", "new_indicator_action", "goal"),
    (Party, "name", "new_party_action", None),
    (Person, "name", "new_person_action", None),
    (LegalReference, "law", "new_law_action", None),
    (Forum, "name", "new_forum_action", None),
]


@pytest.mark.parametrize("cls, field, action_name, under", KINDS,
                         ids=[k[0].__name__ for k in KINDS])
def test_create_edit_delete_undo_redo(window, demo_path, cls, field, action_name, under):
    window.open_path(demo_path)
    if under == "area":
        window.tree.setCurrentIndex(window.model.index(0, 0))
    elif under == "goal":
        window.tree.setCurrentIndex(first_goal(window))
    before = len(stored(demo_path, cls))

    getattr(window, action_name).trigger()
    assert len(stored(demo_path, cls)) == before + 1
    editor = window.editor()
    assert isinstance(editor.record(), cls)
    new_id = editor.record().id

    title = "Yhteinen työllisyyspalveluiden tilannekuva ä ö"
    type_into(editor.fields[field], title)
    assert {field: title}.items() <= stored(demo_path, cls, id=new_id)[0].items()

    window.delete_action.trigger()
    assert stored(demo_path, cls, id=new_id) == []

    window.undo_action.trigger()
    assert stored(demo_path, cls, id=new_id)[0][field] == title
    window.undo_action.trigger()  # the edit
    assert stored(demo_path, cls, id=new_id)[0][field] != title
    window.redo_action.trigger()
    assert stored(demo_path, cls, id=new_id)[0][field] == title
    window.redo_action.trigger()  # the delete again
    assert stored(demo_path, cls, id=new_id) == []


def test_undo_of_a_goal_delete_brings_back_its_links_and_indicators(window, demo_path):
    window.open_path(demo_path)
    goal_index = first_goal(window)
    goal_id = goal_index.data(IdRole)
    window.tree.setCurrentIndex(goal_index)
    links_before = stored(demo_path, GoalAction, goal_id=goal_id)
    window.delete_action.trigger()
    assert stored(demo_path, Goal, id=goal_id) == []
    assert stored(demo_path, GoalAction, goal_id=goal_id) == []
    assert len(stored(demo_path, Action)) == 5  # every action still serves other goals
    window.undo_action.trigger()
    assert stored(demo_path, GoalAction, goal_id=goal_id) == links_before
    assert len(window.model.indexes_of("goal", goal_id)) == 1


# -- goals an action serves ------------------------------------------------------------------------

def test_action_linked_to_two_goals_shows_under_both_and_unlinking_keeps_the_other(
        window, template_file, qtbot):
    path = template_file.path
    template_file.close()
    window.open_path(path)
    # An index does not outlive a reload of the tree (each new goal reloads it): ask anew.
    window.tree.setCurrentIndex(window.model.index(0, 0))
    window.new_goal_action.trigger()
    type_into(window.editor().fields["title"], "Ensimmäinen tavoite")
    window.tree.setCurrentIndex(window.model.index(0, 0))
    window.new_goal_action.trigger()
    type_into(window.editor().fields["title"], "Toinen tavoite")
    goals = stored(path, Goal)
    first = next(g for g in goals if g["title"] == "Ensimmäinen tavoite")
    second = next(g for g in goals if g["title"] == "Toinen tavoite")

    select_in_tree(window, "goal", first["id"])
    window.new_action_action.trigger()
    editor = window.editor()
    type_into(editor.fields["title"], "Yhteinen toimenpide")
    action_id = editor.record().id
    # tick the second goal in the action's goal list
    item = next(editor.goals_tree.topLevelItem(0).child(i)
                for i in range(editor.goals_tree.topLevelItem(0).childCount())
                if editor.goals_tree.topLevelItem(0).child(i).data(0, Qt.ItemDataRole.UserRole + 1)
                == second["id"])
    item.setCheckState(0, Qt.CheckState.Checked)
    assert {link["id"] for link in []} == set()
    under = window.model.indexes_of("action", action_id)
    assert sorted(i.parent().data(IdRole) for i in under) == sorted([first["id"], second["id"]])
    assert all("↔" in i.data() for i in under)

    # unlink it from the first goal through the Edit menu
    window.tree.setCurrentIndex(window.model.indexes_of("action", action_id)[0])
    assert window.unlink_action.isEnabled()
    window.unlink_action.trigger()
    under = window.model.indexes_of("action", action_id)
    assert [i.parent().data(IdRole) for i in under] == [second["id"]]
    assert len(stored(path, GoalAction, action_id=action_id)) == 1
    # the last link cannot be removed: the message says why and the link stays
    window.tree.setCurrentIndex(under[0])
    assert not window.unlink_action.isEnabled()


# -- reordering ------------------------------------------------------------------------------------

def test_drag_and_drop_reorder_persists_after_reopening(window, demo_path):
    window.open_path(demo_path)
    model = window.model
    names = [model.index(r, 0).data(IdRole) for r in range(4)]
    last = model.index(3, 0)
    mime = model.mimeData([last])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [model.index(r, 0).data(IdRole) for r in range(4)] == [names[3]] + names[:3]
    # an action cannot be dropped among areas
    action = model.index(0, 0, first_goal(window))
    assert not model.canDropMimeData(model.mimeData([action]), Qt.DropAction.MoveAction, 0, 0,
                                     QModelIndex())
    window.install(None)

    window.open_path(demo_path)
    assert [window.model.index(r, 0).data(IdRole) for r in range(4)] == [names[3]] + names[:3]
    assert window.model.index(0, 0).data().startswith("1. Arjen turvallisuus")


def test_goal_dragged_to_another_area_and_actions_reordered_with_keys(window, demo_path):
    window.open_path(demo_path)
    model = window.model
    goal = model.index(0, 0, model.index(0, 0))
    goal_id = goal.data(IdRole)
    model.dropMimeData(model.mimeData([goal]), Qt.DropAction.MoveAction, -1, 0, model.index(1, 0))
    second_area = model.index(1, 0)
    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        assert s.get(Goal, goal_id).area_id == second_area.data(IdRole)
    assert [model.index(r, 0, second_area).data(IdRole)
            for r in range(model.rowCount(second_area))][-1] == goal_id
    assert model.rowCount(model.index(0, 0)) == 2
    window.undo_action.trigger()
    assert model.index(0, 0, model.index(0, 0)).data(IdRole) == goal_id

    goal = model.index(0, 0, model.index(0, 0))
    first_action = model.index(0, 0, goal).data(IdRole)
    window.tree.setCurrentIndex(model.index(0, 0, goal))
    window.down_action.trigger()
    goal = model.indexes_of("goal", goal_id)[0]
    assert model.index(1, 0, goal).data(IdRole) == first_action
    assert window.tree.currentIndex().data(IdRole) == first_action  # selection follows


# -- search ----------------------------------------------------------------------------------------

def test_search_finds_an_item_by_a_word_of_its_description_and_goes_there(window, demo_path):
    window.open_path(demo_path)
    window.search_action.trigger()
    dialog = window.preferences.search_dialog
    assert isinstance(dialog, SearchDialog)
    dialog.query.setText("kaavoitus")  # only in an action's description
    dialog.run_search()
    assert dialog.results.count() >= 1
    first = dialog.results.item(0)
    assert "Asumisen kehittämisen työryhmä" in first.text()
    dialog.open_item(first)
    assert window.tree.currentIndex().data(KindRole) == "action"
    assert window.editor().fields["title"].text() == "Asumisen kehittämisen työryhmä"

    dialog.query.setText("Kinnulan")  # a party
    dialog.run_search()
    dialog.open_item(dialog.results.item(0))
    assert window.navigator.currentWidget() is window.tables[Party]
    assert window.editor().fields["name"].text() == "Kinnulan kunta"
    dialog.close()


def test_search_over_several_items_lists_every_hit_and_counts_what_was_typed(window, demo_path):
    """run_search once built each row's text in the variable holding the typed query; the list,
    the count and a query of spaces must all follow what was typed, over many hits of every kind."""
    window.open_path(demo_path)
    window.search_action.trigger()
    dialog = window.preferences.search_dialog
    dialog.query.setText("kunta")
    dialog.run_search()
    hits = search(window.doc.session, "kunta")
    assert len({hit.cls for hit in hits}) >= 2 and len(hits) >= 5
    rows = [dialog.results.item(i) for i in range(dialog.results.count())]
    assert [row.data(Qt.ItemDataRole.UserRole) for row in rows] == [(hit.cls, hit.id) for hit in hits]
    assert all(hit.title in row.text() for hit, row in zip(hits, rows))
    assert dialog.summary.text() == f"{len(hits)} osumaa"
    assert dialog.query.text() == "kunta"
    dialog.open_item(rows[-1])  # the last hit opens the last hit's item
    record = window.editor().record()
    assert (type(record), record.id) == (hits[-1].cls, hits[-1].id)
    dialog.query.setText("   ")
    dialog.run_search()
    assert dialog.results.count() == 0 and dialog.summary.text() == ""
    dialog.close()


# -- validation at the field -------------------------------------------------------------------------

def test_empty_title_is_shown_at_the_field_and_not_stored(window, demo_path):
    window.open_path(demo_path)
    goal = first_goal(window)
    window.tree.setCurrentIndex(goal)
    editor = window.editor()
    original = editor.record().title
    type_into(editor.fields["title"], "   ")
    assert editor.errors["title"].isVisibleTo(editor)
    assert "ei voi olla tyhjä" in editor.errors["title"].text()
    assert editor.fields["title"].text() == "   "  # what was typed stays to be corrected
    assert stored(demo_path, Goal, id=goal.data(IdRole))[0]["title"] == original
    type_into(editor.fields["title"], "Korjattu otsikko")
    assert not editor.errors["title"].isVisibleTo(editor)
    assert stored(demo_path, Goal, id=goal.data(IdRole))[0]["title"] == "Korjattu otsikko"


def _party_editor(window, row: int = 0):
    table = window.tables[Party]
    window.navigator.setCurrentWidget(table)
    table.view.setCurrentIndex(table.proxy.index(row, 0))
    return window.editor()


def test_duplicate_party_and_bad_business_id_are_refused_at_the_field(window, demo_path):
    window.open_path(demo_path)
    editor = _party_editor(window)
    party_id = editor.record().id
    type_into(editor.fields["name"], "Jyväskylän kaupunki")
    assert "on jo työkirjassa" in editor.errors["name"].text()
    assert editor.errors["name"].isVisibleTo(editor)

    field = editor.fields["business_id"]
    field.setText("0208201-2")
    field.textEdited.emit("0208201-2")  # checked as typed, before leaving the field
    assert "tarkistenumero" in editor.errors["business_id"].text()
    field.editingFinished.emit()
    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        party = s.get(Party, party_id)
        assert party.business_id == "3221318-2" and party.name == "Keski-Suomen hyvinvointialue"


def test_target_year_outside_the_council_term_is_refused(window, demo_path):
    window.open_path(demo_path)
    table = window.tables[Indicator]
    window.navigator.setCurrentWidget(table)
    table.view.setCurrentIndex(table.proxy.index(0, 0))
    editor = window.editor()
    ident = editor.record().id
    type_into(editor.fields["target_year"], "2031")
    assert "valtuustokaudella 2025–2029" in editor.errors["target_year"].text()
    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        assert s.get(Indicator, ident).target_year != 2031
    type_into(editor.fields["target_year"], "2028")
    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        assert s.get(Indicator, ident).target_year == 2028


# -- read-only -----------------------------------------------------------------------------------

def test_read_only_blocks_every_edit(window, demo_path, qtbot):
    holder = open_workbook(demo_path, "Maija Meikäläinen")
    try:
        window.open_path(demo_path, readonly=True)
        assert "Vain luku" in window.status_label.text()
        for action in window.edit_actions + [window.undo_action, window.redo_action]:
            assert not action.isEnabled(), action.text()
        window.tree.setCurrentIndex(first_goal(window))
        editor = window.editor()
        assert editor.fields["title"].isReadOnly()
        assert not editor.fields["layer"].isEnabled()
        assert not window.model.flags(first_goal(window)) & Qt.ItemFlag.ItemIsDragEnabled
        before = demo_path.read_bytes()
        window.records.new_area()  # even when called directly, nothing is written
        window.records.delete_current()
        assert demo_path.read_bytes() == before
    finally:
        holder.close()
