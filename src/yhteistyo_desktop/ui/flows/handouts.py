"""Printing: the handouts dialog (PDF documents), one at a time."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .host import Window

if TYPE_CHECKING:  # loaded when first used: QtPdf and QtPrintSupport cost start-up time
    from ..handout_dialog import HandoutDialog


class HandoutsFlow(QObject):
    """Tiedosto › Tulosta: the handouts dialog for the open workbook."""

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self.dialog: HandoutDialog | None = None

    def open(self, kind: str = "workbook") -> HandoutDialog | None:
        """Show the dialog on ``kind`` (a triggered action passes a bool: the workbook)."""
        if self.window.doc is None:
            return None
        self.window.commit_pending()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        from ..handout_dialog import HandoutDialog

        kind = kind if isinstance(kind, str) else "workbook"
        self.dialog = HandoutDialog(self.window.doc, self.window, kind)
        self.dialog.show()
        return self.dialog
