"""Switching the language live: every text the user sees follows at once (issue 15.5)."""
from __future__ import annotations

from conftest import USER
from mnemonics import visible_texts, visit_pages
from test_i18n import ts_messages
from yhteistyo_desktop.ui.i18n import set_language

TITLES = {"fi": "&Tiedosto", "sv": "&Arkiv", "en": "&File"}


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def _left_over(window, qtbot, language: str) -> dict[str, str]:
    """Switch to ``language``; the texts on any page that are another language's words
    (Finnish sources in sv/en, Swedish or English translations in fi), with their page."""
    window.preferences.apply(USER, language)
    qtbot.waitUntil(lambda: window.file_menu.title() == TITLES[language])
    sources, shown = set(), {}
    for other in ("sv", "en"):
        shown[other] = set()
        for _c, source, _n, _k, texts in ts_messages(other):
            sources.add(_plain(source))
            shown[other] |= {_plain(t) for t in texts}
    if language == "fi":
        foreign = (shown["sv"] | shown["en"]) - sources
    else:
        third = "en" if language == "sv" else "sv"
        foreign = (sources | shown[third]) - shown[language]
    left = {}
    for page in visit_pages(window):
        qtbot.wait(1)
        for text in visible_texts(window):
            if _plain(text) in foreign:
                left.setdefault(text, page)
    return left


def test_switching_fi_sv_en_fi_leaves_no_word_of_the_old_language(window, demo_path, qtbot):
    window.open_path(demo_path)
    window.history_dock.show()
    try:
        for language in ("sv", "en", "fi"):
            assert _left_over(window, qtbot, language) == {}, language
    finally:
        set_language("fi")


def test_history_table_filter_and_empty_hint_follow_the_language(window, demo_path, qtbot):
    """The reported ones: the history panel's switch and rows, a table's filter hint, the
    empty editor's hint."""
    window.open_path(demo_path)
    window.history_dock.show()
    window.show_record(None)
    window.preferences.apply(USER, "sv")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")
    try:
        assert window.history.only_selected.text() == "Endast ändringar i det valda objektet"
        ops = {window.history.model.index(row, 2).data()
               for row in range(window.history.model.rowCount())}
        assert "lisäys" not in ops and ops
        table = next(iter(window.tables.values()))
        assert not table.filter.placeholderText().startswith("Suodata")
        hint = window.view.findChild(type(window.title_label), "emptyHint").text()
        assert not hint.startswith("Valitse")
    finally:
        window.preferences.apply(USER, "fi")
        set_language("fi")
