"""Import into a new workbook: the reference files, tolerant reading, and a lossless round trip."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import (
    Action, ActionStatus, Area, Goal, Indicator, IndicatorValue, LINK_MODELS, Party, Person,
    Responsibility, Workbook,
)
from yhteistyo_desktop.domain.operations import TABLE_ORDER, row_of
from yhteistyo_desktop.domain.queries import counts
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.xlsx import XlsxError, import_new, read_xlsx

from conftest import USER
from xlsx_helpers import export

TEMPLATES = Path(__file__).resolve().parents[2] / "shared" / "templates"
if not TEMPLATES.is_dir():
    TEMPLATES = Path("/work/shared/templates")
EXAMPLE = TEMPLATES / "esimerkki-taytetty-tyokirja.xlsx"
BLANK = TEMPLATES / "strategisten-tavoitteiden-tyokirja-v1.0.xlsx"


def _imported(source, tmp_path, name="uusi.tyokirja"):
    wbfile, notices = import_new(source, tmp_path / name, USER)
    return wbfile, notices


def test_blank_template_gives_the_ten_default_areas(tmp_path):
    # The blank template has no region or term: the user is told both cells, and the options.
    with pytest.raises(XlsxError, match=r"puuttuu alueen nimi \(Ohje, solu B5\) ja valtuustokausi "
                                        r"\(Ohje, solu B6\); anna ne valinnoilla --region NIMI ja "
                                        r"--term 2025-2029\.$"):
        import_new(BLANK, tmp_path / "x.tyokirja", USER)
    assert not (tmp_path / "x.tyokirja").exists()
    wbfile, notices = import_new(BLANK, tmp_path / "x.tyokirja", USER, region="Testialue",
                                 term=(2025, 2029))
    with wbfile, wbfile.session() as session:
        assert counts(session)["areas"] == 10 and counts(session)["goals"] == 0
        areas = session.scalars(select(Area).order_by(Area.position)).all()
        assert areas[0].title == "Asukkaiden hyvinvoinnin ja terveyden edistäminen"
        assert areas[0].sheet_name == "Hyvinvointi ja terveys"
        assert session.scalar(select(Workbook.region)) == "Testialue"
    assert any("paikanvaraaja" in str(n) for n in notices)


def test_filled_example_gives_what_its_content_implies(tmp_path):
    wbfile, notices = _imported(EXAMPLE, tmp_path)
    with wbfile, wbfile.session() as session:
        assert counts(session) == {"areas": 10, "goals": 5, "actions": 7, "indicators": 8,
                                   "parties": 7, "persons": 0, "meetings": 0}
        wb = session.scalar(select(Workbook))
        assert (wb.region, wb.term) == ("Esimerkkialue", "2025-2029")
        selected = session.scalars(select(Area.title).where(Area.selected.is_(False))).all()
        assert "Henkilöstöpolitiikka ja henkilöstön saatavuus" in selected
        goal = session.scalar(select(Goal).where(Goal.title.like("Kunnat ja hyvinvointialue%")))
        assert goal.layer == "lainsaadanto" and goal.notes == "Laki 612/2021 6 § ja 7 §"
        network = session.scalar(select(Action).where(Action.title.like("Perustetaan%")))
        assert [r.party.name for r in network.responsibilities] == ["hyvinvointialue", "kunnat"]
        # "kunnat" is one party, shared by every action that names it
        assert len(session.scalars(select(Party).where(Party.name == "kunnat")).all()) == 1
        drugs = session.scalar(select(Indicator).where(Indicator.title == "Nuorten päihteiden käyttö"))
        assert (drugs.baseline_value, drugs.baseline_year, drugs.target_value, drugs.target_year,
                drugs.unit, drugs.source_id) == ("12,1", 2025, "10", 2029, "%", "3219")
        assert session.scalars(select(Party.kind)).all() == ["muu"] * 7


def _variant(tmp_path) -> Path:
    """The example as another hand might have left it: every README difference at once."""
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb["Työllisyys"]
    ws.title = "TYÖLLISYYS"  # sheet found by B1 even when renamed
    wb["Osa-alueet"]["B9"] = "työllisyyden HOITO"  # case ignored
    sheet = wb["Hyvinvointi ja terveys"]
    sheet.insert_rows(3, 2)  # header row moves to row 6
    sheet.move_range("E6:E20", cols=2)  # Arviointimittarit moves to column G
    sheet["E6"] = "Vastuutahot"  # a separate Vastuutahot column
    sheet["E7"] = "Jyväskylä\nhyvinvointialue"  # line by line with the actions
    sheet["C7"] = ("• Kuntien hyvinvointikertomukset toimitetaan hyvinvointialueelle\n"
                   "• Alueellinen hyvinvointikertomus valmistellaan yhdessä kuntien kanssa")
    sheet["D12"] = 2026  # a number where text was expected
    sheet["F12"] = dt.datetime(2026, 3, 1)
    sheet.insert_rows(9)  # a blank row inside the goals
    sheet["B10"] = "   "
    notes = wb.create_sheet("Omat muistiinpanot")
    notes["A1"] = "Tämä on alueen oma välilehti."
    path = tmp_path / "muunneltu.xlsx"
    wb.save(path)
    return path


def test_files_differing_as_the_readme_lists(tmp_path, demo_file):
    source = _variant(tmp_path)
    with demo_file.session() as session:
        from yhteistyo_desktop.xlsx.dataset import load_dataset

        parsed = read_xlsx(source, known=load_dataset(session))
    data = parsed.data
    assert len(data.all("goal")) == 5 and len(data.all("action")) == 7
    assert len(data.all("indicator")) == 8
    assert len(data.all("area")) == 10
    employment = next(a for a in data.all("area") if a.fields["title"] == "työllisyyden HOITO")
    assert [g.fields["title"] for g in data.goals_of(employment.id)] == [
        "Työllistymistä edistävä monialainen tuki on sujuvaa"]  # the renamed sheet, found by B1
    first = next(a for a in data.all("action") if a.fields["title"].startswith("Kuntien hyvinvointi"))
    party_ids = [p for p, _role, _persons in first.fields["responsibilities"]]
    with demo_file.session() as session:
        known = session.scalar(select(Party).where(Party.name == "Jyväskylän kaupunki"))
    assert party_ids == [known.id]  # "Jyväskylä" found "Jyväskylän kaupunki"
    second = next(a for a in data.all("action") if a.fields["title"].startswith("Alueellinen"))
    assert [data.get("party", p) for p, _r, _s in second.fields["responsibilities"]] == [None]
    resources = [g.fields["resources"] for g in data.all("goal") if g.fields["resources"]]
    assert "2026" in resources
    notices = [str(n) for n in parsed.notices]
    assert "Välilehti Omat muistiinpanot ohitettiin: sitä ei tunnistettu työkirjan pohjan osaksi." \
        in notices


def test_unplaced_lines_are_reported_with_their_cell(tmp_path):
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb["Hyvinvointi ja terveys"]
    ws["C10"] = "Toimenpiteet:\n" + ws["C10"].value
    ws["D12"] = "Resurssi ilman tavoitetta"
    path = tmp_path / "rivit.xlsx"
    wb.save(path)
    notices = [str(n) for n in read_xlsx(path).notices]
    assert any(n.startswith("Hyvinvointi ja terveys, solu C10:") and "Toimenpiteet:" in n for n in notices)
    assert any(n.startswith("Hyvinvointi ja terveys, rivi 12:") and "ei ole tavoitetta" in n for n in notices)


def _table_rows(session) -> dict[str, list[dict]]:
    """Every row of the tables the Excel carries, keyed and sorted for comparison."""
    tables = {}
    for cls in TABLE_ORDER:
        if cls.__tablename__ in ("meeting", "meeting_participant", "agenda_item", "agenda_link",
                                 "forum", "workbook"):
            continue
        rows = [row_of(obj) for obj in session.scalars(select(cls))]
        tables[cls.__tablename__] = sorted(rows, key=lambda r: sorted((k, str(v)) for k, v in r.items()))
    wb = row_of(session.scalar(select(Workbook)))
    wb.pop("created_at")
    tables["workbook"] = [wb]
    return tables


def test_round_trip_of_the_demo_loses_nothing(demo_file, session, ops, tmp_path):
    # Give the demo what it lacks: statuses, yearly values (one per party), a person on a duty.
    action = session.scalars(select(Action).order_by(Action.position)).first()
    ops.set_action_status(action, 2026, "kaynnissa")
    ops.set_action_status(action, 2027, "viivastynyt", "Rahoitus viivästyi")
    indicator = session.scalars(select(Indicator).order_by(Indicator.id)).first()
    ops.set_indicator_value(indicator, 2026, number=12.5, comment="THL")
    ops.set_indicator_value(indicator, 2027, text="kyllä")
    party = session.scalars(select(Party).order_by(Party.position)).first()
    ops.set_indicator_value(indicator, 2026, number=3.0, party=party)
    person = session.scalars(select(Person).order_by(Person.position)).first()
    resp = session.scalars(select(Responsibility).order_by(Responsibility.id)).first()
    ops.link(LINK_MODELS[1], responsibility_id=resp.id, person_id=person.id)
    goal = session.scalars(select(Goal).order_by(Goal.position)).first()
    ops.edit(goal, "title", "=1+1 ja -merkki")
    session.commit()

    source = export(demo_file, tmp_path / "kierros.xlsx")
    copy, notices = import_new(source, tmp_path / "kopio.tyokirja", USER)
    assert notices == []
    with copy, copy.session() as imported:
        assert _table_rows(imported) == _table_rows(session)
        assert imported.scalar(select(IndicatorValue.value_text).where(
            IndicatorValue.year == 2027)) == "kyllä"
        assert imported.scalar(select(ActionStatus.comment).where(
            ActionStatus.year == 2027)) == "Rahoitus viivästyi"


def test_cli_half_filled_template_names_what_is_missing_in_one_line(tmp_path, capsys):
    source = tmp_path / "puolitaytetty.xlsx"
    wb = openpyxl.load_workbook(BLANK)
    wb["Ohje"]["B5"] = "Testialue"
    wb.save(source)
    target = tmp_path / "uusi.tyokirja"
    assert main(["import-xlsx", str(source), "--new", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "puuttuu valtuustokausi (Ohje, solu B6); anna se valinnalla --term 2025-2029." in err
    assert "alueen nimi" not in err and not target.exists()
    assert main(["import-xlsx", str(source), "--new", str(target), "--term", "2025-2029"]) == 0
    with open_workbook(target, USER, readonly=True) as wbfile, wbfile.session() as session:
        assert session.scalar(select(Workbook.region)) == "Testialue"


def test_window_asks_for_what_the_template_lacks(window, tmp_path):
    target = tmp_path / "uusi.tyokirja"
    assert not window.excel.import_new_workbook(BLANK, target)
    dialog = window.excel.import_dialog
    assert dialog.isVisible() and not target.exists()
    intro = dialog.form.findChild(QLabel, "intro").text()
    assert "alueen nimi" in intro and "valtuustokausi" in intro
    dialog.set_region("Testialue")
    dialog.set_term_start(2025)
    dialog.accept()
    assert window.wbfile is not None and window.wbfile.path == target
    with window.wbfile.session() as session:
        assert session.scalar(select(Workbook.region)) == "Testialue"
        assert session.scalar(select(Workbook.term_end)) == 2029
        assert counts(session)["areas"] == 10


def test_cli_import_new(tmp_path, capsys):
    assert main(["import-xlsx", str(EXAMPLE), "--new", str(tmp_path / "e.tyokirja")]) == 0
    out = capsys.readouterr()
    assert "Uusi työkirja" in out.out and "Osa-alueet, rivi 12" in out.err
    assert main(["import-xlsx", str(EXAMPLE), "--new", str(tmp_path / "e.tyokirja")]) == 2
    assert "on jo olemassa" in capsys.readouterr().err
