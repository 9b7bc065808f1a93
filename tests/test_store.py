"""The workbook file: create and reopen, its header and settings, migration, refusals, the lock, Save As."""
from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from yhteistyo_desktop.domain.models import Area, Goal, History, Party, Workbook
from yhteistyo_desktop.store.lock import (
    STALE_AFTER, LockedError, boot_id, lock_path, process_started, read_holder,
)
from yhteistyo_desktop.store.workbook_file import (
    APPLICATION_ID,
    DamagedFileError,
    NewerSchemaError,
    NotAWorkbookError,
    WorkbookFileError,
    check_file,
    create_workbook,
    head_revision,
    open_workbook,
)

from conftest import USER

FIRST_SCHEMA = Path(__file__).parent / "data" / "first-schema.tyokirja"
FIRST_SCHEMA_WORKBOOK_ID = "0b6f3c2e-1d7a-4c55-9a51-6d1f00000001"


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes: to see that nothing changed and nothing was left."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def plain_rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
    finally:
        conn.close()


def _columns(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    finally:
        conn.close()


def plain_tables(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    finally:
        conn.close()


def dead_pid() -> int:
    """The id of a process of this computer that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(path: Path, user: str, computer: str, pid: int, **extra: str) -> Path:
    """A lock as another process writes it (``extra``: boot, started; none in older versions)."""
    lock = lock_path(path)
    more = "".join(f', "{k}": "{v}"' for k, v in extra.items())
    lock.write_text(f'{{"user": "{user}", "computer": "{computer}", "pid": {pid}, '
                    f'"since": "2026-05-20T09:00:00", "token": "vieras"{more}}}', encoding="utf-8")
    return lock


# -- create, reopen, header, connection settings ----------------------------------------------------

def test_a_new_workbook_keeps_its_content_when_reopened(tmp_path):
    path = tmp_path / "Pohjanmaa.tyokirja"
    with create_workbook(path, USER, "Pohjanmaa", 2025, 2029) as wbfile, wbfile.session() as session:
        ops = wbfile.operations(session)
        area = ops.create(Area, group="erityis", title="Kaksikielisyys")
        ops.create(Goal, area_id=area.id, layer="painopiste", title="Palvelut molemmilla kielillä")
        workbook_id = wbfile.workbook(session).id
    assert not lock_path(path).exists()

    with open_workbook(path, USER) as wbfile, wbfile.session() as session:
        wb = wbfile.workbook(session)
        assert (wb.id, wb.region, wb.term, wb.status) == (workbook_id, "Pohjanmaa", "2025-2029",
                                                          "luonnos")
        [area] = session.scalars(select(Area)).all()
        assert (area.title, [g.title for g in area.goals]) == (
            "Kaksikielisyys", ["Palvelut molemmilla kielillä"])
        assert wbfile.note is None


def test_creating_over_an_existing_file_is_refused(demo_path):
    before = demo_path.read_bytes()
    with pytest.raises(WorkbookFileError, match="on jo olemassa"):
        create_workbook(demo_path, USER, "Alue", 2025, 2029)
    assert demo_path.read_bytes() == before


def test_the_header_carries_our_application_id(demo_path):
    header = demo_path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    conn = sqlite3.connect(demo_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_the_apps_connections_enforce_foreign_keys_and_sync_every_commit(demo_file, session):
    def pragmas(conn):
        return tuple(conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                     for name in ("foreign_keys", "journal_mode", "synchronous"))

    assert pragmas(session.connection()) == (1, "delete", 2)  # 2 = FULL
    with demo_file.engine.connect() as conn:
        assert pragmas(conn) == (1, "delete", 2)
    ops = demo_file.operations(session)
    with pytest.raises(IntegrityError):
        ops.create(Goal, area_id="ei-ole-olemassa", layer="painopiste", title="Orpo tavoite")
    assert session.scalar(select(func.count()).select_from(Goal)) == 12


def test_two_sessions_on_one_open_file_do_not_share_a_transaction(demo_file, demo_path):
    with demo_file.session() as first, demo_file.session() as second:
        ops = demo_file.operations(first)
        goal = first.scalars(select(Goal)).first()
        old = goal.title
        with ops.transaction():
            ops.edit(goal, "title", "Kesken oleva muutos")
            assert second.get(Goal, goal.id).title == old  # not committed yet
            second.rollback()  # must not throw away the first session's pending change
        assert check_file(demo_path) == []
    with open_workbook(demo_path, USER, readonly=True) as other, other.session() as s:
        assert s.get(Goal, goal.id).title == "Kesken oleva muutos"


# -- migration of the first file format ------------------------------------------------------------

def test_the_kept_first_schema_file_is_at_revision_0001():
    assert plain_rows(FIRST_SCHEMA, "alembic_version") == [("0001",)]
    assert head_revision() != "0001"


def test_a_first_schema_file_is_backed_up_byte_for_byte_then_migrated_keeping_its_content(tmp_path):
    path = tmp_path / "vanha.tyokirja"
    shutil.copyfile(FIRST_SCHEMA, path)
    original = path.read_bytes()
    tables = [t for t in plain_tables(path) if t != "alembic_version"]
    content = {t: plain_rows(path, t) for t in tables}

    with open_workbook(path, USER) as wbfile:
        backups = [p for p in tmp_path.iterdir() if p.name.startswith("vanha.ennen-päivitystä-")]
        assert len(backups) == 1
        assert backups[0].suffix == ".tyokirja"
        assert backups[0].read_bytes() == original
        assert backups[0].name in wbfile.note
        with wbfile.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == head_revision()
            wb = wbfile.workbook(session)
            assert (wb.id, wb.region, wb.version) == (FIRST_SCHEMA_WORKBOOK_ID, "Vanha-alue", "0.9")
            goal = session.scalars(select(Goal).where(Goal.title == "Terveyserot kapenevat")).one()
            assert [a.title for a in goal.actions] == ["Yhteinen palveluohjaus"]
            assert [h.source for h in session.scalars(select(History))] == [None, None]
            # and the migrated file is usable for writing
            wbfile.operations(session).edit(goal, "notes", "Päivitetty uuteen muotoon")

    for table in tables:
        rows = plain_rows(path, table)
        if table == "history":  # the old rows are kept, with the new columns "source" empty and
            rows.sort(key=lambda r: r[0])  # "uid" (0003) filled in, the same in every copy
            names = [c[1] for c in _columns(path, "history")]
            old = len(content[table][0])
            assert names[old:] == ["source", "uid"]
            assert [r[:old] for r in rows[:2]] == content[table]
            assert [r[old] for r in rows] == [None, None, None]  # and the edit made after
            uids = [r[old + 1] for r in rows]
            assert len(set(uids)) == 3 and all(len(u) == 36 for u in uids)
            twin = tmp_path / "kopio" / "vanha.tyokirja"
            twin.parent.mkdir()
            shutil.copyfile(FIRST_SCHEMA, twin)
            open_workbook(twin, USER).close()
            assert [r[old + 1] for r in sorted(plain_rows(twin, table))] == uids[:2]
        elif table == "goal":  # one goal got notes after the migration, nothing else changed
            notes = [c[1] for c in _columns(path, "goal")].index("notes")
            edited = [r[:notes] + ("Päivitetty uuteen muotoon",) + r[notes + 1:]
                      if r[3] == "Terveyserot kapenevat" else r for r in content[table]]
            assert rows == edited
        else:
            assert rows == content[table], table
    assert check_file(path) == []
    assert not lock_path(path).exists()

    with open_workbook(path, USER) as wbfile:  # the next open finds nothing to migrate
        assert wbfile.note is None
    assert len([p for p in tmp_path.iterdir() if "ennen-päivitystä" in p.name]) == 1


def test_a_first_schema_file_opened_read_only_is_shown_migrated_and_not_changed(tmp_path):
    path = tmp_path / "vanha.tyokirja"
    shutil.copyfile(FIRST_SCHEMA, path)
    before = folder_state(tmp_path)
    with open_workbook(path, USER, readonly=True) as wbfile, wbfile.session() as session:
        assert wbfile.readonly
        assert "vanhemmalla versiolla" in wbfile.note
        assert wbfile.workbook(session).region == "Vanha-alue"
        assert session.scalar(select(func.count()).select_from(Party)) == 1
        assert folder_state(tmp_path) == before
    assert folder_state(tmp_path) == before
    assert check_file(path) == []
    assert folder_state(tmp_path) == before


NEXT_MIGRATION = """
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # What autogenerate writes for a new goal column on SQLite: the table is copied, dropped, renamed.
    with op.batch_alter_table("goal", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("priority", sa.Integer(), nullable=True))
"""


def test_the_known_revisions_are_exactly_the_alembic_revisions_in_order():
    """Opening a file checks its revision against REVISIONS without loading Alembic."""
    from alembic.script import ScriptDirectory

    from yhteistyo_desktop.store import workbook_file

    script = ScriptDirectory.from_config(workbook_file.alembic_config())
    in_order = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(in_order) == workbook_file.REVISIONS
    assert script.get_current_head() == head_revision()


def test_a_migration_that_recreates_a_table_keeps_the_rows_that_refer_to_it(demo_path, tmp_path,
                                                                          monkeypatch):
    """The next developer's migration: rebuilding "goal" must not cascade-delete its links."""
    from yhteistyo_desktop.store import workbook_file

    migrations = tmp_path / "migrations"
    shutil.copytree(workbook_file.MIGRATIONS, migrations,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9001_goal_priority.py").write_text(
        NEXT_MIGRATION.format(head=head_revision()), encoding="utf-8")
    monkeypatch.setattr(workbook_file, "MIGRATIONS", migrations)
    monkeypatch.setattr(workbook_file, "REVISIONS", (*workbook_file.REVISIONS, "9001"))
    tables = ("goal", "goal_action", "indicator", "goal_legal_reference", "agenda_link")
    before = {t: len(plain_rows(demo_path, t)) for t in tables}

    with open_workbook(demo_path, USER) as wbfile, wbfile.session() as session:
        assert "päivitettiin" in wbfile.note
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9001"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert {t: len(plain_rows(demo_path, t)) for t in tables} == before
    assert before["goal_action"] == 60


# -- files that are refused, unchanged ---------------------------------------------------------------

def _refused_unchanged(path: Path, error: type[Exception], words: str) -> None:
    before = folder_state(path.parent)
    for readonly in (False, True):
        with pytest.raises(error) as refused:
            open_workbook(path, USER, readonly=readonly)
        assert words in str(refused.value)
        assert "\n" not in str(refused.value)
        assert folder_state(path.parent) == before, "the folder changed"


def test_a_newer_schema_file_is_refused_with_a_clear_message_and_left_unchanged(demo_path):
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_tulevaisuus'")
    conn.close()
    _refused_unchanged(demo_path, NewerSchemaError, "uudemmalla versiolla")
    assert "Päivitä sovellus" in str(pytest.raises(NewerSchemaError, open_workbook, demo_path,
                                                   USER).value)


def test_a_foreign_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "muistiinpanot.tyokirja"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO note (body) VALUES ('ostoslista')")
    conn.close()
    _refused_unchanged(path, NotAWorkbookError, "SQLite-tietokanta, mutta ei Yhteistyö-työkirja")


@pytest.mark.parametrize("content", [
    b"",
    b"Strategisten tavoitteiden ty\xc3\xb6kirja\n",
    b"PK\x03\x04" + bytes(range(256)) * 8,  # a zip file, such as an .xlsx renamed
])
def test_a_non_sqlite_file_is_refused_and_left_unchanged(tmp_path, content):
    path = tmp_path / "outo.tyokirja"
    path.write_bytes(content)
    _refused_unchanged(path, NotAWorkbookError, "ei ole SQLite-tietokanta")


@pytest.mark.parametrize("keep", [0.5, 0.9, 4096 * 3 + 100])
def test_a_truncated_workbook_is_refused_and_left_unchanged(demo_path, keep):
    data = demo_path.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    demo_path.write_bytes(data[:size])
    _refused_unchanged(demo_path, DamagedFileError, "vaurioitunut")


def test_our_header_without_a_schema_is_refused(tmp_path):
    path = tmp_path / "tyhja.tyokirja"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    _refused_unchanged(path, DamagedFileError, "puuttuu rakenne")


def test_a_missing_file_and_a_folder_are_refused(tmp_path):
    with pytest.raises(WorkbookFileError, match="ei löydy"):
        open_workbook(tmp_path / "ei-ole.tyokirja", USER)
    with pytest.raises(NotAWorkbookError, match="kansio"):
        open_workbook(tmp_path, USER)
    assert list(tmp_path.iterdir()) == []


# -- the lock ------------------------------------------------------------------------------------

def test_a_second_open_for_writing_is_refused_naming_user_and_computer(demo_file, demo_path):
    with pytest.raises(LockedError) as refused:
        open_workbook(demo_path, "Toinen Käyttäjä")
    holder = refused.value.holder
    assert (holder.user, holder.computer, holder.pid) == (USER, platform.node(), os.getpid())
    assert USER in str(refused.value) and platform.node() in str(refused.value)
    assert "vain luettavaksi" in str(refused.value)


def test_another_process_cannot_open_it_for_writing_but_can_read_it(demo_file, demo_path):
    script = textwrap.dedent(f"""
        import sys
        from yhteistyo_desktop.store.workbook_file import open_workbook, LockedError
        try:
            open_workbook(sys.argv[1], "Toinen Käyttäjä").close()
        except LockedError as exc:
            print("LUKITTU", exc.holder.user, exc.holder.computer, sep="|")
        with open_workbook(sys.argv[1], "Toinen Käyttäjä", readonly=True) as wbfile:
            with wbfile.session() as session:
                print("LUETTU", wbfile.workbook(session).region, sep="|")
    """)
    result = subprocess.run([sys.executable, "-c", script, str(demo_path)], capture_output=True,
                            text=True, timeout=60, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"LUKITTU|{USER}|{platform.node()}", "LUETTU|Keski-Suomi"]


def test_read_only_open_is_allowed_while_locked_and_does_not_stop_the_writer(demo_file, demo_path):
    with open_workbook(demo_path, "Lukija", readonly=True) as viewer, viewer.session() as view:
        assert viewer.readonly and viewer.lock is None
        assert len(view.scalars(select(Goal)).all()) == 12  # the viewer keeps its session open
        with demo_file.session() as session:
            goal = session.scalars(select(Goal)).first()
            demo_file.operations(session).edit(goal, "title", "Kirjoittaja tallentaa silti")
        view.expire_all()
        assert view.get(Goal, goal.id).title == "Kirjoittaja tallentaa silti"
    assert read_holder(demo_path).user == USER  # the viewer did not take or drop the lock


def test_the_lock_is_released_on_close(demo_path):
    wbfile = open_workbook(demo_path, USER)
    assert lock_path(demo_path).exists()
    wbfile.close()
    assert not lock_path(demo_path).exists()
    with open_workbook(demo_path, "Toinen Käyttäjä") as again:
        assert read_holder(demo_path).user == "Toinen Käyttäjä"
        assert not again.readonly


def test_a_lock_whose_process_has_ended_on_this_computer_is_taken_over(demo_path):
    write_lock(demo_path, "Kaatunut Käyttäjä", platform.node(), dead_pid())
    with open_workbook(demo_path, USER) as wbfile:
        holder = read_holder(demo_path)
        assert (holder.user, holder.pid) == (USER, os.getpid())
        assert wbfile.lock.verify()
    assert not lock_path(demo_path).exists()


def test_another_computers_lock_untouched_for_longer_than_stale_after_is_taken_over(demo_path):
    lock = write_lock(demo_path, "Etäkäyttäjä", "toinen-kone-9", 4242)
    old = time.time() - STALE_AFTER - 60
    os.utime(lock, (old, old))
    with open_workbook(demo_path, USER):
        assert read_holder(demo_path).user == USER
    assert not lock_path(demo_path).exists()


def test_a_fresh_lock_from_another_computer_is_respected(demo_path):
    lock = write_lock(demo_path, "Etäkäyttäjä", "toinen-kone-9", 4242)
    recent = time.time() - STALE_AFTER + 120
    os.utime(lock, (recent, recent))
    before = lock.read_bytes()
    with pytest.raises(LockedError) as refused:
        open_workbook(demo_path, USER)
    assert (refused.value.holder.user, refused.value.holder.computer) == ("Etäkäyttäjä",
                                                                         "toinen-kone-9")
    assert "Etäkäyttäjä tietokoneella toinen-kone-9" in str(refused.value)
    assert lock.read_bytes() == before  # not taken, not removed
    with open_workbook(demo_path, USER, readonly=True) as wbfile, wbfile.session() as session:
        assert wbfile.workbook(session).region == "Keski-Suomi"
    assert lock.read_bytes() == before


def test_a_live_process_on_this_computer_keeps_its_lock(demo_path):
    write_lock(demo_path, "Toinen Käyttäjä", platform.node(), os.getppid())
    with pytest.raises(LockedError):
        open_workbook(demo_path, USER)


def test_several_openers_over_a_stale_lock_exactly_one_takes_it_over(demo_path, monkeypatch):
    """All of them judge the dead process's lock stale before any takes it over (forced)."""
    from yhteistyo_desktop.store import lock as lock_module

    openers = 6
    judged = threading.Barrier(openers, timeout=20)
    real_is_stale = lock_module.is_stale
    first_look = threading.local()

    def is_stale_then_wait(*args, **kwargs):
        stale = real_is_stale(*args, **kwargs)
        if stale and not getattr(first_look, "done", False):
            first_look.done = True
            judged.wait()  # every opener has read the same stale lock; now all take over
        return stale

    monkeypatch.setattr(lock_module, "is_stale", is_stale_then_wait)
    for _round in range(3):
        write_lock(demo_path, "Kaatunut Käyttäjä", platform.node(), dead_pid())
        locks = [lock_module.WorkbookLock(demo_path, f"Avaaja {i}") for i in range(openers)]
        refused: list[LockedError] = []

        def take(lock):
            first_look.done = False
            try:
                lock.acquire()
            except LockedError as exc:
                refused.append(exc)

        threads = [threading.Thread(target=take, args=(lock,)) for lock in locks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        winners = [lock for lock in locks if lock.held]
        assert len(winners) == 1 and len(refused) == openers - 1
        assert read_holder(demo_path).user == winners[0].user
        assert {exc.holder.user for exc in refused} == {winners[0].user}  # told who won
        assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name,
                                                                     lock_path(demo_path).name]
        winners[0].release()


def test_processes_opening_over_a_stale_lock_at_one_moment_get_one_writer(demo_path):
    """Real processes, started together (not forced): still exactly one writer."""
    write_lock(demo_path, "Kaatunut Käyttäjä", platform.node(), dead_pid())
    start = time.time() + 1.5
    script = textwrap.dedent(f"""
        import sys, time
        from yhteistyo_desktop.store.lock import LockedError, WorkbookLock
        lock = WorkbookLock(sys.argv[1], sys.argv[2])
        time.sleep(max(0, {start} - time.time()))
        try:
            lock.acquire()
        except LockedError:
            print("LUKITTU")
        else:
            print("VOITTI")
            time.sleep(1.5)  # held while the others look
            lock.release()
    """)
    children = [subprocess.Popen([sys.executable, "-c", script, str(demo_path), f"Avaaja {i}"],
                                 stdout=subprocess.PIPE, text=True) for i in range(5)]
    outcomes = sorted(child.communicate(timeout=60)[0].strip() for child in children)
    assert outcomes == ["LUKITTU"] * 4 + ["VOITTI"]
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]


def test_a_lock_from_before_the_computer_restarted_is_stale_though_its_pid_runs_again(demo_path):
    write_lock(demo_path, "Ennen Käynnistystä", platform.node(), os.getppid(),
               boot="00000000-0000-0000-0000-000000000000", started="1")
    with open_workbook(demo_path, USER):
        assert read_holder(demo_path).user == USER


def test_a_lock_whose_pid_now_belongs_to_an_unrelated_process_is_stale(demo_path):
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = int(process_started(holder.pid))
        write_lock(demo_path, "Kaatunut Käyttäjä", platform.node(), holder.pid, boot=boot_id(),
                   started=str(started - 100))  # its process started earlier: not this one
        with open_workbook(demo_path, USER):
            assert read_holder(demo_path).user == USER

        write_lock(demo_path, "Toinen Käyttäjä", platform.node(), holder.pid, boot=boot_id(),
                   started=str(started))  # the very process that took it: still held
        with pytest.raises(LockedError):
            open_workbook(demo_path, USER)
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_taken_now_names_this_boot_and_process_start(demo_file, demo_path):
    holder = read_holder(demo_path)
    assert (holder.boot, holder.started) == (boot_id(), process_started(os.getpid()))
    assert holder.boot and holder.started


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("mount") is None,
                    reason="a small tmpfs needs root")
