"""The whole workbook, by area and layer, fit to be an appendix of the agreement.

An action serves many goals (in Keski-Suomi every action serves all twelve), so
printing it in full under each goal would repeat the same pages again and
again. It is printed fully where it first appears and referred to elsewhere
("ks. toimenpide 3 (tavoite 1.1)"). Each goal is one section, so the progress
dialog moves evenly even on a 400-goal workbook.
"""
from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable, PageBreak, Paragraph

from ..domain.models import Action, Area, Goal
from .blocks import Blocks
from .data import address
from .document import Plan, heading
from .styles import INDENT, esc, labelled, para, table


class WorkbookHandout:
    def __init__(self, blocks: Blocks):
        self.b = blocks
        self.data = blocks.data
        self.t = blocks.t
        self.s = blocks.s
        #: Where each action was printed in full: action id -> goal number.
        self.printed: dict[str, str] = {}

    def plan(self) -> Plan:
        wb = self.data.workbook
        sections = [self.cover]
        for area_number, area in enumerate(self.data.areas, start=1):
            sections += self._area_sections(area_number, area)
        sections += [self.parties, self.legal_references]
        return Plan(f"{self.t.t('kind.workbook')}, {self.t.t('version').lower()} {wb.version}",
                    sections)

    def _area_sections(self, number: int, area: Area) -> list:
        """One section per goal; the first opens the area, the first of a layer names it."""
        sections = []
        for layer, goals in self.data.goals_by_layer(area):
            for index, goal in enumerate(goals):
                sections.append(partial(self._goal_section, number, area, goal,
                                        opens_area=not sections, opens_layer=index == 0))
        if not sections:  # an area without goals still gets its page
            sections.append(partial(self._area_intro, number, area))
        return sections

    def _goal_section(self, number: int, area: Area, goal: Goal, *, opens_area: bool,
                      opens_layer: bool) -> list[Flowable]:
        result = self._area_intro(number, area) if opens_area else []
        if opens_layer:
            result.append(Paragraph(esc(self.t.label("GOAL_LAYERS", goal.layer)), self.s.h2))
        return result + self._goal(goal)

    def cover(self) -> list[Flowable]:
        wb = self.data.workbook
        result: list[Flowable] = [
            para(wb.title, self.s.title),
            para(f"{wb.region} – {self.t.t('term', term=wb.term.replace('-', '–'))}",
                 self.s.subtitle),
            labelled(self.t.t("status"), self.t.label("WORKBOOK_STATUSES", wb.status), self.s.body),
            labelled(self.t.t("version"), wb.version, self.s.body),
        ]
        if wb.approved_on:
            result.append(labelled(self.t.t("approved"), self.t.date(wb.approved_on), self.s.body))
        if wb.description:
            result.append(para(wb.description, self.s.body))
        return result

    def _area_intro(self, number: int, area: Area) -> list[Flowable]:
        result: list[Flowable] = [PageBreak(), heading(f"{number}. {area.title}", self.s.h1, 0),
                                  para(self.t.label("AREA_GROUPS", area.group), self.s.meta)]
        if area.description:
            result.append(para(area.description, self.s.body))
        result += self.b.fields([("responsible_persons", area.responsible_persons),
                                 ("preparers", area.preparers), ("notes", area.notes)])
        return result

    def _goal(self, goal: Goal) -> list[Flowable]:
        result: list[Flowable] = [self.b.goal_heading(goal, 1), *self.b.goal_details(goal)]
        if goal.indicators:
            result.append(self.b.definition_table(goal.indicators))
        for link in goal.action_links:
            result += self._action(link.action, self.data.goal_numbers[goal.id])
        return result

    def _action(self, action: Action, goal_number: str) -> list[Flowable]:
        printed_at = self.printed.get(action.id)
        if printed_at is not None:
            see = self.t.t("see_action", n=self.data.action_numbers[action.id], goal=printed_at)
            return [Paragraph(f"{esc(action.title)} – {esc(see)}", self.s.meta_indent)]
        self.printed[action.id] = goal_number
        result: list[Flowable] = [self.b.action_heading(action), *self.b.action_details(action)]
        if action.indicators:
            result.append(self.b.definition_table(action.indicators, indent=INDENT))
        return result

    def parties(self) -> list[Flowable]:
        rows = [[p.name, self.t.label("PARTY_KINDS", p.kind),
                 p.business_id or self.t.t("dash"),
                 address(p)] for p in self.data.parties]
        header = [self.t.t("name"), self.t.t("kind"), self.t.t("business_id"), self.t.t("address")]
        return [PageBreak(), heading(self.t.t("appendix_parties"), self.s.h1, 0),
                table(header, rows, [0.38, 0.18, 0.14, 0.30])]

    def legal_references(self) -> list[Flowable]:
        if not self.data.legal_references:
            return []
        rows = [[ref.law_name or ref.law, ref.law,
                 ref.section or self.t.t("dash"),
                 ref.description or ""]
                for ref in self.data.legal_references]
        header = [self.t.t("law"), self.t.t("number"), self.t.t("section"),
                  self.t.t("description")]
        return [heading(self.t.t("legal_all"), self.s.h1, 0),
                table(header, rows, [0.30, 0.11, 0.09, 0.50])]


def plan(blocks: Blocks) -> Plan:
    return WorkbookHandout(blocks).plan()
