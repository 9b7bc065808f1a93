"""Counts read right: Qt's %n plural forms in Finnish (the source language) and Swedish, and one
spelling of the keys in each language's shortcuts (issue 15.10)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from conftest import USER
from yhteistyo_desktop.domain.queries import search
from yhteistyo_desktop.paths import resources_dir
from yhteistyo_desktop.ui.i18n import set_language


def test_finnish_counts_take_the_singular_for_one(qapp):
    set_language("fi")
    assert (resources_dir() / "translations" / "yhteistyo_fi.qm").exists()
    hits = QCoreApplication.translate("SearchDialog", "%n osumaa", "", 1)
    assert (hits, QCoreApplication.translate("SearchDialog", "%n osumaa", "", 2)) == \
        ("1 osuma", "2 osumaa")
    accepted = QCoreApplication.translate("ExcelFlow", "%n muutosta hyväksyttiin tiedostosta %1.",
                                          "", 1)
    assert accepted == "1 muutos hyväksyttiin tiedostosta %1."
    # the plural-only Finnish file leaves every other text as it is
    assert QCoreApplication.translate("MainWindow", "&Tiedosto") == "&Tiedosto"


def test_search_with_one_hit_says_one_osuma(window, demo_path):
    window.open_path(demo_path)
    set_language("fi")
    window.search_action.trigger()
    dialog = window.preferences.search_dialog
    words = {w for goal_title in (hit.title for hit in search(window.doc.session, "a"))
             for w in goal_title.split() if len(w) > 6}
    word = next(w for w in sorted(words) if len(search(window.doc.session, w)) == 1)
    dialog.query.setText(word)
    dialog.run_search()
    assert dialog.summary.text() == "1 osuma"
    dialog.query.setText("a")
    dialog.run_search()
    assert dialog.summary.text().endswith(" osumaa")


def test_swedish_shortcuts_spell_the_keys_one_way(window, qtbot):
    window.preferences.apply(USER, "sv")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")
    try:
        shown = " ".join(" ".join((action.toolTip(), action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText))) for action in window.findChildren(QAction))
        assert "Skift+" in shown and "Shift+" not in shown
    finally:
        window.preferences.apply(USER, "fi")
        set_language("fi")
