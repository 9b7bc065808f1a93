"""Operations on the demo workbook: what a user does, what is stored in the file, what the history says."""
from __future__ import annotations

import datetime as dt
import json
import platform

import pytest
from sqlalchemy import func, select

from yhteistyo_desktop.domain.models import (
    Action,
    ActionStatus,
    AgendaItem,
    Area,
    Goal,
    GoalAction,
    History,
    Indicator,
    IndicatorValue,
    Meeting,
    MeetingParticipant,
    Membership,
    Party,
    Person,
    Responsibility,
    ResponsibilityPerson,
)
from yhteistyo_desktop.domain.operations import DEPENDENTS, DomainError, ValidationError
from yhteistyo_desktop.domain.queries import tree
from yhteistyo_desktop.store.workbook_file import check_file, open_workbook

from conftest import USER


# -- helpers -----------------------------------------------------------------------------------

def one(session, cls, **where):
    return session.scalars(select(cls).filter_by(**where)).one()


def count(session, cls, *where) -> int:
    return session.scalar(select(func.count()).select_from(cls).where(*where))


def history_since(session, last_id: int) -> list[History]:
    return list(session.scalars(select(History).where(History.id > last_id).order_by(History.id)))


def last_history_id(session) -> int:
    return session.scalar(select(func.max(History.id))) or 0


