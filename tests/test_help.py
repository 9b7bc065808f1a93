"""The Ohje menu: the guide in every language, names in it that exist, F1 in context, About, licences."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from conftest import USER
from yhteistyo_desktop import __version__, licences
from yhteistyo_desktop.domain.models import (
    Action, Area, Forum, Goal, Indicator, LegalReference, Meeting, Party, Person,
)
from yhteistyo_desktop.store.workbook_file import REVISIONS
from yhteistyo_desktop.ui.editors import EDITORS, ResponsibilityDialog
from yhteistyo_desktop.ui.handout_dialog import HandoutDialog
from yhteistyo_desktop.ui.help import CONTEXT, GUIDE_LANGUAGES, HelpDialog, guide_path
from yhteistyo_desktop.ui.i18n import LANGUAGES
from yhteistyo_desktop.ui.dialogs import PreferencesDialog
from yhteistyo_desktop.ui.flows.server import ServerDialog
from yhteistyo_desktop.ui.settings import config_dir, data_dir
from yhteistyo_desktop.ui.term_dialog import TermDialog

SPAN = re.compile(r'<span class="(ui|tab)">(.*?)</span>', re.S)


def sections(language: str) -> dict[str, str]:
    """anchor -> the heading's text, of the guide in ``language``."""
    html = guide_path(language).read_text(encoding="utf-8")
    return {name: unescape(title).strip()
            for name, title in re.findall(r'<h2><a name="([^"]+)"></a>(.*?)</h2>', html, re.S)}


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_language_has_the_guide_with_every_section_and_picture(language):
    path = guide_path(language)
    assert path.is_file()
    assert path.name == f"ohje_{language}.html"
    assert set(CONTEXT.values()) <= set(sections(language))
    html = path.read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert pictures and all((path.parent / picture).stat().st_size > 5000 for picture in pictures)
    assert set(GUIDE_LANGUAGES) == set(LANGUAGES)


def menu_paths(window) -> set[str]:
    found = set()

    def walk(menu, prefix):
        for action in menu.actions():
            text = action.text().replace("&", "")
            if action.menu() is not None:
                walk(action.menu(), prefix + [text])
            elif not action.isSeparator():
                found.add(" › ".join(prefix + [text]))
    for action in window.menuBar().actions():
        title = action.text().replace("&", "")
        found.add(title)
        walk(action.menu(), [title])
    return found


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_menu_item_and_tab_the_guide_names_exists_in_that_language(window, qtbot, language):
    window.preferences.apply(USER, language)
    ohje = {"fi": "&Ohje", "sv": "&Hjälp", "en": "&Help"}[language]
    qtbot.waitUntil(lambda: window.help_menu.menu.title() == ohje)
    menus = menu_paths(window)
    tabs = {window.main_tabs.tabText(i).replace("&", "") for i in range(window.main_tabs.count())}
    named = SPAN.findall(guide_path(language).read_text(encoding="utf-8"))
    assert len(named) > 25
    missing = [text for kind, text in named if text not in (menus if kind == "ui" else tabs)]
    assert missing == []
    window.preferences.apply(USER, "fi")
    qtbot.waitUntil(lambda: window.help_menu.menu.title() == "&Ohje")


def shows_section(dialog: HelpDialog, anchor: str, language: str = "fi") -> bool:
    """The guide window shows the page at ``anchor``, and that section's heading is in view."""
    browser = dialog.browser
    if browser.source().fragment() != anchor:
        return False
    heading = sections(language)[anchor]
    cursor = browser.document().find(heading)
    while not cursor.isNull() and cursor.block().text() != heading:  # the contents line names it too
        cursor = browser.document().find(heading, cursor)
    if cursor.isNull() or not dialog.isVisible():
        return False
    top = browser.cursorRect(cursor).top()
    return 0 <= top < browser.viewport().height()


def test_user_guide_menu_item_opens_the_guide_at_its_start(window, qtbot):
    assert window.help_menu.guide_action.shortcut().toString() == "F1"
    window.help_menu.guide_action.trigger()
    dialog = window.help_menu.last_opened
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.browser.verticalScrollBar().value() == 0
    assert dialog.browser.document().toPlainText().startswith("Yhteistyö – käyttöohje")


# Each editor's section of the guide, as the guide is written.
RECORDS = {Area: "rakenne", Goal: "tavoitteet", Action: "toimenpiteet", Indicator: "mittarit",
           Party: "vastuutahot", Person: "vastuutahot", LegalReference: "rakenne", Forum: "kokoukset",
           Meeting: "kokoukset"}


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_f1_in_each_editor_opens_its_section(window, demo_path, qtbot, cls):
    assert set(RECORDS) == set(EDITORS)
    window.open_path(demo_path)
    from sqlalchemy import select

    record = window.doc.session.scalars(select(cls)).first()
    assert window.go_to(cls, record.id)
    editor = window.editor()
    field = [line for line in editor.findChildren(QLineEdit)
             if line.isVisible() and line.focusProxy() is None and line.objectName() != "qt_spinbox_lineedit"][0]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_F1)
    dialog = window.help_menu.last_opened
    anchor = RECORDS[cls]
    qtbot.waitUntil(lambda: shows_section(dialog, anchor))


