"""The Seuranta tab on real workbook files: the year's statuses and values entered in the tables.

Entries go in the way a user makes them (the delegates' editors, or the models'
setData the views call), are stored in the file at once, undo with Ctrl+Z, and
obey the rules (a delayed action needs a comment; a number is a number).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem
from sqlalchemy import select

from yhteistyo_desktop.domain.followup import EntryError, load_followup, parse_entry
from yhteistyo_desktop.domain.models import ActionStatus, IndicatorValue
from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.ui.followup_view import MissingRole

from conftest import USER

YEAR = 2026



@pytest.fixture
def view(window, demo_path):
    assert window.open_path(demo_path)
    window.main_tabs.setCurrentWidget(window.followup)
    window.followup.set_year(YEAR)
    return window.followup


def row_of(model, title: str, party: str | None = None) -> int:
    for number, row in enumerate(model.rows):
        if row.title.startswith(title) and getattr(row, "party_name", None) == party:
            return number
    raise AssertionError(title)


def edit_with_delegate(table, index, value) -> None:
    """Open the cell's editor as a double click would, put ``value`` in it, commit it."""
    delegate = table.itemDelegateForIndex(index)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
        assert editor.currentIndex() >= 0, value
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(value)
    delegate.setModelData(editor, table.model(), index)
    editor.deleteLater()


def stored_statuses(path) -> dict[str, tuple]:
    wbfile = open_workbook(path, USER, readonly=True)
    try:
        with wbfile.session() as session:
            return {s.action.title: (s.year, s.status, s.comment)
                    for s in session.scalars(select(ActionStatus))}
    finally:
        wbfile.close()


def stored_values(path) -> list[tuple]:
    wbfile = open_workbook(path, USER, readonly=True)
    try:
        with wbfile.session() as session:
            return sorted((v.indicator.title, v.party.short_name if v.party else None, v.year,
                           v.value_number, v.value_text, v.comment)
                          for v in session.scalars(select(IndicatorValue)))
    finally:
        wbfile.close()


# -- entering values ----------------------------------------------------------------------------

@pytest.mark.parametrize("typed, number", [("12,5", 12.5), ("12.5", 12.5), (" 1 200,25 ", 1200.25),
                                           ("-3", -3.0), ("0,5", 0.5)])
def test_numbers_take_a_decimal_comma_or_point(typed, number):
    assert parse_entry("luku", typed) == (number, None)


@pytest.mark.parametrize("kind, typed, says", [
    ("luku", "abc", "ei ole luku"), ("luku", "12,5,1", "ei ole luku"), ("luku", "1.200,5", "ei ole luku"),
    ("lukumaara_vuodessa", "2,5", "kokonaisluku"), ("lukumaara_vuodessa", "-1", "kokonaisluku"),
    ("kylla_ei", "ehkä", "kyllä tai ei"),
])
def test_junk_is_refused_with_a_message_saying_what_is_accepted(kind, typed, says):
    with pytest.raises(EntryError, match=says):
        parse_entry(kind, typed)


def test_values_and_statuses_entered_in_the_tables_persist_after_reopening(window, view, demo_path,
                                                                          qtbot):
    actions, indicators = view.actions_model, view.indicators_model
    edit_with_delegate(view.actions_view, actions.index(0, actions.STATUS), "kaynnissa")
    edit_with_delegate(view.actions_view, actions.index(0, actions.COMMENT), "Työryhmä kokoontui")
    life = row_of(indicators, "Koettu elämänlaatu")
    edit_with_delegate(view.indicators_view, indicators.index(life, indicators.value_column()), "12,5")
    done = row_of(indicators, "Työryhmä on perustettu")
    edit_with_delegate(view.indicators_view, indicators.index(done, indicators.value_column()), "kyllä")
    laukaa = row_of(indicators, "Kuntien strategiamittarit", "Laukaa")
    edit_with_delegate(view.indicators_view, indicators.index(laukaa, indicators.value_column()),
                       "8/10 toteutui")
    edit_with_delegate(view.indicators_view, indicators.index(laukaa, indicators.comment_column()),
                       "Valtuusto käsitteli")
    assert not view.error_label.isVisible(), view.error_label.text()

    # Shown the Finnish way at once ...
    life = row_of(indicators, "Koettu elämänlaatu")
    assert indicators.index(life, indicators.value_column()).data() == "12,5"
    assert actions.index(0, actions.STATUS).data() == "käynnissä"
    # ... and in the file after closing it.
    window.install(None)
    assert stored_statuses(demo_path) == {
        "Asumisen kehittämisen työryhmä": (YEAR, "kaynnissa", "Työryhmä kokoontui")}
    assert stored_values(demo_path) == [
        ("Koettu elämänlaatu (väestötaso, THL)", None, YEAR, 12.5, None, None),
        ("Kuntien strategiamittarit", "Laukaa", YEAR, None, "8/10 toteutui", "Valtuusto käsitteli"),
        ("Työryhmä on perustettu ja toiminnassa", None, YEAR, None, "kyllä", None),
    ]
    # Reopened, the tab shows them again.
    assert window.open_path(demo_path)
    window.followup.set_year(YEAR)
    indicators = window.followup.indicators_model
    life = row_of(indicators, "Koettu elämänlaatu")
    assert indicators.index(life, indicators.value_column()).data() == "12,5"
    assert indicators.index(life, indicators.value_column()).data(MissingRole) is False
    assert window.followup.actions_model.index(0, 5).data() == "Työryhmä kokoontui"