def table_contents(engine) -> dict[str, list[tuple]]:
    """Every row of every workbook table (not the history, which only grows), in a fixed order."""
    with engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('history', 'alembic_version') ORDER BY name")]
        return {t: sorted(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{t}"')), key=repr)
                for t in tables}


def stored(path):
    """The workbook as another reader of the file sees it now (read-only open of the file on disk)."""
    return open_workbook(path, "lukija", readonly=True)


def titles_under(session, goal_title: str) -> list[str]:
    for area in tree(session):
        for goal in area.goals:
            if goal.title == goal_title:
                return [a.title for a in goal.actions]
    raise LookupError(goal_title)


@pytest.fixture
def area(session):
    return session.scalars(select(Area).order_by(Area.position)).first()


@pytest.fixture
def goals(session, area):
    """The three goals of the demo's first area, in order."""
    return list(area.goals)


# -- create, edit, move and their history ----------------------------------------------------------

def test_create_stores_the_goal_last_in_its_area_and_records_who_and_when(ops, session, area,
                                                                        demo_path):
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    mark = last_history_id(session)
    goal = ops.create(Goal, area_id=area.id, layer="painopiste", title="  Uusi tavoite  ")
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    assert goal.title == "Uusi tavoite"
    assert [g.title for g in area.goals][-1] == "Uusi tavoite"
    [row] = history_since(session, mark)
    assert (row.op, row.entity, row.entity_id, row.field) == ("create", "goal", goal.id, None)
    assert (row.user, row.computer) == (USER, platform.node())
    assert before <= row.at <= after
    assert row.old_value is None
    assert json.loads(row.new_value)["title"] == "Uusi tavoite"
    assert json.loads(row.new_value)["area_id"] == area.id

    with stored(demo_path) as other, other.session() as s:
        assert one(s, Goal, id=goal.id).title == "Uusi tavoite"
        assert one(s, History, entity_id=goal.id, op="create").user == USER


def test_edit_stores_the_value_and_records_field_old_and_new(ops, session, goals, demo_path):
    goal = goals[0]
    old_title = goal.title
    mark = last_history_id(session)

    assert ops.edit(goal, "title", "Asukkaat vaikuttavat enemmän") is True
    assert ops.edit(goal, "title", "Asukkaat vaikuttavat enemmän") is False  # no change, no row

    [row] = history_since(session, mark)
    assert (row.op, row.entity, row.entity_id, row.field) == ("update", "goal", goal.id, "title")
    assert json.loads(row.old_value) == old_title
    assert json.loads(row.new_value) == "Asukkaat vaikuttavat enemmän"
    assert row.user == USER
    with stored(demo_path) as other, other.session() as s:
        assert one(s, Goal, id=goal.id).title == "Asukkaat vaikuttavat enemmän"


def test_clearing_an_optional_field_stores_null(ops, session, goals):
    goal = goals[0]
    ops.edit(goal, "notes", "Huomio")
    mark = last_history_id(session)
    ops.edit(goal, "notes", "   ")
    assert goal.notes is None
    [row] = history_since(session, mark)
    assert (json.loads(row.old_value), row.new_value) == ("Huomio", None)


def test_update_changes_several_fields_together_or_none(ops, session, goals, demo_path):
    goal = goals[1]
    title = goal.title
    mark = last_history_id(session)
    with pytest.raises(ValidationError):
        ops.update(goal, description="Uusi kuvaus", layer="ei-tällaista")
    assert history_since(session, mark) == []
    with stored(demo_path) as other, other.session() as s:
        assert one(s, Goal, id=goal.id).description != "Uusi kuvaus"

    ops.update(goal, description="Uusi kuvaus", layer="lainsaadanto")
    rows = history_since(session, mark)
    assert sorted(r.field for r in rows) == ["description", "layer"]
    assert len({r.txn for r in rows}) == 1  # one change for the user, one transaction in the history
    with stored(demo_path) as other, other.session() as s:
        stored_goal = one(s, Goal, id=goal.id)
        assert (stored_goal.title, stored_goal.description, stored_goal.layer) == (
            title, "Uusi kuvaus", "lainsaadanto")


def test_move_reorders_the_siblings_and_records_the_new_positions(ops, session, goals, area,
                                                                  demo_path):
    titles = [g.title for g in goals]
    mark = last_history_id(session)
    ops.move(goals[2], 0)

    expected = [titles[2], titles[0], titles[1]]
    assert [g.title for g in session.scalars(
        select(Goal).where(Goal.area_id == area.id).order_by(Goal.position))] == expected
    moved = {(r.entity_id, json.loads(r.old_value), json.loads(r.new_value))
             for r in history_since(session, mark)}
    assert moved == {(goals[2].id, 2, 0), (goals[0].id, 0, 1), (goals[1].id, 1, 2)}
    assert ops.index_of(goals[2]) == 0
    with stored(demo_path) as other, other.session() as s:
        assert [g.title for g in one(s, Area, id=area.id).goals] == expected


def test_move_past_the_end_puts_it_last(ops, goals, area):
    ops.move(goals[0], 99)
    assert [g.id for g in area.goals] == [goals[1].id, goals[2].id, goals[0].id]


def test_moving_a_goal_to_another_area_puts_it_last_there_and_the_file_stays_valid(
        ops, session, goals, demo_file, demo_path):
    areas = list(session.scalars(select(Area).order_by(Area.position)))
    target = areas[1]
    ops.edit(goals[0], "area_id", target.id)
    session.expire_all()
    assert [g.id for g in target.goals][-1] == goals[0].id
    assert len(target.goals) == 4 and len(areas[0].goals) == 2
    assert check_file(demo_path) == []


# -- validation --------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["", "   ", None])
def test_an_empty_title_is_refused_and_nothing_is_stored(ops, session, area, demo_path, title):
    goals_before = count(session, Goal)
    mark = last_history_id(session)
    with pytest.raises(ValidationError) as refused:
        ops.create(Goal, area_id=area.id, layer="painopiste", title=title)
    assert refused.value.field == "title"
    assert "tyhjä" in str(refused.value)
    assert count(session, Goal) == goals_before
    assert history_since(session, mark) == []
    with stored(demo_path) as other, other.session() as s:
        assert count(s, Goal) == goals_before


def test_a_title_missing_altogether_is_refused(ops, session, area):
    with pytest.raises(ValidationError) as refused:
        ops.create(Goal, area_id=area.id, layer="painopiste")
    assert refused.value.field == "title"


def test_emptying_a_title_is_refused_and_the_old_one_kept(ops, session, goals, demo_path):
    old = goals[0].title
    with pytest.raises(ValidationError):
        ops.edit(goals[0], "title", " ")
    assert goals[0].title == old
    with stored(demo_path) as other, other.session() as s:
        assert one(s, Goal, id=goals[0].id).title == old


@pytest.mark.parametrize("cls, fields, bad_field", [
    (Goal, {"layer": "tärkeä"}, "layer"),
    (Area, {"group": "muut"}, "group"),
    (Party, {"kind": "yhdistys", "name": "Uusi yhdistys"}, "kind"),
])
def test_a_value_outside_the_vocabulary_is_refused(ops, session, area, cls, fields, bad_field):
    fields = dict(fields)
    if cls is Goal:
        fields.update(area_id=area.id, title="Tavoite")
    if cls is Area:
        fields.update(title="Osa-alue")
    before = count(session, cls)
    with pytest.raises(ValidationError) as refused:
        ops.create(cls, **fields)
    assert refused.value.field == bad_field
    assert "tuntematon arvo" in str(refused.value)
    assert count(session, cls) == before


def test_a_vocabulary_field_is_required(ops, area):
    with pytest.raises(ValidationError) as refused:
        ops.create(Goal, area_id=area.id, title="Tavoite ilman tasoa")
    assert refused.value.field == "layer"


def test_editing_to_a_value_outside_the_vocabulary_is_refused(ops, session):
    action = session.scalars(select(Action)).first()
    resp = action.responsibilities[0]
    with pytest.raises(ValidationError):
        ops.edit(resp, "role", "pomo")
    assert resp.role in ("koollekutsuja", "vastuutaho")


@pytest.mark.parametrize("name", ["Keski-Suomen liitto", "keski-suomen liitto", " Keski-Suomen liitto ",
                                  "Äänekosken kaupunki", "äänekosken KAUPUNKI"])
def test_a_party_name_already_in_the_workbook_is_refused(ops, session, name):
    with pytest.raises(ValidationError) as refused:
        ops.create(Party, name=name, kind="muu")
    assert refused.value.field == "name"
    assert count(session, Party) == 24


def test_renaming_a_party_to_another_partys_name_is_refused(ops, session):
    muurame = one(session, Party, name="Muuramen kunta")
    with pytest.raises(ValidationError):
        ops.edit(muurame, "name", "ÄÄNEKOSKEN KAUPUNKI")
    assert muurame.name == "Muuramen kunta"
    ops.edit(muurame, "name", "MUURAMEN KUNTA")  # its own name in other letters is fine
    assert muurame.name == "MUURAMEN KUNTA"


@pytest.mark.parametrize("bid", ["0174666-4", "174666-4", "0174 666-4"])
def test_a_y_tunnus_already_in_the_workbook_is_refused(ops, session, bid):
    with pytest.raises(ValidationError) as refused:
        ops.create(Party, name="Jyväskylän kaupunkikonserni", kind="muu", business_id=bid)
    assert refused.value.field == "business_id"
    assert "Jyväskylän kaupunki" in str(refused.value)
    assert count(session, Party) == 24


def test_giving_a_party_another_partys_y_tunnus_is_refused(ops, session):
    muurame = one(session, Party, name="Muuramen kunta")
    with pytest.raises(ValidationError):
        ops.edit(muurame, "business_id", "0174666-4")
    assert muurame.business_id == "0176699-9"


def test_a_target_year_outside_the_council_term_is_refused(ops, session, goals, demo_path):
    goal = goals[0]
    for year in (2024, 2030):
        with pytest.raises(ValidationError) as refused:
            ops.create(Indicator, goal_id=goal.id, title="Mittari", kind="luku", target_year=year)
        assert refused.value.field == "target_year"
        assert "2025–2029" in str(refused.value)
    assert count(session, Indicator, Indicator.goal_id == goal.id) == 0

    with pytest.raises(ValidationError) as refused:
        ops.create(Indicator, goal_id=goal.id, title="Mittari", kind="luku", target_year="ensi vuonna")
    assert "ei ole vuosiluku" in str(refused.value)

    indicator = ops.create(Indicator, goal_id=goal.id, title="Mittari", kind="luku", target_year=2029)
    with pytest.raises(ValidationError):
        ops.edit(indicator, "target_year", 2031)
    ops.edit(indicator, "target_year", 2025)
    with stored(demo_path) as other, other.session() as s:
        assert one(s, Indicator, id=indicator.id).target_year == 2025


# -- goals and actions: many to many ------------------------------------------------------------

def test_an_action_serving_two_goals_is_listed_under_both(ops, session, goals):
    assert "Yhteinen asukasraati" not in titles_under(session, goals[0].title)  # tree loaded before
    action = ops.add_action([goals[0], goals[2]], title="Yhteinen asukasraati")
    assert "Yhteinen asukasraati" in titles_under(session, goals[0].title)
    assert "Yhteinen asukasraati" in titles_under(session, goals[2].title)
    assert "Yhteinen asukasraati" not in titles_under(session, goals[1].title)
    assert {g.id for g in action.goals} == {goals[0].id, goals[2].id}


def test_an_action_needs_a_goal(ops, session):
    with pytest.raises(ValidationError):
        ops.add_action([], title="Irrallinen toimenpide")
    assert count(session, Action) == 5


def test_linking_the_same_goal_twice_is_refused(ops, goals):
    action = ops.add_action([goals[0]], title="Toimenpide")
    with pytest.raises(DomainError):
        ops.link_goal_action(goals[0], action)


def test_unlinking_one_goal_keeps_the_action_under_the_other(ops, session, goals, demo_path):
    ops.add_action([goals[0], goals[1]], title="Yhteinen asukasraati")
    action = one(session, Action, title="Yhteinen asukasraati")
    mark = last_history_id(session)
    ops.unlink_goal_action(goals[0], action)

    assert "Yhteinen asukasraati" not in titles_under(session, goals[0].title)
    assert "Yhteinen asukasraati" in titles_under(session, goals[1].title)
    [row] = history_since(session, mark)
    assert (row.op, row.entity, row.entity_id) == ("unlink", "goal_action",
                                                    f"{goals[0].id}/{action.id}")
    with stored(demo_path) as other, other.session() as s:
        assert [g.id for g in one(s, Action, id=action.id).goals] == [goals[1].id]


def test_unlinking_the_last_goal_is_refused(ops, session, goals, demo_path):
    action = ops.add_action([goals[0]], title="Yhden tavoitteen toimenpide")
    with pytest.raises(DomainError) as refused:
        ops.unlink_goal_action(goals[0], action)
    assert "vähintään yhtä tavoitetta" in str(refused.value)
    assert "Yhden tavoitteen toimenpide" in titles_under(session, goals[0].title)
    assert check_file(demo_path) == []


def test_deleting_a_goal_keeps_the_actions_that_serve_other_goals(ops, session, goals):
    shared = ops.add_action([goals[0], goals[1]], title="Jaettu toimenpide")
    ops.delete(goals[0])
    assert count(session, Goal, Goal.id == goals[0].id) == 0
    # the demo's five actions serve every goal: all stay, as does the shared one
    assert count(session, Action) == 6
    assert "Jaettu toimenpide" in titles_under(session, goals[1].title)
    assert [g.id for g in one(session, Action, id=shared.id).goals] == [goals[1].id]


def test_deleting_a_goal_deletes_an_action_that_served_only_it_with_what_it_had(
        ops, session, goals, demo_path):
    party = one(session, Party, name="Laukaan kunta")
    person = one(session, Person, name="Iiris Asunmaa")
    only = ops.add_action([goals[0]], title="Vain tämän tavoitteen toimenpide")
    resp = ops.add_responsibility(only, party, "vastuutaho", [person])
    indicator = ops.create(Indicator, action_id=only.id, title="Tehty", kind="kylla_ei")
    ops.set_indicator_value(indicator, 2026, text="kyllä")
    ops.set_action_status(only, 2026, "kaynnissa")
    mark = last_history_id(session)

    snapshot = ops.delete(goals[0])

    assert count(session, Action, Action.id == only.id) == 0
    assert count(session, Responsibility, Responsibility.id == resp.id) == 0
    assert count(session, ResponsibilityPerson, ResponsibilityPerson.responsibility_id == resp.id) == 0
    assert count(session, Indicator, Indicator.id == indicator.id) == 0
    assert count(session, IndicatorValue, IndicatorValue.indicator_id == indicator.id) == 0
    assert count(session, ActionStatus, ActionStatus.action_id == only.id) == 0
    assert count(session, Action) == 5
    assert count(session, Person, Person.id == person.id) == 1  # people and parties stay
    assert count(session, Party, Party.id == party.id) == 1
    assert snapshot.count(Action) == 1
    deleted = {(r.entity, r.entity_id) for r in history_since(session, mark) if r.op == "delete"}
    assert ("action", only.id) in deleted and ("goal", goals[0].id) in deleted
    assert check_file(demo_path) == []


def test_a_goal_deleted_in_the_transaction_that_gave_it_its_only_action_takes_the_action_along(
        ops, session, area, demo_path):
    with ops.transaction():
        goal = ops.create(Goal, area_id=area.id, layer="painopiste", title="Kokeilu")
        assert goal.actions == []  # the goal's actions are loaded here, before the new one
        only = ops.add_action([goal], title="Vain kokeilun toimenpide")
        ops.delete(goal)
    assert count(session, Action, Action.id == only.id) == 0
    assert check_file(demo_path) == []


def test_deleting_every_goal_of_an_action_together_deletes_it(ops, session, goals):
    both = ops.add_action([goals[0], goals[1]], title="Kahden tavoitteen toimenpide")
    ops.delete(goals[0].area)
    assert count(session, Action, Action.id == both.id) == 0
    assert count(session, Action) == 5


# -- delete what DEPENDENTS says, restore exactly -------------------------------------------------

def _add_dependents(ops, session):
    """Give the demo the rows it lacks so that every kind of dependent exists."""
    goal = session.scalars(select(Goal).order_by(Goal.position)).first()
    action = one(session, Action, title="Yhteinen edunvalvonnan ydinviesti")
    liitto = one(session, Party, name="Keski-Suomen liitto")
    peraaho = one(session, Person, name="Pirjo Peräaho")
    resp = one(session, Responsibility, action_id=action.id, party_id=liitto.id)
    ops.link(ResponsibilityPerson, responsibility_id=resp.id, person_id=peraaho.id)
    per_party = one(session, Indicator, title="Kuntien strategiamittarit")
    ops.set_indicator_value(per_party, 2026, text="raportoitu", party=liitto)
    ops.set_indicator_value(per_party, 2026, text="kesken",
                            party=one(session, Party, name="Laukaan kunta"))
    ops.create(Indicator, goal_id=goal.id, title="Tavoitteen mittari", kind="luku", target_year=2028)
    ops.set_action_status(action, 2026, "viivastynyt", "Ydinviesti odottaa kuntakokousta.")


@pytest.mark.parametrize("what", ["area", "party", "person"])
def test_delete_takes_along_its_dependents_and_restore_brings_back_exactly_the_same_rows(
        ops, session, demo_file, demo_path, what):
    _add_dependents(ops, session)
    victim = {
        "area": lambda: session.scalars(select(Area).order_by(Area.position)).first(),
        "party": lambda: one(session, Party, name="Keski-Suomen liitto"),
        "person": lambda: one(session, Person, name="Pirjo Peräaho"),
    }[what]()
    cls = type(victim)
    before = table_contents(demo_file.engine)

    snapshot = ops.delete(victim)

    after_delete = table_contents(demo_file.engine)
    assert count(session, cls, cls.id == victim.id) == 0
    for child_cls, column, mode in DEPENDENTS[cls]:
        remaining = count(session, child_cls, getattr(child_cls, column) == victim.id)
        assert remaining == 0, (child_cls.__tablename__, column, mode)
    removed = {t: len(before[t]) - len(after_delete[t]) for t in before
               if len(before[t]) != len(after_delete[t])}
    assert removed == {c.__tablename__: n for c, n in
                       ((c, snapshot.count(c)) for c in {c for c, _ in snapshot.rows})}
    if what == "area":
        assert removed["goal"] == 3 and removed["agenda_link"] == 1
        assert removed["indicator"] == 1 and removed["goal_action"] == 15
        assert count(session, Action) == 5  # they serve the other areas' goals too
    if what == "party":
        assert removed["responsibility"] == 4 and removed["indicator_value"] == 1
        peraaho = one(session, Person, name="Pirjo Peräaho")
        assert peraaho.party_id is None  # the person stays, without an organisation
        assert count(session, ResponsibilityPerson) == 0
    if what == "person":
        assert removed["membership"] == 1 and removed["meeting_participant"] == 1
        assert removed["responsibility_person"] == 1
        presenter = one(session, AgendaItem, title="Vaikuttamisryhmä ja edunvalvonnan ydinviestit")
        assert presenter.presenter_id is None
    assert check_file(demo_path) == []

    ops.restore(snapshot)

    assert table_contents(demo_file.engine) == before
    with stored(demo_path) as other:
        assert table_contents(other.engine) == before
    assert check_file(demo_path) == []


def test_restore_is_recorded_in_the_history(ops, session):
    person = one(session, Person, name="Lasse Leppä")
    snapshot = ops.delete(person)
    mark = last_history_id(session)
    ops.restore(snapshot)
    created = {(r.entity, r.entity_id) for r in history_since(session, mark) if r.op == "create"}
    assert ("person", person.id) in created
    assert ("membership", one(session, Membership, person_id=person.id).id) in created


# -- transactions ------------------------------------------------------------------------------

def test_an_exception_inside_a_transaction_leaves_nothing_of_it_in_the_file(ops, session, goals, area,
                                                                           demo_file, demo_path):
    before = table_contents(demo_file.engine)
    mark = last_history_id(session)

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted):
        with ops.transaction():
            ops.create(Goal, area_id=area.id, layer="painopiste", title="Puolikas tavoite")
            ops.edit(goals[0], "title", "Muutettu otsikko")
            ops.delete(one(session, Party, name="Joutsan kunta"))
            ops.move(goals[2], 0)
            raise Interrupted

    demo_file.close()
    with open_workbook(demo_path, USER) as reopened:
        assert table_contents(reopened.engine) == before
        with reopened.session() as s:
            assert last_history_id(s) == mark
            assert count(s, Goal, Goal.title == "Puolikas tavoite") == 0


