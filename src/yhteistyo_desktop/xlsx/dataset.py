"""The workbook as plain records: what an Excel file carries, in one comparable form.

Export renders a :class:`Dataset` loaded from the database; the reader builds
one from a file; the review compares the two (and the fingerprints recorded at
export time) field by field; the importer creates the records of one. Keeping
a single form is what makes the round trip checkable and the review generic.

A record is an entity with a stable id and a flat dict of normalized field
values (``None`` for empty text, tuples for lists). Relations that have no
identity of their own in the user's eyes are fields of their owner:

* ``action.goals``: the goals the action serves (ids, sorted);
* ``action.responsibilities``: ``(party id, role, person ids)`` in order;
* ``action["status:2026"]``: the year's ``(status, comment)``;
* ``indicator["value:2026"]`` or ``["value:2026:<party id>"]``: the year's
  ``(value, comment)`` (value a float or a text);
* ``legal_reference.goals``; ``person.party``, ``person.role`` (membership).

so a change in one year's value is one field change and conflicts are found
per field. What the sheets cannot show (the surrogate ids of responsibilities,
statuses, values and memberships, the order of actions under each goal) rides
in ``Record.hidden`` and is written to the hidden metadata sheet.
"""
from __future__ import annotations

import zlib
from collections import defaultdict
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import (
    Action, ActionStatus, Area, Goal, GoalAction, GoalLegalReference, Indicator, IndicatorValue,
    LegalReference, Membership, Party, Person, Responsibility, ResponsibilityPerson, Workbook,
)
from ..domain.numbering import goal_order

#: Entities in an order where each comes after those it refers to.
ENTITIES = ("workbook", "party", "person", "legal_reference", "area", "goal", "action", "indicator")

#: The fixed fields of each entity (year fields are added per year).
FIELDS: dict[str, tuple[str, ...]] = {
    "workbook": ("title", "region", "term", "status", "version", "approved_on", "description"),
    "area": ("group", "title", "selected", "responsible_persons", "preparers", "notes",
             "description", "sheet_name"),
    "goal": ("area", "layer", "title", "description", "resources", "notes"),
    "action": ("title", "description", "schedule", "resources", "notes", "goals", "responsibilities"),
    "indicator": ("owner", "title", "kind", "unit", "baseline_value", "baseline_year",
                  "target_value", "target_year", "source_id", "per_party"),
    "party": ("name", "short_name", "kind", "business_id", "street", "postal_code", "city"),
    "person": ("name", "title", "party", "email", "phone", "role"),
    "legal_reference": ("law", "law_name", "section", "description", "goals"),
}

MODEL_OF = {"workbook": Workbook, "area": Area, "goal": Goal, "action": Action,
            "indicator": Indicator, "party": Party, "person": Person,
            "legal_reference": LegalReference}


@dataclass
class Record:
    """One item: its entity, stable id, field values, and where it was read from."""

    entity: str
    id: str
    fields: dict[str, Any]
    hidden: dict[str, Any] = field(default_factory=dict)
    #: Field name -> cell ("Toimenpiteet, solu C5": layout.cell_place) on the side read from a file.
    where: dict[str, str] = field(default_factory=dict)
    #: The sheet row ("Toimenpiteet, rivi 5": layout.row_place) a record read from a file came from.
    row: str = ""
    #: Fields the file had no column for (not compared: a deleted column is not a deletion).
    unread: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        """The record's name for people: title or name (a person's title is a job title)."""
        if self.entity == "person":
            return str(self.fields.get("name") or "")
        return str(self.fields.get("title") or self.fields.get("name") or self.fields.get("law")
                   or "")


