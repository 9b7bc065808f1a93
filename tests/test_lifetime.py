"""No object's lifetime ends twice (issue 15.4): a long session, compressed into rounds of
opening the window, walking and editing the tree, every dialog and a language switch, runs
in a child process (tests/lifetime_child.py) so that a crash ("Fatal Python error:
none_dealloc", a segfault) fails this test instead of ending the test run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("lifetime_child.py")


def test_many_windows_and_dialogs_open_and_close_without_a_crash(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(CHILD), str(tmp_path), "6"], env=env,
                          capture_output=True, text=True, timeout=300)
    errors = "\n".join(line for line in done.stderr.splitlines()
                       if "propagateSizeHints" not in line)
    assert done.returncode == 0, errors
    assert done.stdout.strip() == "valmis"
    assert "Traceback" not in errors and "Fatal Python error" not in errors, errors
