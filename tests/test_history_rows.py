"""History rows people can read (issue 15.9): a link row names the items it joins, and an undo
or redo shows as such rather than as a new edit."""
from __future__ import annotations

from PySide6.QtCore import Qt
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


def test_a_reference_field_names_the_referenced_item_not_its_id(window, demo_path):
    from yhteistyo_desktop.domain.models import Forum, Meeting, Version

    window.open_path(demo_path)
    doc = window.doc
    assert window.versions.mark("Työryhmä 14.3.2026")
    meeting = doc.session.scalars(select(Meeting)).first()
    forum = doc.session.scalars(select(Forum).where(Forum.id != meeting.forum_id)).first()
    version_id = doc.session.scalar(select(Version.id))
    assert window.run(EditCommand(doc, meeting, "version_id", version_id, "Muokkaa: kokouksen versio"))
    assert window.run(EditCommand(doc, meeting, "forum_id", forum.id, "Muokkaa: foorumi"))
    forum_row, version_row = _rows(window)[:2]
    assert forum_row[4] == "foorumi" and forum_row[6] == forum.name
    assert version_row[4] == "versio" and (version_row[5], version_row[6]) == ("", "Työryhmä 14.3.2026")


def test_history_rows_on_the_seuranta_page_are_one_line_high(window, demo_path, qtbot, tmp_path):
    """The history panel under Seuranta had rows 30 px high beside the follow-up tables' compact ones
    (a 14 px font): each row is one line of text plus a little room, like the tables above it."""
    window.open_path(demo_path)
    window.main_tabs.setCurrentIndex(1)
    window.history_dock.show()
    view = window.history.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 3)
    line = view.fontMetrics().height()
    heights = {view.rowHeight(row) for row in range(view.model().rowCount())}
    assert max(heights) <= line + 8 < 2 * line
    assert max(heights) == window.followup.actions_view.rowHeight(0)
    assert not view.wordWrap()  # a long value is elided, its whole text in the tooltip
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 6).data())
    assert view.model().index(row, 6).data(Qt.ItemDataRole.ToolTipRole) == view.model().index(row, 6).data()
    shot = window.grab()
    assert not shot.isNull() and shot.width() == 1366
    shot.save(str(tmp_path / "seuranta_history.png"))


def test_an_agenda_items_link_row_names_the_item_and_what_it_points_at(window, demo_path):
    from yhteistyo_desktop.domain.models import AgendaItem, AgendaLink

    window.open_path(demo_path)
    doc = window.doc
    item = doc.session.scalars(select(AgendaItem)).first()
    goal = doc.session.scalars(select(Goal).order_by(Goal.position)).first()
    link = doc.ops.create(AgendaLink, agenda_item_id=item.id, goal_id=goal.id)
    top = _rows(window)[0]
    assert item.title in top[3] and goal.title in top[3]
    doc.ops.delete(link)
    top = _rows(window)[0]  # gone from the file: named from what the deletion recorded
    assert item.title in top[3] and goal.title in top[3]
