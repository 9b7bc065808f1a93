"""Returned copies with new rows: imported twice (or a second member's copy of the same export)
they change nothing the second time, and new rows go where they stand in the copy."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import select

from conftest import USER, table_rows
from xlsx_helpers import edit_copy, export, find_row
from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import Action, Goal, GoalAction, Indicator
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.xlsx import apply, compare

AREA = "Osallisuus ja yhteisöllisyys"
FIRST_GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"
NEW_GOAL = "Nuorten ääni kuuluu päätöksenteossa"
GOAL_ACTION = "Nuorisovaltuustojen verkosto"
TABLE_ACTION = "Osallisuusohjelman laatiminen"
NEW_INDICATOR = "Osallisuusohjelma on hyväksytty"
NEW_PARTY = "Keski-Suomen Nuoret ry"


def _additions(wb):
    """A member's additions, rows without ids: a goal with its own action (area sheet), an action
    between the second and third action rows, an indicator for it, a party at the end."""
    sheet = wb[AREA]
    row = sheet.max_row + 1
    sheet[f"B{row}"] = NEW_GOAL
    sheet[f"C{row}"] = f"• {GOAL_ACTION} (vastuu: Jyväskylän kaupunki)"
    actions = wb["Toimenpiteet"]
    actions.insert_rows(4)
    actions["A4"] = TABLE_ACTION
    actions["B4"] = "Laaditaan maakunnallinen osallisuusohjelma."
    actions["F4"] = FIRST_GOAL
    actions["G4"] = f"Vastuutaho: Jyväskylän kaupunki; {NEW_PARTY}"
    indicators = wb["Mittarit"]
    row = indicators.max_row + 1
    indicators[f"A{row}"] = f"Toimenpide: {TABLE_ACTION}"
    indicators[f"B{row}"] = NEW_INDICATOR
    indicators[f"C{row}"] = "kyllä/ei"
    indicators[f"M{row}"] = "kyllä"  # 2026
    parties = wb["Osapuolet"]
    parties[f"A{parties.max_row + 1}"] = NEW_PARTY


def _copy_with_additions(demo_path, tmp_path, name="palautettu.xlsx"):
    with open_workbook(demo_path, USER) as wbfile:
        return edit_copy(export(wbfile, tmp_path / name), _additions)


def _action_titles(path):
    with open_workbook(path, USER, readonly=True) as wbfile, wbfile.session() as session:
        return session.scalars(select(Action.title).order_by(Action.position)).all()


def test_the_same_copy_imported_again_reports_no_changes(demo_path, tmp_path, capsys):
    path = _copy_with_additions(demo_path, tmp_path)
    assert main(["import-xlsx", str(path), str(demo_path), "--accept-all"]) == 0
    first = capsys.readouterr()
    assert "Hyväksyttiin 5 muutosta" in first.out, first
    after_first = table_rows(demo_path)
    assert main(["import-xlsx", str(path), str(demo_path), "--dry-run"]) == 0
    again = capsys.readouterr().out
    assert "Ei muutoksia." in again and "Uusi" not in again, again
    assert main(["import-xlsx", str(path), str(demo_path), "--accept-all"]) == 0
    assert "Hyväksyttiin 0 muutosta" in capsys.readouterr().out
    assert table_rows(demo_path) == after_first


def test_a_second_members_copy_with_the_same_additions_adds_nothing_twice(demo_path, tmp_path,
                                                                           capsys):
    first = _copy_with_additions(demo_path, tmp_path)
    second = tmp_path / "toinen.xlsx"
    shutil.copyfile(first, second)
    assert main(["import-xlsx", str(first), str(demo_path), "--accept-all"]) == 0
    capsys.readouterr()
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        assert compare(second, session).changes == []
        counts = [len(session.scalars(select(cls)).all()) for cls in (Goal, Action, Indicator)]
    assert counts == [len(table_rows(demo_path)[t]) for t in ("goal", "action", "indicator")]
    assert _action_titles(demo_path).count(TABLE_ACTION) == 1


def test_a_corrected_copy_of_new_rows_proposes_only_the_correction(demo_path, tmp_path):
    path = _copy_with_additions(demo_path, tmp_path)
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        review = compare(path, session)
        apply(review, [c.id for c in review.changes], wbfile.operations(session))

    def correct(wb):
        actions = wb["Toimenpiteet"]
        actions[f"B{find_row(actions, 'A', TABLE_ACTION)}"] = "Korjattu kuvaus."
    edit_copy(path, correct)
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        changes = compare(path, session).changes
        assert [(c.kind, c.entity, c.field, c.new, c.conflict) for c in changes] == [
            ("edited", "action", "description", "Korjattu kuvaus.", False)]
        # another member's copy (another file) saying otherwise is a conflict
        other = tmp_path / "toinen.xlsx"
        shutil.copyfile(path, other)
        changes = compare(other, session).changes
        assert [(c.field, c.conflict) for c in changes] == [("description", True)]
        assert "lisätty työkirjaan viennin jälkeen" in changes[0].description
        # and once the window has changed the new action too, so is the same copy's value
        action = session.scalars(select(Action).where(Action.title == TABLE_ACTION)).one()
        wbfile.operations(session).edit(action, "description", "Ikkunassa korjattu.")
        changes = compare(path, session).changes
        assert [(c.field, c.old, c.new, c.conflict) for c in changes] == [
            ("description", "Ikkunassa korjattu.", "Korjattu kuvaus.", True)]


def test_new_actions_go_where_they_stand_in_the_copy(demo_path, tmp_path):
    before = _action_titles(demo_path)
    path = _copy_with_additions(demo_path, tmp_path)
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        review = compare(path, session)
        apply(review, [c.id for c in review.changes], wbfile.operations(session))
        # under its goal, the new action comes after the action above it on Toimenpiteet
        goal = session.scalars(select(Goal).where(Goal.title == FIRST_GOAL)).one()
        under_goal = session.scalars(
            select(Action.title).join(GoalAction).where(GoalAction.goal_id == goal.id)
            .order_by(GoalAction.position)).all()
    # the action row added between the second and third rows is third; the goal's own action,
    # under a goal after every goal the existing actions serve, comes last
    assert _action_titles(demo_path) == before[:2] + [TABLE_ACTION] + before[2:] + [GOAL_ACTION]
    assert under_goal.index(TABLE_ACTION) == under_goal.index(before[1]) + 1


def _resaved_by_libreoffice(path, tmp_path):
    """``path`` opened and saved again as .xlsx by LibreOffice (a private profile, no window)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice puuttuu (apt-get install libreoffice-calc-nogui)")
    out = tmp_path / "libreoffice"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return out / path.name


def test_an_unedited_copy_resaved_by_libreoffice_is_no_change(demo_path, tmp_path):
    with open_workbook(demo_path, USER) as wbfile:
        path = _resaved_by_libreoffice(export(wbfile, tmp_path / "palautettu.xlsx"), tmp_path)
        with wbfile.session() as session:
            review = compare(path, session)
    assert review.changes == [] and review.notices == []


def test_a_copy_with_new_rows_resaved_by_libreoffice_imports_once(demo_path, tmp_path, capsys):
    path = _resaved_by_libreoffice(_copy_with_additions(demo_path, tmp_path), tmp_path)
    before = _action_titles(demo_path)
    assert main(["import-xlsx", str(path), str(demo_path), "--accept-all"]) == 0
    assert "Hyväksyttiin 5 muutosta" in capsys.readouterr().out
    assert _action_titles(demo_path) == before[:2] + [TABLE_ACTION] + before[2:] + [GOAL_ACTION]
    after_first = table_rows(demo_path)
    assert main(["import-xlsx", str(path), str(demo_path), "--dry-run"]) == 0
    assert "Ei muutoksia." in capsys.readouterr().out
    assert table_rows(demo_path) == after_first