def test_opening_on_a_full_disk_says_so_and_leaves_no_empty_lock(demo_path, tmp_path):
    folder = tmp_path / "täysi"
    folder.mkdir()
    size_kb = demo_path.stat().st_size // 1024 + 64
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        path = folder / demo_path.name
        shutil.copyfile(demo_path, path)
        with open(folder / "täyte", "wb", buffering=0) as filler:  # the rest of the disk
            with pytest.raises(OSError):
                while True:
                    filler.write(b"\0" * 4096)
        with pytest.raises(WorkbookFileError) as refused:
            open_workbook(path, USER)
        assert "levy on täynnä" in str(refused.value) and str(folder) in str(refused.value)
        assert sorted(p.name for p in folder.iterdir()) == [path.name, "täyte"]  # no 0-byte lock
    finally:
        subprocess.run(["umount", str(folder)], check=True)


# -- Save As -------------------------------------------------------------------------------------

def _content(path: Path) -> dict[str, list[tuple]]:
    return {t: plain_rows(path, t) for t in plain_tables(path)}


def test_save_as_writes_a_copy_with_the_same_identity_and_content(demo_file, session, tmp_path):
    ops = demo_file.operations(session)
    goal = session.scalars(select(Goal)).first()
    ops.edit(goal, "notes", "Ennen tallennusta")
    workbook_id = demo_file.workbook(session).id  # the session is inside a read now
    target = tmp_path / "kopiot" / "Keski-Suomi kopio.tyokirja"
    target.parent.mkdir()

    assert demo_file.save_as(target) == target

    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp file left
    assert _content(target) == _content(demo_file.path)
    with open_workbook(target, USER, readonly=True) as copy, copy.session() as s:
        assert copy.workbook(s).id == workbook_id
        assert s.get(Goal, goal.id).notes == "Ennen tallennusta"
    assert check_file(target) == []
    # the original stays open for writing, and the next change goes to it, not to the copy
    ops.edit(goal, "notes", "Tallennuksen jälkeen")
    assert plain_rows(target, "goal") != plain_rows(demo_file.path, "goal")
    assert read_holder(demo_file.path).user == USER


def test_save_as_replaces_an_existing_file_nobody_holds(demo_file, template_file, tmp_path):
    target = template_file.path
    template_file.close()
    demo_file.save_as(target)
    with open_workbook(target, USER) as copy, copy.session() as s:
        assert copy.workbook(s).region == "Keski-Suomi"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_as_over_a_file_someone_holds_open_is_refused(demo_file, template_file, tmp_path):
    target = template_file.path
    before = target.read_bytes()
    with pytest.raises(LockedError) as refused:
        demo_file.save_as(target)
    assert refused.value.holder.user == USER
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with template_file.session() as s:  # the holder goes on working on its own workbook
        assert template_file.workbook(s).region == "Esimerkkialue"


def test_save_as_from_a_read_only_workbook(demo_path, tmp_path):
    target = tmp_path / "kopio.tyokirja"
    with open_workbook(demo_path, USER, readonly=True) as wbfile:
        wbfile.save_as(target)
    with open_workbook(target, USER) as copy, copy.session() as s:
        assert s.scalar(select(func.count()).select_from(Workbook)) == 1
        assert s.scalar(select(func.count()).select_from(Goal)) == 12
