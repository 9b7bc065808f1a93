"""The one exception the Excel layer raises for a file it will not read or write."""
from __future__ import annotations

from ..store.workbook_file import WorkbookFileError


class XlsxError(WorkbookFileError):
    """An Excel file that cannot be used; the message (Finnish) names the problem.

    A subclass of :class:`WorkbookFileError` so that the command line and the
    GUI already show it as one line without a traceback.
    """
