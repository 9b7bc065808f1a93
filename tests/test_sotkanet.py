"""Sotkanet CSV import: a real demo workbook file, real CSV bytes as Sotkanet (or Excel) writes them."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import select

from conftest import USER
from yhteistyo_desktop.domain.models import History, Indicator, IndicatorValue
from yhteistyo_desktop.domain.sotkanet import (
    MAX_BYTES, SotkanetError, apply_plan, parse_csv, parse_number, plan_import,
)
from yhteistyo_desktop.store.workbook_file import open_workbook

PER_PARTY = "Kuntien strategiamittarit"  # per party in the demo
REGIONAL = "Koettu elämänlaatu (väestötaso, THL)"
SECOND_REGIONAL = "Koettu terveys (väestötaso, THL)"
HEADER = "Indikaattori;Indikaattorin nimi;Alue;Vuosi;Sukupuoli;Arvo;Absoluuttinen arvo\n"


@pytest.fixture
def workbook(demo_path) -> Path:
    """The demo with Sotkanet ids: 181 per municipality ("sotkanet:181"), 3219 for the region."""
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        per_party = session.scalar(select(Indicator).where(Indicator.title == PER_PARTY))
        ops.update(per_party, kind="luku", source_id="sotkanet:181")
        regional = session.scalar(select(Indicator).where(Indicator.title == REGIONAL))
        ops.update(regional, source_id="3219")
    return demo_path


def values(path: Path) -> dict[tuple[str, str | None, int], float | None]:
    """Every stored value by (indicator title, party name, year), read from the file anew."""
    with open_workbook(path, "lukija", readonly=True) as wbfile, wbfile.session() as session:
        return {(v.indicator.title, v.party.name if v.party else None, v.year): v.value_number
                for v in session.scalars(select(IndicatorValue))}


def plan_for(path: Path, data: bytes, name: str = "sotkanet.csv"):
    wbfile = open_workbook(path, USER)
    session = wbfile.session()
    return wbfile, session, plan_import(session, parse_csv(data, name))


def run_import(path: Path, data: bytes, name: str = "sotkanet.csv"):
    wbfile, session, plan = plan_for(path, data, name)
    try:
        written = apply_plan(wbfile.operations(session), plan)
    finally:
        session.close()
        wbfile.close()
    return plan, written


def test_rows_go_to_the_indicator_with_that_source_id_and_persist_after_reopening(workbook):
    data = (HEADER
            + "181;Työttömät;Jyväskylä;2023;yhteensä;12,5;1200\n"  # short name
            + "181;Työttömät;ÄÄNEKOSKEN KAUPUNKI;2023;yhteensä;9,75;300\n"  # full name, any case
            + "3219;Elämänlaatu;Keski-Suomi;2024;yhteensä;\"1 234,5\";\n"  # workbook's region
            + "3219;Elämänlaatu;Keski-Suomen hyvinvointialue;2023;yhteensä;70,1;\n"  # the county
            ).encode("utf-8")
    plan, written = run_import(workbook, data)
    assert written == 4
    assert [(w.line, w.target, w.year, w.old, w.new) for w in plan.writes] == [
        (2, "Jyväskylän kaupunki", 2023, None, 12.5), (3, "Äänekosken kaupunki", 2023, None, 9.75),
        (4, "Keski-Suomi", 2024, None, 1234.5), (5, "Keski-Suomen hyvinvointialue", 2023, None, 70.1)]
    stored = values(workbook)
    assert stored[(PER_PARTY, "Jyväskylän kaupunki", 2023)] == 12.5
    assert stored[(PER_PARTY, "Äänekosken kaupunki", 2023)] == 9.75
    assert stored[(REGIONAL, None, 2024)] == 1234.5
    assert stored[(REGIONAL, None, 2023)] == 70.1


def test_unknown_indicator_region_other_genders_and_missing_values_are_listed_not_written(workbook):
    data = (HEADER
            + "181;Työttömät;Jyväskylä;2023;yhteensä;12,5;\n"
            + "999;Jokin muu;Jyväskylä;2023;yhteensä;1,0;\n"
            + "181;Työttömät;Kuopio;2023;yhteensä;8,0;\n"
            + "3219;Elämänlaatu;Uusimaa;2023;yhteensä;60,0;\n"
            + "181;Työttömät;Jyväskylä;2023;miehet;13,0;\n"
            + "181;Työttömät;Jyväskylä;2023;naiset;12,0;\n"
            + "3219;Elämänlaatu;Keski-Suomi;2022;yhteensä;..;\n"
            + "181;Työttömät;Jyväskylä;2023;yhteensä;12,6;\n").encode("utf-8")
    plan, written = run_import(workbook, data)
    assert written == 1
    reasons = {s.line: s.reason for s in plan.unmatched}
    assert set(reasons) == {3, 4, 5, 6, 7, 8, 9}
    assert "Sotkanet-tunnus on 999" in reasons[3]
    assert "'Kuopio' ei vastaa yhtään osapuolta" in reasons[4]
    assert "'Uusimaa' ei ole työkirjan alue (Keski-Suomi)" in reasons[5]
    assert "miehet" in reasons[6] and "naiset" in reasons[7]
    assert "arvo puuttuu" in reasons[8]
    assert "rivillä 2" in reasons[9]  # the same indicator, party and year twice: the first wins
    assert "Jyväskylä; 2023" in next(s.text for s in plan.unmatched if s.line == 3)
    assert values(workbook) == {(PER_PARTY, "Jyväskylän kaupunki", 2023): 12.5}


def test_malformed_rows_are_collected_with_reasons_and_the_good_rows_still_planned(workbook):
    data = (HEADER
            + "181;Työttömät;Jyväskylä;20x3;yhteensä;12,5;\n"
            + "181;Työttömät;Jyväskylä;2023;yhteensä;kaksitoista;\n"
            + "181;Työttömät;Jyväskylä\n"
            + "\n"
            + "abc;Työttömät;Jyväskylä;2023;yhteensä;1;\n"
            + "181;Työttömät;Jyväskylä;2022;yhteensä;11,5;\n").encode("utf-8")
    wbfile, session, plan = plan_for(workbook, data)
    session.close()
    wbfile.close()
    errors = {e.line: e.reason for e in plan.errors}
    assert errors[2] == "vuosi '20x3' ei ole vuosiluku"
    assert errors[3] == "arvo 'kaksitoista' ei ole luku"
    assert errors[4].startswith("liian vähän sarakkeita (3")
    assert "indikaattorin tunnus 'abc'" in errors[6]
    assert [(w.line, w.year, w.new) for w in plan.writes] == [(7, 2022, 11.5)]


def test_a_bom_file_and_a_latin1_file_with_english_headers_and_quotes_read_alike(workbook):
    rows = ('"Indicator id";"Indicator title";"Region";"Year";"Gender";"Value"\n'
            '"181";"Työttömät; osuus";"Jyväskylä";"2023";"total";"12,5"\n'
            '"181";"Työttömät; osuus";"Äänekoski";"2023";"male";"3,5"\n'
            '"3219";"Elämänlaatu";"Keski-Suomi";"2023";"Total";"-1,25"\n')
    bom = parse_csv(b"\xef\xbb\xbf" + rows.encode("utf-8"))
    latin = parse_csv(rows.encode("latin-1"))
    assert bom.encoding == "utf-8-sig" and latin.encoding in ("cp1252", "latin-1")
    assert bom.rows == latin.rows
    first = bom.rows[0]
    assert (first.indicator, first.indicator_name, first.region, first.year, first.gender,
            first.value) == ("181", "Työttömät; osuus", "Jyväskylä", 2023, "total", 12.5)
    assert bom.rows[1].gender == "male" and bom.rows[2].value == -1.25
    _, written = run_import(workbook, rows.encode("cp1252"), "latin1.csv")
    assert written == 2
    assert values(workbook)[(REGIONAL, None, 2023)] == -1.25


@pytest.mark.parametrize("delimiter, encoding", [("\t", "utf-16"), (",", "utf-8"), (";", "cp1252")])
def test_excel_saved_variants_tab_separated_utf16_and_comma_separated_read_alike(delimiter, encoding):
    rows = [["Alue", "Vuosi", "Indikaattori", "Sukupuoli", "Arvo"],
            ["Äänekoski", "2023", "181", "Yhteensä", "4,5"]]
    text = "\n".join(delimiter.join(f'"{c}"' for c in row) for row in rows) + "\n"
    parsed = parse_csv(text.encode(encoding))
    row, = parsed.rows
    assert (row.region, row.year, row.indicator, row.gender, row.value) == \
        ("Äänekoski", 2023, "181", "total", 4.5)


def test_title_lines_above_the_header_and_notes_below_do_not_stop_the_import(workbook):
    data = ("Sotkanet.fi – THL\n\n" + HEADER
            + "181;Työttömät;Jyväskylä (179);2023;yhteensä;12,5;\n"
            + "\nLähde: THL\n").encode("utf-8")
    parsed = parse_csv(data)
    assert parsed.header_line == 3
    assert [r.line for r in parsed.rows] == [4]
    assert [e.line for e in parsed.errors] == [6]
    plan = run_import(workbook, data)[0]
    assert [w.target for w in plan.writes] == ["Jyväskylän kaupunki"]


@pytest.mark.parametrize("text, number", [
    ("12,5", 12.5), ("1 234,5", 1234.5), ("1\u00a0234", 1234.0), ("1.234,5", 1234.5),
    ("12.5", 12.5), ("\u22123,2", -3.2), ("0", 0.0), ("..", None), ("", None), ("-", None),
])
def test_finnish_and_english_numbers(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["12,5,1", "nan", "inf", "1e999", "kymmenen"])
def test_what_is_not_a_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_existing_values_show_as_old_an_unchanged_value_is_not_rewritten_and_comments_stay(workbook):
    with open_workbook(workbook, USER) as wbfile, wbfile.session() as session:
        indicator = session.scalar(select(Indicator).where(Indicator.title == REGIONAL))
        wbfile.operations(session).set_indicator_value(indicator, 2023, number=50.0,
                                                        comment="Arvio syksyltä")
    data = (HEADER + "3219;E;Keski-Suomi;2023;yhteensä;51,5;\n").encode("utf-8")
    plan, written = run_import(workbook, data)
    assert (plan.writes[0].old, plan.writes[0].new, written) == (50.0, 51.5, 1)
    again, written = run_import(workbook, data)
    assert (again.writes, len(again.unchanged), written) == ([], 1, 0)
    with open_workbook(workbook, "t", readonly=True) as wbfile, wbfile.session() as session:
        value = session.scalar(select(IndicatorValue))
        assert (value.value_number, value.comment) == (51.5, "Arvio syksyltä")
        sources = set(session.scalars(select(History.source).where(
            History.entity == "indicator_value")))
        assert "Sotkanet: sotkanet.csv" in sources


def test_two_indicators_with_the_same_sotkanet_id_both_get_the_value(workbook):
    with open_workbook(workbook, USER) as wbfile, wbfile.session() as session:
        other = session.scalar(select(Indicator).where(Indicator.title == SECOND_REGIONAL))
        wbfile.operations(session).update(other, source_id="Sotkanet 3219")
    _, written = run_import(workbook, (HEADER + "3219;E;Keski-Suomi;2023;yhteensä;5;\n").encode())
    assert written == 2
    stored = values(workbook)
    assert stored[(REGIONAL, None, 2023)] == stored[(SECOND_REGIONAL, None, 2023)] == 5.0


@pytest.mark.parametrize("data, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binääritiedosto"),
    ("nimi;osoite;puhelin\nMatti;Kotikatu 1;040\n".encode(), "puuttuvat sarakkeet indikaattori"),
    (b"", "Tiedosto on tyhjä"),
    ("Vuosi;Arvo\n2023;1\n".encode(), "puuttuvat sarakkeet indikaattori, alue"),
])
def test_a_file_that_is_not_a_sotkanet_csv_is_refused_in_finnish(data, words):
    with pytest.raises(SotkanetError) as info:
        parse_csv(data, "tiedosto.csv")
    assert words in str(info.value)
    assert str(info.value).startswith("tiedosto.csv: ")


def test_a_huge_file_is_refused_before_it_is_read():
    with pytest.raises(SotkanetError, match="liian suuri"):
        parse_csv(HEADER.encode() + b"x" * MAX_BYTES)


# -- the command line, run as a user runs it ----------------------------------------------------

def yhteistyo(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "YHTEISTYO_USER": "Komentorivi Käyttäjä", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "yhteistyo_desktop.cli", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)


CLI_CSV = (HEADER + "181;Työttömät;Jyväskylä;2023;yhteensä;12,5;\n"
           + "181;Työttömät;Kuopio;2023;yhteensä;8,0;\n"
           + "3219;Elämänlaatu;Keski-Suomi;2024;yhteensä;66,6;\n"
           + "3219;Elämänlaatu;Keski-Suomi;vuosi;yhteensä;66,6;\n")


def test_dry_run_prints_the_preview_and_leaves_the_file_byte_identical(workbook):
    csv_path = workbook.with_name("sotkanet.csv")
    csv_path.write_text(CLI_CSV, encoding="utf-8")
    before = workbook.read_bytes()
    result = yhteistyo("followup-import", workbook.name, csv_path.name, "--dry-run",
                       cwd=workbook.parent)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"rivi 2: {PER_PARTY} / Jyväskylän kaupunki / 2023: – → 12,5" in out
    assert f"rivi 4: {REGIONAL} / Keski-Suomi / 2024: – → 66,6" in out
    assert "rivi 3: alue 'Kuopio' ei vastaa yhtään osapuolta" in out
    assert "rivi 5: vuosi 'vuosi' ei ole vuosiluku" in out
    assert "mitään ei tallennettu" in out
    assert workbook.read_bytes() == before
    assert not Path(f"{workbook}.lock").exists()


def test_import_writes_the_values_and_a_non_csv_file_is_refused_with_the_file_unchanged(workbook):
    csv_path = workbook.with_name("sotkanet.csv")
    csv_path.write_text(CLI_CSV, encoding="utf-8")
    result = yhteistyo("followup-import", workbook.name, csv_path.name, cwd=workbook.parent)
    assert result.returncode == 0, result.stderr
    assert "Tallennettiin 2 arvoa tiedostosta sotkanet.csv." in result.stdout
    assert values(workbook) == {(PER_PARTY, "Jyväskylän kaupunki", 2023): 12.5,
                                (REGIONAL, None, 2024): 66.6}

    before = workbook.read_bytes()
    for name, data in (("kuva.csv", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256))),
                       ("osoitteet.csv", "nimi;osoite\nMatti;Kotikatu 1\n".encode("utf-8"))):
        workbook.with_name(name).write_bytes(data)
        result = yhteistyo("followup-import", workbook.name, name, cwd=workbook.parent)
        assert result.returncode == 2
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"yhteistyo: {name}: ")
        assert "Sotkanetin CSV-tiedosto" in lines[0]
        assert "Traceback" not in result.stderr
    missing = yhteistyo("followup-import", workbook.name, "puuttuu.csv", cwd=workbook.parent)
    assert missing.returncode == 2 and "ei löydy" in missing.stderr
    assert workbook.read_bytes() == before


# -- the window ------------------------------------------------------------------------------------

def test_preview_dialog_shows_planned_and_unmatched_rows_and_the_import_can_be_undone(
        qtbot, workbook):
    from yhteistyo_desktop.ui.main_window import MainWindow
    from yhteistyo_desktop.ui.settings import Settings, WindowState
    from yhteistyo_desktop.ui.sotkanet_dialog import (
        SotkanetPreviewDialog, read_plan, review_and_import,
    )

    csv_path = workbook.with_name("sotkanet.csv")
    csv_path.write_text(CLI_CSV, encoding="utf-8")
    window = MainWindow(Settings(), WindowState(), USER)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook)
    assert window.sotkanet_action.isEnabled() and window.sotkanet_action in \
        window.file_menu.actions()

    picture = workbook.with_name("kuva.csv")
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    assert read_plan(window, picture) is None  # refused in a message, nothing read
    assert "ei ole Sotkanetin CSV-tiedosto" in window.message.text()

    plan = read_plan(window, csv_path)
    dialog = SotkanetPreviewDialog(plan, window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert rows == [[PER_PARTY, "Jyväskylän kaupunki", "2023", "", "12,5"],
                    [REGIONAL, "Keski-Suomi", "2024", "", "66,6"]]
    skipped = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert len(skipped) == 2
    assert skipped[0].startswith("Rivi 3: alue 'Kuopio' ei vastaa yhtään osapuolta")
    assert skipped[1].startswith("Rivi 5: virheellinen rivi, vuosi 'vuosi' ei ole vuosiluku")
    assert dialog.ok_button.text() == "&Tallenna arvot" and dialog.ok_button.isEnabled()

    window.main_tabs.setCurrentWidget(window.followup)  # the Seuranta tab follows the import
    window.followup.set_year(2025)  # 2024 shows among the earlier years

    def shown_2024():
        row = next(r for r in window.followup.followup.indicators
                   if r.title == REGIONAL and r.party_id is None)
        entry = row.values.get(2024)
        return entry.number if entry is not None else None

    assert shown_2024() is None
    QTimer.singleShot(0, dialog.accept)
    assert review_and_import(window, plan, dialog)
    assert shown_2024() == 66.6
    assert "Tallennettiin 2 arvoa" in window.statusBar().currentMessage()
    assert window.doc.session.scalar(select(IndicatorValue.value_number).where(
        IndicatorValue.year == 2024)) == 66.6

    window.undo()  # one step puts the workbook back as it was
    assert values(workbook) == {}
    assert shown_2024() is None
    window.redo()
    assert len(values(workbook)) == 2
    window.close()


def test_the_preview_of_a_file_with_nothing_to_write_cannot_be_saved(qtbot, workbook):
    from yhteistyo_desktop.domain.sotkanet import ImportPlan
    from yhteistyo_desktop.ui.sotkanet_dialog import SotkanetPreviewDialog

    dialog = SotkanetPreviewDialog(ImportPlan(name="tyhjä.csv"))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.table.rowCount() == 0
    assert "ei ole yhtään" in dialog.summary.text()

