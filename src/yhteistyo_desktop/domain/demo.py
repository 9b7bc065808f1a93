"""The Keski-Suomi 2025-2029 demo workbook, built from ``resources/demo`` through the operations."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ..paths import demo_file
from .models import (
    AgendaItem, AgendaLink, Area, Forum, Goal, GoalLegalReference, Indicator, LegalReference, Meeting,
    MeetingParticipant, Membership, Party, Person,
)
from .operations import Operations

_FIELDS = {
    Party: ("name", "short_name", "kind", "business_id", "street", "postal_code", "city"),
    Person: ("name", "title", "email", "phone"),
    LegalReference: ("law", "law_name", "section", "description"),
    Area: ("group", "title", "description"),
    Goal: ("layer", "title", "description", "resources", "notes"),
    Indicator: ("title", "kind", "unit", "baseline_value", "baseline_year", "target_value",
                "target_year", "source_id", "per_party"),
    Forum: ("level", "name", "description"),
}


def _pick(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    return {name: data.get(name) for name in _FIELDS[cls] if data.get(name) is not None}


def load_demo_data(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or demo_file()).read_text(encoding="utf-8"))


def workbook_fields(data: dict[str, Any]) -> dict[str, Any]:
    wb = data["workbook"]
    start, end = (int(y) for y in wb["term"].split("-"))
    approved = wb.get("approved_on")
    return {"region": wb["region"], "term_start": start, "term_end": end, "title": wb["title"],
            "status": wb["status"], "version": wb["version"], "description": wb.get("description"),
            "approved_on": dt.date.fromisoformat(approved) if approved else None}


def fill_demo(ops: Operations, data: dict[str, Any]) -> None:
    """Add the demo's parties, people, goals, actions, indicators, forums and meeting."""
    ids: dict[str, Any] = {}
    with ops.transaction():
        for p in data["parties"]:
            ids[p["key"]] = ops.create(Party, **_pick(Party, p))
        for p in data["persons"]:
            party = ids.get(p.get("party"))
            ids[p["key"]] = person = ops.create(Person, party_id=party.id if party else None,
                                                **_pick(Person, p))
            if p.get("working_group_role"):
                ops.create(Membership, person_id=person.id, role=p["working_group_role"])
        for ref in data["legal_references"]:
            ids[ref["key"]] = ops.create(LegalReference, **_pick(LegalReference, ref))
        for a in data["areas"]:
            ids[a["key"]] = area = ops.create(Area, **_pick(Area, a))
            for g in a["goals"]:
                ids[g["key"]] = goal = ops.create(Goal, area_id=area.id, **_pick(Goal, g))
                for ref in g.get("legal_references", ()):
                    ops.link(GoalLegalReference, goal_id=goal.id, legal_reference_id=ids[ref].id)
                for ind in g.get("indicators", ()):
                    ids[ind["key"]] = ops.create(Indicator, goal_id=goal.id, **_pick(Indicator, ind))
        for a in data["actions"]:
            fields = {k: a.get(k) for k in ("title", "description", "schedule", "resources", "notes")}
            ids[a["key"]] = action = ops.add_action([ids[g] for g in a["goals"]], **fields)
            for r in a["responsibilities"]:
                ops.add_responsibility(action, ids[r["party"]], r["role"],
                                       [ids[p] for p in r.get("persons", ())])
            for ind in a.get("indicators", ()):
                ids[ind["key"]] = ops.create(Indicator, action_id=action.id, **_pick(Indicator, ind))
        for f in data["forums"]:
            ids[f["key"]] = ops.create(Forum, **_pick(Forum, f))
        for m in data["meetings"]:
            forum = ids.get(m.get("forum"))
            meeting = ops.create(Meeting, forum_id=forum.id if forum else None, title=m["title"],
                                 starts_at=dt.datetime.fromisoformat(m["starts_at"]),
                                 place=m.get("place"))
            for p in m.get("participants", ()):
                ops.link(MeetingParticipant, meeting_id=meeting.id, person_id=ids[p].id)
            for item in m.get("agenda", ()):
                presenter = ids.get(item.get("presenter"))
                agenda = ops.create(AgendaItem, meeting_id=meeting.id, title=item["title"],
                                    proposal=item.get("proposal"),
                                    presenter_id=presenter.id if presenter else None)
                for kind, keys in item.get("links", {}).items():
                    column = {"areas": "area_id", "goals": "goal_id", "actions": "action_id",
                              "indicators": "indicator_id"}[kind]
                    for key in keys:
                        ops.create(AgendaLink, agenda_item_id=agenda.id, **{column: ids[key].id})
