"""Who is working: the one rule for the name history and locks show, shared by CLI and window.

The window asks for a name on first start and uses it when given; both fall back to this.
"""
from __future__ import annotations

import getpass
import os


def user_name() -> str:
    """``YHTEISTYO_USER``, else the login name, else ``tuntematon`` (no login name in some containers)."""
    if os.environ.get("YHTEISTYO_USER"):
        return os.environ["YHTEISTYO_USER"]
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return "tuntematon"
