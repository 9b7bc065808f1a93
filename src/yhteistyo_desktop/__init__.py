"""Yhteistyö: the strategic goals workbook of a region's municipalities and wellbeing services county."""
import logging as _logging
import os as _os

__version__ = "0.1.0"

# The modules log for the developers (e.g. the cause of a file that could not be read); the user
# sees one Finnish line instead, so without this handler Python's last-resort handler would put
# the developers' traceback on the user's stderr. YHTEISTYO_LOG=FILE keeps the log in FILE.
_log = _logging.getLogger(__name__)
_log.addHandler(_logging.NullHandler())
if _os.environ.get("YHTEISTYO_LOG"):
    _handler = _logging.FileHandler(_os.environ["YHTEISTYO_LOG"], encoding="utf-8", delay=True)
    _handler.setFormatter(_logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    _log.addHandler(_handler)
    _log.setLevel(_logging.INFO)
