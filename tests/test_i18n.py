"""Languages: Finnish by default, Swedish and English on request, Qt's own dialogs too."""
from __future__ import annotations

import ast
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from conftest import USER
import yhteistyo_desktop.ui
from yhteistyo_desktop.domain import vocab
from yhteistyo_desktop.paths import resources_dir
from yhteistyo_desktop.ui import labels
from yhteistyo_desktop.ui.i18n import set_language
from yhteistyo_desktop.ui.main_window import MainWindow
from yhteistyo_desktop.ui.settings import Settings, WindowState


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings(), WindowState(), USER)
    qtbot.addWidget(win)
    win.show()
    yield win
    set_language("fi")
    win.close()


def test_every_domain_label_is_marked_for_translation():
    everything = {label for vocabulary in (
        vocab.AREA_GROUPS, vocab.GOAL_LAYERS, vocab.PARTY_KINDS, vocab.RESPONSIBILITY_ROLES,
        vocab.MEMBERSHIP_ROLES, vocab.INDICATOR_KINDS, vocab.ACTION_STATUSES,
        vocab.WORKBOOK_STATUSES) for label in vocabulary.values()}
    assert set(labels.MARKED) == everything


@pytest.mark.parametrize("language", ["sv", "en"])
def test_compiled_translations_are_shipped(language):
    assert (resources_dir() / "translations" / f"yhteistyo_{language}.qm").stat().st_size > 1000


def test_switching_to_swedish_changes_menus_forms_and_qt_dialogs(window, demo_path, qtbot):
    window.open_path(demo_path)
    window.tree.setCurrentIndex(window.model.index(0, 0, window.model.index(0, 0)))
    assert window.file_menu.title() == "&Tiedosto"
    assert window.navigator.tabText(0) == "&Rakenne"

    window.preferences.apply(USER, "sv")
    assert Settings().language == "sv"
    # Qt delivers LanguageChange as an event: the window is retranslated once it arrives
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")
    assert window.edit_menu.title() not in ("", "&Muokkaa")
    assert window.navigator.tabText(1) not in ("", "Toimenpiteet")
    goal_label = window.editor().form.findChild(QLabel, "titleLabel").text()
    assert goal_label not in ("", "&Tavoite:")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Avbryt"
    # the domain's words too
    assert QCoreApplication.translate("Vocab", "hyvinvointialue") == "välfärdsområde"

    window.preferences.apply(USER, "fi")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")


def test_history_shows_finnish_dates(window, demo_path):
    window.open_path(demo_path)
    window.history_dock.show()
    model = window.history.model
    assert model.rowCount() > 0
    assert re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} \d{2}\.\d{2}", model.index(0, 0).data())
    assert model.index(0, 1).data() == USER


# -- the translation files: complete, compiled, and covering every text in ui/ --------------------

TRANSLATIONS = resources_dir() / "translations"
UI_DIR = Path(yhteistyo_desktop.ui.__file__).parent


def ts_messages(language: str) -> list[tuple[str, str, bool, str | None, list[str]]]:
    """(context, source, numerus, unfinished-or-None, translations) of every message in the .ts."""
    root = ElementTree.parse(TRANSLATIONS / f"yhteistyo_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            texts = ([form.text or "" for form in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            found.append((context.findtext("name"), message.findtext("source"), numerus,
                          translation.get("type"), texts))
    return found


def ui_literals() -> set[tuple[str, str]]:
    """(context, text) of every literal given to tr/translate/QT_TRANSLATE_NOOP in ui/*.py.

    self.tr("…") takes the enclosing class as its context, as PySide and lupdate do.
    """
    found = set()

    def visit(node, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
                if name == "tr" and isinstance(func, ast.Attribute) and literal[:1] == [True]:
                    found.add((cls, args[0].value))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and literal[:2] == [True, True]:
                    found.add((args[0].value, args[1].value))
            visit(child, cls)

    for path in UI_DIR.rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_message_is_translated(language):
    unfinished = [(context, source) for context, source, _n, kind, texts in ts_messages(language)
                  if kind in ("unfinished", "vanished", "obsolete")
                  or not all(text.strip() for text in texts)]
    assert unfinished == []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_translations_keep_placeholders_and_one_accelerator(language):
    wrong = []
    for context, source, numerus, _kind, texts in ts_messages(language):
        for text in texts:
            if sorted(re.findall(r"%\d|%n", source)) != sorted(re.findall(r"%\d|%n", text)) \
                    and not (numerus and set(re.findall(r"%\d", source)) == set(re.findall(r"%\d", text))):
                wrong.append((context, source, text))
            accelerators = len(re.findall(r"&(?!&)", text.replace("&&", "")))
            if re.search(r"&(?!&)", source.replace("&&", "")) and accelerators != 1:
                wrong.append((context, source, text))
    assert wrong == []


def test_no_bare_tr_in_ui_code():
    """lupdate files a bare tr("…") (no self.) under no context, so it would never be translated."""
    bare = []
    for path in UI_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("tr", "_tr") and node.args \
                    and isinstance(node.args[0], ast.Constant):
                bare.append(f"{path.name}:{node.lineno}")
    assert bare == []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_ui_text_is_in_the_compiled_translation(qapp, language):
    """Every text of the .ts (the .ui forms too) comes out of the .qm translated, and every
    literal tr()/translate() in ui/*.py is one of them."""
    messages = ts_messages(language)
    in_ts = {(context, source) for context, source, *_ in messages}
    assert ui_literals() - in_ts == set()
    set_language(language)
    try:
        wrong = []
        for context, source, numerus, _kind, texts in messages:
            if numerus:
                got = [QCoreApplication.translate(context, source, None, n) for n in (1, 2)]
                expected = [texts[0].replace("%n", "1"), texts[-1].replace("%n", "2")]
            else:
                got, expected = QCoreApplication.translate(context, source), texts[0]
            if got != expected:
                wrong.append((context, source, got))
        assert wrong == []
    finally:
        set_language("fi")
    assert QCoreApplication.translate("MainWindow", "&Tiedosto") == "&Tiedosto"


def test_follow_up_tab_in_swedish(window, demo_path, qtbot):
    """The Seuranta tab's own texts and the domain's Finnish "Toimenpide 3"/"kyllä" are translated."""
    window.open_path(demo_path)
    window.preferences.apply(USER, "sv")
    qtbot.waitUntil(lambda: window.main_tabs.tabText(1) == "&Uppföljning")
    window.main_tabs.setCurrentWidget(window.followup)  # the tab reads its rows when shown
    model = window.followup.indicators_model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Indikator"
    owners = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert owners and all(o.startswith(("Mål ", "Åtgärd ")) for o in owners)
    shown = {model.index(row, column).data() for row in range(model.rowCount())
             for column in range(model.columnCount())}
    assert "⚠ saknas" in shown and not shown & {"⚠ puuttuu", "kyllä", "kyllä (2026)"}
    window.preferences.apply(USER, "fi")
    qtbot.waitUntil(lambda: window.main_tabs.tabText(1) == "&Seuranta")
