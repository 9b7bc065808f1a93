"""Read-only questions about a workbook: counts, the tree, lookups. No Qt."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .models import Action, Area, Goal, GoalAction, Indicator, Meeting, Party, Person


def counts(session: Session) -> dict[str, int]:
    def n(cls) -> int:
        return session.scalar(select(func.count()).select_from(cls))

    return {"areas": n(Area), "goals": n(Goal), "actions": n(Action), "indicators": n(Indicator),
            "parties": n(Party), "persons": n(Person), "meetings": n(Meeting)}


def tree(session: Session) -> list[Area]:
    """Areas in order with their goals and each goal's actions loaded in a few queries."""
    return list(session.scalars(
        select(Area).order_by(Area.position, Area.id).options(
            selectinload(Area.goals).selectinload(Goal.action_links).selectinload(GoalAction.action)
            .selectinload(Action.goal_links))))