def test_nested_transactions_commit_together(ops, session, area, demo_path):
    with ops.transaction():
        ops.create(Goal, area_id=area.id, layer="painopiste", title="Ensimmäinen")
        with ops.transaction():
            ops.create(Goal, area_id=area.id, layer="painopiste", title="Toinen")
        with stored(demo_path) as other, other.session() as s:
            assert count(s, Goal) == 12  # nothing visible before the outer one ends
    with stored(demo_path) as other, other.session() as s:
        assert count(s, Goal) == 14
    txns = {r.txn for r in session.scalars(select(History).where(History.entity == "goal",
                                                                 History.op == "create"))
            if r.entity_id in {g.id for g in area.goals[-2:]}}
    assert len(txns) == 1


def test_the_session_works_after_a_refused_change(ops, session, area):
    with pytest.raises(ValidationError):
        ops.create(Goal, area_id=area.id, layer="painopiste", title="")
    goal = ops.create(Goal, area_id=area.id, layer="painopiste", title="Seuraava yritys")
    assert goal in area.goals


# -- action status, indicator values -------------------------------------------------------------

@pytest.fixture
def action(session):
    return one(session, Action, title="Maakunnallisen valmiusharjoituksen toteuttaminen")


@pytest.mark.parametrize("status", ["viivastynyt", "keskeytetty"])
def test_a_delayed_or_suspended_status_needs_a_comment(ops, session, action, status):
    for comment in (None, "", "   "):
        with pytest.raises(ValidationError) as refused:
            ops.set_action_status(action, 2026, status, comment)
        assert refused.value.field == "comment"
        assert "Kerro kommentissa" in str(refused.value)
    assert count(session, ActionStatus) == 0
    row = ops.set_action_status(action, 2026, status, "Harjoitus siirtyy syksyyn.")
    assert (row.status, row.comment) == (status, "Harjoitus siirtyy syksyyn.")


