"""The Kuntaliitto Excel template: export, import into a new workbook, review of returned copies.

No Qt here. The GUI and the command line use this API:

* :func:`export_workbook` ``(session, target, progress=None) -> Path``
* :func:`import_new` ``(source, target, user, region=None, term=None) -> (WorkbookFile, notices)``
* :func:`compare` ``(path, session) -> Review`` and :func:`apply` ``(review, accepted_ids, ops)``
* :func:`read_xlsx` ``(path, known=None) -> ParsedFile`` and :func:`check_package` ``(path)``

Every refusal is an :class:`XlsxError` (a ``WorkbookFileError``) with one Finnish message.
"""
from __future__ import annotations

from importlib import import_module

# Loaded on first use: the command line imports xlsx.commands at every start, and
# openpyxl takes a noticeable part of the start-up time to import.
_LAZY = {"XlsxError": ".errors", "Notice": ".reader", "ParsedFile": ".reader",
         "read_xlsx": ".reader", "ApplyResult": ".review", "Change": ".review",
         "Review": ".review", "apply": ".review", "compare": ".review", "import_new": ".review",
         "LIMITS": ".safety", "Limits": ".safety", "check_package": ".safety",
         "ExportCancelled": ".writer", "export_workbook": ".writer"}

__all__ = list(_LAZY)


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
