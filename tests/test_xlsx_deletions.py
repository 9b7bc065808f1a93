"""A row deleted in a returned copy: the review names everything its deletion takes along, a
deletion whose dependants the copy still has is a question, and no deletion is preselected."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from conftest import USER, table_rows
from xlsx_helpers import edit_copy, export, find_row
from yhteistyo_desktop.cli import main
from yhteistyo_desktop.domain.models import (
    Action, ActionStatus, AgendaLink, Indicator, IndicatorValue, Responsibility,
)
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.xlsx import compare

ACTION = "Asumisen kehittämisen työryhmä"
INDICATORS = ("Työryhmä on perustettu ja toiminnassa", "Ikääntyvien asumisen selvitys on tehty")
AGENDA_ITEM = "Asumisen kehittämisen työryhmä ja ikääntyvien asumisen selvitys"


@pytest.fixture
def exported(demo_path, tmp_path):
    """The demo with a status and a yearly value for ACTION, exported; returns the copy's path."""
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        action = session.scalars(select(Action).where(Action.title == ACTION)).one()
        ops.set_action_status(action, 2026, "kaynnissa", None)
        indicator = session.scalars(select(Indicator).where(Indicator.title == INDICATORS[0])).one()
        ops.set_indicator_value(indicator, 2026, text="kyllä")
        return export(wbfile, tmp_path / "palautettu.xlsx")


def _delete_action(wb):
    sheet = wb["Toimenpiteet"]
    sheet.delete_rows(find_row(sheet, "A", ACTION))


def _delete_action_and_its_indicators(wb):
    _delete_action(wb)
    sheet = wb["Mittarit"]
    for title in INDICATORS:
        sheet.delete_rows(find_row(sheet, "B", title))


def _removal(path, demo_path, entity):
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        review = compare(path, session)
    return review, next(c for c in review.changes if c.kind == "removed" and c.entity == entity)


def _count(demo_path, cls, *where) -> int:
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        return len(session.scalars(select(cls).where(*where)).all())


EVERYTHING_OF_THE_ACTION = (
    f"Toimenpide '{ACTION}' poistettu kopiosta. Poistuu myös: ",
    "vastuutahot 'Keski-Suomen hyvinvointialue' (koollekutsuja), "
    "'Keski-Suomen hyvinvointialue' (puheenjohtaja), 'Hankasalmen kunta' (osallistuja)",
    f"mittarit '{INDICATORS[0]}' (1 vuosiarvo), '{INDICATORS[1]}'",
    "tilat 2026",
    "viittaukset kokouksen 'Yhteistyösopimuksen vuosittainen seurantakokous 2026' (20.5.2026) "
    f"asialistan kohdista '{AGENDA_ITEM}'",
)


