"""The Qt layer: the only part of the application that imports PySide6."""
from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: every call of a method that returns nothing
    (``setText``, ``hide``, ``setToolTip``...) gives back ``None`` without the reference it
    takes away, so ``None``'s reference count falls by one per call. After a long session it
    reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc", issue 15.4;
    tests/test_lifetime.py reproduces it). Python 3.12 made ``None`` immortal, which hides
    the bug there; here ``None`` gets a count no session can use up (2**60 calls)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60


_keep_none_alive()
