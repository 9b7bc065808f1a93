"""The main window on real workbook files: first start, the tree, File menu, refusals, locks."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox

from yhteistyo_desktop.store.workbook_file import open_workbook
from yhteistyo_desktop.ui import app as app_module
from yhteistyo_desktop.ui.main_window import MainWindow
from yhteistyo_desktop.ui.settings import Settings, WindowState
from yhteistyo_desktop.ui.tree_model import IdRole, KindRole, SharedRole, WorkbookTreeModel

from conftest import USER


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings(), WindowState(), USER)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def titles(model, parent=QModelIndex()) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_first_start_creates_and_opens_the_demo(window, private_home):
    path = app_module.default_workbook(window.settings, USER)
    assert path.parent == private_home / "data" and path.exists()
    assert window.open_path(path)
    assert titles(window.model) == [
        "1. Osallisuus ja yhteisöllisyys",
        "2. Hyvinvoinnin, terveyden ja turvallisuuden edistäminen sekä palvelujen järjestäminen",
        "3. Yhteinen edunvalvonta ja elinvoima",
        "4. Arjen turvallisuus ja varautuminen",
    ]
    assert "Keski-Suomi" in window.title_label.text()
    # The second start opens the same file again rather than making another demo.
    window.settings.sync()
    assert app_module.default_workbook(Settings(), USER) == path.resolve()


def test_shared_action_shows_under_every_goal_it_serves(window, demo_path):
    window.open_path(demo_path)
    model = window.model
    under = {}
    for a in range(model.rowCount()):
        area = model.index(a, 0)
        for g in range(model.rowCount(area)):
            goal = model.index(g, 0, area)
            assert goal.data(KindRole) == "goal"
            for r in range(model.rowCount(goal)):
                action = model.index(r, 0, goal)
                under.setdefault(action.data(IdRole), []).append(goal.data(IdRole))
                assert action.data(SharedRole) is True
                assert "↔" in action.data()
    assert len(under) == 5
    assert all(len(goals) == 12 for goals in under.values())
    # Selecting an action shows it in its editor, with its responsible parties.
    first_action = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    window.tree.setCurrentIndex(first_action)
    editor = window.editor()
    assert editor.fields["title"].text() == "Asumisen kehittämisen työryhmä"
    parties = [editor.resp_tree.topLevelItem(i).text(0)
               for i in range(editor.resp_tree.topLevelItemCount())]
    assert "Jyväskylän kaupunki" in parties


def test_tree_model_passes_qt_model_tester(qtmodeltester, demo_file):
    with demo_file.session() as session:
        model = WorkbookTreeModel(session)
        qtmodeltester.check(model)


def test_a_file_that_is_not_a_workbook_is_refused_and_the_open_one_stays(window, demo_path,
                                                                         tmp_path):
    window.open_path(demo_path)
    bogus = tmp_path / "muistio.tyokirja"
    bogus.write_bytes(b"PK\x03\x04 ei tyokirja")
    before = bogus.read_bytes()
    assert not window.open_path(bogus)
    assert window.message.icon() == QMessageBox.Icon.Critical
    assert "ei ole Yhteistyö-työkirja" in window.message.text()
    assert window.wbfile.path == demo_path
    assert window.model.rowCount() == 4
    assert bogus.read_bytes() == before


def test_a_file_held_elsewhere_can_be_opened_read_only(window, demo_path, qtbot):
    holder = open_workbook(demo_path, "Maija Meikäläinen")
    try:
        assert not window.open_path(demo_path)
        box = window.message
        assert "Maija Meikäläinen" in box.text()
        with qtbot.waitSignal(window.workbookChanged):
            box.button(QMessageBox.StandardButton.Open).click()
        assert window.wbfile.readonly
        assert "vain luku" in window.windowTitle()
        assert "Vain luku" in window.status_label.text()
        assert window.model.rowCount() == 4
    finally:
        holder.close()


def test_new_workbook_from_template_has_the_ten_default_areas(window, tmp_path):
    assert window.document.create_new(tmp_path / "Pirkanmaa", "Pirkanmaa", 2025)
    assert window.wbfile.path.name == "Pirkanmaa.tyokirja"
    assert window.model.rowCount() == 10
    assert "valtuustokausi 2025-2029" in window.title_label.text()


def test_save_as_continues_in_the_copy(window, demo_path, tmp_path):
    window.open_path(demo_path)
    target = tmp_path / "kopio.tyokirja"
    assert window.document.save_as(target)
    assert window.wbfile.path == target
    assert window.model.rowCount() == 4
    # the original is released: it can be opened for writing again
    open_workbook(demo_path, "joku muu").close()
