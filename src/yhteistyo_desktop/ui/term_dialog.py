"""File > Kopioi uudelle valtuustokaudelle: a new workbook file for the next council term.

The user picks the new term and the new file; the copy
(:func:`~yhteistyo_desktop.domain.term_copy.copy_term`) runs off the GUI thread
with a progress dialog that can cancel it (nothing is left behind then), and
the window offers to open the new file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox, QSpinBox, QWidget,
)

from ..domain.vocab import TERM_STARTS, TERM_YEARS
from ..store.workbook_file import SUFFIX
from .worker import run_job


class TermDialog(QDialog):
    """The new council term (start year; the end follows)."""

    def __init__(self, current_end: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kopioi uudelle valtuustokaudelle"))
        layout = QFormLayout(self)
        info = QLabel(self.tr("Uuteen työkirjaan siirtyvät osa-alueet, tavoitteet, toimenpiteet, "
                              "vastuutahot, mittarit, lakiperustat, osapuolet, henkilöt ja foorumit. "
                              "Seuranta-arvot, toimenpiteiden tilat, kokoukset sekä muutoshistoria "
                              "ja siihen merkityt versiot jäävät nykyiseen työkirjaan."), self)
        info.setWordWrap(True)
        layout.addRow(info)
        self.start = QSpinBox(self)
        # Only later terms that the copy accepts (domain.vocab.term_problem, term_copy).
        self.start.setRange(max(current_end, TERM_STARTS[0]), TERM_STARTS[-1])
        self.start.setValue(current_end)
        self.end_label = QLabel(self)
        self.start.valueChanged.connect(self._show_end)
        self._show_end(self.start.value())
        layout.addRow(self.tr("Valtuustokausi alkaa:"), self.start)
        layout.addRow(self.tr("Päättyy:"), self.end_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Valitse tiedosto…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _show_end(self, year: int) -> None:
        self.end_label.setText(str(year + TERM_YEARS))

    def term(self) -> tuple[int, int]:
        return self.start.value(), self.start.value() + TERM_YEARS


def choose_and_copy(window) -> bool:
    if window.doc is None:
        return False
    wb = window.doc.workbook()
    dialog = TermDialog(wb.term_end, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    start, end = dialog.term()
    suggested = window.doc.wbfile.path.with_name(f"{wb.region} {start}-{end}{SUFFIX}")
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("TermCopy", "Uuden valtuustokauden työkirja"),
        str(suggested), QCoreApplication.translate("MainWindow", "Yhteistyö-työkirja (*.tyokirja)"))
    if not path:
        return False
    target = Path(path)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    # The save dialog has already asked whether to replace an existing file.
    return copy_to_new_term(window, target, start, end, overwrite=target.exists()) is not None


def copy_to_new_term(window, target: Path, term_start: int, term_end: int,
                     overwrite: bool = False) -> dict | None:
    """Make ``target`` off the GUI thread, then offer to open it. Returns the counts, or None."""
    from ..domain.term_copy import copy_open_workbook

    window.commit_pending()
    source, user = window.doc.wbfile, window.user  # a file or a server workbook, read in the worker

    def job(progress):
        return copy_open_workbook(source, target, term_start, term_end, user, progress,
                                  overwrite=overwrite)

    counts = run_job(window, QCoreApplication.translate(
        "TermCopy", "Kopioidaan työkirjaa uudelle valtuustokaudelle…"), job)
    if counts is None:
        return None
    text = QCoreApplication.translate(
        "TermCopy", "Uusi työkirja valtuustokaudelle %1 on tehty: %2\n\n"
                    "Siihen siirtyi %3 tavoitetta, %4 toimenpidettä ja %5 mittaria. "
                    "Seuranta-arvot (%6) ja kokoukset (%7) jäivät nykyiseen työkirjaan.") \
        .replace("%1", f"{term_start}-{term_end}").replace("%2", target.name) \
        .replace("%3", str(counts["goals"])).replace("%4", str(counts["actions"])) \
        .replace("%5", str(counts["indicators"])).replace("%6", str(counts["values_left"])) \
        .replace("%7", str(counts["meetings_left"]))
    if counts["target_years_cleared"]:
        text += "\n\n" + QCoreApplication.translate(
            "TermCopy", "%1 mittarin tavoitevuosi ei ollut uudella kaudella, joten se jätettiin "
                        "tyhjäksi.").replace("%1", str(counts["target_years_cleared"]))
    text += "\n\n" + QCoreApplication.translate("TermCopy", "Avataanko uusi työkirja?")
    box = window.show_message(
        QMessageBox.Icon.Question, QCoreApplication.translate("TermCopy", "Uusi valtuustokausi"), text,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        on_finish=lambda button: button == QMessageBox.StandardButton.Open
        and window.open_path(target))
    box.button(QMessageBox.StandardButton.Open).setText(
        QCoreApplication.translate("TermCopy", "Avaa uusi työkirja"))
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("TermCopy", "Jatka nykyisessä"))
    return counts
