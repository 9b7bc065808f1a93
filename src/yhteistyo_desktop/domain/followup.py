"""The annual follow-up (vuosiseuranta) of one year of the council term, without Qt.

The agreement is followed up every year (the May meeting): every action gets a
status for the year, every indicator a value. :func:`load_followup` reads the
whole workbook in a fixed number of queries and returns, for the chosen year,

* one :class:`ActionRow` per action (status, comment, the status before, missing
  flag),
* one :class:`IndicatorRow` per indicator, or per indicator and party where the
  indicator is followed per party (baseline, target, values of the term's years,
  this year's value, missing flag),
* one :class:`GoalSetSummary` per goal set (an area, "osa-alue" /
  "tavoitekokonaisuus") and one for the whole workbook: how many actions are
  assessed, how many indicators reported, status counts,
* each indicator row's series across the term (:meth:`Followup.series`) for charts.

Which parties a per-party indicator is followed for: the parties responsible for
the indicator's action (any role), or for a goal's indicator, the parties
responsible for the actions serving that goal. Where no party is responsible,
every municipality (kunta, kaupunki) of the workbook. A party that already has a
value for the indicator is always shown, so no stored value is hidden. A value
stored for the whole region of a per-party indicator is shown on a row of its
own, but such a row is never flagged missing.

An indicator counts as reported for the year when every row it has (every party
of a per-party indicator) has a value; an action counts as assessed when it has a
status for the year.

The small helpers at the top (``status_in``, ``values_of``, ``parse_number``, ...)
are shared with the PDF handouts (:mod:`yhteistyo_desktop.handouts.data`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from . import vocab
from .models import (
    Action, ActionStatus, Area, Goal, GoalAction, Indicator, IndicatorValue, Party, Responsibility,
    Workbook,
)
from .numbering import goal_numbers as number_goals, ordered_goals

#: Parties followed by default for a per-party indicator nobody is responsible for.
MUNICIPALITY_KINDS = frozenset({"kunta", "kaupunki"})
YES, NO = "kyllä", "ei"


# -- shared facts (also used by the PDF handouts) -------------------------------------------------

def status_in(action: Action, year: int) -> ActionStatus | None:
    """The status recorded for exactly ``year``."""
    return next((s for s in action.statuses if s.year == year), None)


def latest_status(action: Action, upto: int | None = None) -> ActionStatus | None:
    """The newest status recorded for ``upto`` or an earlier year (any year when None)."""
    candidates = [s for s in action.statuses if upto is None or s.year <= upto]
    return max(candidates, key=lambda s: s.year, default=None)


def values_of(indicator: Indicator, party_id: str | None = None) -> list[IndicatorValue]:
    """Yearly values for the whole region (``party_id`` None) or for one party, by year."""
    return sorted((v for v in indicator.values if v.party_id == party_id), key=lambda v: v.year)


def latest_value(indicator: Indicator, upto: int | None = None,
                 party_id: str | None = None) -> IndicatorValue | None:
    candidates = [v for v in values_of(indicator, party_id) if upto is None or v.year <= upto]
    return candidates[-1] if candidates else None


def parse_number(text: str | None) -> float | None:
    """A baseline or target typed as text ("12,5", "1 200") as a number, or None."""
    if not text:
        return None
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("%")
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


_RANGE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")


def parse_range(text: str | None) -> tuple[float, float] | None:
    """A target typed as a number or a range ("2-3", "2–3") as (low, high), or None."""
    match = _RANGE.match(text or "")
    if match:
        low, high = sorted(float(g.replace(",", ".")) for g in match.groups())
        return low, high
    number = parse_number(text)
    return None if number is None else (number, number)


def value_number(value: IndicatorValue) -> float | None:
    """A stored value as a number: the number, or a number typed as text."""
    return value.value_number if value.value_number is not None else parse_number(value.value_text)


def yes_no(text: str | None) -> bool | None:
    """True for "kyllä", False for "ei" (also k/e, 1/0, x), None for anything else."""
    key = (text or "").strip().casefold().rstrip(".")
    if key in ("kyllä", "kylla", "k", "x", "1", "ja", "yes"):
        return True
    if key in ("ei", "e", "0", "nej", "no"):
        return False
    return None


def format_number(value: float) -> str:
    """A number the Finnish way: decimal comma, no-break space between thousands ("1 200,5")."""
    if value == int(value) and abs(value) < 1e15:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u00a0").replace(".", ",")


def format_stored(value: float | str | None, empty: str = "") -> str:
    """A stored value (number or text) as a Finnish reader writes it; ``empty`` for none."""
    if value is None:
        return empty
    return format_number(value) if isinstance(value, (int, float)) else str(value)


# -- entering a value ------------------------------------------------------------------------------

class EntryError(ValueError):
    """Text that cannot be an indicator's value; the message is for the user (Finnish)."""


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_entry(kind: str, text: str | None) -> tuple[float | None, str | None]:
    """``(number, text)`` to store for what the user typed for an indicator of ``kind``.

    Empty means "no value" (``(None, None)``). Numbers take a decimal comma or point
    ("12,5" and "12.5") and spaces between thousands; yes/no indicators take kyllä/ei
    and are stored as the words, the way the Excel copy writes them. Anything else
    raises :class:`EntryError` saying what is accepted.
    """
    raw = (text or "").strip()
    if not raw:
        return None, None
    if kind == "teksti":
        return None, raw
    if kind == "kylla_ei":
        answer = yes_no(raw)
        if answer is None:
            raise EntryError(f"”{raw}” ei ole kyllä tai ei. Kirjoita kyllä tai ei.")
        return None, YES if answer else NO
    cleaned = raw.replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
    if not _NUMBER.match(cleaned):
        raise EntryError(f"”{raw}” ei ole luku. Kirjoita luku, esimerkiksi 12,5.")
    number = float(cleaned.replace(",", "."))
    if kind == "lukumaara_vuodessa" and (number < 0 or number != int(number)):
        raise EntryError(f"”{raw}” ei ole lukumäärä. Kirjoita kokonaisluku, esimerkiksi 3.")
    return number, None


