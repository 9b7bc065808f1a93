"""The Keski-Suomi 2025-2029 demo workbook: the facts of the seeds, as a user finds them in the file."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from yhteistyo_desktop.domain import business_id
from yhteistyo_desktop.domain.models import (
    Action,
    Area,
    Forum,
    GoalLegalReference,
    Indicator,
    LegalReference,
    Meeting,
    Membership,
    Party,
)
from yhteistyo_desktop.domain.queries import counts, tree
from yhteistyo_desktop.paths import demo_file as demo_json
from yhteistyo_desktop.store.workbook_file import check_file

DATA = json.loads(demo_json().read_text(encoding="utf-8"))

AREA_TITLES = [
    "Osallisuus ja yhteisöllisyys",
    "Hyvinvoinnin, terveyden ja turvallisuuden edistäminen sekä palvelujen järjestäminen",
    "Yhteinen edunvalvonta ja elinvoima",
    "Arjen turvallisuus ja varautuminen",
]
ACTION_TITLES = [
    "Asumisen kehittämisen työryhmä",
    "Vuorovaikutuksen sekä ennakollisen yhteistyön lisääminen",
    "Tietopohjan sisällön määrittäminen tilannekuvan pohjaksi",
    "Yhteinen edunvalvonnan ydinviesti",
    "Maakunnallisen valmiusharjoituksen toteuttaminen",
]
WORKING_GROUP = [
    ("Matti Mäkinen", "kunnanjohtaja", "Hankasalmen kunta"),
    ("Jarkko Määttänen", "kunnanjohtaja", "Muuramen kunta"),
    ("Iiris Asunmaa", "kehittämispäällikkö", "Jyväskylän kaupunki"),
    ("Pirjo Peräaho", "aluekehitysjohtaja", "Keski-Suomen liitto"),
    ("Lasse Leppä", "konsernipalvelujen toimialajohtaja", "Keski-Suomen hyvinvointialue"),
    ("Anna-Liisa Heiskala", "yhteiskuntasuhteiden päällikkö", "Keski-Suomen hyvinvointialue"),
]


def ordered(session, cls):
    return list(session.scalars(select(cls).order_by(cls.position)))


def test_the_counts(session):
    assert counts(session) == {"areas": 4, "goals": 12, "actions": 5, "indicators": 17,
                               "parties": 24, "persons": 6, "meetings": 1}


def test_the_workbook_row(demo_file, session):
    wb = demo_file.workbook(session)
    assert (wb.region, wb.term, wb.status) == ("Keski-Suomi", "2025-2029", "luonnos")
    assert wb.title == "Keski-Suomen strateginen yhteistyösopimus ja yhdyspintasuunnitelma"


def test_the_four_goal_sets_with_three_goals_each_in_order(session):
    areas = tree(session)
    assert [a.title for a in areas] == AREA_TITLES
    assert {a.group for a in areas} == {"yhteiset"}
    assert [[g.title for g in a.goals] for a in areas] == [
        [g["title"] for g in a["goals"]] for a in DATA["areas"]]
    assert all(len(a.goals) == 3 for a in areas)
    assert areas[0].goals[0].title == "Asukkaiden vaikutusmahdollisuuksien parantaminen"
    assert areas[3].goals[2].title == "Keski-Suomi turvallisuuden ja varautumisen edelläkävijänä"


def test_the_five_actions_in_order(session):
    assert [a.title for a in ordered(session, Action)] == ACTION_TITLES


def test_every_action_serves_a_goal_and_has_responsible_parties(session):
    for action in ordered(session, Action):
        assert len(action.goals) >= 1, action.title
        assert len(action.responsibilities) >= 1, action.title
    # in Keski-Suomi no action is aimed at a single goal: each of the five serves all twelve
    for area in tree(session):
        for goal in area.goals:
            assert [a.title for a in goal.actions] == ACTION_TITLES


def test_who_is_responsible_for_what(session):
    by_title = {a.title: a for a in ordered(session, Action)}

    def roles(title):
        return [(r.party.short_name, r.role) for r in by_title[title].responsibilities]

    assert roles("Yhteinen edunvalvonnan ydinviesti") == [("K-S liitto", "koollekutsuja")]
    assert roles("Asumisen kehittämisen työryhmä")[:2] == [("Hyvinvointialue", "koollekutsuja"),
                                                            ("Hyvinvointialue", "puheenjohtaja")]
    assert len(roles("Asumisen kehittämisen työryhmä")) == 24  # the county leads, 22 towns take part
    for title in (ACTION_TITLES[1], ACTION_TITLES[2], ACTION_TITLES[4]):
        assert len(roles(title)) == 24
        assert {role for _, role in roles(title)} == {"vastuutaho"}


def test_the_24_parties_with_valid_y_tunnus_and_address(session):
    parties = ordered(session, Party)
    assert len(parties) == 24
    kinds = [p.kind for p in parties]
    assert (kinds.count("hyvinvointialue"), kinds.count("maakunnan_liitto")) == (1, 1)
    assert kinds.count("kunta") + kinds.count("kaupunki") == 22
    for party in parties:
        assert business_id.is_valid(party.business_id), party.name
        assert party.street and party.postal_code and party.city, party.name
    jkl = next(p for p in parties if p.name == "Jyväskylän kaupunki")
    assert (jkl.business_id, jkl.postal_code, jkl.city) == ("0174666-4", "40101", "Jyväskylä")


def test_the_indicators(session):
    indicators = ordered(session, Indicator)
    assert len(indicators) == 17 and all(i.action_id for i in indicators)
    by_title = {i.title: i for i in indicators}
    meetings = by_title["Vaikuttamisryhmä on kokoontunut"]
    assert (meetings.kind, meetings.target_value, meetings.unit) == ("lukumaara_vuodessa", "2-3",
                                                                     "krt/v")
    assert by_title["Ikääntyvien asumisen selvitys on tehty"].target_year == 2026
    thl = [t for t in by_title if "(väestötaso, THL)" in t]
    assert len(thl) == 6
    assert sum(1 for i in indicators if i.kind == "kylla_ei") == 7


def test_the_working_group(session):
    members = list(session.scalars(select(Membership).order_by(Membership.position)))
    assert [(m.person.name, m.person.title, m.person.party.name) for m in members] == WORKING_GROUP
    assert {m.role for m in members} == {"jasen"}


def test_legal_references_are_attached_to_goals(session):
    assert session.scalar(select(func.count()).select_from(LegalReference)) == 21
    assert session.scalar(select(func.count()).select_from(GoalLegalReference)) == 13
    first_goal = tree(session)[0].goals[0]
    assert [link.legal_reference.law for link in first_goal.legal_links]


def test_the_cooperation_forums_levels_1_to_4(session):
    forums = ordered(session, Forum)
    assert [f.level for f in forums] == [1, 2, 3, 3, 3, 4]
    names = [f.name for f in forums]
    assert "Kuntakokous" in names
    assert "Keski-Suomen turvallisuus- ja valmiustoimikunta (KSTURVA)" in names


def test_the_may_follow_up_meeting(session):
    [meeting] = session.scalars(select(Meeting)).all()
    assert meeting.starts_at == dt.datetime(2026, 5, 20, 9, 0)
    assert meeting.forum.name == "Kuntakokous"
    assert sorted(link.person.name for link in meeting.participant_links) == sorted(
        name for name, _, _ in WORKING_GROUP)
    assert len(meeting.agenda) == 5
    first = meeting.agenda[0]
    assert first.title == "Tavoitekokonaisuuksien vuosiseuranta"
    assert [link.area.title for link in first.links] == AREA_TITLES
    edunvalvonta = meeting.agenda[3]
    assert edunvalvonta.presenter.name == "Pirjo Peräaho"
    assert {link.action.title for link in edunvalvonta.links if link.action} == {ACTION_TITLES[3]}


def test_the_demo_file_passes_the_check(demo_path):
    assert check_file(demo_path) == []
