"""A process killed with SIGKILL while it applies a returned Excel copy leaves a sound workbook
holding the whole import or none of it.

The child is the real command line, ``yhteistyo import-xlsx COPY FILE --accept-all``, on a
returned copy of a synthetic workbook with hundreds of edited cells. It is killed at a random
moment after it has started writing (its rollback journal has appeared), twenty times; after
each kill the file passes ``check_file`` (what ``yhteistyo check`` runs) and its content equals
the state before the import or the state after an uninterrupted import, never a mix.
(Two processes on one file: ``test_faults.py``, "held by another live process", and
``test_store.py``.)
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from yhteistyo_desktop.domain.synthetic import build_large_workbook
from yhteistyo_desktop.store.lock import lock_path
from yhteistyo_desktop.store.workbook_file import check_file, open_workbook

from conftest import table_rows
from xlsx_helpers import export, note_every_goal

KILLS = 20
SCALE = 0.1  # 40 goals, 200 actions, 400 indicators: each import writes about 640 edits

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def child_env() -> dict[str, str]:
    return {**os.environ, "YHTEISTYO_USER": "Tuoja", "PYTHONIOENCODING": "utf-8"}


def start_import(returned: Path, path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "yhteistyo_desktop.cli", "import-xlsx",
                             str(returned), str(path), "--accept-all"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env())


def wait_for_writing(child: subprocess.Popen, path: Path) -> float:
    """Wait until the child has begun its write transaction (the rollback journal exists)."""
    journal = path.with_name(path.name + "-journal")
    deadline = time.monotonic() + 60
    while not journal.exists():
        if child.poll() is not None:
            pytest.fail(f"the import ended before it wrote: {child.stderr.read().decode()}")
        if time.monotonic() > deadline:
            child.kill()
            pytest.fail("the import did not start writing within 60 s")
        time.sleep(0.0005)
    return time.monotonic()


def content(path: Path) -> tuple[dict[str, list[tuple]], int]:
    """Every table's rows but the history's, and the number of history rows."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        history = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    finally:
        conn.close()
    return table_rows(path, skip=("history",)), history


def edit_returned(path: Path) -> int:
    """Edit the exported copy as a working group would: notes, descriptions, units. Returns edits."""
    wb = openpyxl.load_workbook(path)
    edits = note_every_goal(wb)
    for sheet, header_text, text in (("Toimenpiteet", "Kuvaus", "Päivitetty kuvaus {row}"),
                                     ("Mittarit", "Yksikkö", "kpl/{row}")):
        ws = wb[sheet]
        column = [c.value for c in ws[1]].index(header_text) + 1
        for row in range(2, ws.max_row + 1):
            if ws.cell(row, 2).value:
                ws.cell(row, column).value = text.format(row=row)
                edits += 1
    wb.save(path)
    return edits


@pytest.fixture(scope="module")
def import_states(tmp_path_factory):
    """The workbook before, a returned copy, the state after an uninterrupted import, its time."""
    folder = tmp_path_factory.mktemp("import-crash")
    before = folder / "ennen.tyokirja"
    build_large_workbook(before, scale=SCALE, user="Rakentaja")
    with open_workbook(before, "Viejä", readonly=True) as wbfile:
        returned = export(wbfile, folder / "palautettu.xlsx")
    edits = edit_returned(returned)
    after = folder / "jalkeen.tyokirja"
    shutil.copyfile(before, after)
    child = start_import(returned, after)
    began = wait_for_writing(child, after)
    assert child.wait(timeout=120) == 0, child.stderr.read().decode()
    writing = time.monotonic() - began
    child.stderr.close()
    assert content(after)[0] != content(before)[0]
    return before, returned, after, edits, writing


def test_an_import_killed_while_writing_leaves_all_or_nothing(import_states, tmp_path):
    before, returned, after, edits, writing = import_states
    assert edits > 500
    before_state, after_state = content(before), content(after)
    assert after_state[1] > before_state[1] + 500  # the import wrote a history row per edit
    path = tmp_path / "tyokirja.tyokirja"
    shutil.copyfile(before, path)
    rng = random.Random(20261130)
    outcomes = []
    for _ in range(KILLS):
        child = start_import(returned, path)
        wait_for_writing(child, path)
        time.sleep(rng.uniform(0, writing * 0.9))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        stderr = child.stderr.read().decode()
        child.stderr.close()
        assert child.returncode in (-signal.SIGKILL, 0), stderr
        assert check_file(path) == []  # what `yhteistyo check` runs; it rolls back the journal
        state = content(path)
        assert state in (before_state, after_state), "the file holds part of the import"
        if state == before_state:
            assert lock_path(path).exists()  # killed before its commit: the lock stays behind
        outcomes.append("kaikki" if state == after_state else "ei mitään")
        if state == after_state:  # start the next child from the state before again
            shutil.copyfile(before, path)
            lock_path(path).unlink(missing_ok=True)
    print(f"write phase {writing:.2f} s, outcomes {outcomes}")
    assert outcomes.count("ei mitään") >= KILLS // 2, outcomes  # most kills came mid-write

    # the next writer takes over the stale lock and finishes the import; the CLI check agrees
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop.cli", "import-xlsx",
                             str(returned), str(path), "--accept-all"], capture_output=True,
                            text=True, encoding="utf-8", env=child_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert content(path)[0] == after_state[0]
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop.cli", "check", str(path)],
                            capture_output=True, text=True, encoding="utf-8", env=child_env(),
                            timeout=60)
    assert result.returncode == 0 and "kunnossa" in result.stdout, result.stderr

