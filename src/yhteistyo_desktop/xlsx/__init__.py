"""The Kuntaliitto Excel template: export, import into a new workbook, review of returned copies.

No Qt here. The GUI and the command line use this API:

* :func:`export_workbook` ``(session, target, progress=None) -> Path``
* :func:`import_new` ``(source, target, user, region=None, term=None) -> (WorkbookFile, notices)``
* :func:`compare` ``(path, session) -> Review`` and :func:`apply` ``(review, accepted_ids, ops)``
* :func:`read_xlsx` ``(path, known=None) -> ParsedFile`` and :func:`check_package` ``(path)``

Every refusal is an :class:`XlsxError` (a ``WorkbookFileError``) with one Finnish message.
"""
from .errors import XlsxError
from .reader import Notice, ParsedFile, read_xlsx
from .review import ApplyResult, Change, Review, apply, compare, import_new
from .safety import LIMITS, Limits, check_package
from .writer import ExportCancelled, export_workbook

__all__ = ["XlsxError", "Notice", "ParsedFile", "read_xlsx", "ApplyResult", "Change", "Review",
           "apply", "compare", "import_new", "LIMITS", "Limits", "check_package",
           "ExportCancelled", "export_workbook"]
