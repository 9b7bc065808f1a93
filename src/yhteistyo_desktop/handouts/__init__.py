"""PDF handouts of a workbook with reportlab: meeting material, the workbook, follow-up, a party's duties.

No Qt here. The GUI calls :func:`build_handout` in a worker thread (with its own
session) and may stop it by raising :class:`Cancelled` from the progress
callback; :func:`find_meeting` and :func:`find_party` turn what a person types
into the record to print.

The names are loaded on first use: the command line imports
``handouts.commands`` at every start, and reportlab takes a noticeable part of
a second to import.
"""
from __future__ import annotations

from importlib import import_module

from .catalog import KINDS, LANGUAGES

_LAZY = {"build_handout": ".build", "Cancelled": ".errors", "HandoutError": ".errors",
         "find_meeting": ".lookup", "find_party": ".lookup"}

__all__ = ["KINDS", "LANGUAGES", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
