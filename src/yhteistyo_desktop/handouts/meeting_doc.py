"""The meeting handout: a cover (forum, time, place, version, participants), the agenda, then each item's material.

An item points at areas, goals, actions and indicators. Areas and goals are
shown as their goals with a one-row-per-action summary (who leads, status),
because the first item of a follow-up meeting typically links every area and
would otherwise reprint the workbook; an action linked on its own is shown in
full with its indicators' latest values. Status and values are the latest up
to the meeting's year.
"""
from __future__ import annotations

from functools import partial

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph
from reportlab.lib.units import mm
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from ..domain.models import (
    Action, AgendaItem, Area, Goal, Meeting, MeetingParticipant, Person,
)
from .blocks import Blocks
from .data import latest_status
from .document import Plan, heading
from .styles import INDENT, esc, labelled, para, table


def load_meeting(session: Session, meeting_id: str) -> Meeting:
    """The meeting with its forum, participants and agenda (links included) in a few queries."""
    return session.scalars(select(Meeting).where(Meeting.id == meeting_id).options(
        joinedload(Meeting.forum), joinedload(Meeting.version),
        selectinload(Meeting.participant_links).joinedload(MeetingParticipant.person)
        .joinedload(Person.party),
        selectinload(Meeting.agenda).options(joinedload(AgendaItem.presenter),
                                             selectinload(AgendaItem.links)),
    )).one()


