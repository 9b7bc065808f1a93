"""History rows people can read (issue 15.9): a link row names the items it joins, and an undo
or redo shows as such rather than as a new edit."""
from __future__ import annotations

from sqlalchemy import select

from yhteistyo_desktop.domain.models import Action, Goal, GoalAction
from yhteistyo_desktop.ui.commands import EditCommand, LinkCommand


def _rows(window):
    model = window.history.model
    model.set_session(window.doc.session)  # as when the history panel is opened
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_link_rows_name_the_items_and_undo_shows_as_undo(window, demo_path):
    window.open_path(demo_path)
    doc = window.doc
    action = doc.session.scalars(select(Action).order_by(Action.position)).first()
    area_id = doc.session.scalars(select(Goal)).first().area_id
    goal = doc.ops.create(Goal, area_id=area_id, layer="painopiste", title="Tavoite A")
    assert window.run(LinkCommand(doc, GoalAction, {"goal_id": goal.id, "action_id": action.id},
                                  True, "Liitä toimenpide tavoitteeseen"))
    top = _rows(window)[0]
    assert action.title in top[3] and goal.title in top[3]

    assert window.run(EditCommand(doc, goal, "title", "Uusi nimi", "Muokkaa: Tavoite"))
    window.undo()
    top = _rows(window)[0]
    assert (top[5], top[6]) == ("Uusi nimi", "Tavoite A")
    assert top[7] == "Kumottu: Muokkaa: Tavoite"
    window.redo()
    assert _rows(window)[0][7] == "Tehty uudelleen: Muokkaa: Tavoite"
