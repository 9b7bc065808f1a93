"""Read-only questions about a workbook: counts, the tree, lookups. No Qt."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from . import vocab
from .models import (
    Action, Area, Forum, Goal, GoalAction, Indicator, LegalReference, Meeting, Party, Person,
)


def counts(session: Session) -> dict[str, int]:
    def n(cls) -> int:
        return session.scalar(select(func.count()).select_from(cls))

    return {"areas": n(Area), "goals": n(Goal), "actions": n(Action), "indicators": n(Indicator),
            "parties": n(Party), "persons": n(Person), "meetings": n(Meeting)}


def usual_indicator_kind(session: Session) -> str:
    """The kind a new indicator starts with: the one the workbook uses most (ties in the
    vocabulary's order), "luku" in a workbook without indicators, since most indicators are
    measured numbers rather than yes/no."""
    used = dict(session.execute(select(Indicator.kind, func.count()).group_by(Indicator.kind)).all())
    order = list(vocab.INDICATOR_KINDS)
    known = [kind for kind in order if used.get(kind)]
    return max(known, key=lambda kind: (used[kind], -order.index(kind))) if known else "luku"


def tree(session: Session) -> list[Area]:
    """Areas in order with their goals and each goal's actions loaded in a few queries."""
    return list(session.scalars(
        select(Area).order_by(Area.position, Area.id).options(
            selectinload(Area.goals).selectinload(Goal.action_links).selectinload(GoalAction.action)
            .selectinload(Action.goal_links))))


@dataclass(frozen=True)
class Hit:
    """A search result: which record, its title, and the text around the match."""

    cls: type
    id: str
    title: str
    context: str


def _snippet(text: str, start: int, length: int, width: int = 60) -> str:
    left = max(0, start - width // 2)
    right = min(len(text), start + length + width // 2)
    return ("…" if left else "") + text[left:right].replace("\n", " ") + ("…" if right < len(text) else "")


_SEARCHED: tuple[tuple[type, tuple[str, ...]], ...] = (
    (Area, ("title", "description", "notes")),
    (Goal, ("title", "description", "resources", "notes")),
    (Action, ("title", "description", "schedule", "resources", "notes")),
    (Indicator, ("title", "unit", "source_id")),
    (Party, ("name", "short_name", "business_id", "city")),
    (Person, ("name", "title", "email")),
    (LegalReference, ("law", "law_name", "section", "description")),
    (Forum, ("name", "description")),
)


def search(session: Session, text: str, limit: int = 200) -> list[Hit]:
    """Records whose texts contain ``text`` (case and accents as typed, Unicode case-folded)."""
    needle = text.strip().casefold()
    if not needle:
        return []
    hits: list[Hit] = []
    for cls, fields in _SEARCHED:
        title_field = fields[0] if cls is not LegalReference else "law_name"
        columns = [getattr(cls, "id")] + [getattr(cls, f) for f in dict.fromkeys((title_field,) + fields)]
        for row in session.execute(select(*columns)):
            ident, values = row[0], dict(zip(dict.fromkeys((title_field,) + fields), row[1:]))
            for name, value in values.items():
                if value and (at := str(value).casefold().find(needle)) >= 0:
                    # the title is shown anyway; other fields show the words around the match
                    context = "" if name == title_field else _snippet(str(value), at, len(needle))
                    hits.append(Hit(cls, ident, values[title_field] or values[fields[0]] or "",
                                    context))
                    break
            if len(hits) >= limit:
                return hits
    return hits
