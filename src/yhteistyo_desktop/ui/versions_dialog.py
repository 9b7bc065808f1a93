"""The dialogs of File › Merkitse versio… and File › Versiot ja muutokset… (see :mod:`.flows.versions`).

Marking a version names the workbook's present moment (:func:`~..domain.versions.mark_version`,
recorded in the history). The versions dialog lists them and shows the change report between
two chosen moments (a version, or now) in a preview, from which it can be saved as a PDF.
The report is built in a worker thread with its own session, as every handout is.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.versions import local_time, versions
from .handout_dialog import HANDOUT_LANGUAGES, save_pdf_copy
from .screen import fit_to_screen
from .worker import JobCancelled, run_in_background


class MarkVersionDialog(QDialog):
    """The new version's name and an optional note."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merkitse versio"))
        layout = QFormLayout(self)
        info = QLabel(self.tr("Versio nimeää työkirjan nykyisen tilan, esimerkiksi kokouksen tai "
                              "valtuustojen hyväksymän tekstin. Muutosraportin voi myöhemmin "
                              "tehdä version jälkeen tehdyistä muutoksista."), self)
        info.setWordWrap(True)
        layout.addRow(info)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("esim. Työryhmä 14.3.2026"))
        self.note = QLineEdit(self)
        layout.addRow(self.tr("&Nimi:"), self.name)
        layout.addRow(self.tr("&Huomautus:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merkitse"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)


class VersionsDialog(QDialog):
    """The versions, and the change report between two of them (or a version and now)."""

    NOW = "__now__"

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.doc = window.doc
        self.setWindowTitle(self.tr("Versiot ja muutokset"))
        fit_to_screen(self, 900, 700)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Nimi"), self.tr("Merkitty"),
                                              self.tr("Merkitsijä"), self.tr("Huomautus")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(180)
        self.table.setAccessibleName(self.tr("Versiot"))
        layout.addWidget(self.table)
        choose = QHBoxLayout()
        self.since = QComboBox(self)
        self.until = QComboBox(self)
        self.language = QComboBox(self)
        for code, name in HANDOUT_LANGUAGES.items():
            self.language.addItem(name, code)
        # each list is announced by the label before it; the language list by its own name
        for text, combo in ((self.tr("Muutokset alkaen:"), self.since), (self.tr("asti:"), self.until)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            choose.addWidget(label)
            choose.addWidget(combo, 1)
        self.language.setAccessibleName(self.tr("Raportin kieli"))
        choose.addWidget(self.language)
        self.show_button = QPushButton(self.tr("&Näytä muutokset"), self)
        self.show_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Tallenna PDF…"), self)
        self.save_button.clicked.connect(self.choose_and_save)
        choose.addWidget(self.show_button)
        choose.addWidget(self.save_button)
        layout.addLayout(choose)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sulje"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._temp = Path(tempfile.mkdtemp(prefix="yhteistyo-muutokset-"))
        self.built: Path | None = None
        self.fill()

    def fill(self) -> None:
        found = versions(self.doc.session)
        self.table.setRowCount(len(found))
        for row, v in enumerate(found):
            when = local_time(v.marked_at)
            cells = (v.name, f"{when.day}.{when.month}.{when.year} {when.hour}.{when.minute:02d}",
                     v.user, v.note or "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.since.clear()
        self.until.clear()
        for v in found:
            self.since.addItem(v.name, v.name)
            self.until.addItem(v.name, v.name)
        self.until.addItem(self.tr("nyt"), self.NOW)
        self.since.setCurrentIndex(max(0, len(found) - 1))
        self.until.setCurrentIndex(self.until.count() - 1)
        enough = bool(found)
        self.show_button.setEnabled(enough)
        self.save_button.setEnabled(enough)
        if not enough:
            self.status.setText(self.tr("Työkirjassa ei ole versioita. Merkitse versio "
                                        "(Tiedosto › Merkitse versio…), niin muutokset sen "
                                        "jälkeen voi näyttää täällä."))

    def build(self) -> Path | None:
        """The report between the chosen moments as a PDF in a temporary folder."""
        since, until = self.since.currentData(), self.until.currentData()
        lang = self.language.currentData()
        out = self._temp / "muutokset.pdf"
        wbfile, author = self.doc.wbfile, self.doc.ops.user

        def job(progress):
            from ..domain.changes import changes_between
            from ..domain.versions import find_moment
            from ..handouts.build import build_changes

            with wbfile.session() as session:  # this thread's own session
                report = changes_between(session, find_moment(session, since),
                                         find_moment(session, None if until == self.NOW else until,
                                                     end=True))
                return build_changes(session, report, out, lang=lang, progress=progress,
                                     author=author)

        self.pdf.close()  # the preview must not hold the file that is replaced
        try:
            self.doc.session.commit()  # end the window's read transaction first
            run_in_background(self, self.tr("Tehdään muutosraporttia…"), job)
        except JobCancelled:
            self.status.setText(self.tr("Peruttu."))
            return None
        except Exception as exc:  # DomainError, HandoutError, a file error: tell, do not crash
            self.status.setText(str(exc))
            return None
        self.built = out
        return out

    def preview(self) -> bool:
        path = self.build()
        if path is None:
            return False
        self.pdf.load(str(path))
        self.status.setText(self.tr("Valmis: %n sivua.", "", self.pdf.pageCount()))
        return True

    def save_to(self, target: Path) -> bool:
        path = self.build()
        if path is None:
            return False
        why = save_pdf_copy(path, target, getattr(self.doc.wbfile, "path", None))
        if why is not None:
            self.status.setText(self.tr("Tallennus epäonnistui: %1").replace("%1", why))
            return False
        self.status.setText(self.tr("Tallennettu: %1").replace("%1", str(target)))
        return True

    def choose_and_save(self) -> None:
        settings = self.window_.settings
        name = self.tr("Muutokset") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna PDF"),
                                              str(settings.export_folder / name),
                                              self.tr("PDF-asiakirja (*.pdf)"))
        if path:
            settings.remember_export_folder(Path(path))
            self.save_to(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def done(self, result: int) -> None:
        self.pdf.close()
        shutil.rmtree(self._temp, ignore_errors=True)
        super().done(result)
