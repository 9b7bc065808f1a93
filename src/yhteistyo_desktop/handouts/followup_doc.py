"""The annual follow-up report for year N: per area, the goals' indicators and the actions' status.

Indicators get their baseline, one column per year of the council term up to N,
the target and a sparkline. The status table of an area lists every action
serving its goals (in Keski-Suomi, all of them in every area): one row each, so
the repetition stays short. An action's own indicators would repeat a whole
table per area, so they are printed once, in a closing section.
"""
from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable, PageBreak, Paragraph

from ..domain import vocab
from ..domain.models import Area, Indicator
from .blocks import Blocks
from .charts import sparkline
from .data import format_level, format_value, parse_number, status_in, value_number, values_of
from .document import Plan, heading
from .styles import STATUS_FILL, esc, para, table

#: At most this many year columns fit beside the indicator's title.
_MAX_YEARS = 6


class FollowupHandout:
    def __init__(self, blocks: Blocks, year: int):
        self.b = blocks
        self.data = blocks.data
        self.t = blocks.t
        self.s = blocks.s
        self.year = year
        wb = self.data.workbook
        first = max(min(wb.term_start, year), year - _MAX_YEARS + 1)
        self.years = list(range(first, year + 1))
        self.parties = {p.id: p for p in self.data.parties}

    def plan(self) -> Plan:
        sections = [self.cover]
        sections += [partial(self.area, n, area) for n, area in enumerate(self.data.areas, start=1)]
        sections.append(self.action_indicators)
        return Plan(self.t.t("kind.followup", year=self.year), sections)

    def cover(self) -> list[Flowable]:
        wb = self.data.workbook
        return [para(self.t.t("followup_title", year=self.year), self.s.title),
                para(wb.title, self.s.subtitle),
                para(f"{wb.region} – {self.t.t('term', term=wb.term.replace('-', '–'))}",
                     self.s.subtitle),
                heading(self.t.t("summary"), self.s.h2, 0),
                self._summary_table()]

    def _summary_table(self):
        counts = {key: 0 for key in [*vocab.ACTION_STATUSES, None]}
        for action in self.data.actions:
            status = status_in(action, self.year)
            counts[status.status if status else None] += 1
        rows, extra = [], []
        for row, (key, count) in enumerate(counts.items(), start=1):
            word = self.t.label("ACTION_STATUSES", key) if key else self.t.t("no_status")
            rows.append([Paragraph(esc(word), self.s.cell_bold), str(count)])
            if key:
                extra.append(("BACKGROUND", (0, row), (0, row), STATUS_FILL[key]))
        header = [self.t.t("status_year", year=self.year), self.t.t("status_count")]
        return table(header, rows, [0.30, 0.18], extra=extra)

    def area(self, number: int, area: Area) -> list[Flowable]:
        result: list[Flowable] = [PageBreak(), heading(f"{number}. {area.title}", self.s.h1, 0)]
        for goal in self.data.area_goals(area):
            result.append(self.b.goal_heading(goal, 1))
            if goal.indicators:
                result.append(self.yearly_table(goal.indicators))
            else:
                result.append(para(self.t.t("no_indicators"), self.s.meta))
        actions = self.data.area_actions(area)
        if actions:
            result.append(Paragraph(esc(self.t.t("status_year", year=self.year)), self.s.h2))
            result.append(self.b.action_table(
                actions, lambda action: status_in(action, self.year),
                after_status=[self.b.comment_column()],
                status_header=self.t.t("status_year", year=self.year)))
        return result

    def action_indicators(self) -> list[Flowable]:
        actions = [a for a in self.data.actions if a.indicators]
        if not actions:
            return []
        result: list[Flowable] = [PageBreak(), heading(self.t.t("action_indicators"), self.s.h1, 0)]
        for action in actions:
            result += [heading(self.b.action_title(action), self.s.h3, 1),
                       self.yearly_table(action.indicators)]
        return result

    # -- the yearly table ---------------------------------------------------------------------

    def yearly_table(self, indicators: list[Indicator]):
        """Mittari | Lähtötaso | one column per year | Tavoitetaso | Kehitys."""
        rows = []
        for ind in indicators:
            rows.append(self._row(ind, ind.title, None))
            party_ids = sorted({v.party_id for v in ind.values if v.party_id},
                               key=lambda pid: self.parties[pid].position)
            for party_id in party_ids:
                party = self.parties[party_id]
                rows.append(self._row(ind, f"– {party.short_name or party.name}", party_id))
        share = min(0.12, 0.40 / len(self.years))
        rest = 1 - 0.13 - 0.13 - 0.13 - share * len(self.years)
        widths = [rest, 0.13, *([share] * len(self.years)), 0.13, 0.13]
        header = [self.t.t("indicator"), self.t.t("baseline"), *map(str, self.years),
                  self.t.t("target"), self.t.t("trend")]
        return table(header, rows, widths)

    def _row(self, ind: Indicator, label: str, party_id: str | None) -> list:
        by_year = {v.year: v for v in values_of(ind, party_id)}
        region = party_id is None  # baseline and target are the region's, not a party's
        return [label,
                format_level(ind.baseline_value, ind.baseline_year, ind, self.t) if region else "",
                *[format_value(by_year[y], ind, self.t) if y in by_year else "" for y in self.years],
                format_level(ind.target_value, ind.target_year, ind, self.t) if region else "",
                self._trend(ind, by_year, with_baseline=region)]

    def _trend(self, ind: Indicator, by_year: dict, with_baseline: bool):
        """The sparkline of the values up to the report's year (from the baseline on)."""
        points = [(y, value_number(v)) for y, v in by_year.items() if y <= self.year]
        baseline = parse_number(ind.baseline_value) if with_baseline else None
        if baseline is not None and ind.baseline_year and ind.baseline_year not in by_year:
            points.append((ind.baseline_year, baseline))
        points = [(y, v) for y, v in points if v is not None]
        return sparkline(points, parse_number(ind.target_value))


def plan(blocks: Blocks, year: int) -> Plan:
    return FollowupHandout(blocks, year).plan()
