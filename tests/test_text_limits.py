"""Long and odd text (issue 13.5, 14): Excel's 32,767-character cell limit and the control
characters an .xlsx cannot hold (Word's soft line break is a vertical tab; NUL breaks an upload).
Refused or cleaned where text is typed and in the operations; an older workbook that still holds
them exports without a crash, says what was cut, and its unedited copy reads back as no change."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import Action, Goal
from yhteistyo_desktop.domain.operations import ValidationError
from yhteistyo_desktop.domain.text import MAX_TEXT
from yhteistyo_desktop.store.workbook_file import open_workbook

from test_editor import first_goal, stored, type_into
from yhteistyo_desktop.ui.tree_model import IdRole

LONG = ("Pitkä kuvaus, joka jatkuu ja jatkuu. " * 1200)[:40000]
DRILL = "Maakunnallisen valmiusharjoituksen toteuttaminen"
GOAL = "Asukkaiden vaikutusmahdollisuuksien parantaminen"


def test_operations_refuse_text_over_the_excel_cell_limit(session, ops):
    action = session.scalar(select(Action).where(Action.title == DRILL))
    before = action.description
    with pytest.raises(ValidationError, match="liian pitkä: 40\u00a0000 merkkiä.*32\u00a0767") as refused:
        ops.edit(action, "description", LONG)
    assert refused.value.field == "description"
    session.refresh(action)
    assert action.description == before
    ops.edit(action, "description", "x" * MAX_TEXT)  # exactly the limit fits
    assert len(action.description) == MAX_TEXT


def test_operations_clean_control_characters(session, ops):
    action = session.scalar(select(Action).where(Action.title == DRILL))
    ops.edit(action, "description", "Rivi yksi\x0bRivi kaksi\x00\x01 loppu\x0c")
    ops.edit(action, "notes", "\x00")
    assert action.description == "Rivi yksi\nRivi kaksi loppu"
    assert action.notes is None  # nothing but a NUL is nothing


def _older_file(path) -> None:
    """What a workbook saved before the limits may hold (written past the operations)."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE action SET description = ? WHERE title = ?", (LONG, DRILL))
        db.execute("UPDATE goal SET description = ? WHERE title = ?",
                   ("Wordin rivinvaihto\x0btässä ja NUL\x00 tässä", GOAL))
        db.execute("UPDATE workbook SET description = ?", ("Kuvaus\x0bjatkuu",))


def test_older_file_exports_with_a_warning_and_its_unedited_copy_is_no_change(demo_path, tmp_path,
                                                                            capsys):
    _older_file(demo_path)
    out = tmp_path / "vienti.xlsx"
    assert main(["export-xlsx", str(demo_path), str(out)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    warnings = [line for line in captured.err.splitlines() if line.startswith("Huom.")]
    assert len(warnings) == 1 and "Toimenpiteet, solu B" in warnings[0]
    assert "40\u00a0000 merkkiä" in warnings[0] and "katkaistiin" in warnings[0]
    before = demo_path.read_bytes()
    assert main(["import-xlsx", str(out), str(demo_path), "--accept-all"]) == 0
    assert "Ei muutoksia." in capsys.readouterr().out
    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        assert s.scalar(select(Action).where(Action.title == DRILL)).description == LONG
    assert demo_path.read_bytes() == before


def test_an_edit_of_a_cut_text_still_arrives(demo_path, tmp_path, capsys):
    import openpyxl

    from xlsx_helpers import find_row

    _older_file(demo_path)
    out = tmp_path / "vienti.xlsx"
    assert main(["export-xlsx", str(demo_path), str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Toimenpiteet"]
    ws[f"B{find_row(ws, 'A', DRILL)}"] = "Lyhennetty kuvaus"
    wb.save(out)
    capsys.readouterr()
    assert main(["import-xlsx", str(out), str(demo_path), "--dry-run"]) == 0
    assert "1 muutos;" in capsys.readouterr().out


# -- in the window ---------------------------------------------------------------------------------

def test_pasted_soft_line_break_and_nul_are_cleaned_in_the_field(window, demo_path):
    window.open_path(demo_path)
    goal = first_goal(window)
    window.tree.setCurrentIndex(goal)
    editor = window.editor()
    field = editor.fields["description"]
    field.setFocus()
    field.selectAll()
    field.insertPlainText("Ensimmäinen\x0btoinen\x00 rivi")  # as a paste from Word puts it
    assert field.toPlainText() == "Ensimmäinen\ntoinen rivi"
    field.clearFocus()
    editor.commit_pending()
    with open_workbook(demo_path, "t", readonly=True) as f, f.session() as s:
        assert s.get(Goal, goal.data(IdRole)).description == "Ensimmäinen\ntoinen rivi"
    title = editor.fields["title"]
    title.setFocus()
    title.selectAll()
    title.insert("Otsikko\x0bjatkuu")
    assert title.text() == "Otsikko jatkuu"


def test_over_long_text_is_refused_at_the_field_with_the_reason(window, demo_path):
    window.open_path(demo_path)
    goal = first_goal(window)
    window.tree.setCurrentIndex(goal)
    editor = window.editor()
    original = editor.record().title
    type_into(editor.fields["title"], LONG)  # a line edit would have cut it silently at 32,767
    assert editor.errors["title"].isVisibleTo(editor)
    assert "liian pitkä: 40\u00a0000 merkkiä" in editor.errors["title"].text()
    assert stored(demo_path, Goal, id=goal.data(IdRole))[0]["title"] == original



def test_window_export_of_an_older_file_says_what_was_cut(window, demo_path, tmp_path):
    _older_file(demo_path)
    window.open_path(demo_path)
    assert window.excel.export_xlsx(tmp_path / "vienti.xlsx")
    text = window.message.text()
    assert "Kaikki ei mahtunut" in text and "Toimenpiteet, solu B" in text and "katkaistiin" in text