def format_entry(kind: str, number: float | None, text: str | None) -> str:
    """A stored value as typed back into the table: "12,5", "kyllä", or the text."""
    if kind == "kylla_ei":
        answer = yes_no(text) if text else (None if number is None else bool(number))
        if answer is not None:
            return YES if answer else NO
    if text and text.strip():
        return text.strip()
    return "" if number is None else format_number(number)


# -- the follow-up of one year ---------------------------------------------------------------------

@dataclass
class Entry:
    """One stored yearly value of an indicator row."""

    number: float | None
    text: str | None
    comment: str | None
    kind: str

    @property
    def display(self) -> str:
        return format_entry(self.kind, self.number, self.text)

    @property
    def as_number(self) -> float | None:
        if self.number is not None:
            return self.number
        if self.kind == "kylla_ei":
            answer = yes_no(self.text)
            return None if answer is None else float(answer)
        return parse_number(self.text)


@dataclass
class ActionRow:
    action_id: str
    number: int
    title: str
    goal_refs: str
    goal_sets: list[int]            # numbers of the areas whose goals the action serves
    status: str | None              # vocabulary key, None when not assessed for the year
    comment: str | None
    previous: tuple[int, str] | None  # (year, status) of the newest earlier status

    @property
    def missing(self) -> bool:
        return self.status is None


@dataclass
class IndicatorRow:
    indicator_id: str
    party_id: str | None
    party_name: str | None
    title: str
    owner: str                      # "Tavoite 1.2" or "Toimenpide 3"
    owner_title: str
    kind: str
    unit: str | None
    baseline: str | None
    baseline_year: int | None
    target: str | None
    target_year: int | None
    goal_sets: list[int]
    values: dict[int, Entry]        # every stored year of this row
    year: int
    expected: bool = True           # False for a region row of a per-party indicator

    @property
    def value(self) -> Entry | None:
        return self.values.get(self.year)

    @property
    def missing(self) -> bool:
        return self.expected and self.value is None

    @property
    def key(self) -> tuple[str, str | None]:
        return self.indicator_id, self.party_id


@dataclass
class GoalSetSummary:
    """Counts of one goal set (``number`` 0 = the whole workbook)."""

    number: int
    title: str
    actions: int = 0
    assessed: int = 0
    indicators: int = 0
    reported: int = 0
    rows: int = 0
    rows_reported: int = 0
    status_counts: dict[str | None, int] = field(
        default_factory=lambda: {key: 0 for key in [*vocab.ACTION_STATUSES, None]})

    def text(self) -> str:
        """"4 / 5 toimenpidettä arvioitu · 8 / 12 mittaria raportoitu"."""
        return (f"{self.assessed} / {self.actions} toimenpidettä arvioitu · "
                f"{self.reported} / {self.indicators} mittaria raportoitu")


@dataclass
class Series:
    """An indicator row's values across the term, with baseline and target, for a chart."""

    title: str
    kind: str
    unit: str | None
    years: list[int]                       # the term's years
    points: list[tuple[int, float]]        # (year, value) of the years that have a number
    baseline: tuple[int | None, float] | None
    target: tuple[int | None, float, float] | None   # (year, low, high); low == high for a number
    year: int                              # the year being followed up


