"""The Ohje (Help) menu: the user guide, context help on F1, and Tietoja ohjelmasta (About).

The guide is one bundled HTML page per language (``resources/help/ohje_LANG.html``, written for
members, secretaries and chairs in Finnish, Swedish and English, with its
pictures in ``resources/help/img/``) shown in a :class:`QTextBrowser`. Qt's own help system
(QtHelp, ``.qch`` files) is not used: it is one more Qt module in the build (``build.spec``
leaves QtHelp out), it needs its collection files generated at build time, and it gives nothing
a single page does not: a ``QTextBrowser`` needs no extra module, works offline from the
application folder, and jumps to an ``<a name>`` anchor, which is all context help needs.

Context help: F1 opens the guide at the section of the widget that has the keyboard focus,
found by walking from it up to its window through :data:`CONTEXT` (class name → anchor).
A mapping rather than a property set in each editor keeps the hooks out of the editors
(the window's controllers are being reorganised; this module only needs the class names).
In the main window F1 is the menu item's shortcut; dialogs are their own windows, where a
window shortcut does not reach, so an application event filter takes F1 there.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QMainWindow, QTextBrowser, QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..paths import resources_dir
from ..store.workbook_file import REVISIONS
from .screen import fit_to_screen
from .settings import config_dir, data_dir

#: A widget's class name → the guide's anchor for it; the first match from the focus widget
#: up to its window wins, so an editor inside the main window beats the window itself.
CONTEXT = {
    "AreaEditor": "rakenne", "GoalEditor": "tavoitteet", "ActionEditor": "toimenpiteet",
    "ResponsibilityDialog": "vastuutahot", "IndicatorEditor": "mittarit",
    "PartyEditor": "vastuutahot", "PersonEditor": "vastuutahot",
    "LegalReferenceEditor": "rakenne", "ForumEditor": "kokoukset",
    "MeetingEditor": "kokoukset", "AgendaItemEditor": "kokoukset", "AgendaItemDialog": "kokoukset",
    "HandoutDialog": "kokoukset", "ReviewDialog": "excel", "FollowupView": "seuranta",
    "SotkanetPreviewDialog": "seuranta", "TermDialog": "valtuustokausi",
    "ServerDialog": "palvelin", "HistoryView": "tiedostot", "PreferencesDialog": "aloitus",
    "NewWorkbookDialog": "aloitus", "SearchDialog": "rakenne", "AboutDialog": "tiedostot",
}
#: Languages the guide is written in (each of the window's); another would read the Finnish guide.
GUIDE_LANGUAGES = ("fi", "sv", "en")
LICENCE = "EUPL-1.2"


def guide_path(language: str) -> Path:
    lang = language if language in GUIDE_LANGUAGES else "fi"
    return resources_dir() / "help" / f"ohje_{lang}.html"


def context_anchor(widget: QWidget | None) -> str:
    """The guide's anchor for ``widget`` or the nearest of its parents that has one ('' if none)."""
    while widget is not None:
        for cls in type(widget).__mro__:
            if cls.__name__ in CONTEXT:
                return CONTEXT[cls.__name__]
        widget = widget.parentWidget()
    return ""


class HelpDialog(QDialog):
    """The user guide in a browser of its own, beside the window it was opened from."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowFlag(Qt.WindowType.Window)  # its own window with minimise/maximise
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Käyttöohje"))
        self.path = guide_path(language)
        self.browser.setSearchPaths([str(self.path.parent)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.setWindowTitle(self.tr("Yhteistyö – käyttöohje"))
        fit_to_screen(self, 820, 700)

    def show_section(self, anchor: str = "") -> None:
        """Show the guide at ``anchor`` (its top when empty); shown first, so the page is laid out."""
        bring_forward(self)
        url = QUrl.fromLocalFile(str(self.path))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)  # the same page again only scrolls
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)


def bring_forward(window: QWidget) -> None:
    """Show ``window``; one already open (perhaps behind the main window) comes to the front."""
    if window.isVisible():
        window.raise_()
        window.activateWindow()
    else:
        window.show()


def third_party_components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each installed third-party distribution the app uses.

    Read from the installed packages' metadata; in the frozen app, where that metadata is
    not all there, from the list the build wrote beside the licence texts.
    """
    from ..licences import components

    return components()


