"""A process killed with SIGKILL in the middle of a long run of operations leaves a sound workbook.

The child (``tests/crash_child.py``) applies transactions to a copy of the demo
until it is killed at a random moment; the same file is then checked and
handed to the next child, twenty times. After every kill the file must pass
``check_file`` (``yhteistyo check``) and hold each transaction whole or not at
all: see the child's docstring for the marks each transaction leaves.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from yhteistyo_desktop.domain.models import Action, Goal, GoalAction, History, Indicator
from yhteistyo_desktop.store.lock import lock_path
from yhteistyo_desktop.store.workbook_file import check_file, open_workbook

sys.path.insert(0, str(Path(__file__).parent))
import crash_child  # noqa: E402

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 20

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def start_child(path: Path) -> tuple[subprocess.Popen, int]:
    child = subprocess.Popen([sys.executable, str(CHILD), str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8")
    line = child.stdout.readline()  # blocks until the child has the file open
    if not line.startswith("valmis"):
        child.kill()
        child.wait()
        pytest.fail(f"the child did not start: {line!r} {child.stderr.read()}")
    return child, int(line.split()[1])


def kill(child: subprocess.Popen) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    stderr = child.stderr.read()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, stderr  # it was still working, not failed


def assert_consistent(path: Path) -> int:
    """The checks after a kill; returns the number of the last transaction in the file."""
    assert check_file(path) == []
    with open_workbook(path, "Tarkastaja", readonly=True) as wbfile, wbfile.session() as session:
        counter = crash_child.counter_goal(session)
        n = int(counter.resources or 0)
        assert counter.notes == counter.resources, "a transaction was stored only in part"
        alive = crash_child.expected(n)
        goals = crash_child.load_goals(session)
        assert [g.title for g in goals] == [f"Kuorma {k}" for k in alive]
        for goal in goals:
            k = goal.title.split()[1]
            assert goal.description == k
            [action] = goal.actions
            assert action.title == f"Kuorma-toimenpide {k}"
            assert [(r.party.name, r.role) for r in action.responsibilities] == [
                ("Laukaan kunta", "vastuutaho")]
            assert [i.title for i in action.indicators] == [f"Kuorma-mittari {k}"]
        load_actions = session.scalar(select(func.count()).select_from(Action).where(
            Action.title.like("Kuorma-toimenpide %")))
        assert load_actions == len(alive)  # a deleted goal took its action along
        assert session.scalar(select(func.count()).select_from(Indicator).where(
            Indicator.title.like("Kuorma-mittari %"))) == len(alive)
        assert session.scalar(select(func.count()).select_from(GoalAction)) == 60 + len(alive)
        # the history was committed with the data: one "notes" row per transaction of the run
        assert session.scalar(select(func.count()).select_from(History).where(
            History.entity_id == counter.id, History.field == "notes")) == n
        return n


def test_killed_writers_leave_a_consistent_workbook(demo_path, tmp_path):
    rng = random.Random(20260520)
    # Let 1-3 transactions commit (so every kill comes in the middle of real work, however
    # slow the machine), then kill at a random moment within the next transactions.
    plan = [(rng.randint(1, 3), rng.uniform(0.0, 0.08)) for _ in range(KILLS)]
    last = 0
    progress = []
    for committed, delay in plan:
        child, n = start_child(demo_path)
        assert n == last  # the new child found what the checks found
        for _ in range(committed):
            assert child.stdout.readline().startswith("tehty")
        time.sleep(delay)
        kill(child)
        assert lock_path(demo_path).exists()  # the killed writer could not release its lock
        last = assert_consistent(demo_path)
        progress.append(last - n)
    # every child got its transactions done before it was killed
    assert all(p >= c for p, (c, _d) in zip(progress, plan)), progress
    assert last >= sum(c for c, _d in plan), progress

    # the stale lock of the last child is taken over, and `yhteistyo check` accepts the file
    with open_workbook(demo_path, "Seuraava Käyttäjä") as wbfile, wbfile.session() as session:
        assert crash_child.counter_goal(session).notes == str(last)
        assert session.scalar(select(func.count()).select_from(Goal)) == 13 + len(
            crash_child.expected(last))
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop.cli", "check", str(demo_path)],
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "kunnossa" in result.stdout
