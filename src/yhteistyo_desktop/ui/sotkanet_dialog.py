"""File > Tuo Sotkanet-tiedot: follow-up values from a Sotkanet CSV download, previewed first.

The file is read and matched off the GUI thread; the preview lists every value
that would be written (indicator, party or region, year, current and new value)
and every row left out with its line number and reason. "Tallenna arvot" writes
them in one transaction as one undoable step (Ctrl+Z puts the old values back).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QListWidget,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.followup import format_stored
from ..domain.operations import DomainError, Operations
from ..domain.sotkanet import ImportPlan, restore_values, write_values
from .commands import DomainCommand
from .document import Change, WorkbookDocument
from .screen import fit_to_screen
from .worker import JobCancelled, run_in_background, run_job


class SotkanetPreviewDialog(QDialog):
    """The values an import would write, and the rows it leaves out."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Tuo Sotkanet-tiedot") + (f" – {plan.name}" if plan.name else ""))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)

        headers = [self.tr("Mittari"), self.tr("Vastuutaho / alue"), self.tr("Vuosi"),
                   self.tr("Nykyinen arvo"), self.tr("Uusi arvo")]
        self.table = QTableWidget(len(plan.writes), len(headers), splitter)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Tuotavat arvot"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, planned in enumerate(plan.writes):
            cells = (planned.indicator.title, planned.target, str(planned.year),
                     format_stored(planned.old), format_stored(planned.new))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("Rivi %1").replace("%1", str(planned.line)) + f": {text}")
                if column >= 2:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        box = QWidget(splitter)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.skipped_label = QLabel(box)
        box_layout.addWidget(self.skipped_label)
        self.skipped = QListWidget(box)
        for s in sorted(plan.unmatched, key=lambda s: s.line):
            self.skipped.addItem(self.tr("Rivi %1: %2").replace("%1", str(s.line))
                                 .replace("%2", s.reason) + (f"  [{s.text}]" if s.text else ""))
        for e in plan.errors:
            self.skipped.addItem(self.tr("Rivi %1: virheellinen rivi, %2").replace("%1", str(e.line))
                                 .replace("%2", e.reason) + (f"  [{e.text}]" if e.text else ""))
        box_layout.addWidget(self.skipped)
        self.skipped_label.setBuddy(self.skipped)
        self.skipped_label.setText(self.tr("Ohitetut rivit (%1):")
                                   .replace("%1", str(self.skipped.count())))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Tallenna arvot"))
        self.ok_button.setEnabled(bool(plan.writes))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        text = self.tr("Tallennettavia arvoja %1, ohitettuja rivejä %2.") \
            .replace("%1", str(len(plan.writes))).replace("%2", str(self.skipped.count()))
        if plan.unchanged:
            text += " " + self.tr("%1 arvoa on työkirjassa jo samana.").replace(
                "%1", str(len(plan.unchanged)))
        if not plan.writes:
            text += " " + self.tr("Tiedostossa ei ole yhtään työkirjan mittariin sopivaa uutta arvoa.")
        self.summary.setText(text)
        fit_to_screen(self, 980, 640)


class ImportValuesCommand(DomainCommand):
    """Write the planned values (the first time off the GUI thread); undo puts the old ones back."""

    def __init__(self, doc: WorkbookDocument, plan: ImportPlan, text: str, runner=None):
        super().__init__(doc, text)
        self.writes = [planned.key for planned in plan.writes]
        self.name = plan.name
        self.runner = runner
        self.before: list | None = None

    def _notify(self) -> None:
        # Many indicators at once: no single id, so the views read their values again.
        self.doc.notify(Change("indicator_value", ""))

    def do(self) -> None:
        if self.runner is not None and self.before is None:
            wbfile, user, writes, name = self.doc.wbfile, self.doc.ops.user, self.writes, self.name

            def job(progress):
                progress(0, len(writes))
                with wbfile.session() as session:
                    return write_values(Operations(session, user), writes, name, progress)

            self.before = self.runner(job)
            self.doc.session.expire_all()
        else:
            before = write_values(self.doc.ops, self.writes, self.name)
            if self.before is None:
                self.before = before
        self._notify()

    def undo_change(self) -> None:
        restore_values(self.doc.ops, self.writes, self.before, self.name)
        self._notify()


# -- the window's steps (kept here so that main_window.py only wires the menu item) --------------

def choose_and_import(window) -> bool:
    if window.doc is None or window.doc.readonly:
        return False
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("Sotkanet", "Tuo Sotkanet-tiedot"),
        str(window.doc.wbfile.path.parent),
        QCoreApplication.translate("Sotkanet", "CSV-tiedosto (*.csv *.txt);;Kaikki tiedostot (*)"))
    if not path:
        return False
    plan = read_plan(window, Path(path))
    return plan is not None and review_and_import(window, plan)


def read_plan(window, path: Path) -> ImportPlan | None:
    """Read and match the file off the GUI thread; a refused file is told in a message."""
    window.commit_pending()
    wbfile = window.doc.wbfile

    def job(progress):
        from ..domain.sotkanet import parse_csv, plan_import, read_csv_file

        progress(0, 2)
        parsed = parse_csv(read_csv_file(path), path.name)
        progress(1, 2)
        with wbfile.session() as session:
            plan = plan_import(session, parsed)
            for planned in plan.writes:  # loaded while the session is open; shown afterwards
                _ = planned.indicator.title, planned.party.name if planned.party else None
            return plan

    return run_job(window, QCoreApplication.translate("Sotkanet", "Luetaan Sotkanet-tiedostoa…"),
                   job)


def review_and_import(window, plan: ImportPlan, dialog: SotkanetPreviewDialog | None = None) -> bool:
    """Show the preview; on "Tallenna arvot" write the values as one undoable step."""
    dialog = dialog or SotkanetPreviewDialog(plan, window)
    window._sotkanet_dialog = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted or not plan.writes:
        return False

    def runner(job):
        window.doc.session.commit()  # the worker writes; end the window's read transaction
        try:
            return run_in_background(
                window, QCoreApplication.translate("Sotkanet", "Tallennetaan Sotkanet-arvoja…"), job)
        except JobCancelled:
            raise DomainError(QCoreApplication.translate(
                "Sotkanet", "Tuonti peruttiin; arvoja ei tallennettu.")) from None

    text = QCoreApplication.translate("Sotkanet", "Tuo Sotkanet-arvot (%1)") \
        .replace("%1", plan.name or str(len(plan.writes)))
    if not window.run(ImportValuesCommand(window.doc, plan, text, runner)):
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("Sotkanet", "Tallennettiin %1 arvoa tiedostosta %2. "
                                               "Kumoa painamalla Ctrl+Z.")
        .replace("%1", str(len(plan.writes))).replace("%2", plan.name), 15000)
    return True
