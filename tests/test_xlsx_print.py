"""The Excel export on paper and in members' hands (issue 13.7, 13.8, 13.11): LibreOffice prints
it readable on A4 landscape, with the sheet's name and page numbers; fixed values have dropdowns
that survive LibreOffice saving the copy; the metadata sheet is out of sight and locked."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain import vocab

from xlsx_helpers import SOFFICE, export, libreoffice_convert, needs_libreoffice

ROOT = Path(__file__).resolve().parents[1]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils puuttuu")
_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


def test_ci_installs_libreoffice_so_these_checks_run():
    """On a clean CI machine the LibreOffice checks must run, not be skipped."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    packages = re.search(r"packages=\((.*?)\n\)", script, re.S).group(1)
    names = [line.split("#")[0].split() for line in packages.splitlines()]
    assert "libreoffice-calc-nogui" in [n for line in names for n in line]
    if shutil.which("dpkg-query") and subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", "libreoffice-calc-nogui"],
            capture_output=True, text=True).stdout.endswith("ok installed"):
        assert SOFFICE is not None  # installed: the tests find it on PATH


def _words(pdf: Path) -> list[list[tuple[float, str]]]:
    """Each page's words with their box heights (points)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [[(float(b) - float(a), w) for a, b, w in _WORD.findall(page)]
            for page in html.split("<page ")[1:]]


@needs_libreoffice
@needs_poppler
def test_printed_export_is_at_least_8_pt_with_sheet_names_and_page_numbers(demo_file, tmp_path):
    xlsx = export(demo_file, tmp_path / "demo.xlsx")
    # A word box is as tall as the font's line: measured on text of a known size, same fonts.
    scale = openpyxl.Workbook()
    scale.active["A1"] = "Mittakaava"
    scale.active["A1"].font = Font(sz=10)
    scale.save(tmp_path / "mitta.xlsx")
    libreoffice_convert([xlsx, tmp_path / "mitta.xlsx"], "pdf", tmp_path)
    per_point = _words(tmp_path / "mitta.pdf")[0][0][0] / 10

    pages = _words(tmp_path / "demo.pdf")
    sizes = [height / per_point for page in pages for height, _ in page]
    assert min(sizes) >= 8.0, f"smallest text {min(sizes):.1f} pt"
    texts = [" ".join(w for _, w in page) for page in pages]
    assert f"Sivu 1 / {len(pages)}" in texts[0]
    assert all(f"Sivu {n} / {len(pages)}" in text for n, text in enumerate(texts, 1))
    # Continuation pages say which sheet (area) they belong to, and repeat the header row.
    area = "Osallisuus ja yhteisöllisyys"
    of_area = [t for t in texts if t.startswith(area)]
    assert len(of_area) >= 2 and all("Tavoitteet" in t and "Huomioitavaa" in t for t in of_area)
    long_name = "Hyvinvoinnin, terveyden ja turvallisuuden edistäminen"  # its sheet: 31 characters
    assert sum(t.startswith(long_name) for t in texts) >= 2
    actions = [t for t in texts if t.startswith("Toimenpiteet")]
    assert len(actions) >= 2 and all("Tila 2029" in t for t in actions)
    info = subprocess.run(["pdfinfo", "-f", "2", "-l", "2", str(tmp_path / "demo.pdf")],
                          capture_output=True, text=True).stdout
    assert re.search(r"Page\s+2 size:\s+841\.\d+ x 595\.\d+", info)  # A4 landscape


def _exported_sheets(demo_file, tmp_path):
    return openpyxl.load_workbook(export(demo_file, tmp_path / "vienti.xlsx"))


def _lists(ws) -> dict[str, list[str]]:
    """Column letter -> the allowed values of its list validation."""
    out = {}
    for validation in ws.data_validations.dataValidation:
        if validation.type == "list":
            for cells in validation.sqref.ranges:
                out[cells.coord.split(":")[0].rstrip("0123456789")] = \
                    validation.formula1.strip('"').split(",")
    return out


def _check_dropdowns_and_metadata(wb) -> None:
    header = {title: {c.value: c.column_letter for c in wb[title][1]}
              for title in ("Toimenpiteet", "Mittarit", "Osapuolet")}
    actions = _lists(wb["Toimenpiteet"])
    for year in range(2025, 2030):
        assert actions[header["Toimenpiteet"][f"Tila {year}"]] == list(vocab.ACTION_STATUSES.values())
    indicators = _lists(wb["Mittarit"])
    assert indicators[header["Mittarit"]["Laji"]] == list(vocab.INDICATOR_KINDS.values())
    assert indicators[header["Mittarit"]["Osapuolittain (kyllä/ei)"]] == ["kyllä", "ei"]
    assert _lists(wb["Osapuolet"])[header["Osapuolet"]["Laji"]] == list(vocab.PARTY_KINDS.values())
    meta = wb["_yhteistyo"]
    assert meta.sheet_state in ("veryHidden", "hidden") and meta.protection.sheet


def test_fixed_values_have_dropdowns_and_the_metadata_sheet_is_very_hidden(demo_file, tmp_path):
    wb = _exported_sheets(demo_file, tmp_path)
    _check_dropdowns_and_metadata(wb)
    assert wb["_yhteistyo"].sheet_state == "veryHidden"  # not even listed under Unhide


@needs_libreoffice
def test_dropdowns_and_metadata_survive_a_libreoffice_resave(demo_path, tmp_path, capsys):
    xlsx = tmp_path / "vienti.xlsx"
    assert main(["export-xlsx", str(demo_path), str(xlsx)]) == 0
    saved = tmp_path / "tallennettu"
    saved.mkdir()
    libreoffice_convert([xlsx], "xlsx:Calc MS Excel 2007 XML", saved)
    _check_dropdowns_and_metadata(openpyxl.load_workbook(saved / "vienti.xlsx"))
    capsys.readouterr()
    assert main(["import-xlsx", str(saved / "vienti.xlsx"), str(demo_path), "--dry-run"]) == 0
    assert "Ei muutoksia." in capsys.readouterr().out
