"""The window's language: our translations and Qt's own, the locale for dates and numbers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

LANGUAGES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
_installed: list[QTranslator] = []


def set_language(language: str) -> None:
    """Switch every window to ``language`` (fi, sv, en) at once.

    Finnish is the source language: its .qm holds only the plural forms, so that
    ``tr("%n osumaa", "", n)`` reads "1 osuma" but "2 osumaa".
    Dates and numbers follow Finland's conventions in every language
    (d.M.yyyy, decimal comma), as the workbook's readers expect.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish if language == "fi" else
                               QLocale.Language.Swedish if language == "sv" else
                               QLocale.Language.English, QLocale.Country.Finland))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir),
                         (f"yhteistyo_{language}", str(resources_dir() / "translations"))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