def test_junk_in_a_number_cell_is_refused_and_nothing_is_stored(view, demo_path):
    indicators = view.indicators_model
    life = row_of(indicators, "Koettu elämänlaatu")
    index = indicators.index(life, indicators.value_column())
    assert indicators.setData(index, "12.5")
    assert not indicators.setData(index, "paljon")
    assert view.error_label.isVisible()
    assert "ei ole luku" in view.error_label.text() and "Arvoa ei tallennettu" in view.error_label.text()
    assert indicators.index(life, indicators.value_column()).data() == "12,5"
    counts = row_of(indicators, "Vaikuttamisryhmä")
    assert not indicators.setData(indicators.index(counts, indicators.value_column()), "2,5")
    assert "kokonaisluku" in view.error_label.text()
    view.window().install(None)
    assert [v[3] for v in stored_values(demo_path)] == [12.5]


def test_undo_takes_back_an_entry_and_redo_puts_it_back(window, view, demo_path):
    indicators = view.indicators_model
    life = row_of(indicators, "Koettu elämänlaatu")
    index = indicators.index(life, indicators.value_column())
    indicators.setData(index, "61,5")
    indicators.setData(index, "63")
    window.undo_action.trigger()
    assert indicators.index(life, indicators.value_column()).data() == "61,5"
    window.undo_action.trigger()
    assert indicators.index(life, indicators.value_column()).data(MissingRole) is True
    window.redo_action.trigger()
    assert indicators.index(life, indicators.value_column()).data() == "61,5"
    actions = view.actions_model
    actions.setData(actions.index(2, actions.STATUS), "toteutunut")
    window.undo_action.trigger()
    assert actions.index(2, actions.STATUS).data(MissingRole) is True
    window.install(None)
    assert stored_statuses(demo_path) == {}
    assert [v[3] for v in stored_values(demo_path)] == [61.5]


# -- the comment rule ---------------------------------------------------------------------------

def test_delayed_without_a_comment_is_refused_and_asks_for_the_reason(view, demo_path, qtbot):
    actions = view.actions_model
    index = actions.index(3, actions.STATUS)
    edit_with_delegate(view.actions_view, index, "viivastynyt")
    assert "kommentti on pakollinen" in view.error_label.text()
    assert actions.index(3, actions.STATUS).data(MissingRole) is True
    assert stored_statuses(demo_path) == {}
    # The reason is asked for; cancelling stores nothing.
    dialog = view.comment_dialog
    assert dialog is not None and "viivästynyt" in dialog.labelText()
    dialog.reject()
    assert stored_statuses(demo_path) == {}
    # Given a reason, the status and the comment are stored together.
    edit_with_delegate(view.actions_view, index, "keskeytetty")
    view.comment_dialog.setTextValue("Rahoitus päättyi")
    view.comment_dialog.accept()
    assert actions.index(3, actions.STATUS).data() == "keskeytetty"
    assert stored_statuses(demo_path) == {
        "Yhteinen edunvalvonnan ydinviesti": (YEAR, "keskeytetty", "Rahoitus päättyi")}
    # Emptying the comment of a suspended action is refused too.
    assert not actions.setData(actions.index(3, actions.COMMENT), "")
    assert "Kerro kommentissa" in view.error_label.text()
    assert stored_statuses(demo_path)["Yhteinen edunvalvonnan ydinviesti"][2] == "Rahoitus päättyi"


