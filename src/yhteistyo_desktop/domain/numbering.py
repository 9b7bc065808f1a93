"""The one numbering of areas and goals: "2." for the second area, "2.3" for its third goal.

Every place that shows a goal's number (the tree, the tables, Seuranta, the handouts, the
Excel export's order, the review, the search) takes it from here, so that "1.2" on the screen
is "1.2" on paper. Goals are numbered within their area in printed order: the legal-minimum
layer before the joint priorities (the order of the Kuntaliitto template), then position.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import vocab
from .models import Area, Goal

_LAYER_RANK = {layer: i for i, layer in enumerate(vocab.GOAL_LAYERS)}


class _Numbered(Protocol):
    id: str
    layer: str
    position: int


def layer_rank(layer: str | None) -> int:
    """The layer's place in printed order (an unknown layer last)."""
    return _LAYER_RANK.get(layer, len(_LAYER_RANK))


def goal_order(goal: _Numbered) -> tuple[int, int, str]:
    """Printed order of goals in an area: the legal-minimum layer first, then position."""
    return layer_rank(goal.layer), goal.position, goal.id


def ordered_goals(goals: Iterable[_Numbered]) -> list:
    """An area's goals in numbering order."""
    return sorted(goals, key=goal_order)


def goal_numbers(areas: Sequence[Area]) -> dict[str, str]:
    """Goal id -> "area.goal" for areas given in order, their goals loaded."""
    return {goal.id: f"{a}.{g}" for a, area in enumerate(areas, start=1)
            for g, goal in enumerate(ordered_goals(area.goals), start=1)}


def session_goal_numbers(session: Session) -> dict[str, str]:
    """Goal id -> number for the whole workbook, in two light queries (no records loaded)."""
    area_ids = list(session.scalars(select(Area.id).order_by(Area.position, Area.id)))
    goals = ordered_goals(session.execute(select(Goal.id, Goal.area_id, Goal.layer, Goal.position)))
    return numbers_in_order(area_ids, ((g.id, g.area_id) for g in goals))


def numbers_in_order(area_ids: Iterable[str], goals: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Goal id -> number for (goal id, area id) pairs already in :func:`goal_order` within each
    area (the Excel dataset keeps goals so), areas in ``area_ids``'s order."""
    area_rank = {aid: i for i, aid in enumerate(area_ids, start=1)}
    counts: dict[str, int] = {}
    numbers = {}
    for goal_id, area_id in goals:
        if area_id in area_rank:
            counts[area_id] = counts.get(area_id, 0) + 1
            numbers[goal_id] = f"{area_rank[area_id]}.{counts[area_id]}"
    return numbers


def position_for_row(goals: Sequence[_Numbered], moved: _Numbered, row: int) -> int:
    """Where ``moved`` goes among its area's goals (by position) to show at ``row`` in
    numbering order: just before the goal shown there now (the tree is in numbering order,
    positions are kept in one list per area)."""
    shown = [g for g in ordered_goals(goals) if g is not moved]
    by_position = sorted((g for g in goals if g is not moved), key=lambda g: g.position)
    if row >= len(shown):
        return len(by_position)
    return by_position.index(shown[max(0, row)])
