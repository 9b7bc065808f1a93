"""Reviewing returned copies, generated (issue 19): random edits to a real export, as in Excel.

The demo workbook is exported; a copy is edited with openpyxl and reviewed against the workbook.
The review must list exactly the edits made (no more, no fewer), and after applying all of them
a new export's review must say "no changes".

Restrictions (where the template's semantics are clear, and what this test generates):

* field edits only in plain text columns whose meaning is one field of one record, named by the
  row's "Tunniste" id: Toimenpiteet (Aikataulu, Resurssit, Huomioitavaa), Osapuolet (Lyhyt nimi,
  Katuosoite, Postitoimipaikka), Henkilöt (Tehtävä, Puhelin) and the area sheets' goal rows
  (Resurssit, Huomioitavaa). Values: text (Finnish letters, punctuation), whole numbers, decimals
  and clearing the cell. Composite cells (a goal's "title\\n\\ndescription", responsibility
  lists, statuses with comments), vocabulary columns and yearly values have rules of their own
  and are left to the hand-written tests;
* changes that are not edits of the data and must show as nothing: the sheets reordered, cell
  comments added, empty cells outside the data merged.

Rows inserted, deleted or moved and sheets renamed or removed are not generated: their meaning
(a new item, a deletion with its dependants, a reorder) is decided by rules with questions, which
the hand-written review tests cover one by one.
"""
from __future__ import annotations


import openpyxl
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.comments import Comment

from conftest import USER
from prop_helpers import budget, fresh_copy, texts
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.xlsx import export_workbook
from yhteistyo_desktop.xlsx.review import apply, compare

#: sheet (None: every area sheet) -> {header: (entity, field)}; header row, first data row
COLUMNS = {
    "Toimenpiteet": ({"Aikataulu": ("action", "schedule"), "Resurssit": ("action", "resources"),
                      "Huomioitavaa": ("action", "notes")}, 1),
    "Osapuolet": ({"Lyhyt nimi": ("party", "short_name"), "Katuosoite": ("party", "street"),
                   "Postitoimipaikka": ("party", "city")}, 1),
    "Henkilöt": ({"Tehtävä": ("person", "title"), "Puhelin": ("person", "phone")}, 1),
    None: ({"Resurssit": ("goal", "resources"), "Huomioitavaa": ("goal", "notes")}, 4),
}
values = st.one_of(texts, st.integers(1, 10**9), st.floats(0.5, 1e6).map(lambda x: round(x, 2)),
                   st.none())


def _targets(wb) -> list[tuple[str, int, int, str, str, str]]:
    """Every editable cell: (sheet, row, column, entity, field, record id)."""
    found = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        columns, header_row = COLUMNS.get(ws.title) or COLUMNS[None]
        if ws.title not in COLUMNS and ws.cell(1, 1).value != "Osa-alue:":
            continue
        header = [c.value for c in ws[header_row]]
        if "Tunniste" not in header:
            continue
        id_col = header.index("Tunniste") + 1
        for row in range(header_row + 1, ws.max_row + 1):
            ident = ws.cell(row, id_col).value
            if not ident:
                continue
            for name, (entity, field) in columns.items():
                if name in header:
                    found.append((ws.title, row, header.index(name) + 1, entity, field, ident))
    return found


def _shown(value) -> str | None:
    """A cell value as the workbook would store it (text, empty as None)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def test_the_review_lists_exactly_the_edits_made_and_applying_them_round_trips(_demo_master, tmp_path):
    with open_workbook(_demo_master, USER, readonly=True) as wbfile, wbfile.session() as session:
        export_workbook(session, tmp_path / "vienti.xlsx")
    targets = _targets(openpyxl.load_workbook(tmp_path / "vienti.xlsx"))
    assert len(targets) > 50

    @budget(25)
    @given(edits=st.lists(st.tuples(st.integers(0, len(targets) - 1), values), max_size=8),
           reorder=st.permutations(range(4)), comment=st.booleans(), merge=st.booleans())
    def check(edits, reorder, comment, merge):
        path = fresh_copy(_demo_master, tmp_path / "wb")
        wb = openpyxl.load_workbook(tmp_path / "vienti.xlsx")
        expected: dict[tuple[str, str, str], str | None] = {}
        original = {}
        for index, value in edits:
            sheet, row, column, entity, field, ident = targets[index]
            cell = wb[sheet].cell(row, column)
            original.setdefault((entity, ident, field), _shown(cell.value))
            cell.value = value
            expected[(entity, ident, field)] = _shown(value)
        expected = {k: v for k, v in expected.items() if v != original[k]}
        first = wb.worksheets[1:5]
        for ws in first:  # four sheets in another order: not a change
            wb.move_sheet(ws, offset=reorder[first.index(ws)] - first.index(ws))
        if comment:
            wb["Osapuolet"]["A2"].comment = Comment("Tarkista osoite", USER)
        if merge:
            wb["Ohje"].merge_cells("D30:F31")
        copy = tmp_path / "kopio.xlsx"
        wb.save(copy)

        with open_workbook(path, USER) as wbfile, wbfile.session() as session:
            review = compare(copy, session)
            listed = {(c.entity, c.record_id, c.field) for c in review.changes}
            assert listed == set(expected), "the review lists other edits than those made"
            assert not review.conflicts
            result = apply(review, [c.id for c in review.changes], wbfile.operations(session))
            assert not result.skipped
            again = tmp_path / "uudelleen.xlsx"
            export_workbook(session, again)
            assert compare(again, session).changes == []

    check()