DIALOGS = {
    "valtuustokausi": lambda window: TermDialog(2029, window),
    "palvelin": lambda window: ServerDialog("Yhdistä palvelimeen", "", window),
    "aloitus": lambda window: PreferencesDialog(window.settings, window),
    "vastuutahot": lambda window: ResponsibilityDialog(window.doc, lambda _dialog: None,
                                                       parent=window),
    "kokoukset": lambda window: HandoutDialog(window.doc, window),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_f1_in_a_dialog_opens_its_section_above_the_dialog(window, demo_path, qtbot, name):
    window.open_path(demo_path)
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    field = [w for w in dialog.findChildren(QWidget) if w.isVisible()
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None][0]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_F1)
    guide = window.help_menu.last_opened
    assert guide.parent() is dialog  # usable while the dialog is modal
    qtbot.waitUntil(lambda: shows_section(guide, name))
    guide.close()
    dialog.close()


def test_f1_on_the_follow_up_tab_opens_the_follow_up_section(window, demo_path, qtbot):
    window.open_path(demo_path)
    window.main_tabs.setCurrentWidget(window.followup)
    table = [view for view in window.followup.findChildren(QAbstractItemView) if view.isVisible()][0]
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shows_section(window.help_menu.last_opened, "seuranta"))


def test_guide_follows_the_language(window, qtbot):
    window.preferences.apply(USER, "sv")
    qtbot.waitUntil(lambda: window.help_menu.menu.title() == "&Hjälp")
    window.help_menu.guide_action.trigger()
    dialog = window.help_menu.last_opened
    assert dialog.path.name == "ohje_sv.html"
    assert "bruksanvisning" in dialog.browser.document().toPlainText()[:200]
    window.preferences.apply(USER, "fi")
    qtbot.waitUntil(lambda: window.help_menu.menu.title() == "&Ohje")


def test_fields_whose_meaning_is_not_obvious_explain_themselves(window, demo_path):
    window.open_path(demo_path)
    indicator = window.editors[Indicator].form
    goal = window.editors[Goal].form
    person = window.editors[Person].form
    for form, name in ((goal, "layer"), (indicator, "source_id"), (indicator, "per_party"),
                       (person, "membership_role")):
        widget = form.findChild(QWidget, name)
        assert len(widget.toolTip()) > 20 and len(widget.whatsThis()) > len(widget.toolTip())
    assert "Sotkanet" in indicator.findChild(QWidget, "source_id").whatsThis()


def test_about_shows_the_running_version_format_folders_and_licences(window, qtbot, tmp_path):
    about = window.help_menu.open_about()
    qtbot.waitExposed(about)
    text = about.text.toPlainText()
    assert f"Yhteistyö {__version__}" in text
    assert f"Ohjelman versio: {__version__}" in text
    assert f"versio {REVISIONS[-1]}" in text
    assert str(data_dir()) in text and str(config_dir()) in text
    assert "EUPL-1.2" in text
    for package in ("PySide6_Essentials", "PySide6_Pdf", "reportlab", "openpyxl", "SQLAlchemy", "alembic",
                    "defusedxml"):
        assert re.search(rf"^{package}\s", text, re.M | re.I), package
    image = about.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "about.png"))


def test_the_qt_wheels_given_qt_licence_texts_are_exactly_the_ones_bundled():
    """QT_DISTRIBUTIONS named PySide6's Addons and WebEngine long after the app stopped depending on
    them; the Qt wheels the build carries (the dependency walk) must be the ones listed."""
    walked = {licences._norm(d.metadata["Name"]) for d in licences.distributions()}
    qt_walked = {name for name in walked if name.startswith(("pyside6", "shiboken"))}
    assert qt_walked == set(licences.QT_DISTRIBUTIONS) == {"pyside6-essentials", "pyside6-pdf", "shiboken6"}


def test_licence_collector_writes_every_bundled_components_licence(tmp_path):
    target = tmp_path / "licenses"
    listed = licences.collect(target)
    names = {name.lower() for name, _version, _licence in listed}
    assert {"pyside6_essentials", "pyside6_pdf", "shiboken6", "reportlab", "openpyxl", "sqlalchemy", "alembic",
            "defusedxml", "psycopg", "python", "dejavu fonts"} <= names
    # Only the Qt wheels the app depends on (not PySide6's Addons and WebEngine).
    assert not {"pyside6", "pyside6_addons", "pyside6_webengine"} & names
    for name, version, _licence in listed:
        folder = target / ("DejaVu-fonts" if name == "DejaVu fonts" else f"{name}-{version}")
        assert any(f.stat().st_size > 200 for f in folder.iterdir()), name
    pyside = next(target.glob("PySide6_Essentials-*"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (pyside / "LGPL-3.0.txt").read_text()
    assert "Replacing the libraries" in (pyside / "Qt-LGPL-NOTICE.txt").read_text()
    assert "MIT" in (next(target.glob("openpyxl-*")) / "LICENCE.rst").read_text() \
        or (next(target.glob("openpyxl-*")) / "LICENCE.rst").stat().st_size > 500
    assert licences.check(target).startswith(f"{len(listed)} osaa")
    for text in next(target.glob("reportlab-*")).iterdir():
        text.unlink()
    with pytest.raises(RuntimeError, match="reportlab"):
        licences.check(target)
