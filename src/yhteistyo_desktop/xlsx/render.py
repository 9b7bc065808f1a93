"""Field values as the text people read in the cells (the reader parses these back)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain import vocab
from .dataset import Dataset, Record
from .layout import BOOL_FIELDS, BULLET, NO, OWNER_PREFIX, RESPONSIBLE, VOCABS, YES


class Names:
    """Display names of the records a cell refers to (goals, actions, parties, persons)."""

    def __init__(self, data: Dataset):
        self.data = data
        self.goal_rank = {gid: i for i, gid in enumerate(data.records["goal"])}
        self.indicators = data.indicators_by_owner()

    def label(self, entity: str, record_id: str | None) -> str:
        record = self.data.get(entity, record_id)
        return record.label if record else ""

    def party_short(self, party_id: str) -> str:
        party = self.data.get("party", party_id)
        return (party.fields.get("short_name") or party.fields["name"]) if party else ""


def cell_value(entity: str, name: str, value: Any, names: Names) -> Any:
    """What a structured sheet's cell shows for ``record.fields[name]``."""
    if value is None or value == ():
        return None
    if (entity, name) in BOOL_FIELDS:
        return YES if value else NO
    labels = VOCABS.get((entity, name))
    if labels is not None:
        return labels.get(value, value)
    if name == "goals":
        ordered = sorted(value, key=lambda gid: names.goal_rank.get(gid, 0))
        return "\n".join(names.label("goal", gid) for gid in ordered)
    if name == "responsibilities":
        return responsibilities_text(value, names)
    if entity == "person" and name == "party":
        return names.label("party", value)
    if name == "owner":
        kind, _, owner_id = value.partition(":")
        return OWNER_PREFIX[kind] + names.label(kind, owner_id)
    return value


def responsibilities_text(value: tuple, names: Names) -> str:
    """One line per run of the same role: ``Vastuutaho: Keski-Suomen liitto (Pirjo Peräaho); …``."""
    lines: list[tuple[str, list[str]]] = []
    for party_id, role, person_ids in value:
        entry = names.label("party", party_id)
        if person_ids:
            entry += " (" + ", ".join(sorted(names.label("person", p) for p in person_ids)) + ")"
        if lines and lines[-1][0] == role:
            lines[-1][1].append(entry)
        else:
            lines.append((role, [entry]))
    return "\n".join(f"{vocab.RESPONSIBILITY_ROLES[role].capitalize()}: {'; '.join(entries)}"
                     for role, entries in lines)


def goal_text(goal: Record) -> str:
    """The Tavoitteet cell: the title, then the description after a blank line."""
    description = goal.fields.get("description")
    return goal.fields["title"] + (f"\n\n{description}" if description else "")


def actions_text(goal: Record, names: Names) -> str:
    """The goal row's actions as bullet lines with their responsible parties."""
    lines = []
    for action_id in goal.hidden.get("actions", ()):
        action = names.data.get("action", action_id)
        if action is None:
            continue
        parties = dict.fromkeys(party for party, role, _ in action.fields["responsibilities"]
                                if role != "osallistuja")
        vastuu = f" ({RESPONSIBLE}: {'; '.join(names.party_short(p) for p in parties)})" if parties else ""
        lines.append(f"{BULLET} {action.fields['title']}{vastuu}")
    return "\n".join(lines)


def indicators_text(goal: Record, names: Names) -> str:
    """The goal's indicators as bullet lines with their baseline and target."""
    lines = []
    for indicator in names.indicators.get(f"goal:{goal.id}", ()):
        f = indicator.fields
        line = f"{BULLET} {f['title']}"
        for label, value, year in (("lähtötaso", f["baseline_value"], f["baseline_year"]),
                                   ("tavoite", f["target_value"], f["target_year"])):
            if value:
                unit = f" {f['unit']}" if f.get("unit") else ""
                line += f", {label}{f' {year}' if year else ''}: {value}{unit}"
        lines.append(line)
    return "\n".join(lines)


def date_text(iso: str | None) -> str | None:
    if not iso:
        return None
    day = dt.date.fromisoformat(iso)
    return f"{day.day}.{day.month}.{day.year}"
