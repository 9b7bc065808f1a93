"""File > Tulosta: choose a handout, preview it in the window, save, print or open it.

The PDF is built by :mod:`yhteistyo_desktop.handouts` in a worker thread with
its own session and a cancellable progress dialog; the preview shows the very
file that is then saved, printed or handed to the PDF viewer.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFrame, QLabel, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)
from sqlalchemy import select

from ..domain.models import Meeting, Party
from .document import WorkbookDocument
from .forms import load_form
from .screen import fit_to_screen
from .settings import Settings
from .worker import JobCancelled, run_in_background

KIND_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("HandoutDialog", "Kokouksen esityslista ja aineisto"),
    "workbook": QT_TRANSLATE_NOOP("HandoutDialog", "Koko työkirja (sopimuksen liite)"),
    "followup": QT_TRANSLATE_NOOP("HandoutDialog", "Vuosiseurannan raportti"),
    "party": QT_TRANSLATE_NOOP("HandoutDialog", "Osapuolen vastuut"),
}
HANDOUT_LANGUAGES = {"fi": "suomi", "sv": "svenska"}



def save_pdf_copy(built: Path, target: Path, workbook: Path | None) -> str | None:
    """Copy the PDF ``built`` to ``target`` through the store's one output step (never over the
    ``workbook``, temp file, rename); the reason it failed as one line, or None."""
    from ..store.workbook_file import WorkbookFileError, atomic_output

    try:
        with atomic_output(target, workbook) as tmp:
            shutil.copyfile(built, tmp)
    except WorkbookFileError as exc:  # a workbook as the target, a full disk, ...
        return str(exc)
    except OSError as exc:
        return exc.strerror or ""
    return None

class HandoutDialog(QDialog):
    def __init__(self, doc: WorkbookDocument, parent: QWidget | None = None,
                 kind: str = "workbook"):
        super().__init__(parent)
        self.doc = doc
        self.form = load_form("handout_dialog", self)
        QVBoxLayout(self).addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        find = self.form.findChild
        self.kind: QComboBox = find(QComboBox, "kind")
        self.meeting: QComboBox = find(QComboBox, "meeting")
        self.year: QSpinBox = find(QSpinBox, "year")
        self.party: QComboBox = find(QComboBox, "party")
        self.language: QComboBox = find(QComboBox, "language")
        self.with_changes: QCheckBox = find(QCheckBox, "withChanges")  # meeting: changes since the last
        self.status: QLabel = find(QLabel, "status")
        find(QDialogButtonBox, "buttons").rejected.connect(self.reject)
        find(QPushButton, "previewButton").clicked.connect(self.preview)
        find(QPushButton, "saveButton").clicked.connect(self.choose_and_save)
        find(QPushButton, "printButton").clicked.connect(self.print_pdf)
        find(QPushButton, "viewerButton").clicked.connect(self.open_in_viewer)

        holder: QFrame = find(QFrame, "previewHolder")
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(holder)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        QVBoxLayout(holder).addWidget(self.view)

        for key, text in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("HandoutDialog", text), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        session = doc.session
        for meeting in session.scalars(select(Meeting).order_by(Meeting.starts_at)):
            self.meeting.addItem(f"{meeting.starts_at:%-d.%-m.%Y} {meeting.title}", meeting.id)
        for party in session.scalars(select(Party).order_by(Party.name)):
            self.party.addItem(party.name, party.id)
        wb = doc.workbook()
        self.year.setRange(wb.term_start, wb.term_end)
        self.year.setValue(min(max(dt.date.today().year, wb.term_start), wb.term_end))
        for code, name in HANDOUT_LANGUAGES.items():
            self.language.addItem(name, code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._temp = Path(tempfile.mkdtemp(prefix="yhteistyo-pdf-"))
        self.built: Path | None = None
        self._built_for: tuple | None = None
        fit_to_screen(self, 1100, 720)

    def _choice(self) -> tuple:
        kind = self.kind.currentData()
        return (kind, self.meeting.currentData() if kind == "meeting" else None,
                self.year.value() if kind == "followup" else None,
                self.party.currentData() if kind == "party" else None,
                self.language.currentData(), kind == "meeting" and self.with_changes.isChecked())

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget, needed in ((self.meeting, "meeting"), (self.year, "followup"),
                               (self.party, "party"), (self.with_changes, "meeting")):
            widget.setEnabled(kind == needed)

    # -- building -------------------------------------------------------------------------------

    def build(self) -> Path | None:
        """The PDF for the current choice (built once per choice); None when cancelled or failed."""
        choice = self._choice()
        if self.built is not None and self._built_for == choice and self.built.exists():
            return self.built
        kind, meeting_id, year, party_id, lang, with_changes = choice
        if kind == "meeting" and meeting_id is None:
            self.status.setText(self.tr("Työkirjassa ei ole kokouksia."))
            return None
        out = self._temp / f"{kind}.pdf"
        wbfile, author = self.doc.wbfile, self.doc.ops.user

        def job(progress):
            from ..handouts import build_handout

            with wbfile.session() as session:  # this thread's own session
                return build_handout(session, kind, out, meeting_id=meeting_id, year=year,
                                     party_id=party_id, lang=lang, progress=progress,
                                     author=author, with_changes=with_changes)

        self.pdf.close()  # the preview must not hold the file that is replaced
        try:
            run_in_background(self, self.tr("Tehdään PDF-asiakirjaa…"), job)
        except JobCancelled:
            self.status.setText(self.tr("Peruttu."))
            return None
        except Exception as exc:  # HandoutError and anything unexpected: tell, do not crash
            self.status.setText(str(exc))
            return None
        self.built, self._built_for = out, choice
        self.status.setText(self.tr("Valmis: %n sivua.", "", self._page_count(out)))
        return out

    def _page_count(self, path: Path) -> int:
        self.pdf.load(str(path))
        return self.pdf.pageCount()

    def preview(self) -> bool:
        path = self.build()
        if path is None:
            return False
        if self.pdf.status() != QPdfDocument.Status.Ready:
            self.pdf.load(str(path))
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
        name = f"{self.doc.workbook().region} – {self.kind.currentText()}.pdf".replace("/", "-")
        settings = Settings()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tallenna PDF"),
                                              str(settings.export_folder / name),
                                              self.tr("PDF-asiakirja (*.pdf)"))
        if path:
            settings.remember_export_folder(Path(path))
            self.save_to(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def open_in_viewer(self) -> bool:
        """Open the handout in the computer's PDF viewer; say so when none opens."""
        path = self.build()
        if path is None:
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("PDF-katseluohjelmaa ei voitu avata. Tallenna PDF ja avaa "
                                        "se itse, tai esikatsele se tässä."))
            return False
        return True

    def print_pdf(self) -> None:
        if self.build() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.kind.currentText())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page of the built PDF on ``printer``; returns the number of pages."""
        if self.pdf.status() != QPdfDocument.Status.Ready:
            self.pdf.load(str(self.built))
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("Tulostinta ei voitu käyttää."))
            return 0
        pages = 0
        try:
            dpi = min(printer.resolution(), 300)
            for page in range(self.pdf.pageCount()):
                if page:
                    printer.newPage()
                size = self.pdf.pagePointSize(page)
                image: QImage = self.pdf.render(page, QSize(int(size.width() * dpi / 72),
                                                            int(size.height() * dpi / 72)))
                target = painter.viewport()
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
                pages += 1
        finally:
            painter.end()
        return pages

    def done(self, result: int) -> None:
        self.pdf.close()
        shutil.rmtree(self._temp, ignore_errors=True)
        super().done(result)
