"""The synthetic large workbook of DESIGN.md "Quality bars", for the benchmark and the load tests.

At ``scale=1``: 20 areas, 400 goals, 2,000 actions, 4,000 indicators and 20,000 yearly
values, with responsibilities, statuses and Finnish text of realistic length. ``scale``
multiplies every count (the benchmark uses 4 and 16 to show how costs grow).

The rows are written with SQLAlchemy Core in one transaction instead of one
:class:`Operations` call per row: at 16x that is about half a million rows, which the
operations (a flush, a position query and a history row each) take minutes to write.
This only ever fills a *new* file, inside ``create_workbook``'s fill transaction (so a
failure leaves no file), and the first party goes through :meth:`Operations.create` so the
history records who generated the workbook.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import insert

from .models import (Action, ActionStatus, Area, Goal, GoalAction, Indicator, IndicatorValue,
                     Party, Responsibility)
from .operations import Operations

TERM = (2025, 2029)

_WORDS = ("hyvinvointi terveys osallisuus yhteistyö palvelut nuoret ikääntyneet liikunta "
          "ehkäisevä työ kunta hyvinvointialue järjestöt asukkaat tieto arviointi "
          "kehittäminen yhdyspinta ennaltaehkäisy mielenterveys päihteet turvallisuus "
          "elintavat koulutus työllisyys asuminen").split()


def _text(seed: int, words: int) -> str:
    """Deterministic Finnish-looking text of ``words`` words."""
    out = [_WORDS[(seed * 7 + i * 5 + i * i) % len(_WORDS)] for i in range(words)]
    out[0] = out[0].capitalize()
    return " ".join(out) + "."


def _uuid(kind: str, n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"yhteistyo-synthetic/{kind}/{n}"))


def counts_for(scale: float) -> dict[str, int]:
    s = max(scale, 0.01)
    return {"areas": max(1, round(20 * s)), "goals": max(1, round(400 * s)),
            "actions": max(1, round(2000 * s)), "indicators": max(1, round(4000 * s)),
            "values_per_indicator": 5, "parties": 30}


def build_large_workbook(path: str | Path, scale: float = 1.0, user: str = "bench",
                         overwrite: bool = False) -> dict[str, int]:
    """Create the synthetic workbook file at ``path``; returns the counts written."""
    from ..store.workbook_file import create_workbook  # store imports domain; keep it one-way

    n = counts_for(scale)
    written: dict[str, int] = {}

    def fill(ops: Operations) -> None:
        conn = ops.session
        parties = [{"id": _uuid("party", i), "name": f"Kunta {i + 1}" if i else "Hyvinvointialue",
                    "kind": "kunta" if i else "hyvinvointialue", "position": i}
                   for i in range(n["parties"])]
        ops.create(Party, **{k: v for k, v in parties[0].items() if k != "position"})
        conn.execute(insert(Party), parties[1:])
        areas = [{"id": _uuid("area", i), "group": ("yhteiset", "yhdyspinta", "erityis")[i % 3],
                  "title": f"Osa-alue {i + 1}: {_text(i, 4)}", "description": _text(i, 30),
                  "selected": True, "position": i} for i in range(n["areas"])]
        conn.execute(insert(Area), areas)
        goals = [{"id": _uuid("goal", i), "area_id": areas[i % n["areas"]]["id"],
                  "layer": ("lainsaadanto", "painopiste")[i % 2],
                  "title": f"Tavoite {i + 1}: {_text(i, 8)}", "description": _text(i + 1, 40),
                  "resources": _text(i + 2, 10), "position": i // n["areas"]}
                 for i in range(n["goals"])]
        conn.execute(insert(Goal), goals)
        actions = [{"id": _uuid("action", i), "title": f"Toimenpide {i + 1}: {_text(i, 7)}",
                    "description": _text(i + 3, 35), "schedule": f"{TERM[0] + i % 5}",
                    "resources": _text(i + 4, 8), "position": i} for i in range(n["actions"])]
        conn.execute(insert(Action), actions)
        links = []
        for i, action in enumerate(actions):
            goal_indexes = {i % n["goals"]} | ({(i * 7 + 3) % n["goals"]} if i % 4 == 0 else set())
            links += [{"goal_id": goals[g]["id"], "action_id": action["id"], "position": i}
                      for g in sorted(goal_indexes)]
        conn.execute(insert(GoalAction), links)
        conn.execute(insert(Responsibility), [
            {"id": _uuid(f"resp{k}", i), "action_id": action["id"],
             "party_id": parties[(i + k * 11) % n["parties"]]["id"],
             "role": ("vastuutaho", "osallistuja")[k], "position": k}
            for i, action in enumerate(actions) for k in range(2)])
        indicators, values = [], []
        for i in range(n["indicators"]):
            owner = ({"goal_id": goals[i % n["goals"]]["id"], "action_id": None} if i % 10 == 0
                     else {"goal_id": None, "action_id": actions[i % n["actions"]]["id"]})
            kind = ("luku", "lukumaara_vuodessa", "kylla_ei", "luku")[i % 4]
            indicators.append({"id": _uuid("indicator", i), **owner,
                               "title": f"Mittari {i + 1}: {_text(i, 6)}", "kind": kind,
                               "unit": "%" if kind == "luku" else None,
                               "baseline_value": str(40 + i % 17), "baseline_year": 2024,
                               "target_value": str(50 + i % 23), "target_year": TERM[1],
                               "source_id": f"sotkanet:{1000 + i % 900}", "per_party": False,
                               "position": i})
            for k in range(n["values_per_indicator"]):
                number = None if kind == "kylla_ei" else float(40 + (i + k * 3) % 29) + 0.5
                values.append({"id": _uuid(f"value{k}", i), "indicator_id": indicators[-1]["id"],
                               "party_id": None, "year": TERM[0] + k, "value_number": number,
                               "value_text": ("kyllä" if (i + k) % 3 else "ei")
                               if kind == "kylla_ei" else None})
        conn.execute(insert(Indicator), indicators)
        conn.execute(insert(IndicatorValue), values)
        conn.execute(insert(ActionStatus), [
            {"id": _uuid("status", i), "action_id": action["id"], "year": TERM[0],
             "status": ("kaynnissa", "toteutunut", "ei_aloitettu")[i % 3]}
            for i, action in enumerate(actions)])
        written.update(areas=len(areas), goals=len(goals), actions=len(actions),
                       indicators=len(indicators), values=len(values))

    create_workbook(path, user, "Synteettinen maakunta", *TERM, fill=fill, overwrite=overwrite,
                    title="Synteettinen suuri työkirja").close()
    return written