def test_other_statuses_need_no_comment_and_a_year_has_one_status(ops, session, action):
    ops.set_action_status(action, 2026, "ei_aloitettu")
    ops.set_action_status(action, 2026, "kaynnissa")
    ops.set_action_status(action, 2027, "toteutunut")
    assert [(s.year, s.status) for s in session.scalars(
        select(ActionStatus).order_by(ActionStatus.year))] == [(2026, "kaynnissa"), (2027, "toteutunut")]


def test_changing_to_a_delayed_status_without_a_comment_is_refused(ops, session, action):
    row = ops.set_action_status(action, 2026, "kaynnissa")
    with pytest.raises(ValidationError):
        ops.set_action_status(action, 2026, "viivastynyt")
    with pytest.raises(ValidationError):
        ops.edit(row, "status", "keskeytetty")
    assert row.status == "kaynnissa"
    ops.set_action_status(action, 2026, "viivastynyt", "Rahoitus puuttuu.")
    with pytest.raises(ValidationError):
        ops.edit(row, "comment", "")  # the comment cannot be removed while it is delayed
    assert row.comment == "Rahoitus puuttuu."
    ops.set_action_status(action, 2026, "toteutunut")
    assert (row.status, row.comment) == ("toteutunut", None)


def test_an_unknown_status_is_refused(ops, session, action):
    with pytest.raises(ValidationError):
        ops.set_action_status(action, 2026, "valmis")
    assert count(session, ActionStatus) == 0