def test_an_action_row_deleted_while_its_indicators_stay_is_a_question_naming_everything(
        exported, demo_path, capsys):
    edit_copy(exported, _delete_action)
    review, change = _removal(exported, demo_path, "action")
    assert change.question and not change.conflict and review.questions == [change]
    for part in EVERYTHING_OF_THE_ACTION:
        assert part in change.description
    assert change.description.startswith("TARKISTA: ")
    assert (f"Kopiossa on yhä: mittarit '{INDICATORS[0]}' (1 vuosiarvo) (Mittarit, rivi 2), "
            f"'{INDICATORS[1]}' (Mittarit, rivi 3)") in change.description
    # the command line lists the same, and --accept-all leaves the question undecided
    before = table_rows(demo_path)
    assert main(["import-xlsx", str(exported), str(demo_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert all(part in out for part in EVERYTHING_OF_THE_ACTION) and "1 muutos;" in out
    assert main(["import-xlsx", str(exported), str(demo_path), "--accept-all"]) == 1
    captured = capsys.readouterr()
    assert "Hyväksyttiin 0 muutosta" in captured.out
    assert "1 poisto jätettiin tekemättä (TARKISTA yllä), koska kopiossa on yhä siitä" in captured.err
    assert table_rows(demo_path) == before


def test_an_action_deleted_with_its_indicator_rows_lists_all_it_takes_and_takes_exactly_that(
        exported, demo_path, capsys):
    edit_copy(exported, _delete_action_and_its_indicators)
    review, change = _removal(exported, demo_path, "action")
    assert not change.question and review.questions == []
    for part in EVERYTHING_OF_THE_ACTION:
        assert part in change.description
    assert "Kopiossa on yhä" not in change.description
    indicator = next(c for c in review.changes if c.entity == "indicator"
                     and c.old.label == INDICATORS[0])
    assert indicator.description == (f"Mittari '{INDICATORS[0]}' poistettu kopiosta. Poistuu myös: "
                                     "vuosiarvot 2026; viittaukset kokouksen 'Yhteistyösopimuksen "
                                     f"vuosittainen seurantakokous 2026' (20.5.2026) asialistan "
                                     f"kohdista '{AGENDA_ITEM}'")
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        action_id = session.scalars(select(Action.id).where(Action.title == ACTION)).one()
        indicator_ids = session.scalars(select(Indicator.id).where(Indicator.action_id == action_id)).all()
    links = _count(demo_path, AgendaLink)
    assert _count(demo_path, AgendaLink, AgendaLink.action_id == action_id) == 1
    assert main(["import-xlsx", str(exported), str(demo_path), "--accept-all"]) == 0
    assert "Hyväksyttiin 3 muutosta" in capsys.readouterr().out
    assert _count(demo_path, Action, Action.id == action_id) == 0
    assert _count(demo_path, Indicator, Indicator.id.in_(indicator_ids)) == 0
    assert _count(demo_path, IndicatorValue, IndicatorValue.indicator_id.in_(indicator_ids)) == 0
    assert _count(demo_path, ActionStatus, ActionStatus.action_id == action_id) == 0
    assert _count(demo_path, Responsibility, Responsibility.action_id == action_id) == 0
    assert _count(demo_path, AgendaLink) == links - 3  # the action's and its two indicators'


def test_no_deletion_is_preselected_in_the_window_and_a_question_not_even_by_select_all(
        window, exported, demo_path, qtbot):
    from yhteistyo_desktop.ui.review_dialog import ReviewDialog

    def edits(wb):
        _delete_action(wb)  # a question: its indicators stay
        sheet = wb["Henkilöt"]
        sheet.delete_rows(find_row(sheet, "A", "Matti Mäkinen"))  # a plain deletion
        sheet["B2"] = "Muutettu tehtävä"  # a plain edit
    edit_copy(exported, edits)
    assert window.open_path(demo_path)
    review = window.excel.compare_xlsx(exported)
    dialog = ReviewDialog(review, window)
    qtbot.addWidget(dialog)
    question = review.questions[0]
    assert "ristiriitoja: 0 ja tarkistettavia poistoja: 1." in dialog.summary.text()
    person = next(c for c in review.changes if c.kind == "removed" and c.entity == "person")
    edit = next(c for c in review.changes if c.kind == "edited")
    state = {c.id: dialog.items[c.id].checkState(0) for c in (question, person, edit)}
    assert state == {question.id: Qt.CheckState.Unchecked, person.id: Qt.CheckState.Unchecked,
                     edit.id: Qt.CheckState.Checked}
    # each group of what a deletion takes is a line under it
    person_item, question_item = dialog.items[person.id], dialog.items[question.id]
    assert person_item.text(0) == "Henkilö 'Matti Mäkinen' poistettu kopiosta"
    assert [person_item.child(i).text(0) for i in range(person_item.childCount())] == [
        "Poistuu myös: jäsenyys työryhmässä (jäsen)",
        "Poistuu myös: osallistuminen kokouksiin 'Yhteistyösopimuksen vuosittainen seurantakokous 2026'"]
    assert question_item.text(0) == f"TARKISTA: Toimenpide '{ACTION}' poistettu kopiosta"
    lines = [question_item.child(i).text(0).replace("\n    ", " ")
             for i in range(question_item.childCount())]
    assert f"Poistuu myös: mittarit '{INDICATORS[0]}' (1 vuosiarvo), '{INDICATORS[1]}'" in lines
    assert lines[-1] == (f"Kopiossa on yhä: mittarit '{INDICATORS[0]}' (1 vuosiarvo) (Mittarit, rivi 2), "
                         f"'{INDICATORS[1]}' (Mittarit, rivi 3)")
    dialog.select_all(True)
    assert dialog.items[question.id].checkState(0) == Qt.CheckState.Unchecked
    assert dialog.items[person.id].checkState(0) == Qt.CheckState.Checked


def _delete_area(wb):
    sheet = wb["Osa-alueet"]
    sheet.delete_rows(find_row(sheet, "B", "Arjen turvallisuus"))
    del wb[next(t for t in wb.sheetnames if t.startswith("Arjen turvallisuus"))]


def _delete_row(sheet, column, text):
    def edits(wb):
        wb[sheet].delete_rows(find_row(wb[sheet], column, text))
    return edits


#: Every kind of row the review compares: (rows deleted, entity, whether the copy still has
#: what the deletion would take, texts its description must have)
KINDS = {
    "area": (_delete_area, "area", True, (
        "Osa-alue 'Arjen turvallisuus ja varautuminen' poistettu kopiosta. Poistuu myös: tavoitteet "
        "'Turvallisuuden tunne, arjen varautuminen ja väestön kriisinkestävyys', 'Sujuva toiminta ja "
        "selkeä viestintä häiriö- ja poikkeustilanteissa'",
        "asialistan kohdista 'Maakunnallisen valmiusharjoituksen valmistelu', "
        "'Tavoitekokonaisuuksien vuosiseuranta'",
        "Kopiossa on yhä: tavoitteen 'Turvallisuuden tunne, arjen varautuminen ja väestön "
        f"kriisinkestävyys' liitos toimenpiteisiin '{ACTION}' (Toimenpiteet, solu F2), "
        "'Vuorovaikutuksen sekä ennakollisen yhteistyön lisääminen' (Toimenpiteet, solu F3)",)),
    "goal": (_delete_row("Osallisuus ja yhteisöllisyys", "B", "Vahva kokemus"), "goal", True, (
        "Poistuu myös: tavoitteen 'Vahva kokemus turvallisesta asuinympäristöstä' liitos "
        f"toimenpiteisiin '{ACTION}', 'Vuorovaikutuksen sekä ennakollisen yhteistyön lisääminen', "
        "'Tietopohjan sisällön määrittäminen tilannekuvan pohjaksi'",
        f"Kopiossa on yhä: tavoitteen 'Vahva kokemus turvallisesta asuinympäristöstä' liitos "
        f"toimenpiteisiin '{ACTION}' (Toimenpiteet, solu F2)")),
    "indicator": (_delete_row("Mittarit", "B", INDICATORS[0]), "indicator", False, (
        f"Mittari '{INDICATORS[0]}' poistettu kopiosta. Poistuu myös: vuosiarvot 2026",)),
    "party": (_delete_row("Osapuolet", "A", "Keski-Suomen liitto"), "party", True, (
        "Poistuu myös: vastuutahona toimenpiteissä 'Vuorovaikutuksen sekä ennakollisen yhteistyön "
        "lisääminen' (vastuutaho)", "'Yhteinen edunvalvonnan ydinviesti' (koollekutsuja)",
        "organisaatio tyhjenee henkilöiltä 'Pirjo Peräaho'",
        "organisaationa henkilöillä 'Pirjo Peräaho' (Henkilöt, solu C5)")),
    "person": (_delete_row("Henkilöt", "A", "Matti Mäkinen"), "person", False, (
        "Henkilö 'Matti Mäkinen' poistettu kopiosta. Poistuu myös: jäsenyys työryhmässä (jäsen); "
        "osallistuminen kokouksiin 'Yhteistyösopimuksen vuosittainen seurantakokous 2026'",)),
    "legal_reference": (_delete_row("Lakiperustat", "A", "1552/2011"), "legal_reference", False, (
        "Poistuu myös: liitokset tavoitteisiin 'Sujuva toiminta ja selkeä viestintä häiriö- ja "
        "poikkeustilanteissa'",)),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_deleted_row_lists_what_it_takes(kind, exported, demo_path, capsys):
    edits, entity, question, parts = KINDS[kind]
    edit_copy(exported, edits)
    _review, change = _removal(exported, demo_path, entity)
    for part in parts:
        assert part in change.description
    assert change.question is question
    assert main(["import-xlsx", str(exported), str(demo_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert all(part in out for part in parts)
