"""The follow-up values import (Sotkanet CSV) and the copy for the next council term.

Their dialogs, jobs and messages live in :mod:`..sotkanet_dialog` and :mod:`..term_dialog`,
loaded when first used (start-up time); these flows are the window's way in.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from .host import Window


class FollowupImportFlow(QObject):
    """Tiedosto › Tuo Sotkanet-tiedot."""

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window

    def choose_and_import(self) -> None:
        from ..sotkanet_dialog import choose_and_import

        choose_and_import(self.window)


class TermCopyFlow(QObject):
    """Tiedosto › Kopioi uudelle valtuustokaudelle."""

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window

    def choose_and_copy(self) -> None:
        from ..term_dialog import choose_and_copy

        choose_and_copy(self.window)
