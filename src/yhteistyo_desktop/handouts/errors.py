"""The two ways a handout build ends without a PDF, both safe to show or ignore in the GUI."""
from __future__ import annotations


class HandoutError(Exception):
    """A handout that cannot be made as asked; the message is for the user (Finnish, one line)."""


class Cancelled(Exception):
    """Raised by a progress callback to stop building; no file is left behind."""