class Dataset:
    """Records of every entity, each dict in the workbook's order (its positions)."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Record]] = {entity: {} for entity in ENTITIES}

    def add(self, record: Record) -> Record:
        self.records[record.entity][record.id] = record
        return record

    def get(self, entity: str, record_id: str | None) -> Record | None:
        return self.records[entity].get(record_id) if record_id else None

    def all(self, entity: str) -> list[Record]:
        return list(self.records[entity].values())

    @property
    def workbook(self) -> Record | None:
        return next(iter(self.records["workbook"].values()), None)

    def term_years(self) -> range:
        start, end = (int(y) for y in self.workbook.fields["term"].split("-"))
        return range(start, end + 1)

    def goals_of(self, area_id: str) -> list[Record]:
        return [g for g in self.records["goal"].values() if g.fields["area"] == area_id]

    def indicators_of(self, owner: str) -> list[Record]:
        return [i for i in self.records["indicator"].values() if i.fields["owner"] == owner]

    def indicators_by_owner(self) -> dict[str, list[Record]]:
        """Indicators grouped by owner ("goal:<id>", "action:<id>"), in order: one pass for all."""
        grouped: dict[str, list[Record]] = defaultdict(list)
        for indicator in self.records["indicator"].values():
            grouped[indicator.fields["owner"]].append(indicator)
        return grouped


def year_key(kind: str, year: int, party_id: str | None = None) -> str:
    """A yearly field's name: ``status:2026``, ``value:2026``, ``value:2026:<party id>``."""
    return f"{kind}:{year}" if not party_id else f"{kind}:{year}:{party_id}"


@lru_cache(maxsize=8192)  # the same few names, asked for every cell of long sheets
def split_year_key(name: str) -> tuple[str, int, str | None] | None:
    """``("value", 2026, party id or None)`` for a yearly field name, else None."""
    parts = name.split(":")
    if len(parts) < 2 or not parts[1].isdigit():
        return None
    return parts[0], int(parts[1]), parts[2] if len(parts) > 2 else None


def fingerprint(value: Any) -> str:
    """A short, stable hash of a normalized value (recorded at export, compared later)."""
    return format(zlib.crc32(repr(value).encode("utf-8")), "08x")


_EMPTY = fingerprint(None)


def fingerprints(record: Record) -> dict[str, str]:
    """Fingerprints of the record's fields; an empty field is left out (it reads as ``None``)."""
    return {name: fingerprint(value) for name, value in record.fields.items() if value is not None}


def exported_fingerprint(hashes: dict[str, str], name: str) -> str:
    """The fingerprint a field had at export (see :func:`fingerprints`)."""
    return hashes.get(name, _EMPTY)


# -- loading from the database ------------------------------------------------------------------

def _rows(session: Session, cls, *order: str) -> list[Any]:
    """All rows of ``cls`` as plain named tuples by attribute name, ordered by the named
    attributes (no ORM objects: building thousands would cost more than writing the cells)."""
    table = cls.__table__
    column = {prop.key: table.c[prop.columns[0].name] for prop in cls.__mapper__.column_attrs}
    stmt = select(*(c.label(key) for key, c in column.items())).order_by(*(column[o] for o in order))
    return list(session.connection().execute(stmt))


def load_dataset(session: Session) -> Dataset:
    """Everything the Excel layer carries, in one query per table."""
    data = Dataset()
    wb = session.scalar(select(Workbook))
    data.add(Record("workbook", wb.id, {
        "title": wb.title, "region": wb.region, "term": wb.term, "status": wb.status,
        "version": wb.version, "approved_on": wb.approved_on.isoformat() if wb.approved_on else None,
        "description": wb.description}))
    for p in _rows(session, Party, "position", "id"):
        data.add(Record("party", p.id, {name: getattr(p, name) for name in FIELDS["party"]}))
    _load_persons(session, data)
    _load_areas_and_goals(session, data)
    _load_legal_references(session, data)
    _load_actions(session, data)
    _load_indicators(session, data)
    return data


def _load_persons(session: Session, data: Dataset) -> None:
    memberships = {}
    for m in reversed(_rows(session, Membership, "position")):
        memberships[m.person_id] = m  # the first by position wins
    for p in _rows(session, Person, "position", "id"):
        m = memberships.get(p.id)
        data.add(Record("person", p.id, {
            "name": p.name, "title": p.title, "party": p.party_id, "email": p.email,
            "phone": p.phone, "role": m.role if m else None},
            hidden={"membership": m.id} if m else {}))


