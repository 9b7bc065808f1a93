"""The window's small dialogs around Designer forms: a new workbook, preferences, search."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSpinBox,
    QVBoxLayout, QWidget,
)

from ..domain.models import Action, Area, Forum, Goal, Indicator, LegalReference, Party, Person
from ..domain.numbering import session_goal_numbers
from ..domain.queries import search
from .editors import ERROR_STYLE
from .forms import load_form
from .i18n import LANGUAGES
from .settings import Settings

#: The file dialogs' filter for workbook files (translated in the main window's context).
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Yhteistyö-työkirja (*.tyokirja)")


def file_filter() -> str:
    """:data:`FILE_FILTER` in the user's language."""
    return QCoreApplication.translate("MainWindow", FILE_FILTER)


class _FormDialog(QDialog):
    """A dialog around a Designer form with an OK/Cancel button box named ``buttons``."""

    form_name = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        buttons = self.form.findChild(QDialogButtonBox, "buttons")
        if buttons is not None:
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)


class NewWorkbookDialog(_FormDialog):
    """Region and council term for a new workbook from the Kuntaliitto template."""

    form_name = "new_workbook"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._region: QLineEdit = self.form.findChild(QLineEdit, "region")
        self._start: QSpinBox = self.form.findChild(QSpinBox, "termStart")
        self._end: QLabel = self.form.findChild(QLabel, "termEnd")
        self._error: QLabel = self.form.findChild(QLabel, "error")
        self._start.valueChanged.connect(lambda year: self._end.setText(f"– {year + 4}"))

    def region(self) -> str:
        return self._region.text().strip()

    def set_region(self, region: str) -> None:
        self._region.setText(region)

    def set_term_start(self, year: int) -> None:
        self._start.setValue(year)

    def set_intro(self, text: str) -> None:
        self.form.findChild(QLabel, "intro").setText(text)

    def term_start(self) -> int:
        return self._start.value()

    def accept(self) -> None:
        if not self.region():
            self._error.setText(self.tr("Anna alueen nimi."))
            self._region.setFocus()
            return
        super().accept()


class PreferencesDialog(_FormDialog):
    """The user's name (history, locks) and the language of the window."""

    form_name = "preferences"

    def __init__(self, settings: Settings, parent: QWidget | None = None, first_start=False):
        super().__init__(parent)
        self._name: QLineEdit = self.form.findChild(QLineEdit, "userName")
        self._language: QComboBox = self.form.findChild(QComboBox, "language")
        self._error: QLabel = self.form.findChild(QLabel, "error")
        for code, label in LANGUAGES.items():
            self._language.addItem(label, code)
        self._name.setText(settings.user_name)
        self._language.setCurrentIndex(max(0, self._language.findData(settings.language)))
        # The form colours the label red for a refusal; until OK is pressed it only guides.
        self._error.setStyleSheet("")
        if first_start:
            self.setWindowTitle(self.tr("Tervetuloa Yhteistyöhön"))
            self._error.setText(self.tr("Kerro nimesi: se tallentuu muutoshistoriaan."))

    def user_name(self) -> str:
        return self._name.text().strip()

    def language(self) -> str:
        return self._language.currentData()

    def accept(self) -> None:
        if not self.user_name():
            self._error.setStyleSheet(ERROR_STYLE)
            self._error.setText(self.tr("Anna nimesi; se näkyy muutoshistoriassa."))
            self._name.setFocus()
            return
        super().accept()


class SearchDialog(_FormDialog):
    """Ctrl+F: find items by a word of their title, description, party or person."""

    form_name = "search_dialog"
    KIND_LABELS = {
        Area: QT_TRANSLATE_NOOP("SearchDialog", "Osa-alue"),
        Goal: QT_TRANSLATE_NOOP("SearchDialog", "Tavoite"),
        Action: QT_TRANSLATE_NOOP("SearchDialog", "Toimenpide"),
        Indicator: QT_TRANSLATE_NOOP("SearchDialog", "Mittari"),
        Party: QT_TRANSLATE_NOOP("SearchDialog", "Osapuoli"),
        Person: QT_TRANSLATE_NOOP("SearchDialog", "Henkilö"),
        LegalReference: QT_TRANSLATE_NOOP("SearchDialog", "Lakiperusta"),
        Forum: QT_TRANSLATE_NOOP("SearchDialog", "Foorumi"),
    }

    def __init__(self, window):
        """``window``: the main window (its ``doc`` is searched, its ``go_to`` shows a hit)."""
        super().__init__(window)
        self.window_ = window
        self.query: QLineEdit = self.form.findChild(QLineEdit, "query")
        self.results: QListWidget = self.form.findChild(QListWidget, "results")
        self.summary: QLabel = self.form.findChild(QLabel, "summary")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self.open_item)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def run_search(self) -> None:
        """List the hits of what was typed, each as its kind (a goal with its number) and title.

        The typed text keeps its own name, ``query``, apart from each row's text: the summary
        (and "no query, no count") must look at what was typed, not at the last row built."""
        self._timer.stop()
        self.results.clear()
        query = self.query.text()
        hits = search(self.window_.doc.session, query) if query.strip() else []
        numbers = session_goal_numbers(self.window_.doc.session) \
            if any(hit.cls is Goal for hit in hits) else {}
        for hit in hits:
            label = self.tr(self.KIND_LABELS.get(hit.cls, ""))
            if hit.cls is Goal and hit.id in numbers:
                label = f"{label} {numbers[hit.id]}"
            row_text = f"{label}: {hit.title}" + (f"\n    {hit.context}" if hit.context else "")
            item = QListWidgetItem(row_text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, (hit.cls, hit.id))
        self.summary.setText(self.tr("%n osumaa", "", len(hits)) if query.strip() else "")
        if hits:
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        self.run_search()
        if self.results.count():
            self.open_item(self.results.currentItem())

    def open_item(self, item: QListWidgetItem) -> None:
        cls, ident = item.data(Qt.ItemDataRole.UserRole)
        self.window_.go_to(cls, ident)
