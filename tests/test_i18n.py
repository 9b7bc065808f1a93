"""Languages: Finnish by default, Swedish and English on request, Qt's own dialogs too."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from conftest import USER
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

    window.apply_preferences(USER, "sv")
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

    window.apply_preferences(USER, "fi")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")


def test_history_shows_finnish_dates(window, demo_path):
    window.open_path(demo_path)
    window.history_dock.show()
    model = window.history.model
    assert model.rowCount() > 0
    assert re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} \d{2}\.\d{2}", model.index(0, 0).data())
    assert model.index(0, 1).data() == USER
