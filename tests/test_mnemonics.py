"""Alt letters: within what a user can reach at once (the menu bar and the page shown), each
letter leads to one place, in Finnish, Swedish and English."""
from __future__ import annotations

import pytest

from conftest import USER
from mnemonics import clashes, reachable_mnemonics, visit_pages
from yhteistyo_desktop.ui.i18n import set_language


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_alt_letter_has_one_target_on_every_page(window, demo_path, qtbot, language):
    window.preferences.apply(USER, language)
    qtbot.waitUntil(lambda: window.file_menu.title() == {
        "fi": "&Tiedosto", "sv": "&Arkiv", "en": "&File"}[language])
    try:
        found = {"tyhjä": clashes(reachable_mnemonics(window))}
        window.open_path(demo_path)
        window.history_dock.show()
        for page in visit_pages(window):
            qtbot.wait(1)
            found[page] = clashes(reachable_mnemonics(window))
        assert len(found) > 10  # every editor, table and the follow-up were visited
        assert {page: clash for page, clash in found.items() if clash} == {}
    finally:
        window.preferences.apply(USER, "fi")
        set_language("fi")


def test_the_menus_and_the_page_share_no_letter(window, demo_path, qtbot):
    """The reported clashes: Muokkaa/Valmistelijat (M), Näytä/Nimi (N) on an area's page."""
    window.open_path(demo_path)
    window.tree.setCurrentIndex(window.model.index(0, 0))
    letters = {}
    for letter, text, _target in reachable_mnemonics(window):
        letters.setdefault(letter, []).append(text)
    assert letters["m"] == ["&Muokkaa"]
    assert letters["n"] == ["&Näytä"]
