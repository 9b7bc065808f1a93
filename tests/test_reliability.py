"""Nothing lost, whatever happens (issue 14): outputs never replace a workbook, a full disk changes
nothing and is told as "levy on täynnä", and the command line never starts the window by mistake.

Every case runs the real command line in a child process. A full disk is made two ways, both
real: SQLite's ``PRAGMA max_page_count`` set on every connection the child opens (the database
cannot grow past a few pages more, exactly what SQLite reports on a full disk), and a small tmpfs
filled to the last byte (root only; CI runs as root).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import USER, table_rows
from test_cli import assert_one_finnish_error, yhteistyo
from xlsx_helpers import edit_copy, note_every_goal
from yhteistyo_desktop.store.lock import lock_path
from yhteistyo_desktop.store.workbook_file import open_workbook

#: The command line in a child whose SQLite connections cannot grow the file by more than
#: $YHTEISTYO_TEST_PAGES pages: SQLITE_FULL, as on a full disk.
_FULL_CHILD = textwrap.dedent("""
    import os, sqlite3, sys
    extra = int(os.environ["YHTEISTYO_TEST_PAGES"])
    _connect = sqlite3.connect
    def connect(*args, **kwargs):
        conn = _connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages + extra, 1)}")
        return conn
    sqlite3.connect = connect
    from yhteistyo_desktop.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def yhteistyo_nearly_full(*args, cwd: Path, pages: int = 1) -> subprocess.CompletedProcess:
    env = {**os.environ, "YHTEISTYO_USER": USER, "PYTHONIOENCODING": "utf-8",
           "YHTEISTYO_TEST_PAGES": str(pages)}
    return subprocess.run([sys.executable, "-c", _FULL_CHILD, *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def snapshot(path: Path) -> dict:
    """A workbook's whole content, history included."""
    return table_rows(path, skip=())


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def assert_disk_full(result: subprocess.CompletedProcess, folder: Path) -> None:
    assert_one_finnish_error(result, "levy on täynnä", str(folder))
    assert "vaurioitunut" not in result.stderr


# -- outputs never destroy a workbook -----------------------------------------------------------

OUTPUT_COMMANDS = {
    "export-xlsx": lambda source, out: ["export-xlsx", source, out],
    "handout": lambda source, out: ["handout", source, out, "--kind", "workbook"],
}


@pytest.mark.parametrize("command", list(OUTPUT_COMMANDS))
def test_an_output_over_the_workbook_itself_is_refused_and_the_workbook_kept(command, demo_path):
    before = demo_path.read_bytes()
    result = yhteistyo(*OUTPUT_COMMANDS[command](demo_path.name, demo_path.name), cwd=demo_path.parent)
    assert_one_finnish_error(result, demo_path.name)
    assert demo_path.read_bytes() == before
    assert files(demo_path.parent) == {demo_path.name}


@pytest.mark.parametrize("command", list(OUTPUT_COMMANDS))
def test_an_output_over_another_workbook_even_renamed_or_locked_is_refused(command, demo_path):
    folder = demo_path.parent
    other = folder / "toinen.tyokirja"
    shutil.copyfile(demo_path, other)
    renamed = folder / "naamioitu.xlsx"  # a workbook under another name: our application id
    shutil.copyfile(demo_path, renamed)
    in_use = folder / "käytössä.pdf"  # any file with a workbook lock beside it
    in_use.write_bytes(b"%PDF-1.4 old")
    with open_workbook(other, "Toinen Käyttäjä"):  # the other workbook is open for editing
        for target in (other, renamed, in_use):
            lock_path(in_use).write_text("{}", encoding="utf-8")
            before = target.read_bytes()
            result = yhteistyo(*OUTPUT_COMMANDS[command](demo_path.name, target.name), cwd=folder)
            assert_one_finnish_error(result, target.name)
            assert target.read_bytes() == before
    assert not [name for name in files(folder) if name.endswith(".tmp")]


@pytest.mark.parametrize("command", list(OUTPUT_COMMANDS))
def test_a_folder_as_the_output_gets_a_clear_message(command, demo_path):
    folder = demo_path.parent / "tulosteet"
    folder.mkdir()
    result = yhteistyo(*OUTPUT_COMMANDS[command](demo_path.name, folder.name), cwd=demo_path.parent)
    assert_one_finnish_error(result, "on kansio")
    assert ".tmp" not in result.stderr
    assert list(folder.iterdir()) == []


def test_the_window_refuses_an_export_over_the_open_workbook(window, demo_path):
    assert window.open_path(demo_path)
    before = table_rows(demo_path, skip=())
    assert not window.excel.export_xlsx(demo_path)
    assert window.message is not None and "luettava työkirja itse" in window.message.text()
    assert table_rows(demo_path, skip=()) == before
    assert sqlite3.connect(demo_path).execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_the_window_refuses_to_save_a_handout_over_a_workbook(window, demo_path, qtbot):
    other = demo_path.with_name("toinen.tyokirja")
    shutil.copyfile(demo_path, other)
    before = other.read_bytes()
    assert window.open_path(demo_path)
    dialog = window.handouts.open("workbook")
    assert not dialog.save_to(other)
    assert "työkirjatiedosto" in dialog.status.text()
    assert other.read_bytes() == before
    dialog.close()


# -- a full disk: all or nothing, told as "levy on täynnä" ---------------------------------------

def test_demo_on_a_full_disk_says_so_and_leaves_nothing(tmp_path):
    result = yhteistyo_nearly_full("demo", "d.tyokirja", cwd=tmp_path)
    assert_disk_full(result, tmp_path)
    assert files(tmp_path) == set()


def test_copy_term_on_a_full_disk_names_the_folder_not_a_damaged_source(demo_path):
    folder = demo_path.parent
    before = snapshot(demo_path)
    result = yhteistyo_nearly_full("copy-term", demo_path.name, "uusi.tyokirja", "--term",
                                   "2029-2033", cwd=folder, pages=3)
    assert_disk_full(result, folder)
    assert files(folder) == {demo_path.name}
    assert snapshot(demo_path) == before


def _returned_copy_with_many_changes(demo_path: Path) -> Path:
    """An export of the demo with a long note written on every goal, as a member might."""
    xlsx = demo_path.with_name("palautettu.xlsx")
    assert yhteistyo("export-xlsx", demo_path.name, xlsx.name, cwd=demo_path.parent).returncode == 0
    return edit_copy(xlsx, lambda wb: note_every_goal(
        wb, lambda row: f"Huomio {row}: " + "Tarkennetaan. " * 300))


def test_an_excel_review_on_a_full_disk_applies_nothing(demo_path):
    folder = demo_path.parent
    xlsx = _returned_copy_with_many_changes(demo_path)
    dry = yhteistyo("import-xlsx", xlsx.name, demo_path.name, cwd=folder)
    assert dry.returncode == 0 and "muutosta; mitään ei tallennettu" in dry.stdout
    before, listing = snapshot(demo_path), files(folder)
    result = yhteistyo_nearly_full("import-xlsx", xlsx.name, demo_path.name, "--accept-all",
                                   cwd=folder, pages=2)
    assert_disk_full(result, folder)
    assert snapshot(demo_path) == before
    assert files(folder) == listing
    # with room, the same review applies: the changes were real ones
    applied = yhteistyo("import-xlsx", xlsx.name, demo_path.name, "--accept-all", cwd=folder)
    assert applied.returncode == 0, applied.stderr
    assert snapshot(demo_path) != before


def test_an_excel_import_as_a_new_workbook_on_a_full_disk_leaves_nothing(demo_path):
    folder = demo_path.parent
    xlsx = folder / "vienti.xlsx"
    assert yhteistyo("export-xlsx", demo_path.name, xlsx.name, cwd=folder).returncode == 0
    listing = files(folder)
    result = yhteistyo_nearly_full("import-xlsx", xlsx.name, "--new", "uusi.tyokirja", cwd=folder,
                                   pages=3)
    assert_disk_full(result, folder)  # was "Työkirja ? on vaurioitunut"
    assert files(folder) == listing


def test_a_sotkanet_import_on_a_full_disk_writes_no_value(demo_path):
    folder = demo_path.parent
    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        from sqlalchemy import select

        from yhteistyo_desktop.domain.models import Indicator, Party

        indicator = session.scalar(select(Indicator).where(
            Indicator.title == "Kuntien strategiamittarit"))
        wbfile.operations(session).update(indicator, kind="luku", source_id="sotkanet:181")
        parties = list(session.scalars(select(Party.name)))
    rows = [f"181;Työttömät;{name};{year};yhteensä;{index},5;"
            for index, name in enumerate(parties) for year in range(2025, 2030)]
    csv_path = folder / "sotkanet.csv"
    csv_path.write_text("Indikaattori;Indikaattorin nimi;Alue;Vuosi;Sukupuoli;Arvo;"
                        "Absoluuttinen arvo\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before, listing = snapshot(demo_path), files(folder)
    result = yhteistyo_nearly_full("followup-import", demo_path.name, csv_path.name, cwd=folder,
                                   pages=1)
    assert_disk_full(result, folder)
    assert snapshot(demo_path) == before
    assert files(folder) == listing
    written = yhteistyo("followup-import", demo_path.name, csv_path.name, cwd=folder)
    assert written.returncode == 0 and f"Tallennettiin {len(rows)} arvoa" in written.stdout


# -- a real full disk (a small tmpfs filled to the last byte) ------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs (root only: CI and the developers' machines run as root)."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a tmpfs needs root")
    mount = tmp_path / "levy"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True)
    if made.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def fill(folder: Path) -> None:
    """Write a filler file until the disk has not a byte left."""
    with open(folder / "täyte", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        except OSError:
            pass
    with open(folder / "täyte", "ab", buffering=0) as f:  # the last partial block
        try:
            for _ in range(4096):
                f.write(b"\0")
                f.flush()
        except OSError:
            pass


@pytest.mark.parametrize("command", list(OUTPUT_COMMANDS))
def test_an_output_on_a_full_disk_says_so_and_leaves_no_temp_file(command, demo_path, small_disk):
    fill(small_disk)
    out = small_disk / ("vienti.xlsx" if command == "export-xlsx" else "moniste.pdf")
    result = yhteistyo(*OUTPUT_COMMANDS[command](demo_path, out), cwd=demo_path.parent)
    assert_disk_full(result, small_disk)
    assert files(small_disk) == {"täyte"}


def test_opening_on_a_full_disk_leaves_no_empty_lock_and_says_so_again(demo_path, small_disk):
    workbook = small_disk / demo_path.name
    shutil.copyfile(demo_path, workbook)
    before = snapshot(workbook)
    csv_path = demo_path.with_name("sotkanet.csv")
    csv_path.write_text("Indikaattori;Indikaattorin nimi;Alue;Vuosi;Sukupuoli;Arvo\n"
                        "3219;Elämänlaatu;Keski-Suomi;2026;yhteensä;66,6\n", encoding="utf-8")
    fill(small_disk)
    for _attempt in range(2):
        result = yhteistyo("followup-import", workbook, csv_path, cwd=demo_path.parent)
        assert_disk_full(result, small_disk)
        assert "tietokoneella" not in result.stderr
        assert files(small_disk) == {workbook.name, "täyte"}
    # an empty lock file left by an older version, long ago, on the same full disk
    lock_path(workbook).touch()
    old = time.time() - 3600
    os.utime(lock_path(workbook), (old, old))
    result = yhteistyo("followup-import", workbook, csv_path, cwd=demo_path.parent)
    assert_disk_full(result, small_disk)
    assert files(small_disk) == {workbook.name, lock_path(workbook).name, "täyte"}
    assert snapshot(workbook) == before


def test_a_fresh_empty_lock_is_told_as_unreadable_not_as_question_marks(demo_path):
    lock_path(demo_path).touch()
    result = yhteistyo("import-xlsx", "x.xlsx", demo_path.name, cwd=demo_path.parent)
    assert_one_finnish_error(result, "lukitustiedosto on tyhjä tai vioittunut")
    assert "?" not in result.stderr


# -- the command line ----------------------------------------------------------------------------

@pytest.mark.parametrize("argv, words", [
    (["infoo", "x"], ["tuntematon komento 'infoo'", "tarkoititko 'info'"]),
    (["chek"], ["tuntematon komento 'chek'", "tarkoititko 'check'"]),
    (["--avaa"], ["tuntematon valitsin", "--avaa"]),
    (["info"], ["puuttuu"]),
    (["info", "d.tyokirja", "--jsn"], ["tuntematon valitsin", "--jsn"]),
    (["handout", "d.tyokirja", "o.pdf", "--kind", "kaikki"], ["kaikki", "ei kelpaa"]),
    (["handout", "d.tyokirja", "o.pdf", "--kind", "followup", "--year", "x"], ["--year", "'x'"]),
    (["puuttuu.xlsx"], ["puuttuu.xlsx"]),
    (["--workbook", "abc"], ["--server"]),
])
def test_a_mistyped_command_line_is_one_finnish_line_and_never_the_window(argv, words, tmp_path):
    env = {**os.environ, "YHTEISTYO_HOME": str(tmp_path / "koti"), "QT_QPA_PLATFORM": "offscreen",
           "YHTEISTYO_QUIT_WHEN_SHOWN": "1", "PYTHONIOENCODING": "utf-8", "YHTEISTYO_USER": USER}
    result = subprocess.run([sys.executable, "-m", "yhteistyo_desktop.cli", *argv], cwd=tmp_path,
                            env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert_one_finnish_error(result, *words)
    assert not (tmp_path / "koti" / "data").exists()  # the window never started


@pytest.mark.parametrize("argv, words", [
    (["new", "u.tyokirja", "--term", "1025-9999"], ["1025-9999", "2000"]),
    (["new", "u.tyokirja", "--term", "2025-2031"], ["2025-2031"]),
    (["copy-term", "d.tyokirja", "u.tyokirja", "--term", "2021-2025"], ["2021-2025", "2025-2029"]),
    (["copy-term", "d.tyokirja", "u.tyokirja", "--term", "2025-2029"], ["2029-2033"]),
    (["handout", "d.tyokirja", "o.pdf", "--kind", "followup", "--year", "1800"],
     ["1800", "2025–2029"]),
])
def test_implausible_values_are_refused_and_nothing_is_written(argv, words, demo_path):
    folder = demo_path.parent
    demo_path.rename(folder / "d.tyokirja")
    result = yhteistyo(*argv, cwd=folder)
    assert_one_finnish_error(result, *words)
    assert files(folder) == {"d.tyokirja"}


def test_info_takes_workbook_only_with_a_server_address(demo_path):
    result = yhteistyo("info", demo_path.name, "--workbook", "abc", cwd=demo_path.parent)
    assert_one_finnish_error(result, "--workbook", "postgresql://")


# -- the window: a full disk (or any error) is a message box, never an exception ------------------

@pytest.fixture
def sqlite_limit(monkeypatch):
    """``limit(pages)``: from now on every new SQLite connection of this process may grow its
    file by at most ``pages`` pages (as the child above; SQLITE_FULL as on a full disk)."""
    connect = sqlite3.connect

    def limit(extra: int) -> None:
        def limited(*args, **kwargs):
            conn = connect(*args, **kwargs)
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {max(pages + extra, 1)}")
            return conn

        monkeypatch.setattr(sqlite3, "connect", limited)

    return limit


def disk_full_box(window) -> str:
    assert window.message is not None and window.message.isVisible()
    return window.message.text()


def test_an_edit_on_a_full_disk_is_a_message_and_saves_nothing(window, demo_path, sqlite_limit):
    from sqlalchemy import select

    from yhteistyo_desktop.domain.models import Goal

    assert window.open_path(demo_path)
    goal = window.doc.session.scalars(select(Goal)).first()
    assert window.go_to(Goal, goal.id)
    window.doc.session.commit()
    sqlite_limit(0)
    window.wbfile.engine.dispose()  # the window's next connections are the limited ones
    before = snapshot(demo_path)
    editor = window.editor()
    editor.fields["description"].setPlainText("Pitkä kuvaus. " * 2000)  # within a cell's 32,767
    editor.commit_pending()  # raised out of the window before
    assert "levy on täynnä" in disk_full_box(window)
    assert snapshot(demo_path) == before


def test_migrating_on_a_full_disk_is_a_message_and_leaves_the_file_as_it_was(window, tmp_path,
                                                                           sqlite_limit):
    old = tmp_path / "vanha.tyokirja"
    shutil.copyfile(Path(__file__).parent / "data" / "first-schema.tyokirja", old)
    before = old.read_bytes()
    sqlite_limit(0)
    assert not window.open_path(old)
    assert "levy on täynnä" in disk_full_box(window)
    assert old.read_bytes() == before
    assert files(tmp_path) == {old.name}  # no lock, no backup copy of a migration that never was


def test_opening_and_save_as_on_a_really_full_disk_are_messages(window, demo_path, small_disk):
    on_disk = small_disk / "levyllä.tyokirja"
    shutil.copyfile(demo_path, on_disk)
    fill(small_disk)
    assert not window.open_path(on_disk)  # not even the lock file fits
    assert "levy on täynnä" in disk_full_box(window) and str(small_disk) in window.message.text()
    assert files(small_disk) == {on_disk.name, "täyte"}
    window.message.close()
    assert window.open_path(demo_path)
    assert not window.document.save_as(small_disk / "kopio.tyokirja")
    assert "levy on täynnä" in disk_full_box(window)
    assert files(small_disk) == {on_disk.name, "täyte"}
    assert window.wbfile.path == demo_path  # still working in the original


@pytest.mark.qt_no_exception_capture  # the app's own hook is under test, not pytest-qt's
def test_an_unhandled_exception_anywhere_in_the_gui_is_shown_and_logged(window, qtbot, monkeypatch,
                                                                        private_home):
    import threading

    from PySide6.QtCore import QTimer

    from yhteistyo_desktop.ui import error_report

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = error_report.install(window)
    log = private_home / "data" / error_report.LOG_NAME

    def broken_slot():
        raise RuntimeError("rikki ikkunassa")

    QTimer.singleShot(0, broken_slot)  # an exception in a slot: Qt cannot raise it to a caller
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    text = reporter.box.text()
    assert "odottamaton virhe" in text and str(log) in text
    assert "RuntimeError" not in text and "Traceback" not in text
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "broken_slot" in logged and "rikki ikkunassa" in logged
    reporter.box.close()
    reporter.box = None

    worker = threading.Thread(target=lambda: 1 / 0, name="taustatyö")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    logged = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in logged and "taustatyö" in logged
    reporter.box.close()


_GUI_CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from yhteistyo_desktop.ui import app

    def broken():
        raise RuntimeError("rikki ikkunassa")

    qt = app.application([])
    QTimer.singleShot(200, broken)  # once the window is up: an exception in a slot
    QTimer.singleShot(1500, qt.quit)
    sys.exit(app.run(sys.argv[1:]))
""")


def run_window(home: Path, *args, code: str | None = None) -> subprocess.CompletedProcess:
    """The app's window in a child process (offscreen), its data and settings under ``home``."""
    env = {**os.environ, "YHTEISTYO_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "YHTEISTYO_USER": USER, "PYTHONIOENCODING": "utf-8"}
    command = ["-c", code] if code else ["-m", "yhteistyo_desktop.cli"]
    if not code:
        env["YHTEISTYO_QUIT_WHEN_SHOWN"] = "1"
    return subprocess.run([sys.executable, *command, *map(str, args)], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_the_app_logs_an_unhandled_exception_instead_of_losing_it_on_stderr(tmp_path):
    result = run_window(tmp_path, "--demo", code=_GUI_CHILD)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    logged = (tmp_path / "data" / "virheet.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "rikki ikkunassa" in logged


def test_the_demo_on_a_full_disk_at_start_is_a_message_not_a_traceback(small_disk):
    (small_disk / "data").mkdir()
    (small_disk / "config").mkdir()
    fill(small_disk)
    result = run_window(small_disk, "--demo")
    assert result.returncode == 0, result.stderr  # raised out of the start before: exit 1
    assert "Traceback" not in result.stderr
    assert list((small_disk / "data").iterdir()) == []
