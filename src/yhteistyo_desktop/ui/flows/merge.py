"""Merging another member's copy of the workbook: compare off the GUI thread, review, apply."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..dialogs import file_filter
from ..worker import run_job
from .host import Window
from .review import apply_accepted, skipped_lines

if TYPE_CHECKING:  # loaded when first used
    from ..review_dialog import ReviewDialog


class MergeFlow(QObject):
    """File › Yhdistä toisen jäsenen tiedosto."""

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self.review_dialog: ReviewDialog | None = None

    def choose_and_merge(self) -> None:
        if self.window.doc is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Yhdistä toisen jäsenen tiedosto"),
                                              str(self.window.doc.wbfile.path.parent), file_filter())
        if path:
            self.merge_file(Path(path))

    def merge_file(self, path: Path, dialog: ReviewDialog | None = None) -> bool:
        """Compare another member's copy (off the GUI thread), review it, apply the accepted."""
        review = self.compare_copy(path)
        if review is None:
            return False
        return self.review_merge(review, dialog)

    def compare_copy(self, path: Path):
        self.window.commit_pending()
        wbfile = self.window.doc.wbfile

        def job(progress):
            from ...sync import compare_files

            progress(0, 1)
            return compare_files(wbfile, path)

        return run_job(self.window, self.tr("Verrataan toisen jäsenen tiedostoa…"), job)

    def _no_changes(self, review) -> None:
        self.window.show_message(QMessageBox.Icon.Information, self.tr("Ei muutoksia"),
                                 self.tr("Tiedostossa %1 ei ole uusia muutoksia.")
                                 .replace("%1", review.path.name))

    def review_merge(self, review, dialog: ReviewDialog | None = None) -> bool:
        from ..review_dialog import ReviewDialog

        dialog = dialog or ReviewDialog(review, self.window)
        self.review_dialog = dialog
        if review.changes and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        accepted = dialog.accepted_ids()
        if not review.changes and not review.settled:
            self._no_changes(review)
            return False
        from ...sync import apply

        result = apply_accepted(self.window, apply, review, accepted)
        if result is None:
            return False
        if not review.changes:  # only the other copy's history of what is here already
            self._no_changes(review)
            return True
        left = sum(1 for c in review.conflicts if c.id not in result.applied)
        text = self.tr("Tuotu %n muutosta tiedostosta %1.", "", len(result.applied)) \
            .replace("%1", review.path.name)
        if left:
            text += " " + self.tr("%n ristiriitaa jätetty ennalleen.", "", left)
        text += skipped_lines(self.tr("Ohitettiin:"), result)
        self.window.show_message(QMessageBox.Icon.Information, self.tr("Tiedostot yhdistetty"), text)
        return True
