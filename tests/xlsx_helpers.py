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
