"""The child of tests/test_crash.py: a long run of operations on a workbook, until it is killed.

    python tests/crash_child.py FILE

Opens FILE for writing (taking over the lock its killed predecessor left),
prints "valmis n" and then runs transactions i = n+1, n+2, ... for ever, where n
is the number of the last transaction the file holds, printing "tehty i" after
each commit (so the parent can let a few pass before it kills). Every transaction leaves
marks the test can check after a SIGKILL, to see that it is in the file whole
or not at all:

* the counter goal's ``resources`` is set to i first and its ``notes`` to i
  last: the two are always equal, and equal to the number of the last
  transaction;
* on most i a goal "Kuorma i" is created (description "i") with an action
  "Kuorma-toimenpide i" serving only it, a responsible party and an indicator;
  on every fourth i the oldest of those goals is deleted instead, taking its
  action, responsibility and indicator along; every third i moves the newest
  one first in its area (renumbering the area's goals); every fifth i edits a
  demo action. So the set of load goals follows from n alone (see ``expected``).
"""
from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from yhteistyo_desktop.domain.models import Action, Area, Goal, Indicator, Party
from yhteistyo_desktop.store.workbook_file import open_workbook

COUNTER_GOAL = "Kaatumistestin laskuri"
AREA_POSITION = 1


def expected(n: int) -> list[int]:
    """Numbers of the load goals the workbook holds after transaction n."""
    alive: list[int] = []
    for i in range(1, n + 1):
        if i % 4 == 0 and alive:
            alive.pop(0)
        else:
            alive.append(i)
    return alive


def counter_goal(session) -> Goal | None:
    return session.scalar(select(Goal).where(Goal.title == COUNTER_GOAL))


def load_goals(session) -> list[Goal]:
    goals = session.scalars(select(Goal).where(Goal.title.like("Kuorma %")))
    return sorted(goals, key=lambda g: int(g.title.split()[1]))


def run(path: Path) -> None:
    wbfile = open_workbook(path, "Kaatuja")
    session = wbfile.session()
    ops = wbfile.operations(session)
    area = session.scalar(select(Area).where(Area.position == AREA_POSITION))
    party = session.scalar(select(Party).where(Party.name == "Laukaan kunta"))
    demo_action = session.scalar(select(Action).where(Action.title == "Yhteinen edunvalvonnan ydinviesti"))
    counter = counter_goal(session)
    if counter is None:
        counter = ops.create(Goal, area_id=area.id, layer="painopiste", title=COUNTER_GOAL)
    n = int(counter.resources or 0)
    print("valmis", n, flush=True)
    i = n
    while True:
        i += 1
        with ops.transaction():
            ops.edit(counter, "resources", str(i))
            if i % 4 == 0 and load_goals(session):
                ops.delete(load_goals(session)[0])
            else:
                goal = ops.create(Goal, area_id=area.id, layer="painopiste", title=f"Kuorma {i}",
                                  description=str(i))
                action = ops.add_action([goal], title=f"Kuorma-toimenpide {i}",
                                        schedule=f"vuosi {2025 + i % 5}")
                ops.add_responsibility(action, party, "vastuutaho")
                ops.create(Indicator, action_id=action.id, title=f"Kuorma-mittari {i}",
                           kind="kylla_ei", target_value="kyllä")
            if i % 3 == 0 and load_goals(session):
                ops.move(load_goals(session)[-1], 0)
            if i % 5 == 0:
                ops.edit(demo_action, "notes", f"Päivitetty kierroksella {i}")
            ops.edit(counter, "notes", str(i))
        print("tehty", i, flush=True)  # committed: the parent may kill from here on


if __name__ == "__main__":
    run(Path(sys.argv[1]))
