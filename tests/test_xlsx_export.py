"""Export of the demo: the template layout, styles, print settings, and text that stays text."""
from __future__ import annotations

import csv
import shutil
import subprocess

import openpyxl
import pytest

from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import Goal
from yhteistyo_desktop.xlsx import XlsxError, export_workbook
from yhteistyo_desktop.xlsx.layout import META

from xlsx_helpers import export

AREA_HEADER = ["Taso", "Tavoitteet", "Toimenpiteet ja vastuutahot", "Resurssit", "Arviointimittarit",
               "Huomioitavaa"]


@pytest.fixture
def exported(demo_file, tmp_path):
    return export(demo_file, tmp_path / "demo.xlsx")


def test_sheets_in_template_order_then_own_sheets(exported):
    wb = openpyxl.load_workbook(exported)
    names = wb.sheetnames
    assert names[:2] == ["Ohje", "Osa-alueet"]
    assert len(names) == 2 + 4 + 6
    assert names[6:] == ["Toimenpiteet", "Mittarit", "Osapuolet", "Henkilöt", "Lakiperustat", META]
    assert wb[META].sheet_state == "veryHidden"
    ohje = wb["Ohje"]
    assert (ohje["A5"].value, ohje["B5"].value) == ("Alue:", "Keski-Suomi")
    assert (ohje["A6"].value, ohje["B6"].value) == ("Valtuustokausi:", "2025-2029")
    assert ohje["A2"].value == "Versio 1.0"


def test_area_sheet_looks_like_the_template(exported):
    wb = openpyxl.load_workbook(exported)
    ws = wb[wb.sheetnames[2]]
    assert ws["A1"].value == "Osa-alue:" and ws["B1"].value == "Osallisuus ja yhteisöllisyys"
    assert [ws.cell(4, c).value for c in range(1, 7)] == AREA_HEADER
    header = ws["B4"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("1F4E79")
    assert header.font.color.rgb.endswith("FFFFFF")
    # The demo has no legal-minimum goals: that layer gets one empty row, first as in the template.
    assert ws["A5"].value == "Lainsäädännön asettamat vähimmäisvaatimukset" and ws["B5"].value is None
    layer = ws["A6"]
    assert layer.value == "Yhteisessä valmistelussa tunnistetut yhteistyön painopisteet"
    assert layer.fill.fgColor.rgb.endswith("DDEBF7")
    assert "A6:A8" in {str(r) for r in ws.merged_cells.ranges}
    goal = ws["B6"]
    assert goal.value.startswith("Asukkaiden vaikutusmahdollisuuksien parantaminen\n\n")
    assert goal.alignment.wrap_text and goal.border.left.style == "thin"
    assert ws.row_dimensions[6].height > 100  # fits the long action list
    actions = ws["C6"].value.split("\n")
    assert actions[0] == "• Asumisen kehittämisen työryhmä (vastuu: Hyvinvointialue)"
    assert len(actions) == 5
    # printing: A4 landscape, one page wide, the header row on every page, frozen header
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    assert ws.freeze_panes == "B5"
    assert ws.column_dimensions["G"].hidden  # the Tunniste column


def test_structured_sheets(exported, session):
    wb = openpyxl.load_workbook(exported)
    actions = wb["Toimenpiteet"]
    assert actions.max_row == 1 + 5
    headers = [c.value for c in actions[1]]
    assert headers[:7] == ["Toimenpide", "Kuvaus", "Aikataulu", "Resurssit", "Huomioitavaa",
                           "Tavoitteet", "Vastuutahot"]
    assert [f"Tila {y}" for y in range(2025, 2030)] == headers[7:12]
    assert actions["G2"].value.startswith("Koollekutsuja: Keski-Suomen hyvinvointialue\n")
    indicators = wb["Mittarit"]
    assert [c.value for c in indicators[1]][11:16] == ["2025", "2026", "2027", "2028", "2029"]
    assert indicators.max_row == 1 + 17
    assert wb["Osapuolet"].max_row == 1 + 24
    assert wb["Henkilöt"].max_row == 1 + 6
    meta = wb[META]
    assert meta["A1"].value == "format" and meta["A2"].value == "workbook_id"


def test_formula_looking_text_stays_text(demo_file, session, ops, tmp_path):
    goal = session.query(Goal).order_by(Goal.position).first()
    ops.edit(goal, "title", "=1+1")
    ops.edit(goal, "resources", "+358 40 123")
    ops.edit(goal, "notes", "@kaikki")
    path = export(demo_file, tmp_path / "kaava.xlsx")
    ws = openpyxl.load_workbook(path)["Osallisuus ja yhteisöllisyys"]
    row = next(r for r in range(5, 10) if str(ws[f"B{r}"].value).startswith("=1+1"))
    for column in "BDF":
        cell = ws[f"{column}{row}"]
        assert cell.data_type == "s"
        assert cell.quotePrefix
    assert ws[f"D{row}"].value == "+358 40 123"
    if shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice puuttuu: CSV-tarkistus ohitetaan (apt-get install libreoffice-calc-nogui)")
    first_area = openpyxl.load_workbook(path)
    for name in first_area.sheetnames:  # LibreOffice converts the active (first) sheet to CSV
        if name != "Osallisuus ja yhteisöllisyys":
            del first_area[name]
    single = tmp_path / "alue.xlsx"
    first_area.save(single)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path),
                    str(single)], check=True, capture_output=True, timeout=180)
    with open(tmp_path / "alue.csv", encoding="utf-8", errors="replace") as f:
        cells = [cell for row in csv.reader(f) for cell in row]
    assert any(cell.startswith("=1+1") for cell in cells)
    assert "+358 40 123" in cells and "@kaikki" in cells
    assert "2" not in cells  # the formula was not evaluated


def test_failed_export_leaves_no_file(demo_file, tmp_path):
    target = tmp_path / "pois.xlsx"

    def cancel(_done):
        return False

    with demo_file.session() as session, pytest.raises(XlsxError):
        export_workbook(session, target, progress=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "demo.tyokirja"] or not target.exists()
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_cli_export(demo_path, tmp_path, capsys):
    assert main(["export-xlsx", str(demo_path), str(tmp_path / "out.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames[0] == "Ohje"
    assert main(["export-xlsx", str(demo_path), str(tmp_path / "puuttuu" / "out.xlsx")]) == 2
    assert "Kansiota" in capsys.readouterr().err