def test_a_comment_without_a_status_or_value_is_refused(view, demo_path):
    actions, indicators = view.actions_model, view.indicators_model
    assert not actions.setData(actions.index(0, actions.COMMENT), "Jotain")
    assert "Valitse ensin" in view.error_label.text()
    assert not indicators.setData(indicators.index(0, indicators.comment_column()), "Jotain")
    assert "Kirjoita ensin arvo" in view.error_label.text()
    assert stored_statuses(demo_path) == {} and stored_values(demo_path) == []


# -- what is missing, and the counts -------------------------------------------------------------

def test_missing_entries_are_flagged_with_colour_tooltip_and_text(view):
    actions, indicators = view.actions_model, view.indicators_model
    status = actions.index(0, actions.STATUS)
    assert status.data(MissingRole) is True
    assert status.data() == "⚠ puuttuu"
    assert status.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert str(YEAR) in status.data(Qt.ItemDataRole.ToolTipRole)
    value = indicators.index(row_of(indicators, "Kuntien strategiamittarit", "Joutsa"),
                             indicators.value_column())
    assert value.data() == "⚠ puuttuu" and value.data(MissingRole) is True
    assert "Joutsa" in value.data(Qt.ItemDataRole.ToolTipRole)
    actions.setData(status, "toteutunut")
    assert actions.index(0, actions.STATUS).data(MissingRole) is False
    assert actions.index(0, actions.STATUS).data(Qt.ItemDataRole.BackgroundRole) is None
    # Only the missing ones, on request.
    view.only_missing.setChecked(True)
    assert actions.rowCount() == 4
    assert all(actions.index(r, actions.STATUS).data(MissingRole) for r in range(4))


def test_summary_counts_on_the_demo(view):
    # The demo: 5 actions serving all 12 goals of the 4 areas; 17 indicators on the actions,
    # two of them followed per party (the 24 parties responsible for their action).
    assert view.summary_label.text() == "0 / 5 toimenpidettä arvioitu · 0 / 17 mittaria raportoitu"
    assert view.indicators_model.rowCount() == 15 + 2 * 24
    actions, indicators = view.actions_model, view.indicators_model
    actions.setData(actions.index(0, actions.STATUS), "toteutunut")
    actions.setData(actions.index(1, actions.STATUS), "kaynnissa")
    indicators.setData(indicators.index(row_of(indicators, "Koettu terveys"),
                                        indicators.value_column()), "7,1")
    # One party of a per-party indicator is not enough to count the indicator reported.
    indicators.setData(indicators.index(row_of(indicators, "Kuntien strategiamittarit", "Joutsa"),
                                        indicators.value_column()), "raportoitu")
    assert view.summary_label.text() == "2 / 5 toimenpidettä arvioitu · 1 / 17 mittaria raportoitu"
    assert "2 / 63" in view.summary_label.toolTip()
    table = view.summary_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())][:2] == [
        "Kaikki osa-alueet", "1. Osallisuus ja yhteisöllisyys"]
    assert all(table.item(r, 1).text() == "2 / 5" and table.item(r, 2).text() == "1 / 17"
               for r in range(table.rowCount()))
    # A goal set chosen: its own count.
    view.set_combo.setCurrentIndex(view.set_combo.findData(2))
    assert view.summary_label.text() == "2 / 5 toimenpidettä arvioitu · 1 / 17 mittaria raportoitu"
    assert view.status_chart.drawn["bars"][0][1] == [
        ("ei_aloitettu", 0), ("kaynnissa", 1), ("toteutunut", 1), ("viivastynyt", 0),
        ("keskeytetty", 0), (None, 3)]


