"""What the handouts read: the whole workbook in a few queries, its numbering, follow-up facts.

Every handout kind works from one :class:`WorkbookData`. Loading it with
``selectinload`` takes one query per relationship level however large the
workbook is (lazy loading would issue one query per goal and per action, which
dominates the build time of a 2,000-action workbook). Only reads happen here.

Numbering is shared so that "Toimenpide 3" means the same action in every
handout: goals are numbered "area.goal" in printed order (areas in order, then
the legal-minimum layer before the joint priorities, then position); actions
by their first appearance in that order, the way the workbook appendix prints
them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from ..domain import vocab
from ..domain.followup import (  # noqa: F401  (shared with the follow-up view; imported from here)
    latest_status, latest_value, parse_number, status_in, value_number, values_of,
)
from ..domain.models import (
    Action, Area, Goal, GoalAction, GoalLegalReference, Indicator, IndicatorValue,
    LegalReference, Membership, Party, Person, Responsibility, ResponsibilityPerson, Workbook,
)
from ..domain.numbering import goal_numbers, goal_order
from .catalog import Texts

_ROLE_ORDER = {role: i for i, role in enumerate(vocab.RESPONSIBILITY_ROLES)}


def _indicators(relationship, values: bool):
    """Indicators, with their yearly values only when the handout prints values."""
    loader = selectinload(relationship)
    return loader.selectinload(Indicator.values) if values else loader


def _action_options(values: bool):
    return (
        selectinload(Action.responsibilities).options(
            joinedload(Responsibility.party),
            selectinload(Responsibility.person_links).joinedload(ResponsibilityPerson.person)),
        _indicators(Action.indicators, values),
        selectinload(Action.statuses),
        selectinload(Action.goal_links),
    )


def _tree_query(values: bool):
    return select(Area).order_by(Area.position, Area.id).options(
        selectinload(Area.goals).options(
            selectinload(Goal.action_links).joinedload(GoalAction.action)
            .options(*_action_options(values)),
            _indicators(Goal.indicators, values),
            selectinload(Goal.legal_links).joinedload(GoalLegalReference.legal_reference)))


@dataclass
class WorkbookData:
    """The loaded workbook with the numbers every handout prints."""

    workbook: Workbook
    areas: list[Area]
    parties: list[Party]
    persons: list[Person]
    memberships: list[Membership]
    legal_references: list[LegalReference]
    goal_numbers: dict[str, str] = field(default_factory=dict)
    action_numbers: dict[str, int] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)  # in number order
    goals: dict[str, Goal] = field(default_factory=dict)

    def action(self, action_id: str) -> Action | None:
        number = self.action_numbers.get(action_id)
        return self.actions[number - 1] if number else None

    def indicator(self, indicator_id: str) -> Indicator | None:
        """An indicator of any goal or action, by id."""
        if not hasattr(self, "_indicators"):
            owners = [*self.goals.values(), *self.actions]
            self._indicators = {i.id: i for owner in owners for i in owner.indicators}
        return self._indicators.get(indicator_id)

    def goals_by_layer(self, area: Area) -> list[tuple[str, list[Goal]]]:
        """The area's goals grouped by layer, legal minimum first, each group in position order."""
        groups: dict[str, list[Goal]] = {}
        for goal in sorted(area.goals, key=goal_order):
            groups.setdefault(goal.layer, []).append(goal)
        return list(groups.items())

    def area_goals(self, area: Area) -> list[Goal]:
        return [goal for _layer, goals in self.goals_by_layer(area) for goal in goals]

    def area_actions(self, area: Area) -> list[Action]:
        """Actions serving any goal of ``area``, each once, in number order."""
        found = {link.action_id: link.action for goal in area.goals for link in goal.action_links}
        return sorted(found.values(), key=lambda a: self.action_numbers[a.id])

    def goal_refs(self, action: Action) -> str:
        """The numbers of the goals an action serves, e.g. "1.1, 1.2, 2.3"."""
        numbers = [self.goal_numbers[link.goal_id] for link in action.goal_links
                   if link.goal_id in self.goal_numbers]
        return ", ".join(sorted(numbers, key=_number_key))


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def load(session: Session, *, values: bool = True) -> WorkbookData:
    """The whole workbook, loaded in a fixed number of queries, numbered.

    ``values=False`` leaves the yearly indicator values out (the workbook appendix does
    not print them; on a large workbook they are the most numerous rows).
    """
    workbook = session.scalar(select(Workbook))
    data = WorkbookData(
        workbook=workbook,
        parties=list(session.scalars(select(Party).order_by(Party.position, Party.name))),
        persons=list(session.scalars(select(Person).order_by(Person.position, Person.name))),
        memberships=list(session.scalars(select(Membership).order_by(Membership.position))),
        legal_references=list(session.scalars(
            select(LegalReference).order_by(LegalReference.position, LegalReference.law))),
        areas=list(session.scalars(_tree_query(values))),
    )
    _number(data, session, values)
    return data


def _number(data: WorkbookData, session: Session, values: bool) -> None:
    seen: dict[str, Action] = {}
    data.goal_numbers.update(goal_numbers(data.areas))
    for area in data.areas:
        for goal in data.area_goals(area):
            data.goals[goal.id] = goal
            for link in goal.action_links:
                seen.setdefault(link.action_id, link.action)
    # Actions that serve no goal break a workbook rule, but a handout still lists them.
    orphans = select(Action).where(~Action.id.in_(select(GoalAction.action_id)))
    for action in session.scalars(orphans.order_by(Action.position)
                                  .options(*_action_options(values))):
        seen.setdefault(action.id, action)
    data.actions = list(seen.values())
    data.action_numbers = {action_id: n for n, action_id in enumerate(seen, start=1)}


# -- follow-up facts ---------------------------------------------------------------------------

def responsibilities_by_role(action: Action) -> list[tuple[str, list[Responsibility]]]:
    """The action's responsibilities grouped by role in the vocabulary's order."""
    groups: dict[str, list[Responsibility]] = {}
    for resp in sorted(action.responsibilities,
                       key=lambda r: (_ROLE_ORDER.get(r.role, 99), r.position)):
        groups.setdefault(resp.role, []).append(resp)
    return list(groups.items())


def format_value(value: IndicatorValue | None, indicator: Indicator, texts: Texts) -> str:
    """A follow-up value as people read it: text as typed, numbers with unit, 1/0 as yes/no."""
    if value is None:
        return texts.t("dash")
    if value.value_text and value.value_text.strip():
        return value.value_text.strip()
    if value.value_number is None:
        return texts.t("dash")
    if indicator.kind == "kylla_ei":
        return texts.t("yes") if value.value_number else texts.t("no")
    return _with_unit(texts.number(value.value_number), indicator)


def format_level(text: str | None, year: int | None, indicator: Indicator, texts: Texts) -> str:
    """A baseline or target: "12,5 % (2024)"; "–" when neither value nor year is given."""
    if not text and year is None:
        return texts.t("dash")
    number = parse_number(text)
    shown = _with_unit(texts.number(number), indicator) if number is not None else (text or "")
    return f"{shown} ({year})".strip() if year is not None else shown


def address(party: Party) -> str:
    """"Street, postal code City", leaving out what is missing."""
    town = " ".join(filter(None, (party.postal_code, party.city)))
    return ", ".join(filter(None, (party.street, town)))


def _with_unit(number: str, indicator: Indicator) -> str:
    return f"{number} {indicator.unit}" if indicator.unit else number