class AboutDialog(QDialog):
    """Tietoja ohjelmasta: what is running, where its files are, and under which licences."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Tietoja ohjelmasta"))
        # The running version, the file format it writes, and where it keeps files, for a support call.
        rows = "".join(f"<tr><td>{escape(name)}</td><td>{escape(version)}</td><td>{escape(licence)}</td></tr>"
                       for name, version, licence in third_party_components())
        lines = [
            self.tr("Alueen yhteistyösopimuksen strategisten tavoitteiden työkirja."),
            self.tr("Ohjelman versio: %1").replace("%1", __version__),
            self.tr("Työkirjan tiedostomuoto: versio %1").replace("%1", REVISIONS[-1]),
            self.tr("Datakansio: %1").replace("%1", str(data_dir())),
            self.tr("Asetuskansio: %1").replace("%1", str(config_dir())),
            self.tr("Lisenssi: %1 (European Union Public Licence)").replace("%1", LICENCE),
        ]
        heading = self.tr("Kolmannen osapuolen osat")
        columns = (self.tr("Osa"), self.tr("Versio"), self.tr("Lisenssi"))
        notice = self.tr("Lisenssien tekstit ovat ohjelmakansion licenses-kansiossa. Qt ja PySide6 ovat LGPLv3-lisensoituja: niiden kirjastot voi korvata omilla versioillaan (ohje: licenses/Qt-LGPL-NOTICE.txt).")
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setAccessibleName(self.tr("Tietoja ohjelmasta"))
        self.text.setHtml(
            f"<h2>Yhteistyö {escape(__version__)}</h2><p>{escape(lines[0])}</p>"
            f"<p>{'<br>'.join(escape(line) for line in lines[1:3])}</p>"
            f"<p>{'<br>'.join(escape(line) for line in lines[3:5])}</p>"
            f"<p>{escape(lines[5])}</p><h3>{escape(heading)}</h3><table cellpadding='2'><tr>"
            + "".join(f"<th align='left'>{escape(c)}</th>" for c in columns)
            + f"</tr>{rows}</table><p>{escape(notice)}</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 560)


class _F1Filter(QObject):
    """F1 in a dialog (its own window, out of the main window's shortcut's reach)."""

    def __init__(self, help_menu: HelpMenu):
        super().__init__(help_menu)
        self.help_menu = help_menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F1 \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and isinstance(watched, QWidget) and self._is_our_dialog(watched.window()):
            self.help_menu.open_guide(context_anchor(watched), watched.window())
            return True
        return False

    def _is_our_dialog(self, window: QWidget) -> bool:
        """A window opened from this main window (another main window's dialogs are its own)."""
        if window is self.help_menu.window or isinstance(window, HelpDialog):
            return False
        while window is not None and window is not self.help_menu.window:
            window = window.parentWidget()
        return window is not None


class HelpMenu(QObject):
    """The Ohje menu of one main window, its actions and the guide window it opens."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.guide: HelpDialog | None = None
        self.guide_action = QAction(window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.guide_action.shortcut().isEmpty():
            self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self._open_in_context)
        self.about_action = QAction(window)
        self.about_action.triggered.connect(self.open_about)
        self.menu = window.menuBar().addMenu("")
        self.menu.addAction(self.guide_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.about: AboutDialog | None = None
        self.filter = _F1Filter(self)
        QApplication.instance().installEventFilter(self.filter)
        self.last_opened: HelpDialog | None = None  # the guide window F1 showed last
        self.retranslate()

    def language(self) -> str:
        return getattr(getattr(self.window, "settings", None), "language", "fi")

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Ohje"))
        self.guide_action.setText(self.tr("&Käyttöohje"))
        self.about_action.setText(self.tr("&Tietoja ohjelmasta"))
        if self.guide is not None and self.guide.path != guide_path(self.language()):
            self.guide.deleteLater()  # the next F1 opens the guide in the new language
            self.guide = None
        if self.about is not None:
            self.about.deleteLater()  # made again in the new language when next asked for
            self.about = None

    def _open_in_context(self) -> None:
        focus = QApplication.focusWidget()
        self.open_guide(context_anchor(focus), focus.window() if focus is not None else None)

    def open_guide(self, anchor: str = "", parent: QWidget | None = None) -> HelpDialog:
        """The guide at ``anchor``; from a dialog, a window of its own above that dialog."""
        if parent is not None and parent is not self.window:
            dialog = HelpDialog(self.language(), parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            if self.guide is None:
                self.guide = HelpDialog(self.language(), self.window)
            dialog = self.guide
        dialog.show_section(anchor)
        self.last_opened = dialog
        return dialog

    def open_about(self) -> AboutDialog:
        if self.about is None:
            self.about = AboutDialog(self.window)
        bring_forward(self.about)
        return self.about


class _LanguageWatch(QObject):
    def __init__(self, help_menu: HelpMenu):
        super().__init__(help_menu)
        self.help_menu = help_menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.help_menu.retranslate()
        return False


def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add the Ohje menu to ``window`` (the last menu) and F1 context help to the application."""
    help_menu = HelpMenu(window)
    watch = _LanguageWatch(help_menu)
    window.installEventFilter(watch)
    window.help_menu = help_menu
    return help_menu