@dataclass
class Followup:
    year: int
    term_start: int
    term_end: int
    actions: list[ActionRow]
    indicators: list[IndicatorRow]
    summaries: list[GoalSetSummary]        # one per area, in order
    total: GoalSetSummary

    @property
    def term_years(self) -> list[int]:
        return list(range(self.term_start, self.term_end + 1))

    def earlier_years(self) -> list[int]:
        return [y for y in self.term_years if y < self.year]

    def actions_in(self, goal_set: int) -> list[ActionRow]:
        return self.actions if not goal_set else [a for a in self.actions if goal_set in a.goal_sets]

    def indicators_in(self, goal_set: int) -> list[IndicatorRow]:
        return self.indicators if not goal_set else \
            [r for r in self.indicators if goal_set in r.goal_sets]

    # -- after one entry changed: patch the rows instead of reading the whole workbook again --

    def refresh_action(self, session: Session, action_id: str) -> bool:
        """Read one action's statuses again; False when the action is not shown (reload all)."""
        row = next((r for r in self.actions if r.action_id == action_id), None)
        if row is None:
            return False
        statuses = list(session.scalars(select(ActionStatus).where(
            ActionStatus.action_id == action_id)))
        current = next((s for s in statuses if s.year == self.year), None)
        before = max((s for s in statuses if s.year < self.year), key=lambda s: s.year,
                     default=None)
        row.status = current.status if current else None
        row.comment = current.comment if current else None
        row.previous = (before.year, before.status) if before else None
        self.recount()
        return True

    def refresh_indicator(self, session: Session, indicator_id: str) -> bool:
        """Read one indicator's values again; False when that needs rows not shown (reload all)."""
        rows = [r for r in self.indicators if r.indicator_id == indicator_id]
        if not rows:
            return False
        by_party: dict[str | None, dict[int, Entry]] = {}
        for v in session.scalars(select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id)):
            by_party.setdefault(v.party_id, {})[v.year] = Entry(
                v.value_number, v.value_text, v.comment, rows[0].kind)
        if set(by_party) - {r.party_id for r in rows}:
            return False
        for row in rows:
            row.values = by_party.get(row.party_id, {})
        self.recount()
        return True

    def recount(self) -> None:
        for summary in [self.total, *self.summaries]:
            fresh = GoalSetSummary(summary.number, summary.title)
            _count(fresh, self.actions, self.indicators)
            summary.__dict__.update(fresh.__dict__)

    def series(self, row: IndicatorRow) -> Series:
        years = self.term_years
        points = sorted((y, e.as_number) for y, e in row.values.items()
                        if e.as_number is not None and years[0] <= y <= years[-1])
        region = row.party_id is None  # baseline and target are the region's
        baseline = parse_number(row.baseline) if region else None
        target_range = parse_range(row.target) if region else None
        if row.kind == "kylla_ei" and region:
            answer = yes_no(row.target)
            target_range = None if answer is None else (float(answer), float(answer))
            base = yes_no(row.baseline)
            baseline = None if base is None else float(base)
        return Series(
            title=row.title + (f" – {row.party_name}" if row.party_name else ""),
            kind=row.kind, unit=row.unit, years=years, points=points,
            baseline=(row.baseline_year, baseline) if baseline is not None else None,
            target=(row.target_year, *target_range) if target_range is not None else None,
            year=self.year)


def term_of(session: Session) -> tuple[int, int]:
    wb = session.scalar(select(Workbook))
    return (wb.term_start, wb.term_end) if wb is not None else (0, -1)


def default_year(session: Session, today: int) -> int:
    """The year to follow up first: this calendar year, within the council term."""
    start, end = term_of(session)
    return max(start, min(end, today))


def _indicator_loader(relationship):
    return selectinload(relationship).selectinload(Indicator.values)


