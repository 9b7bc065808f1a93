"""The error every layer may raise for bad input from the user.

It lives here, at the bottom, so that the importers, the handouts and the command line can all
raise it without importing the command line: the CLI prints it as one line (exit code 2), the
window shows it in a message box.
"""
from __future__ import annotations


class UserError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""
