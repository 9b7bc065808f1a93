"""The one clock the workbook's records are stamped with. No Qt.

History rows and named versions must agree on what "now" means, or a change
report that bounds one by the other would put a change on the wrong side of a
version: both take the time from here (UTC, naive, whole seconds, as stored).
"""
from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    """The present moment as the workbook stores times: naive UTC, whole seconds."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
