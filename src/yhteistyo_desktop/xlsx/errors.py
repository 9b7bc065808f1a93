"""The one exception the Excel layer raises for a file it will not read or write."""
from __future__ import annotations

from ..store.workbook_file import WorkbookFileError


class XlsxError(WorkbookFileError):
    """An Excel file that cannot be used; the message (Finnish) names the problem.

    A subclass of :class:`WorkbookFileError` so that the command line and the
    GUI already show it as one line without a traceback.
    """


class MissingWorkbookFields(XlsxError):
    """A template to import as a new workbook lacks the region or the council term (or both).

    ``missing`` names them ("region", "term"); ``region`` and ``term`` are what the file does
    have, so that the window can ask for the rest and the command line name its options.
    """

    def __init__(self, message: str, missing: list[str], region: str | None, term: str | None):
        super().__init__(message)
        self.missing = missing
        self.region = region
        self.term = term
