"""Responsibilities in the action editor (issue 15.2, 15.3): added even when the workbook has no
parties yet (the dialog creates the party), edited in place with double-click or Enter, and
every change undoable. The dialogs are driven through their real OK path."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from yhteistyo_desktop.domain.models import Action, Area, Goal, Party, Responsibility
from yhteistyo_desktop.ui.editors import ItemIdRole


def _with_dialog(*steps):
    """Run ``steps(dialog)`` one after another on the modal dialog about to open; each step
    presses a button. Whatever happens, the dialog is closed at the end (no hung test)."""
    def run():
        dialog = QApplication.activeModalWidget()
        try:
            for step in steps:
                step(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, run)


def _ok(dialog):
    dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()


def _show_action(window, action_id):
    index = window.model.indexes_of("action", action_id)[0]
    window.tree.setCurrentIndex(index)
    return window.editor()


def _rows(editor):
    tree = editor.resp_tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3))
            for i in range(tree.topLevelItemCount())]


def test_a_new_workbook_without_parties_offers_to_create_the_party(window, tmp_path):
    assert window.document.create_new(tmp_path / "Uusi", "Uusimaa", 2025)
    doc = window.doc
    area = doc.session.scalars(select(Area)).first()
    goal = doc.ops.create(Goal, area_id=area.id, layer="painopiste", title="Tavoite")
    action = doc.ops.add_action([goal], title="Toimenpide")
    window.model.reload()
    editor = _show_action(window, action.id)
    seen = {}

    def empty_ok_is_refused(dialog):
        assert not dialog.party.isEnabled()  # nothing to choose from: the hint says what to do
        _ok(dialog)
        seen["refusal"] = dialog.error.text() if dialog.isVisible() else None

    def name_the_party(dialog):
        dialog.new_party.setText("Yhteinen kuntayhtymä")
        _ok(dialog)
        seen["closed"] = not dialog.isVisible()

    _with_dialog(empty_ok_is_refused, name_the_party)
    editor.add_resp.click()
    assert seen == {"refusal": "Valitse osapuoli tai kirjoita uuden osapuolen nimi.", "closed": True}
    assert _rows(editor) == [("Yhteinen kuntayhtymä", "vastuutaho", "")]
    # One undo takes both the responsibility and the party it brought; redo brings both back.
    doc.undo_stack.undo()
    assert doc.session.scalars(select(Party)).all() == []
    assert _rows(editor) == []
    doc.undo_stack.redo()
    assert [p.name for p in doc.session.scalars(select(Party))] == ["Yhteinen kuntayhtymä"]
    assert _rows(editor) == [("Yhteinen kuntayhtymä", "vastuutaho", "")]


def test_an_existing_responsibility_is_edited_in_place_with_enter(window, demo_path, qtbot):
    window.open_path(demo_path)
    doc = window.doc
    action = doc.session.scalars(select(Action).order_by(Action.position)).first()
    editor = _show_action(window, action.id)
    before = _rows(editor)
    tree = editor.resp_tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    resp = doc.get(Responsibility, tree.topLevelItem(0).data(0, ItemIdRole))
    party = resp.party.name
    chosen = {}

    def change_role_and_person(dialog):
        assert not dialog.party.isEnabled() and dialog.party.currentText() == party
        dialog.role_box.setCurrentIndex(dialog.role_box.findData("osallistuja"))
        item = next(dialog.persons.item(r) for r in range(dialog.persons.count())
                    if not dialog.persons.item(r).isHidden())
        chosen["added"] = item.checkState() == Qt.CheckState.Unchecked
        item.setCheckState(Qt.CheckState.Checked if chosen["added"] else Qt.CheckState.Unchecked)
        chosen["person"] = item.text().split(" (")[0]
        _ok(dialog)

    _with_dialog(change_role_and_person)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    after = _rows(editor)
    changed = next(row for row in after if row[0] == party and row[1] == "osallistuja")
    assert (chosen["person"] in changed[2]) == chosen["added"]
    assert len(after) == len(before)
    doc.undo_stack.undo()
    assert _rows(editor) == before
    doc.undo_stack.redo()
    assert _rows(editor) == after


def test_a_party_cannot_take_the_same_role_twice(window, demo_path):
    window.open_path(demo_path)
    doc = window.doc
    action = doc.session.scalars(select(Action).order_by(Action.position)).first()
    editor = _show_action(window, action.id)
    resp = action.responsibilities[0]
    before = _rows(editor)
    seen = {}

    def same_again(dialog):
        dialog.party.setCurrentIndex(dialog.party.findData(resp.party_id))
        dialog.role_box.setCurrentIndex(dialog.role_box.findData(resp.role))
        _ok(dialog)
        seen["refusal"] = dialog.error.text() if dialog.isVisible() else None

    _with_dialog(same_again)
    editor.add_resp.click()
    assert seen["refusal"].startswith(f"{resp.party.name} on jo tässä toimenpiteessä roolissa")
    assert _rows(editor) == before