def _load_areas_and_goals(session: Session, data: Dataset) -> None:
    areas = _rows(session, Area, "position", "id")
    for a in areas:
        data.add(Record("area", a.id, {name: getattr(a, name) for name in FIELDS["area"]}))
    action_order = defaultdict(list)
    for link in _rows(session, GoalAction, "position", "action_id"):
        action_order[link.goal_id].append(link.action_id)
    area_rank = {a.id: i for i, a in enumerate(areas)}
    # One numbering everywhere: within an area, goals in the order domain.numbering numbers them.
    goals = sorted(_rows(session, Goal), key=lambda g: (area_rank[g.area_id], *goal_order(g)))
    for g in goals:
        data.add(Record("goal", g.id, {
            "area": g.area_id, "layer": g.layer, "title": g.title, "description": g.description,
            "resources": g.resources, "notes": g.notes}, hidden={"actions": action_order[g.id]}))


def _load_legal_references(session: Session, data: Dataset) -> None:
    goals = defaultdict(list)
    for link in _rows(session, GoalLegalReference):
        goals[link.legal_reference_id].append(link.goal_id)
    for r in _rows(session, LegalReference, "position", "id"):
        data.add(Record("legal_reference", r.id, {
            "law": r.law, "law_name": r.law_name, "section": r.section,
            "description": r.description, "goals": tuple(sorted(goals[r.id]))}))


def _load_actions(session: Session, data: Dataset) -> None:
    goals = defaultdict(list)
    for link in _rows(session, GoalAction):
        goals[link.action_id].append(link.goal_id)
    persons = defaultdict(list)
    for link in _rows(session, ResponsibilityPerson):
        persons[link.responsibility_id].append(link.person_id)
    responsibilities = defaultdict(list)
    for r in _rows(session, Responsibility, "position", "id"):
        responsibilities[r.action_id].append(r)
    statuses = defaultdict(list)
    for s in _rows(session, ActionStatus, "year"):
        statuses[s.action_id].append(s)
    for a in _rows(session, Action, "position", "id"):
        record = data.add(Record("action", a.id, {
            "title": a.title, "description": a.description, "schedule": a.schedule,
            "resources": a.resources, "notes": a.notes, "goals": tuple(sorted(goals[a.id])),
            "responsibilities": tuple((r.party_id, r.role, tuple(sorted(persons[r.id])))
                                      for r in responsibilities[a.id])},
            hidden={"ids": {f"{r.party_id}|{r.role}": r.id for r in responsibilities[a.id]}}))
        for s in statuses[a.id]:
            record.fields[year_key("status", s.year)] = (s.status, s.comment)
            record.hidden["ids"][str(s.year)] = s.id


def _load_indicators(session: Session, data: Dataset) -> None:
    # The largest tables: rows are unpacked as tuples (attribute access on rows costs more).
    values = defaultdict(list)
    v = IndicatorValue
    for row in session.execute(select(v.indicator_id, v.year, v.party_id, v.value_number,
                                      v.value_text, v.comment, v.id).order_by(v.year)):
        values[row[0]].append(row[1:])
    owner_rank = {f"goal:{gid}": i for i, gid in enumerate(data.records["goal"])}
    owner_rank.update({f"action:{aid}": len(owner_rank) + i
                       for i, aid in enumerate(data.records["action"])})
    names = FIELDS["indicator"][1:]
    i = Indicator
    rows = []
    for row in session.execute(select(i.id, i.goal_id, i.action_id, i.position,
                                      *(getattr(i, n) for n in names))):
        owner = f"goal:{row[1]}" if row[1] else f"action:{row[2]}"
        rows.append((owner_rank[owner], row[3], row[0], owner, row[4:]))
    rows.sort(key=lambda r: r[:3])
    for _rank, _position, indicator_id, owner, fields in rows:
        record = data.add(Record("indicator", indicator_id, {"owner": owner, **dict(zip(names, fields))},
                                 hidden={"ids": {}}))
        ids = record.hidden["ids"]
        for year, party_id, number, text, comment, value_id in values[indicator_id]:
            record.fields[year_key("value", year, party_id)] = (
                number if number is not None else text, comment)
            ids[f"{year}|{party_id or ''}"] = value_id
