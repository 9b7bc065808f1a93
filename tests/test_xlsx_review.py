"""Review of returned copies: the changes a user made in Excel, conflicts, accept-all, dry run."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import Action, Goal, History, IndicatorValue
from yhteistyo_desktop.xlsx import XlsxError, apply, compare

from xlsx_helpers import edit_copy, export, find_row

AREA = "Osallisuus ja yhteisöllisyys"
FIRST_GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"
SECOND_GOAL = "Vahva kokemus turvallisesta asuinympäristöstä"
DRILL = "Maakunnallisen valmiusharjoituksen toteuttaminen"


def _four_edits(wb):
    ws = wb[AREA]
    row = find_row(ws, "B", FIRST_GOAL)
    ws[f"B{row}"] = ws[f"B{row}"].value.replace(FIRST_GOAL, FIRST_GOAL + " yhdessä", 1)
    ws["B5"] = "Lakisääteinen neuvottelu käydään kerran valtuustokaudessa"  # the empty layer row
    ws[f"F{find_row(ws, 'B', SECOND_GOAL)}"] = "Kopion huomio"
    actions = wb["Toimenpiteet"]
    actions.delete_rows(find_row(actions, "A", DRILL))


@pytest.fixture
def returned(demo_file, session, ops, tmp_path):
    """A copy returned with four edits, while the workbook changed one of the same fields."""
    path = edit_copy(export(demo_file, tmp_path / "palautettu.xlsx"), _four_edits)
    goal = session.scalar(select(Goal).where(Goal.title == SECOND_GOAL))
    ops.edit(goal, "notes", "Työkirjan huomio")
    return path


def test_returned_copy_gives_exactly_the_four_changes(returned, session):
    review = compare(returned, session)
    by_kind = sorted((c.kind, c.entity, c.field, c.conflict) for c in review.changes)
    assert by_kind == [("added", "goal", None, False), ("edited", "goal", "notes", True),
                       ("edited", "goal", "title", False), ("removed", "action", None, False)]
    title = next(c for c in review.changes if c.field == "title")
    assert (title.old, title.new) == (FIRST_GOAL, FIRST_GOAL + " yhdessä")
    assert (title.area, title.goal) == (AREA, f"1.1 {FIRST_GOAL}")  # under its one number
    assert title.where == f"{AREA}, solu B6"
    conflict = review.conflicts[0]
    assert (conflict.workbook_value, conflict.new) == ("Työkirjan huomio", "Kopion huomio")
    assert "RISTIRIITA" in conflict.description and "Työkirjan huomio" in conflict.description
    added = next(c for c in review.changes if c.kind == "added")
    assert added.new.fields["layer"] == "lainsaadanto"
    assert review.notices == []


def test_accepted_changes_go_in_as_one_transaction_named_after_the_file(returned, demo_file,
                                                                         session):
    review = compare(returned, session)
    ops = demo_file.operations(session)
    result = apply(review, [c.id for c in review.changes if not c.conflict], ops)
    assert len(result.applied) == 3 and result.skipped == []
    assert session.scalar(select(Goal.notes).where(Goal.title == SECOND_GOAL)) == "Työkirjan huomio"
    assert session.scalar(select(Action).where(Action.title == DRILL)) is None
    new_goal = session.scalar(select(Goal).where(Goal.title.like("Lakisääteinen%")))
    assert new_goal.layer == "lainsaadanto" and new_goal.area.title == AREA
    rows = session.scalars(select(History).where(History.source == "palautettu.xlsx")).all()
    assert rows and len({r.txn for r in rows}) == 1
    # the same copy again: what was accepted is no longer a change; the conflict remains
    again = compare(returned, session)
    assert [(c.field, c.conflict) for c in again.changes] == [("notes", True)]


def test_several_copies_in_turn(demo_file, session, tmp_path):
    first = export(demo_file, tmp_path / "a.xlsx")
    second = tmp_path / "b.xlsx"
    second.write_bytes(first.read_bytes())

    def edit_title(text):
        def edits(wb):
            ws = wb[AREA]
            row = find_row(ws, "B", FIRST_GOAL)
            ws[f"B{row}"] = ws[f"B{row}"].value.replace(FIRST_GOAL, text, 1)
        return edits

    def edit_value(wb):
        ws = wb["Mittarit"]
        ws[f"M{find_row(ws, 'B', 'Työryhmä on perustettu')}"] = "kyllä"  # 2026

    edit_copy(first, edit_title("Ensimmäisen kopion nimi"))
    edit_copy(second, lambda wb: (edit_title("Toisen kopion nimi")(wb), edit_value(wb)))
    ops = demo_file.operations(session)
    review = compare(first, session)
    apply(review, [c.id for c in review.changes], ops)
    review = compare(second, session)
    changes = {c.field: c for c in review.changes}
    assert changes["title"].conflict and changes["title"].old == "Ensimmäisen kopion nimi"
    value = changes["value:2026"]
    assert not value.conflict and value.new == ("kyllä", None)
    apply(review, [value.id], ops)
    assert session.scalar(select(IndicatorValue.value_text).where(IndicatorValue.year == 2026)) == "kyllä"


def test_copy_of_another_workbook_is_refused(template_file, demo_path, tmp_path):
    other = export(template_file, tmp_path / "toinen.xlsx")
    before = demo_path.read_bytes()
    assert main(["import-xlsx", str(other), str(demo_path), "--dry-run"]) == 2
    assert demo_path.read_bytes() == before
    with template_file.session() as session:
        with pytest.raises(XlsxError, match="toisesta työkirjasta"):
            raise_for_demo_copy(demo_path, tmp_path, session)


def raise_for_demo_copy(demo_path, tmp_path, session):
    """Compare an export of the demo with the template workbook (a different workbook)."""
    from conftest import USER
    from yhteistyo_desktop.store.workbook_file import open_workbook

    with open_workbook(demo_path, USER, readonly=True) as demo:
        path = export(demo, tmp_path / "demo.xlsx")
    compare(path, session)


def test_template_file_cannot_be_reviewed(demo_file, session):
    from test_xlsx_import import EXAMPLE

    with pytest.raises(XlsxError, match="Tuo se uutena"):
        compare(EXAMPLE, session)


def test_cli_dry_run_changes_nothing_and_accept_all_leaves_conflicts(demo_path, tmp_path, capsys):
    from conftest import USER
    from yhteistyo_desktop.store.workbook_file import open_workbook

    with open_workbook(demo_path, USER) as wbfile:
        path = edit_copy(export(wbfile, tmp_path / "kopio.xlsx"), _four_edits)
        with wbfile.session() as session:
            goal = session.scalar(select(Goal).where(Goal.title == SECOND_GOAL))
            wbfile.operations(session).edit(goal, "notes", "Työkirjan huomio")
    before = demo_path.read_bytes()
    assert main(["import-xlsx", str(path), str(demo_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert demo_path.read_bytes() == before
    assert "RISTIRIITA" in out and "4 muutosta" in out and f"{AREA} / 1.1 {FIRST_GOAL}" in out
    # where each change is, in words (as the window's review dialog shows it): "Toimenpiteet,
    # solu C5" or "Mittarit, rivi 17", never Excel's "Mittarit!17"
    places = re.findall(r"  \[([^\]]+)\]$", out, re.M)
    assert places and all(re.fullmatch(r".+, (rivi \d+|solu [A-Z]+\d+)", p) for p in places), places
    assert not re.search(r"\w![A-Z]*\d", out)
    assert main(["import-xlsx", str(path), str(demo_path), "--accept-all"]) == 1
    captured = capsys.readouterr()
    # the deleted action's indicator row is still on Mittarit: its deletion waits for a decision
    assert "Hyväksyttiin 2 muutosta" in captured.out and "1 ristiriita jätettiin" in captured.err
    assert "1 poisto jätettiin tekemättä" in captured.err
    assert demo_path.read_bytes() != before
