"""Helpers for the Excel tests: export the demo, edit a copy as a user would in Excel."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from yhteistyo_desktop.xlsx import export_workbook


#: LibreOffice, as Debian's libreoffice-calc-nogui installs it (.ci/run installs it on CI).
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice puuttuu (apt-get install libreoffice-calc-nogui)")


def libreoffice_convert(sources: list[Path], to: str, outdir: Path) -> None:
    """Convert ``sources`` with LibreOffice (``to``: "pdf", "xlsx", "ods", ...) into ``outdir``,
    with a profile of its own so that it never waits for another LibreOffice running."""
    profile = outdir / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", to, "--outdir", str(outdir), *map(str, sources)],
                   check=True, capture_output=True, timeout=600)


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


def note_every_goal(wb, note=lambda row: f"Palautettu huomio {row}") -> int:
    """Write ``note(row)`` on every goal row of every area sheet, as a member returning a copy
    might. Returns the number of edits."""
    edits = 0
    for ws in wb.worksheets:
        header = [c.value for c in ws[4]] if ws.max_row >= 4 else []
        if "Tavoitteet" in header and "Huomioitavaa" in header:  # an area sheet
            column = header.index("Huomioitavaa") + 1
            for row in range(5, ws.max_row + 1):
                if ws.cell(row, 2).value:
                    ws.cell(row, column).value = note(row)
                    edits += 1
    return edits