def test_indicator_value_is_created_changed_and_removed(ops, session, demo_path):
    indicator = one(session, Indicator, title="Koettu terveys (väestötaso, THL)")
    mark = last_history_id(session)
    value = ops.set_indicator_value(indicator, 2026, number=61.5, comment="FinSote")
    assert (value.year, value.value_number, value.party_id) == (2026, 61.5, None)

    ops.set_indicator_value(indicator, 2026, number=63.0, comment="FinSote")
    assert count(session, IndicatorValue) == 1
    assert one(session, IndicatorValue, indicator_id=indicator.id).value_number == 63.0
    with stored(demo_path) as other, other.session() as s:
        assert one(s, IndicatorValue, indicator_id=indicator.id).value_number == 63.0

    assert ops.set_indicator_value(indicator, 2026) is None
    assert count(session, IndicatorValue) == 0
    ops_seen = [(r.op, r.entity, r.field) for r in history_since(session, mark)]
    assert ops_seen == [("create", "indicator_value", None),
                        ("update", "indicator_value", "value_number"),
                        ("delete", "indicator_value", None)]
    with stored(demo_path) as other, other.session() as s:
        assert count(s, IndicatorValue) == 0


def test_indicator_values_are_kept_per_party(ops, session):
    indicator = one(session, Indicator, title="Kuntien strategiamittarit")
    laukaa = one(session, Party, name="Laukaan kunta")
    muurame = one(session, Party, name="Muuramen kunta")
    ops.set_indicator_value(indicator, 2026, text="8/10 toteutui", party=laukaa)
    ops.set_indicator_value(indicator, 2026, text="5/7 toteutui", party=muurame)
    ops.set_indicator_value(indicator, 2026, text="koko alue: kesken")
    ops.set_indicator_value(indicator, 2026, text="9/10 toteutui", party=laukaa)

    def values():
        return sorted((v.party.name if v.party else "", v.value_text)
                      for v in session.scalars(select(IndicatorValue)))

    assert values() == [("", "koko alue: kesken"), ("Laukaan kunta", "9/10 toteutui"),
                        ("Muuramen kunta", "5/7 toteutui")]
    ops.set_indicator_value(indicator, 2026, text="", party=muurame)
    assert values() == [("", "koko alue: kesken"), ("Laukaan kunta", "9/10 toteutui")]


