"""The workbook's own rules, checked over a whole file (``yhteistyo check``)."""
from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import business_id
from .models import Action, GoalAction, History, IndicatorValue, Party, Version, Workbook
from .operations import REQUIRED_TEXT, SIBLING_SCOPE, VOCAB_FIELDS


def problems(session: Session) -> list[str]:
    """Every broken rule, one Finnish line each; empty when the workbook is consistent."""
    found: list[str] = []
    workbooks = session.scalar(select(func.count()).select_from(Workbook))
    if workbooks != 1:
        found.append(f"Työkirjan tietoja on {workbooks} riviä (pitää olla 1).")
    for cls, names in REQUIRED_TEXT.items():
        for name in names:
            column = getattr(cls, name)
            empty = session.scalar(select(func.count()).select_from(cls).where(
                (column.is_(None)) | (func.trim(column) == "")))
            if empty and cls is not Workbook:
                found.append(f"{cls.__tablename__}: {empty} riviä, joilla {name} on tyhjä.")
    for (cls, name), allowed in VOCAB_FIELDS.items():
        column = getattr(cls, name)
        bad = session.scalar(select(func.count()).select_from(cls).where(column.not_in(list(allowed))))
        if bad:
            found.append(f"{cls.__tablename__}.{name}: {bad} tuntematonta arvoa.")
    orphans = session.scalar(select(func.count()).select_from(Action).where(
        ~Action.id.in_(select(GoalAction.action_id))))
    if orphans:
        found.append(f"{orphans} toimenpidettä ei palvele yhtään tavoitetta.")
    for bid, name in session.execute(select(Party.business_id, Party.name)
                                     .where(Party.business_id.is_not(None))):
        if not business_id.is_valid(bid):
            found.append(f"Osapuolen {name} y-tunnus {bid} ei ole kelvollinen.")
    for cls, scope in SIBLING_SCOPE.items():
        rows = session.execute(select(*[getattr(cls, c) for c in scope], cls.position)).all()
        duplicates = [key for key, n in Counter(tuple(r) for r in rows).items() if n > 1]
        if duplicates:
            found.append(f"{cls.__tablename__}: {len(duplicates)} päällekkäistä järjestysnumeroa.")
    values = Counter(session.execute(select(IndicatorValue.indicator_id, IndicatorValue.party_id,
                                            IndicatorValue.year)).all())
    repeated = sum(1 for n in values.values() if n > 1)
    if repeated:
        found.append(f"{repeated} mittarin vuosiarvoa on kirjattu kahdesti.")
    last = session.scalar(select(func.max(History.id))) or 0
    for name, at in session.execute(select(Version.name, Version.history_id)
                                    .where(Version.history_id > last)):
        found.append(f"Versio {name} viittaa muutoshistorian riviin {at}, jota ei ole "
                     "(muutosraportti siitä alkaen olisi väärä).")
    return found
