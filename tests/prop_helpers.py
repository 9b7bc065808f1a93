"""Shared pieces of the generated tests (issue 19): budgets, file helpers, strategies.

The suite runs every generated test with a fixed, derandomized budget (the same examples on every
run, so CI is repeatable and a failure reproduces). ``YHTEISTYO_CAMPAIGN=N`` multiplies the
budgets by N for the long campaign the README describes; the campaign stays derandomized per test
but draws N times as many examples.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from conftest import table_rows as content  # noqa: F401  (the generated tests compare files by it)
from yhteistyo_desktop.store.workbook_file import check_file

#: How many times the suite's budget a campaign draws (``YHTEISTYO_CAMPAIGN=50``); 0 in the suite.
CAMPAIGN = int(os.environ.get("YHTEISTYO_CAMPAIGN", "0") or 0)


def budget(examples: int, **extra) -> settings:
    """Hypothesis settings: ``examples`` in the suite, ``examples * CAMPAIGN`` in a campaign.

    Derandomized (the same examples every run) and without the example database, so that the
    suite does the same work on every machine; no deadline, since one example opens real files.
    In a campaign the seed still varies per test, so the examples differ from the suite's.
    """
    return settings(
        max_examples=examples * CAMPAIGN if CAMPAIGN else examples,
        derandomize=not CAMPAIGN, database=None, deadline=None, print_blob=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large, HealthCheck.filter_too_much],
        **extra)


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fresh_copy(master: Path, folder: Path, name: str = "tyokirja.tyokirja") -> Path:
    """A copy of ``master`` (as with cp) in ``folder``, replacing any earlier one."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    for stale in folder.glob(name + "*"):  # a journal or lock file of an earlier example
        stale.unlink()
    shutil.copyfile(master, target)
    return target




def rule_problems(path: Path) -> list[str]:
    """Everything ``yhteistyo check`` finds wrong (integrity, foreign keys, the workbook's rules)."""
    return check_file(path)


def one_finnish_line(message: str) -> bool:
    """A message as the user must get it: one line, not a Python repr or traceback."""
    return (bool(message.strip()) and "\n" not in message.strip() and "Traceback" not in message
            and "Error(" not in message and "Exception" not in message)


#: Text a user might type in a cell: Finnish letters, punctuation, spaces around, empty.
texts = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ABC-.,;:!?()0123456789")),
                min_size=1, max_size=40).map(str.strip).filter(bool)
#: Numbers as yearly values: integers, decimals, negatives (finite).
numbers = st.one_of(st.integers(-10_000, 10_000).map(float),
                    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 3)))


def progress(what: str) -> None:
    """In a campaign, one line per finished example on stdout (run with -s), so that a campaign
    stopped by its time limit still tells how many examples passed."""
    if CAMPAIGN:
        print(f"campaign {what} ok", flush=True)