class MeetingHandout:
    def __init__(self, blocks: Blocks, meeting: Meeting):
        self.b = blocks
        self.data = blocks.data
        self.t = blocks.t
        self.s = blocks.s
        self.meeting = meeting
        self.year = meeting.starts_at.year
        # Which agenda item printed the table of which set of actions: the same table again
        # (the demo's areas share their actions) is a reference to it, not another page.
        self._tables: dict[frozenset[str], int] = {}
        self._number = 0

    def plan(self) -> Plan:
        sections = [self.cover, self.agenda]
        sections += [partial(self.item, n, item)
                     for n, item in enumerate(self.meeting.agenda, start=1)]
        date = self.t.date(self.meeting.starts_at.date())
        return Plan(f"{self.t.t('kind.meeting')} {date}", sections)

    # -- cover and agenda ---------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        m = self.meeting
        result: list[Flowable] = [para(self.t.t("kind.meeting"), self.s.subtitle),
                                  heading(m.title, self.s.title, 0)]
        if m.forum is not None:
            forum = self.t.t("forum_level", name=m.forum.name, level=m.forum.level)
            result.append(labelled(self.t.t("forum"), forum, self.s.body))
        result += [labelled(self.t.t("when"), self.t.datetime(m.starts_at), self.s.body),
                   labelled(self.t.t("place"), m.place or self.t.t("dash"), self.s.body)]
        if m.version is not None:  # the named version current at the meeting
            result.append(labelled(self.t.t("version"), m.version.name, self.s.body))
        result.append(Paragraph(esc(self.t.t("participants")), self.s.h2))
        result.append(self._participants())
        return result

    def _participants(self) -> Flowable:
        persons = sorted((link.person for link in self.meeting.participant_links),
                         key=lambda p: (p.party.position if p.party else 1 << 30, p.name))
        if not persons:
            return para(self.t.t("no_participants"), self.s.meta)
        rows = [[p.name, p.title or "",
                 p.party.name if p.party else ""] for p in persons]
        header = [self.t.t("name"), self.t.t("job_title"), self.t.t("organisation")]
        return table(header, rows, [0.32, 0.28, 0.40])

    def agenda(self) -> list[Flowable]:
        result: list[Flowable] = [CondPageBreak(60 * mm),
                                  heading(self.t.t("agenda"), self.s.h1, 0)]
        for number, item in enumerate(self.meeting.agenda, start=1):
            result.append(Paragraph(f"{number}. {esc(item.title)}", self.s.h3))
            result += self._item_facts(item)
        return result

    def _item_facts(self, item: AgendaItem) -> list[Flowable]:
        facts = []
        if item.presenter is not None:
            presenter = item.presenter.name
            if item.presenter.party is not None:
                presenter += f", {item.presenter.party.name}"
            facts.append(labelled(self.t.t("presenter"), presenter, self.s.body))
        if item.proposal:
            facts.append(labelled(self.t.t("proposal"), item.proposal, self.s.body))
        return facts

    # -- one item's material ------------------------------------------------------------------

    def item(self, number: int, item: AgendaItem) -> list[Flowable]:
        self._number = number
        result: list[Flowable] = [PageBreak(), heading(f"{number}. {item.title}", self.s.h1, 0),
                                  *self._item_facts(item)]
        links = item.links
        areas = [a for a in self.data.areas if any(link.area_id == a.id for link in links)]
        goals = [g for link in links if link.goal_id and (g := self.data.goals.get(link.goal_id))]
        actions = [a for link in links if link.action_id and (a := self.data.action(link.action_id))]
        shown = {i.id for owner in [*goals, *actions] for i in owner.indicators}
        indicators = [i for link in links if link.indicator_id
                      and (i := self.data.indicator(link.indicator_id)) and i.id not in shown]
        for area in areas:
            result += self._area(area)
        for goal in goals:
            result += self._goal(goal)
        for action in actions:
            result += self._action(action)
        if indicators:
            result += [Paragraph(esc(self.t.t("linked_indicators")), self.s.h2),
                       self.b.latest_table(indicators, self.year)]
        if not (areas or goals or actions or indicators):
            result.append(para(self.t.t("nothing_linked"), self.s.meta))
        return result

    def _area(self, area: Area) -> list[Flowable]:
        """An area's goals (with their indicators) and one table of the actions serving them."""
        result: list[Flowable] = [heading(f"{self.t.t('area')}: {area.title}", self.s.h2, 1)]
        for goal in self.data.area_goals(area):
            result.append(self.b.goal_heading(goal))
            if goal.indicators:
                result.append(self.b.latest_table(goal.indicators, self.year))
        actions = self.data.area_actions(area)
        if actions:
            result += [Paragraph(esc(self.t.t("actions")), self.s.h3),
                       self._action_table(actions)]
        return result

    def _goal(self, goal: Goal) -> list[Flowable]:
        """A linked goal with its indicators' latest values and its actions' leads and status."""
        result: list[Flowable] = [self.b.goal_heading(goal, 1)]
        if goal.description:
            result.append(para(goal.description, self.s.body))
        if goal.indicators:
            result.append(self.b.latest_table(goal.indicators, self.year))
        actions = [link.action for link in goal.action_links]
        if actions:
            result.append(self._action_table(actions))
        return result

    def _action_table(self, actions: list[Action]) -> Flowable:
        """Who leads each action and its latest status by the meeting; the same actions
        shown before refer to where their table is."""
        key = frozenset(action.id for action in actions)
        shown_in = self._tables.get(key)
        if shown_in is not None:
            text = self.t.t("actions_above") if shown_in == self._number \
                else self.t.t("actions_in_item", n=shown_in)
            return para(text, self.s.meta)
        self._tables[key] = self._number
        return self.b.action_table(actions, lambda action: latest_status(action, self.year),
                                   before_status=[self.b.leads_column()], year_in_status=True)

    def _action(self, action: Action) -> list[Flowable]:
        result: list[Flowable] = [heading(self.b.action_title(action), self.s.h3, 1),
                                  *self.b.action_details(action),
                                  *self.b.status_line(action, self.year)]
        if action.indicators:
            result.append(self.b.latest_table(action.indicators, self.year, indent=INDENT))
        return result


def plan(blocks: Blocks, session: Session, meeting: Meeting, with_changes: bool = False) -> Plan:
    """The meeting's handout; ``with_changes`` adds "Muutokset edellisen kokouksen jälkeen"."""
    result = MeetingHandout(blocks, load_meeting(session, meeting.id)).plan()
    if with_changes:
        from .changes_doc import since_previous_meeting

        section = since_previous_meeting(session, meeting, blocks.t)
        if section is not None:
            result.sections.append(section)
    return result
