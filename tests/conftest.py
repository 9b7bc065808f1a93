"""Shared fixtures: one fixture per real resource (a real workbook file in a temp folder)."""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from yhteistyo_desktop.domain.template import fill_template
from yhteistyo_desktop.store.demo import create_demo
from yhteistyo_desktop.store.workbook_file import create_workbook, open_workbook

# Tests never put windows on a real screen (CI has none); set before Qt starts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "Testi Käyttäjä"


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("master") / "keski-suomi.tyokirja"
    create_demo(path, USER).close()
    return path


@pytest.fixture
def demo_path(_demo_master, tmp_path) -> Path:
    """A fresh copy of the Keski-Suomi demo workbook file, not open."""
    path = tmp_path / "demo.tyokirja"
    shutil.copyfile(_demo_master, path)
    return path


@pytest.fixture
def demo_file(demo_path):
    """The demo workbook, open for writing."""
    wbfile = open_workbook(demo_path, USER)
    yield wbfile
    wbfile.close()


@pytest.fixture
def session(demo_file):
    with demo_file.session() as session:
        yield session


@pytest.fixture
def ops(demo_file, session):
    return demo_file.operations(session)


@pytest.fixture
def template_file(tmp_path):
    """A new workbook from the Kuntaliitto template (ten areas, no goals), open for writing."""
    wbfile = create_workbook(tmp_path / "uusi.tyokirja", USER, "Esimerkkialue", 2025, 2029,
                             fill=fill_template)
    yield wbfile
    wbfile.close()


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch) -> Path:
    """Settings, window state and the app's data folder in a fresh folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("YHTEISTYO_HOME", str(home))
    return home


@pytest.fixture
def window(qtbot):
    """The main window at the smallest screen it must fit (1366x768), no workbook yet."""
    from yhteistyo_desktop.ui.main_window import MainWindow
    from yhteistyo_desktop.ui.settings import Settings, WindowState

    win = MainWindow(Settings(), WindowState(), USER)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()


def table_rows(path: Path, skip: tuple[str, ...] = ("history", "alembic_version")) -> dict[str, list]:
    """Every row of every table of a workbook file but ``skip``'s, sorted: its content."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                  if t not in skip]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()
