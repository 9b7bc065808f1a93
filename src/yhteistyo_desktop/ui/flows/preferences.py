"""Preferences (the user's name and language) and search: small dialogs of the window's own."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ..dialogs import PreferencesDialog, SearchDialog
from ..i18n import set_language
from .host import Window


class PreferencesFlow(QObject):
    """Tiedosto › Asetukset and Muokkaa › Etsi."""

    def __init__(self, window: Window):
        super().__init__(window)
        self.window = window
        self.search_dialog: SearchDialog | None = None

    def open_search(self) -> None:
        if self.window.doc is None:
            return
        self.search_dialog = SearchDialog(self.window)
        self.search_dialog.show()

    def open(self) -> None:
        dialog = PreferencesDialog(self.window.settings, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply(dialog.user_name(), dialog.language())

    def apply(self, user_name: str, language: str) -> None:
        """Take the name into use at once (history, locks) and switch the language."""
        window, settings = self.window, self.window.settings
        settings.user_name = user_name
        window.user = user_name
        if window.doc is not None:
            window.doc.ops.user = user_name
        if language != settings.language:
            settings.language = language
            set_language(language)  # every widget gets a LanguageChange event
            window.languageChanged.emit(language)
        settings.sync()