def test_summaries_per_goal_set_count_only_what_serves_it(ops, session):
    """A goal set's counts cover the actions serving its goals and their indicators."""
    from yhteistyo_desktop.domain.models import Area, Goal, Indicator

    first = session.scalars(select(Area).order_by(Area.position)).first()
    goal = ops.create(Goal, area_id=first.id, layer="painopiste", title="Uusi tavoite")
    action = ops.add_action([goal], title="Vain ykkösalueen toimenpide")
    indicator = ops.create(Indicator, goal_id=goal.id, title="Oma mittari", kind="luku")
    ops.set_indicator_value(indicator, YEAR, number=4.0)
    ops.set_action_status(action, YEAR, "kaynnissa")
    followup = load_followup(session, YEAR)
    by_number = {s.number: s for s in followup.summaries}
    assert (by_number[1].assessed, by_number[1].actions) == (1, 6)
    assert (by_number[1].reported, by_number[1].indicators) == (1, 18)
    assert (by_number[2].assessed, by_number[2].actions) == (0, 5)
    assert (by_number[2].reported, by_number[2].indicators) == (0, 17)
    assert followup.total.text() == "1 / 6 toimenpidettä arvioitu · 1 / 18 mittaria raportoitu"


def test_other_years_show_as_columns_and_the_status_before(view):
    indicators, actions = view.indicators_model, view.actions_model
    view.set_year(2025)
    indicators.setData(indicators.index(row_of(indicators, "Koettu terveys"),
                                        indicators.value_column()), "7,5")
    actions.setData(actions.index(0, actions.STATUS), "kaynnissa")
    view.set_year(2027)
    headers = [indicators.headerData(c, Qt.Orientation.Horizontal)
               for c in range(indicators.columnCount())]
    assert headers[3:7] == ["Lähtötaso", "2025", "2026", "Arvo 2027"]
    row = row_of(indicators, "Koettu terveys")
    assert indicators.index(row, 4).data() == "7,5"
    assert actions.index(0, actions.PREVIOUS).data() == "käynnissä (2025)"
    assert actions.headerData(actions.STATUS, Qt.Orientation.Horizontal) == "Tila 2027"


# -- charts -------------------------------------------------------------------------------------

def test_the_chart_draws_the_selected_indicators_values_baseline_and_target(view, window):
    indicators = view.indicators_model
    for year, typed in ((2025, "2"), (2026, "3")):
        view.set_year(year)
        indicators.setData(indicators.index(row_of(indicators, "Vaikuttamisryhmä"),
                                            indicators.value_column()), typed)
    view.indicators_view.setCurrentIndex(indicators.index(row_of(indicators, "Vaikuttamisryhmä"), 1))
    drawn = view.indicator_chart.drawn
    assert drawn["title"] == "Vaikuttamisryhmä on kokoontunut"
    assert drawn["points"] == [(2025, 2.0, "2"), (2026, 3.0, "3")]
    assert drawn["target"] == {"year": None, "low": 2.0, "high": 3.0, "label": "2–3"}
    assert drawn["years"] == [2025, 2026, 2027, 2028, 2029] and drawn["unit"] == "krt/v"
    image = view.indicator_chart.grab().toImage()
    assert not image.isNull() and image.width() > 200
    # A number with decimals, the Finnish way, and a baseline typed as text.
    from yhteistyo_desktop.domain.models import Indicator

    life = window.doc.session.scalars(select(Indicator).where(
        Indicator.title.startswith("Koettu elämänlaatu"))).one()
    window.doc.ops.update(life, baseline_value="60,25", baseline_year=2024)
    view.reload()
    row = row_of(indicators, "Koettu elämänlaatu")
    indicators.setData(indicators.index(row, indicators.value_column()), "63.25")
    view.indicators_view.setCurrentIndex(indicators.index(row, 1))
    drawn = view.indicator_chart.drawn
    assert drawn["points"] == [(2026, 63.25, "63,25")]
    assert drawn["baseline"] == {"year": 2024, "value": 60.25, "label": "60,25"}
    assert "63,25" in view.indicator_chart.accessibleDescription()
    assert not view.indicator_chart.grab().toImage().isNull()


def test_a_text_indicator_gets_a_note_instead_of_a_chart(view):
    indicators = view.indicators_model
    view.indicators_view.setCurrentIndex(
        indicators.index(row_of(indicators, "Keski-Suomen strategian mittarit"), 1))
    assert view.indicator_chart.drawn == {}
    assert "tekstimittarin" in view.indicator_chart.message
    assert not view.indicator_chart.grab().toImage().isNull()


