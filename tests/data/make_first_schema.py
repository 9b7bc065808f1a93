"""Make ``first-schema.tyokirja``: a small workbook in the FIRST released file format (revision 0001).

The file is committed next to this script and must not be regenerated casually:
its point is to stay what an early version of the application wrote, so that
``tests/test_store.py`` can check that opening it still migrates it to the newest
schema, backs it up first and keeps its content. Run it again only if the file
is lost, with an application whose migration 0001 is unchanged:

    python tests/data/make_first_schema.py

It creates an empty SQLite file with our ``application_id``, runs the Alembic
migrations up to revision 0001 only (not head), and inserts the content with
plain SQL (the ORM classes describe the newest schema, not this one): the
workbook row, two areas, two goals, one action serving both goals, a party
with a y-tunnus, a responsibility, an indicator with a yearly value, and two
history rows.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command

from yhteistyo_desktop.store.workbook_file import APPLICATION_ID, alembic_config, make_engine

TARGET = Path(__file__).with_name("first-schema.tyokirja")

WORKBOOK_ID = "0b6f3c2e-1d7a-4c55-9a51-6d1f00000001"
AREA_IDS = ("0b6f3c2e-1d7a-4c55-9a51-6d1f00000a01", "0b6f3c2e-1d7a-4c55-9a51-6d1f00000a02")
GOAL_IDS = ("0b6f3c2e-1d7a-4c55-9a51-6d1f00000b01", "0b6f3c2e-1d7a-4c55-9a51-6d1f00000b02")
ACTION_ID = "0b6f3c2e-1d7a-4c55-9a51-6d1f00000c01"
PARTY_ID = "0b6f3c2e-1d7a-4c55-9a51-6d1f00000d01"
RESPONSIBILITY_ID = "0b6f3c2e-1d7a-4c55-9a51-6d1f00000e01"
INDICATOR_ID = "0b6f3c2e-1d7a-4c55-9a51-6d1f00000f01"
VALUE_ID = "0b6f3c2e-1d7a-4c55-9a51-6d1f00000f02"

CONTENT = [
    ("INSERT INTO workbook (id, title, region, term_start, term_end, status, version, approved_on,"
     " description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
     (WORKBOOK_ID, "Strategisten tavoitteiden työkirja", "Vanha-alue", 2025, 2029, "luonnos", "0.9",
      None, "Ensimmäisellä tiedostomuodolla tehty työkirja.", "2025-09-01 10:00:00.000000")),
    ("INSERT INTO area (id, group_key, title, sheet_name, description, selected, position)"
     " VALUES (?, ?, ?, ?, ?, ?, ?)",
     (AREA_IDS[0], "yhteiset", "Hyvinvointi ja terveys", "Hyvinvointi ja terveys", None, 1, 0)),
    ("INSERT INTO area (id, group_key, title, sheet_name, description, selected, position)"
     " VALUES (?, ?, ?, ?, ?, ?, ?)",
     (AREA_IDS[1], "yhdyspinta", "Työllisyyden hoito", "Työllisyys", None, 1, 1)),
    ("INSERT INTO goal (id, area_id, layer, title, description, position) VALUES (?, ?, ?, ?, ?, ?)",
     (GOAL_IDS[0], AREA_IDS[0], "painopiste", "Terveyserot kapenevat", "Vanha kuvaus.", 0)),
    ("INSERT INTO goal (id, area_id, layer, title, description, position) VALUES (?, ?, ?, ?, ?, ?)",
     (GOAL_IDS[1], AREA_IDS[1], "lainsaadanto", "Työllisyyspalvelut sovitetaan yhteen", None, 0)),
    ("INSERT INTO action (id, title, schedule, position) VALUES (?, ?, ?, ?)",
     (ACTION_ID, "Yhteinen palveluohjaus", "2026", 0)),
    ("INSERT INTO goal_action (goal_id, action_id, position) VALUES (?, ?, ?)",
     (GOAL_IDS[0], ACTION_ID, 0)),
    ("INSERT INTO goal_action (goal_id, action_id, position) VALUES (?, ?, ?)",
     (GOAL_IDS[1], ACTION_ID, 0)),
    ("INSERT INTO party (id, name, short_name, kind, business_id, street, postal_code, city, position)"
     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
     (PARTY_ID, "Jyväskylän kaupunki", "Jyväskylä", "kaupunki", "0174666-4", "PL 193", "40101",
      "Jyväskylä", 0)),
    ("INSERT INTO responsibility (id, action_id, party_id, role, position) VALUES (?, ?, ?, ?, ?)",
     (RESPONSIBILITY_ID, ACTION_ID, PARTY_ID, "vastuutaho", 0)),
    ("INSERT INTO indicator (id, goal_id, title, kind, unit, target_value, target_year, per_party,"
     " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
     (INDICATOR_ID, GOAL_IDS[0], "Koettu terveys", "luku", "%", "70", 2029, 0, 0)),
    ("INSERT INTO indicator_value (id, indicator_id, year, value_number) VALUES (?, ?, ?, ?)",
     (VALUE_ID, INDICATOR_ID, 2025, 64.5)),
    ("INSERT INTO history (txn, at, user, computer, op, entity, entity_id, field, old_value, new_value)"
     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
     ("0b6f3c2e-1d7a-4c55-9a51-6d1f00001001", "2025-09-01 10:00:00.000000", "Vanha Käyttäjä",
      "vanha-kone", "create", "goal", GOAL_IDS[0], None, None, '{"title": "Terveyserot kapenevat"}')),
    ("INSERT INTO history (txn, at, user, computer, op, entity, entity_id, field, old_value, new_value)"
     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
     ("0b6f3c2e-1d7a-4c55-9a51-6d1f00001002", "2025-09-02 11:30:00.000000", "Vanha Käyttäjä",
      "vanha-kone", "update", "goal", GOAL_IDS[0], "description", '"Alku."', '"Vanha kuvaus."')),
]


def make(target: Path) -> None:
    if target.exists():
        sys.exit(f"{target} on jo olemassa; poista se ensin, jos haluat tehdä sen uudelleen.")
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.commit()
    conn.close()
    engine = make_engine(target)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
    finally:
        engine.dispose()
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            for sql, params in CONTENT:
                conn.execute(sql, params)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
