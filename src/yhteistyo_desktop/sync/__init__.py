"""Bringing together copies of one workbook file that members changed offline. No Qt here.

* :func:`compare_files` ``(wbfile, other_path) -> MergeReview`` opens the other copy read-only
  and lists what it brings (:func:`compare` ``(session, other_session, other_path)`` on open
  sessions);
* :func:`apply` ``(review, accepted_ids, ops) -> ApplyResult`` makes the accepted changes through
  the operations and records the other copy's history rows with their own uids.

A :class:`MergeReview` is an Excel :class:`~..xlsx.review.Review`, so the same review dialog
shows it. Every refusal is a :class:`MergeError` (a ``WorkbookFileError``) in Finnish.
"""
from __future__ import annotations

from importlib import import_module

__all__ = ["MergeChange", "MergeError", "MergeReview", "apply", "compare", "compare_files"]


def __getattr__(name: str):
    # Loaded on first use: the command line imports sync.commands at every start, and the
    # merge pulls in the Excel review (and openpyxl) behind it.
    if name in __all__:
        return getattr(import_module(".merge", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