def test_status_chart_renders(view):
    actions = view.actions_model
    actions.setData(actions.index(0, actions.STATUS), "toteutunut")
    assert view.status_chart.drawn["bars"][0][0] == "Kaikki"
    assert len(view.status_chart.drawn["bars"]) == 5
    image = view.status_chart.grab().toImage()
    assert not image.isNull()
    assert "toteutunut 1" in view.status_chart.accessibleDescription()


def test_tables_fit_the_window_at_1366x768(view, qtbot, tmp_path):
    """The status and value columns are in sight without scrolling sideways."""
    qtbot.waitExposed(view.window())
    view.window().grab().save(str(tmp_path / "seuranta.png"))
    for table, column in ((view.actions_view, view.actions_model.COMMENT),
                          (view.indicators_view, view.indicators_model.target_column())):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert 0 <= table.columnViewportPosition(column) and right <= table.viewport().width(), \
            (column, right, table.viewport().width())
    assert view.indicator_chart.height() >= 170 and view.status_chart.height() >= 150


# -- model checks -------------------------------------------------------------------------------

def test_models_pass_qt_model_tester(qtmodeltester, view):
    actions, indicators = view.actions_model, view.indicators_model
    actions.setData(actions.index(0, actions.STATUS), "kaynnissa")
    indicators.setData(indicators.index(2, indicators.value_column()), "4,5")
    qtmodeltester.check(actions)
    qtmodeltester.check(indicators)


def test_read_only_workbook_cannot_be_edited_here(window, demo_path):
    assert window.open_path(demo_path, readonly=True)
    model = window.followup.actions_model
    assert not model.flags(model.index(0, model.STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, model.STATUS), "toteutunut")


def test_edits_made_elsewhere_in_the_window_show_in_the_tab(window, view):
    """Renaming an indicator or making it per-party in its editor updates the follow-up tables."""
    from yhteistyo_desktop.domain.models import Indicator
    from yhteistyo_desktop.ui.commands import EditCommand

    health = window.doc.session.scalars(select(Indicator).where(
        Indicator.title.startswith("Koettu terveys"))).one()
    assert window.run(EditCommand(window.doc, health, "title", "Koettu terveys (FinSote)", "Nimi"))
    assert row_of(view.indicators_model, "Koettu terveys (FinSote)") >= 0
    assert window.run(EditCommand(window.doc, health, "per_party", True, "Osapuolittain"))
    assert row_of(view.indicators_model, "Koettu terveys (FinSote)", "Laukaa") >= 0
    assert view.summary_label.text().endswith("0 / 17 mittaria raportoitu")
    assert view.indicators_model.rowCount() == 14 + 3 * 24


def test_per_party_rows_follow_the_responsible_parties_else_the_municipalities(ops, session):
    from yhteistyo_desktop.domain.models import Area, Goal, Indicator, Party

    parties = {p.short_name: p for p in session.scalars(select(Party))}
    area = session.scalars(select(Area).order_by(Area.position)).first()
    goal = ops.create(Goal, area_id=area.id, layer="painopiste", title="Oma tavoite")
    # A goal nobody is responsible for: every municipality (22 in the demo), not the county.
    alone = ops.create(Indicator, goal_id=goal.id, title="Kuntien luku", kind="luku", per_party=True)
    before = [r.party_name for r in load_followup(session, YEAR).indicators
              if r.indicator_id == alone.id]
    assert len(before) == 22 and "Hyvinvointialue" not in before and "Laukaa" in before
    action = ops.add_action([goal], title="Kahden kunnan hanke")
    ops.add_responsibility(action, parties["Laukaa"], "vastuutaho")
    ops.add_responsibility(action, parties["Muurame"], "osallistuja")
    paired = ops.create(Indicator, action_id=action.id, title="Hankkeen luku", kind="luku",
                        per_party=True)
    # A value stored for another party is never hidden.
    ops.set_indicator_value(paired, YEAR, number=1.0, party=parties["Joutsa"])
    followup = load_followup(session, YEAR)
    rows = {r.indicator_id: [] for r in followup.indicators}
    for r in followup.indicators:
        rows[r.indicator_id].append(r.party_name)
    assert rows[paired.id] == ["Joutsa", "Laukaa", "Muurame"]
    # Now the goal has an action: its responsible parties.
    assert rows[alone.id] == ["Laukaa", "Muurame"]