# -- read-only ---------------------------------------------------------------------------------

def test_a_read_only_workbook_refuses_every_change(demo_path):
    original = demo_path.read_bytes()
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        area = session.scalars(select(Area)).first()
        goal = area.goals[0]
        attempts = [
            lambda: ops.create(Goal, area_id=area.id, layer="painopiste", title="Uusi"),
            lambda: ops.edit(goal, "title", "Muutettu"),
            lambda: ops.move(goal, 2),
            lambda: ops.delete(goal),
            lambda: ops.add_action([goal], title="Uusi toimenpide"),
            lambda: ops.set_action_status(goal.actions[0], 2026, "kaynnissa"),
        ]
        for attempt in attempts:
            with pytest.raises(DomainError) as refused:
                attempt()
            assert "vain luettavaksi" in str(refused.value)
        assert goal.title != "Muutettu"
    assert demo_path.read_bytes() == original
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        assert count(session, Goal) == 12
        assert count(session, Meeting) == 1 and count(session, MeetingParticipant) == 6


def test_edit_with_expected_refuses_a_value_changed_since_it_was_seen(demo_file):
    """Two sessions on one workbook: the second edit saw an old value and is refused."""
    from yhteistyo_desktop.domain.models import Goal
    from yhteistyo_desktop.domain.operations import StaleValueError

    with demo_file.session() as first, demo_file.session() as second:
        goal = first.scalars(select(Goal).order_by(Goal.id)).first()
        seen = goal.title
        other = second.get(Goal, goal.id)
        assert other.title == seen
        second.commit()  # end the read transaction (SQLite: the writer must not wait for it)
        demo_file.operations(first).edit(goal, "title", "Ensimmäisen otsikko", expected=seen)
        ops = demo_file.operations(second)
        ops.user = "Toinen"
        with pytest.raises(StaleValueError) as refused:
            ops.edit(other, "title", "Toisen otsikko", expected=seen)
        assert refused.value.current == "Ensimmäisen otsikko"
        assert refused.value.changed_by == USER
        assert str(refused.value) == f"Toinen käyttäjä ({USER}) muutti kentän juuri: Ensimmäisen otsikko"
    with demo_file.session() as check:
        assert check.get(Goal, goal.id).title == "Ensimmäisen otsikko"
