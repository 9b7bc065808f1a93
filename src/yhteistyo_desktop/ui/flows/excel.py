"""The Excel round trip: export to the Kuntaliitto template, review a returned copy, and a new
workbook from a filled-in template (asking for the region and term it lacks)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ...store.workbook_file import SUFFIX
from ..dialogs import NewWorkbookDialog, file_filter
from ..worker import run_job
from .host import Window
from .review import apply_accepted, skipped_lines

if TYPE_CHECKING:  # loaded when first used
    from ..review_dialog import ReviewDialog


class ExcelFlow(QObject):
    """Export, review of a returned copy, import as a new workbook."""

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self.import_dialog: NewWorkbookDialog | None = None  # asks what an imported template lacks
        self.review_dialog: ReviewDialog | None = None

    def choose_and_export(self) -> None:
        doc = self.window.doc
        if doc is None:
            return
        wb = doc.workbook()
        suggested = self.window.settings.export_folder / f"{wb.region} {wb.term}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Vie Excel-tiedostoksi"), str(suggested),
                                              self.tr("Excel-työkirja (*.xlsx)"))
        if path:
            self.window.settings.remember_export_folder(Path(path))
            self.export_xlsx(Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx"))

    def export_xlsx(self, target: Path) -> bool:
        """Write the Kuntaliitto Excel layout of this workbook to ``target``."""
        window = self.window
        window.commit_pending()
        wbfile = window.doc.wbfile
        notices: list[str] = []

        def job(progress):
            from ...xlsx import export_workbook

            with wbfile.session() as session:
                return export_workbook(session, target,
                                       lambda share: progress(int(share * 100), 100) or True,
                                       source=getattr(wbfile, "path", None), notices=notices)

        if run_job(window, self.tr("Viedään Excel-tiedostoksi…"), job) is None:
            return False
        window.statusBar().showMessage(self.tr("Viety: %1").replace("%1", str(target)), 10000)
        if notices:  # texts cut to Excel's cell limit: the copy is not the whole workbook
            window.show_message(QMessageBox.Icon.Warning, self.tr("Vienti Excel-tiedostoksi"),
                                self.tr("Viety: %1. Kaikki ei mahtunut Excel-tiedostoon:")
                                .replace("%1", str(target)) + "\n\n" + "\n".join(notices))
        return True

    def choose_and_review(self) -> None:
        if self.window.doc is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Tuo palautettu Excel"),
                                              str(self.window.doc.wbfile.path.parent),
                                              self.tr("Excel-työkirja (*.xlsx)"))
        if path:
            review = self.compare_xlsx(Path(path))
            if review is not None:
                self.review_returned(review)

    def compare_xlsx(self, path: Path):
        """Read a returned copy and list its changes (off the GUI thread)."""
        self.window.commit_pending()
        wbfile = self.window.doc.wbfile

        def job(progress):
            from ...xlsx import compare

            progress(0, 1)
            with wbfile.session() as session:
                return compare(path, session)

        return run_job(self.window, self.tr("Luetaan palautettua Excel-tiedostoa…"), job)

    def review_returned(self, review, dialog: ReviewDialog | None = None) -> bool:
        """Show the changes; apply the accepted ones in one transaction recorded with the file name."""
        from ..review_dialog import ReviewDialog

        dialog = dialog or ReviewDialog(review, self.window)
        self.review_dialog = dialog
        if not review.changes:
            self.window.show_message(QMessageBox.Icon.Information, self.tr("Ei muutoksia"),
                                     self.tr("Tiedostossa %1 ei ole muutoksia työkirjaan.")
                                     .replace("%1", review.path.name))
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.apply_review(review, dialog.accepted_ids())

    def apply_review(self, review, accepted: list[str]) -> bool:
        from ...xlsx import apply

        result = apply_accepted(self.window, apply, review, accepted)
        if result is None:
            return False
        text = self.tr("%n muutosta hyväksyttiin tiedostosta %1.", "", len(result.applied)) \
            .replace("%1", review.path.name) + skipped_lines(self.tr("Ohitettiin:"), result)
        self.window.show_message(QMessageBox.Icon.Information, self.tr("Muutokset tallennettu"), text)
        return True

    def choose_and_import_new(self) -> None:
        source, _ = QFileDialog.getOpenFileName(self.window, self.tr("Tuo Excel uudeksi työkirjaksi"), "",
                                                self.tr("Excel-työkirja (*.xlsx)"))
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Uuden työkirjan tiedosto"),
            str(Path(source).with_suffix(SUFFIX)), file_filter())
        if target:
            self.import_new_workbook(Path(source), Path(target))

    def import_new_workbook(self, source: Path, target: Path, region: str | None = None,
                            term: tuple[int, int] | None = None) -> bool:
        """A new workbook from a filled-in template; a file without its region or council
        term gets a dialog that asks for them, and the import runs again with the answers."""
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        user = self.window.user

        def job(progress):
            from ...xlsx import import_new
            from ...xlsx.errors import MissingWorkbookFields

            progress(0, 1)
            try:
                wbfile, notices = import_new(source, target, user, region, term)
            except MissingWorkbookFields as missing:
                return missing
            wbfile.close()
            return notices

        notices = run_job(self.window, self.tr("Luetaan Excel-tiedostoa…"), job)
        if notices is not None and not isinstance(notices, list):
            self._ask_region_and_term(source, target, notices)
            return False
        if notices is None or not self.window.open_path(target):
            return False
        if notices:
            self.window.show_message(QMessageBox.Icon.Information, self.tr("Tuonnin huomautukset"),
                                     self.tr("Kaikkea tiedoston sisältöä ei voitu sijoittaa:") + "\n\n"
                                     + "\n".join(str(n) for n in notices[:40])
                                     + ("\n…" if len(notices) > 40 else ""))
        return True

    def _ask_region_and_term(self, source: Path, target: Path, missing) -> None:
        """Ask for what the imported template lacks (see :class:`MissingWorkbookFields`)."""
        dialog = NewWorkbookDialog(self.window)
        names = {"region": self.tr("alueen nimi"), "term": self.tr("valtuustokausi")}
        dialog.set_intro(self.tr("Tiedostosta %1 puuttuu: %2. Anna ne, niin työkirja luodaan.")
                         .replace("%1", source.name)
                         .replace("%2", ", ".join(names[name] for name in missing.missing)))
        if missing.region:
            dialog.set_region(missing.region)
        if missing.term:
            dialog.set_term_start(int(missing.term.split("-")[0]))
        dialog.accepted.connect(lambda: self.import_new_workbook(
            source, target, dialog.region(), (dialog.term_start(), dialog.term_start() + 4)))
        self.import_dialog = dialog
        dialog.open()
