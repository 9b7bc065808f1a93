"""The review dialog shows what changed (issue 15.8): item, field, value here, value in the copy
and the cell in columns of their own; a detail pane with both texts whole and the differing
words marked; rows grouped by area and goal."""
from __future__ import annotations

import re

from xlsx_helpers import edit_copy

from yhteistyo_desktop.ui.review_dialog import COPY, FIELD, HERE, ITEM, WHERE, ReviewDialog


def _returned_with_edited_goal(window, tmp_path):
    exported = tmp_path / "lähetetty.xlsx"
    window.excel.export_xlsx(exported)
    edited = {}

    def edits(book):
        for ws in book.worksheets:
            header = [c.value for c in ws[4]] if ws.max_row >= 4 else []
            if "Tavoitteet" in header and "Huomioitavaa" in header:
                column = header.index("Huomioitavaa") + 1
                row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 2).value)
                old = ws.cell(row, column).value or ""
                ws.cell(row, column).value = f"{old} Lisätty lause kopiossa.".strip()
                edited["goal"] = ws.cell(row, 2).value
                return

    return edit_copy(exported, edits), edited


def test_an_edit_shows_item_field_both_values_and_its_cell(window, demo_path, tmp_path, qtbot):
    window.open_path(demo_path)
    returned, edited = _returned_with_edited_goal(window, tmp_path)
    dialog = ReviewDialog(window.excel.compare_xlsx(returned), window)
    qtbot.addWidget(dialog)
    dialog.show()
    change = next(c for c in dialog.review.changes if c.field == "notes")
    item = dialog.items[change.id]
    assert item.text(ITEM).startswith("Tavoite '") and edited["goal"][:20] in item.text(ITEM)
    assert item.text(FIELD) and item.text(FIELD) not in item.text(ITEM)
    assert item.text(HERE) != ""  # a blank value says "(tyhjä)"
    assert item.text(COPY).endswith("Lisätty lause kopiossa.")
    # the cell as people say it (as the command line prints it), not Excel's "Sheet!C5"
    assert re.fullmatch(r".+, solu [A-Z]+\d+", item.text(WHERE)) and "!" not in item.text(WHERE)
    # grouped: the goal under its area
    assert item.parent().text(0) == edited["goal"] or item.parent().parent() is not None

    dialog.tree.setCurrentItem(item)
    shown = dialog.detail.toHtml()
    assert "Lisätty" in shown and "kopiossa" in shown
    plain = dialog.detail.toPlainText()
    assert change.description.split(":")[0] in plain
    # the added words are marked (underlined), the unchanged ones are not
    assert "text-decoration: underline" in shown or "text-decoration:underline" in shown


def test_word_diff_marks_only_the_words_that_differ():
    from yhteistyo_desktop.ui.review_dialog import word_diff

    old, new = word_diff("Asuntoja rakennetaan 200 vuodessa", "Asuntoja rakennetaan 300 vuodessa")
    assert old.count("<s ") == 1 and "200" in old.split("<s ")[1]
    assert new.count("<u ") == 1 and "300" in new.split("<u ")[1]
    assert "Asuntoja rakennetaan" in old and "Asuntoja rakennetaan" in new
