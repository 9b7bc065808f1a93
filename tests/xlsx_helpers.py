"""Helpers for the Excel tests: export the demo, edit a copy as a user would in Excel."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from yhteistyo_desktop.xlsx import export_workbook


def export(wbfile, path: Path) -> Path:
    with wbfile.session() as session:
        return export_workbook(session, path)


def edit_copy(path: Path, edits) -> Path:
    """Open the export with openpyxl (as Excel would), let ``edits(wb)`` change it, save."""
    wb = openpyxl.load_workbook(path)
    edits(wb)
    wb.save(path)
    return path


def find_row(ws, column: str, text: str) -> int:
    for row in range(1, ws.max_row + 1):
        value = ws[f"{column}{row}"].value
        if isinstance(value, str) and value.startswith(text):
            return row
    raise AssertionError(f"{text!r} not in column {column} of {ws.title}")


def note_every_goal(wb) -> int:
    """Write a note on every goal row of every area sheet, as a member returning a copy might.
    Returns the number of edits."""
    edits = 0
    for ws in wb.worksheets:
        header = [c.value for c in ws[4]] if ws.max_row >= 4 else []
        if "Tavoitteet" in header and "Huomioitavaa" in header:  # an area sheet
            column = header.index("Huomioitavaa") + 1
            for row in range(5, ws.max_row + 1):
                if ws.cell(row, 2).value:
                    ws.cell(row, column).value = f"Palautettu huomio {row}"
                    edits += 1
    return edits
