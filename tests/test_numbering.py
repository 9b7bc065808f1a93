"""One goal numbering (issue 15.1): the tree, the tables, Seuranta, the handouts, the Excel
export and the search all give a goal the same number."""
from __future__ import annotations

import openpyxl
from sqlalchemy import select

from yhteistyo_desktop.domain.followup import load_followup, term_of
from yhteistyo_desktop.domain.models import Area, Goal, Indicator
from yhteistyo_desktop.handouts import data as handout_data
from yhteistyo_desktop.ui.tables import RecordTableModel
from yhteistyo_desktop.ui.tree_model import IdRole, KindRole
from yhteistyo_desktop.xlsx.review import compare
from yhteistyo_desktop.xlsx.writer import export_workbook

from xlsx_helpers import edit_copy, find_row


def _tree_numbers(model) -> dict[str, tuple[str, str]]:
    """Goal id -> (number shown, whole text) as the tree shows them, in tree order."""
    shown = {}
    for a in range(model.rowCount()):
        area = model.index(a, 0)
        for g in range(model.rowCount(area)):
            goal = model.index(g, 0, area)
            assert goal.data(KindRole) == "goal"
            shown[goal.data(IdRole)] = (goal.data().split(" ")[0], goal.data())
    return shown


def test_a_goal_has_one_number_on_screen_and_on_paper(window, demo_path, tmp_path):
    window.open_path(demo_path)
    doc = window.doc
    area = doc.session.scalars(select(Area).order_by(Area.position)).first()
    # The member's steps: goal A, then goal B in the legal-minimum layer.
    a = doc.ops.create(Goal, area_id=area.id, layer="painopiste", title="Tavoite A")
    b = doc.ops.create(Goal, area_id=area.id, layer="painopiste", title="Tavoite B")
    doc.ops.update(b, layer="lainsaadanto")
    doc.ops.create(Indicator, goal_id=a.id, title="A:n mittari", kind="luku")
    doc.ops.create(Indicator, goal_id=b.id, title="B:n mittari", kind="luku")
    doc.session.commit()
    window.model.reload()

    tree = _tree_numbers(window.model)
    paper = handout_data.load(doc.session).goal_numbers
    assert {gid: number for gid, (number, _text) in tree.items()} == paper
    # The tree is in number order and shows the layer: B (legal minimum) before A.
    order = list(tree)
    assert order.index(b.id) < order.index(a.id)
    assert "vähimmäisvaatimus" in tree[b.id][1] and "painopiste" in tree[a.id][1]

    # The action editor's list of goals to serve uses the same numbers.
    action = doc.ops.add_action([a], title="Toimenpide A")
    window.model.reload()
    window.tree.setCurrentIndex(window.model.indexes_of("action", action.id)[0])
    goals_tree = window.editor().goals_tree
    listed = [goals_tree.topLevelItem(0).child(i).text(0)
              for i in range(goals_tree.topLevelItem(0).childCount())]
    assert f"{paper[b.id]} Tavoite B" in listed and f"{paper[a.id]} Tavoite A" in listed

    followup = load_followup(doc.session, term_of(doc.session)[0])
    owners = {row.title: row.owner for row in followup.indicators}
    assert owners["A:n mittari"] == f"Tavoite {paper[a.id]}"
    assert owners["B:n mittari"] == f"Tavoite {paper[b.id]}"

    table = RecordTableModel(Indicator)
    table.set_session(doc.session)
    kohde = {table.index(r, 0).data(): table.index(r, 1).data() for r in range(table.rowCount())}
    assert kohde["B:n mittari"] == f"{paper[b.id]} Tavoite B"

    # The Excel sheet of the area lists the goals in the same order.
    target = tmp_path / "vienti.xlsx"
    export_workbook(doc.session, target)
    sheet = openpyxl.load_workbook(target)[area.title[:31]]
    texts = [str(c.value or "") for c in sheet["B"]]
    rows = {gid: next(i for i, t in enumerate(texts) if t.startswith(title))
            for gid, title in ((a.id, "Tavoite A"), (b.id, "Tavoite B"))}
    assert rows[b.id] < rows[a.id]

    # A change to goal B sent back in the copy is grouped under B's number in the review.

    def note_b(wb):
        ws = wb[sheet.title]
        ws[f"F{find_row(ws, 'B', 'Tavoite B')}"] = "Palautettu huomio"
    edit_copy(target, note_b)
    review = compare(target, doc.session)
    assert (area.title, f"{paper[b.id]} Tavoite B") in review.groups()


def test_a_goal_moved_in_the_tree_lands_where_it_was_dropped(window, demo_path):
    window.open_path(demo_path)
    doc = window.doc
    area = doc.session.scalars(select(Area).order_by(Area.position)).first()
    first = doc.ops.create(Goal, area_id=area.id, layer="lainsaadanto", title="Eka")
    second = doc.ops.create(Goal, area_id=area.id, layer="lainsaadanto", title="Toka")
    doc.session.commit()
    window.model.reload()
    order = list(_tree_numbers(window.model))
    row = order.index(first.id) - sum(1 for gid in order[:order.index(first.id)]
                                       if doc.get(Goal, gid).area_id != area.id)
    window.records.move_node("goal", second.id, area.id, row)
    order = list(_tree_numbers(window.model))
    assert order.index(second.id) == order.index(first.id) - 1