def load_followup(session: Session, year: int) -> Followup:
    """Everything the follow-up view shows for ``year``, read in a fixed number of queries."""
    start, end = term_of(session)
    areas = list(session.scalars(select(Area).order_by(Area.position, Area.id).options(
        selectinload(Area.goals).options(
            selectinload(Goal.action_links).selectinload(GoalAction.action).options(
                selectinload(Action.statuses),
                selectinload(Action.responsibilities).selectinload(Responsibility.party),
                _indicator_loader(Action.indicators),
                selectinload(Action.goal_links)),
            _indicator_loader(Goal.indicators)))))
    parties = list(session.scalars(select(Party).order_by(Party.position, Party.name)))
    party_by_id = {p.id: p for p in parties}
    municipalities = [p.id for p in parties if p.kind in MUNICIPALITY_KINDS]

    goal_numbers = number_goals(areas)
    goal_set_of_goal: dict[str, int] = {}
    ordered_actions: dict[str, Action] = {}
    goal_indicators: list[tuple[Goal, Indicator]] = []
    for area_number, area in enumerate(areas, start=1):
        for goal in ordered_goals(area.goals):
            goal_set_of_goal[goal.id] = area_number
            for link in goal.action_links:
                ordered_actions.setdefault(link.action_id, link.action)
            goal_indicators += [(goal, ind) for ind in goal.indicators]
    # Actions that serve no goal break a workbook rule, but they are still followed up.
    orphans = select(Action).where(~Action.id.in_(select(GoalAction.action_id))).order_by(
        Action.position).options(selectinload(Action.statuses),
                                 selectinload(Action.responsibilities),
                                 _indicator_loader(Action.indicators))
    for action in session.scalars(orphans):
        ordered_actions.setdefault(action.id, action)
    action_numbers = {aid: n for n, aid in enumerate(ordered_actions, start=1)}

    def sets_of_action(action: Action) -> list[int]:
        return sorted({goal_set_of_goal[link.goal_id] for link in action.goal_links
                       if link.goal_id in goal_set_of_goal})

    def responsible(actions: list[Action]) -> list[str]:
        found = {r.party_id for a in actions for r in a.responsibilities}
        return [p.id for p in parties if p.id in found]

    action_rows = []
    for action in ordered_actions.values():
        current = status_in(action, year)
        before = latest_status(action, year - 1)
        refs = sorted((goal_numbers[link.goal_id] for link in action.goal_links
                       if link.goal_id in goal_numbers),
                      key=lambda n: tuple(int(p) for p in n.split(".")))
        action_rows.append(ActionRow(
            action_id=action.id, number=action_numbers[action.id], title=action.title,
            goal_refs=", ".join(refs), goal_sets=sets_of_action(action),
            status=current.status if current else None, comment=current.comment if current else None,
            previous=(before.year, before.status) if before else None))

    indicator_rows: list[IndicatorRow] = []

    def add_indicator(ind: Indicator, owner: str, owner_title: str, goal_sets: list[int],
                      responsible_ids: list[str]) -> None:
        by_party: dict[str | None, dict[int, Entry]] = {}
        for v in ind.values:
            by_party.setdefault(v.party_id, {})[v.year] = Entry(
                v.value_number, v.value_text, v.comment, ind.kind)

        def row(party_id: str | None, expected: bool) -> IndicatorRow:
            party = party_by_id.get(party_id) if party_id else None
            return IndicatorRow(
                indicator_id=ind.id, party_id=party_id,
                party_name=(party.short_name or party.name) if party else None, title=ind.title,
                owner=owner, owner_title=owner_title, kind=ind.kind, unit=ind.unit,
                baseline=ind.baseline_value, baseline_year=ind.baseline_year,
                target=ind.target_value, target_year=ind.target_year, goal_sets=goal_sets,
                values=by_party.get(party_id, {}), year=year, expected=expected)

        if not ind.per_party:
            indicator_rows.append(row(None, True))
            for party_id in (p.id for p in parties if p.id in by_party):
                indicator_rows.append(row(party_id, False))  # values stored per party anyway
            return
        if None in by_party:
            indicator_rows.append(row(None, False))
        followed = set(responsible_ids or municipalities) | {p for p in by_party if p}
        if not followed and None not in by_party:  # no party to follow: the region, then
            indicator_rows.append(row(None, True))
        for party in parties:
            if party.id in followed:
                indicator_rows.append(row(party.id, True))

    for goal, ind in goal_indicators:
        add_indicator(ind, f"Tavoite {goal_numbers[goal.id]}", goal.title,
                      [goal_set_of_goal[goal.id]], responsible(goal.actions))
    for action in ordered_actions.values():
        for ind in action.indicators:
            add_indicator(ind, f"Toimenpide {action_numbers[action.id]}", action.title,
                          sets_of_action(action), responsible([action]))

    summaries = [GoalSetSummary(n, area.title) for n, area in enumerate(areas, start=1)]
    total = GoalSetSummary(0, "Kaikki osa-alueet")
    for summary in [total, *summaries]:
        _count(summary, action_rows, indicator_rows)
    return Followup(year=year, term_start=start, term_end=end, actions=action_rows,
                    indicators=indicator_rows, summaries=summaries, total=total)


def _count(summary: GoalSetSummary, actions: list[ActionRow], rows: list[IndicatorRow]) -> None:
    def member(sets: list[int]) -> bool:
        return summary.number == 0 or summary.number in sets

    for action in actions:
        if member(action.goal_sets):
            summary.actions += 1
            summary.assessed += action.status is not None
            summary.status_counts[action.status] = summary.status_counts.get(action.status, 0) + 1
    complete: dict[str, bool] = {}
    for row in rows:
        if not member(row.goal_sets) or not row.expected:
            continue
        summary.rows += 1
        summary.rows_reported += row.value is not None
        complete[row.indicator_id] = complete.get(row.indicator_id, True) and row.value is not None
    summary.indicators = len(complete)
    summary.reported = sum(complete.values())
