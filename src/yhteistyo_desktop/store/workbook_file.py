"""Workbook files (``.tyokirja``): SQLite in the "application file format" spirit.

* ``PRAGMA application_id`` marks the file as ours; it is read from the raw
  header before SQLite is even asked, so a foreign or non-SQLite file is
  refused without being touched.
* The schema is versioned by Alembic revisions (``migrations/``), run on open.
  A file whose revision this application does not know is from a newer
  version and is refused; an older file is copied aside before it is migrated.
* journal_mode=DELETE with synchronous=FULL: every commit is fsynced through a
  rollback journal before it returns. WAL would be faster, but a WAL file keeps
  recent commits in a ``-wal`` side file that a user copying or e-mailing the
  ``.tyokirja`` (or pulling the USB stick) would leave behind, and WAL does not
  work on network shares. With a rollback journal the main file is always a
  complete workbook once a commit has returned, and a crash mid-commit is
  rolled back from the journal on the next open.
* Save As copies through SQLite's backup API into a temporary file in the
  target folder, fsyncs it and renames it over the target atomically.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sqlite3
import tempfile
import urllib.parse
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlalchemy.orm import Session, sessionmaker

from ..domain.models import Workbook
from ..domain.operations import Operations
from .lock import LockedError, WorkbookLock, lock_path

#: "YHTY" in the SQLite header's application id field.
APPLICATION_ID = 0x59485459
SUFFIX = ".tyokirja"
MIGRATIONS = Path(__file__).parent / "migrations"
_MAGIC = b"SQLite format 3\x00"

__all__ = ["APPLICATION_ID", "SUFFIX", "WorkbookFile", "WorkbookFileError", "NotAWorkbookError",
           "NewerSchemaError", "DamagedFileError", "ReadOnlyFileError", "DiskFullError", "LockedError",
           "open_workbook", "create_workbook", "atomic_output", "check_output_path"]


class WorkbookFileError(Exception):
    """A workbook file that cannot be used; the message is for the user (Finnish)."""


class NotAWorkbookError(WorkbookFileError):
    pass


class NewerSchemaError(WorkbookFileError):
    pass


class DamagedFileError(WorkbookFileError):
    pass


class ReadOnlyFileError(WorkbookFileError):
    """The file or its folder cannot be written: it can be opened read-only."""


class DiskFullError(WorkbookFileError):
    """The disk (or SQLite's page limit) ran out while writing; nothing was saved."""

    def __init__(self, folder: Path):
        folder = Path(folder).absolute()  # "." says nothing to the user
        super().__init__(f"Kirjoitus kansioon {folder} epäonnistui, koska levy on täynnä; mitään ei "
                         "tallennettu. Vapauta levytilaa ja yritä uudelleen.")
        self.folder = folder


#: SQLite's result code for "database or disk is full" (also what it returns on ENOSPC).
_SQLITE_FULL = 13


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (an OSError, a sqlite3 error or SQLAlchemy's wrapper of one) means a full
    disk: errno ENOSPC/EDQUOT, or SQLite's SQLITE_FULL (which it also reports for ENOSPC)."""
    if isinstance(exc, DiskFullError):
        return True
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    detail = getattr(exc, "orig", None) or exc
    if isinstance(detail, sqlite3.Error):
        return getattr(detail, "sqlite_errorcode", None) == _SQLITE_FULL \
            or "database or disk is full" in str(detail)
    return False


@contextlib.contextmanager
def disk_full_as_error(folder: Path) -> Iterator[None]:
    """Turn a full disk met inside the block into :class:`DiskFullError` naming ``folder``.

    Without it, SQLite's SQLITE_FULL reached the user as "Työkirja … on vaurioitunut" and an
    ENOSPC as "No space left on device".
    """
    try:
        yield
    except DiskFullError:
        raise
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        if is_disk_full(exc):
            raise DiskFullError(Path(folder)) from None
        raise


#: The schema revisions this version knows, oldest first: the Alembic revisions in
#: ``migrations/versions`` (tests/test_store.py checks they agree). Listed here so that
#: opening an up-to-date file needs no Alembic import, a tenth of a second at start-up;
#: Alembic is loaded only when a schema is created or migrated.
REVISIONS = ("0001", "0002", "0003", "0004", "0005")


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return REVISIONS[-1]


def known_revision(revision: str) -> bool:
    return revision in REVISIONS


def check_header(path: Path) -> None:
    """Refuse a file that is not one of our SQLite files, from its first 100 bytes."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        raise WorkbookFileError(f"Tiedostoa {path} ei löydy.") from None
    except IsADirectoryError:
        raise NotAWorkbookError(f"{path} on kansio, ei työkirja.") from None
    except OSError as exc:
        raise WorkbookFileError(f"Tiedostoa {path.name} ei voi lukea: {exc.strerror}.") from None
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotAWorkbookError(f"{path.name} ei ole Yhteistyö-työkirja (tiedosto ei ole "
                                "SQLite-tietokanta).")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAWorkbookError(f"{path.name} on SQLite-tietokanta, mutta ei Yhteistyö-työkirja.")
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        # A writer was killed mid-commit: the header may already count pages the file does
        # not have yet. SQLite rolls the journal back on open; quick_check judges after that.
        return
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size < 512 or size % page_size or size < pages * page_size:
        raise DamagedFileError(f"Työkirja {path.name} on vaurioitunut (tiedosto on katkennut).")


def _sqlite_uri(path: Path, mode: str) -> str:
    return f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"


def _configure(dbapi_connection: sqlite3.Connection, readonly: bool) -> None:
    # Own the transactions (SQLAlchemy emits BEGIN, see _begin), not the sqlite3 module.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    # A hostile file may hide SQL functions in views or triggers; never run them.
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA cell_size_check=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    if not readonly:
        cur.execute("PRAGMA journal_mode=DELETE")  # see the module docstring
        cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path, readonly: bool = False) -> Engine:
    uri = _sqlite_uri(path, "ro" if readonly else "rw")

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # A file gets a pool of its own connections. With the bare "sqlite://" URL SQLAlchemy would
    # pick SingletonThreadPool (meant for :memory:) and hand every session and engine.connect()
    # of a thread the same sqlite3 connection: one session's BEGIN/ROLLBACK would then act on
    # another's transaction ("cannot start a transaction within a transaction").
    engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        _configure(dbapi_connection, readonly)

    @event.listens_for(engine, "handle_error")
    def _full(context):
        # SQLite may roll the whole transaction back on SQLITE_FULL; the caller must then stop,
        # never carry on (outside any transaction). DiskFullError is no SQLAlchemyError, so no
        # "skip this change and go on" handler mistakes it for a rule refusal.
        if is_disk_full(context.original_exception):
            raise DiskFullError(path.parent)

    if not readonly:
        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN")
    # A read-only viewer runs each statement on its own: a session kept open in a BEGIN would
    # hold a shared lock, and the one writer (another user on a shared folder) could not commit.

    return engine


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    _fsync_path(path)


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary name next to ``target`` to write to; when the block ends well the file is
    fsynced and renamed over ``target`` (atomic), otherwise removed."""
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
        _fsync_path(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def is_workbook_file(path: Path) -> bool:
    """Whether ``path`` is (or is named as) a workbook: our suffix, or our application id."""
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with open(path, "rb") as f:
            header = f.read(72)
    except OSError:
        return False
    return header.startswith(_MAGIC) and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def check_output_path(target: str | os.PathLike, source: str | os.PathLike | None = None) -> Path:
    """The one rule for every output file (Excel export, PDF handout): it never destroys a workbook.

    Refused with a Finnish message: the workbook being read (``source``), any workbook file (our
    suffix or application id, even when it was renamed), a file with a workbook lock beside it
    (someone has it open), a folder, and a folder that does not exist. An Excel or PDF written
    over a workbook used to replace it, history and all.
    """
    target = Path(target)
    if target.is_dir():
        raise WorkbookFileError(f"{target} on kansio; anna kirjoitettavan tiedoston nimi kansion "
                                "sisällä.")
    if not target.parent.is_dir():
        raise WorkbookFileError(f"Kansiota {target.parent} ei ole.")
    if source is not None and target.exists() and Path(source).exists() \
            and os.path.samefile(target, source):
        raise WorkbookFileError(f"Tiedosto {target.name} on luettava työkirja itse; valitse "
                                "tulokselle toinen nimi.")
    if is_workbook_file(target):
        raise WorkbookFileError(f"{target.name} on työkirjatiedosto; sen päälle ei kirjoiteta "
                                "Excel- tai PDF-tiedostoa. Valitse toinen nimi.")
    if lock_path(target).exists():
        raise WorkbookFileError(f"Tiedosto {target.name} on lukittu (joku käyttää sitä työkirjana); "
                                "sen päälle ei kirjoiteta. Valitse toinen nimi.")
    return target


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike, source: str | os.PathLike | None = None) -> Iterator[Path]:
    """:func:`check_output_path`, then :func:`atomic_file`: the one way outputs are written.

    A full disk becomes :class:`DiskFullError`; a target that cannot be replaced (open in
    Excel or a PDF viewer on Windows, a write-protected folder) one Finnish line.
    """
    target = check_output_path(target, source)
    try:
        with disk_full_as_error(target.parent), atomic_file(target) as tmp:
            yield tmp
    except PermissionError:
        raise WorkbookFileError(f"Tiedostoa {target.name} ei voi kirjoittaa kansioon "
                                f"{target.parent} (onko se auki toisessa ohjelmassa?).") from None


def backup_to(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with the backup API to a temp file, fsync, rename over ``target``."""
    with disk_full_as_error(Path(target).parent), atomic_file(Path(target)) as tmp:
        dst = sqlite3.connect(tmp)
        try:
            source.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()


def copy_exactly(engine: Engine, path: Path, target: Path) -> None:
    """Copy the file byte for byte to ``target`` (temp file, fsync, atomic rename).

    For the backup before a migration: it must be the original file itself, so
    that an older version of the application can open it. (The backup API
    rewrites header fields such as the change counter and schema cookie.) The
    copy is made inside a read transaction, so no writer can change the file
    meanwhile, and after SQLite has rolled back any hot journal.
    """
    with disk_full_as_error(target.parent), atomic_file(target) as tmp, engine.begin() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        shutil.copyfile(path, tmp)


def _recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back a crashed writer's journal before a read-only open.

    A read-only connection cannot roll back a hot journal; a short read-write
    read does it (SQLite only treats a journal as hot when no writer holds it).
    """
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0 and os.access(path, os.W_OK):
        conn = sqlite3.connect(_sqlite_uri(path, "rw"), uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            pass
        finally:
            conn.close()


class OpenWorkbook:
    """What the app uses of an open workbook, a file or on a server: sessions and operations."""

    user: str
    _sessions: sessionmaker

    def session(self) -> Session:
        return self._sessions()

    def operations(self, session: Session | None = None, source: str | None = None) -> Operations:
        return Operations(session or self.session(), self.user, source=source)

    def workbook(self, session: Session) -> Workbook:
        return session.scalar(select(Workbook))


class WorkbookFile(OpenWorkbook):
    """An open workbook file: its engine, its lock and the sessions on it."""

    def __init__(self, path: Path, engine: Engine, user: str, readonly: bool,
                 lock: WorkbookLock | None, note: str | None = None, temp_dir: str | None = None):
        self.path = Path(path)
        self.engine = engine
        self.user = user
        self.readonly = readonly
        self.lock = lock
        #: Why the file is read-only (shown to the user), or a note about the open.
        self.note = note
        self._temp_dir = temp_dir
        # Objects stay readable after a commit (and after their session closes); the
        # operations reload the relationship collections a commit may have changed.
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False,
                                      info={"readonly": readonly})

    def save_as(self, target: Path) -> Path:
        """Write a copy of this workbook (same identity) to ``target`` atomically."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return target
        if target.exists():
            holder = WorkbookLock(target, self.user)
            holder.acquire()  # raises LockedError when someone has it open
            holder.release()
        with self.engine.connect() as conn:
            backup_to(conn.connection.dbapi_connection, target)
        return target

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
        if self._temp_dir:
            shutil.rmtree(self._temp_dir, ignore_errors=True)

    def __enter__(self) -> WorkbookFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _current_revision(engine: Engine) -> str | None:
    """The revision in the file's ``alembic_version`` table (None: no schema yet)."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type='table' "
                                "AND name='alembic_version'").first() is None:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise DamagedFileError("Työkirjan versiotieto on ristiriitainen.")
    return rows[0][0] if rows else None


def _upgrade(engine: Engine) -> None:
    """Run the migrations up to head in one transaction, with foreign keys off meanwhile.

    A batch migration rebuilds a table (copy, DROP, rename); with foreign keys on,
    the DROP would cascade-delete every row that refers to the table (all of a
    goal's links, say). The pragma cannot change inside a transaction, so it is
    set on the raw connection before, the migration is rolled back if it broke
    references, and the pragma is set on again after.
    """
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                broken = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
                from alembic import command

                command.upgrade(alembic_config(conn), "head")
                if len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()) > broken:
                    raise DamagedFileError("Työkirjan päivitys uuteen muotoon rikkoisi viittauksia; "
                                           "tiedostoa ei muutettu.")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def open_workbook(path: str | os.PathLike, user: str, readonly: bool = False) -> WorkbookFile:
    """Open a workbook file, refusing what is not ours and migrating an old schema.

    Raises :class:`WorkbookFileError` (or :class:`LockedError`) with a message for the user.
    """
    path = Path(path)
    check_header(path)
    lock = None
    if not readonly:
        _check_writable(path)
        lock = WorkbookLock(path, user)
        try:
            with disk_full_as_error(path.parent):  # no room even for the lock file
                lock.acquire()
        except PermissionError:
            raise ReadOnlyFileError(_folder_message(path)) from None
    else:
        _recover_hot_journal(path)
    try:
        engine = make_engine(path, readonly)
        try:
            with engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise DamagedFileError(f"Työkirja {path.name} on vaurioitunut: {result[0][0]}")
            revision = _current_revision(engine)
        except (sqlite3.DatabaseError, DBAPIError) as exc:
            engine.dispose()
            raise database_error(path, exc) from None
        except Exception as exc:
            engine.dispose()
            if isinstance(exc, WorkbookFileError):
                raise
            raise DamagedFileError(f"Työkirjaa {path.name} ei voi lukea: {exc}.") from None
        if revision is None:
            engine.dispose()
            raise DamagedFileError(f"Työkirjasta {path.name} puuttuu rakenne (tyhjä tai keskeneräinen "
                                   "tiedosto).")
        if not known_revision(revision):
            engine.dispose()
            raise NewerSchemaError(f"Työkirja {path.name} on tehty Yhteistyön uudemmalla versiolla. "
                                   "Päivitä sovellus avataksesi sen.")
        note = None
        temp_dir = None
        if revision != head_revision():
            if readonly:
                # Never change a file opened read-only: migrate a private copy instead.
                engine.dispose()
                temp_dir = tempfile.mkdtemp(prefix="yhteistyo-")
                copy = Path(temp_dir) / path.name
                shutil.copyfile(path, copy)
                engine = make_engine(copy, readonly=False)
                _upgrade(engine)
                engine.dispose()
                engine = make_engine(copy, readonly=True)
                note = "Työkirja on vanhemmalla versiolla tehty; se näytetään päivitettynä kopiona."
            else:
                backup = path.with_name(
                    f"{path.stem}.ennen-päivitystä-{dt.datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
                copy_exactly(engine, path, backup)
                try:
                    _upgrade(engine)
                except BaseException:  # rolled back (a full disk): the file is as it was
                    backup.unlink(missing_ok=True)
                    raise
                note = f"Työkirja päivitettiin uuteen muotoon; alkuperäinen on tallessa: {backup.name}"
        wbfile = WorkbookFile(path, engine, user, readonly, lock, note, temp_dir)
        with wbfile.session() as session:
            if wbfile.workbook(session) is None:
                wbfile.close()
                raise DamagedFileError(f"Työkirjasta {path.name} puuttuvat työkirjan tiedot.")
        return wbfile
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def database_error(path: Path, exc: Exception) -> WorkbookFileError:
    """SQLite's complaint about a file, as one line for the user (without SQLAlchemy's SQL)."""
    if is_disk_full(exc):
        return DiskFullError(Path(path).parent)
    detail = getattr(exc, "orig", None) or exc
    if "locked" in str(detail) or "busy" in str(detail):
        return WorkbookFileError(f"Työkirja {path.name} on juuri toisen ohjelman käytössä; yritä "
                                 "hetken kuluttua uudelleen.")
    if "readonly" in str(detail) or "read-only" in str(detail):
        return ReadOnlyFileError(f"Työkirjaan {path.name} ei voi kirjoittaa ({detail}); voit avata "
                                 "sen vain luettavaksi.")
    return DamagedFileError(f"Työkirja {path.name} on vaurioitunut, eikä sitä voi lukea ({detail}).")


def _folder_message(path: Path) -> str:
    return (f"Kansioon {path.parent} ei voi kirjoittaa, joten työkirjaa {path.name} ei voi avata "
            "muokattavaksi (muokkaus tarvitsee kansioon lukitus- ja palautustiedoston). Voit avata "
            "sen vain luettavaksi tai kopioida sen kansioon, johon voit kirjoittaa.")


def _check_writable(path: Path) -> None:
    """Refuse, before anything is touched, a write-protected file or folder."""
    if not os.access(path, os.W_OK):
        raise ReadOnlyFileError(f"Työkirja {path.name} on kirjoitussuojattu; voit avata sen vain "
                                "luettavaksi.")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyFileError(_folder_message(path))


def initialize_schema(path: Path) -> None:
    """Give an empty SQLite file our application id and the newest schema."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.commit()
    conn.close()
    engine = make_engine(path)
    try:
        _upgrade(engine)
    finally:
        engine.dispose()


def create_workbook(path: str | os.PathLike, user: str, region: str, term_start: int,
                    term_end: int, fill=None, overwrite: bool = False, **workbook_fields) -> WorkbookFile:
    """Create a new workbook file and open it.

    ``fill(ops)`` may add content (template areas, demo data) in the same
    transaction. The file is built under a temporary name and renamed into
    place, so a failure never leaves a half-made workbook.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise WorkbookFileError(f"Tiedosto {path.name} on jo olemassa.")
    if not path.parent.is_dir():
        raise WorkbookFileError(f"Kansiota {path.parent} ei ole.")
    workbook_fields.setdefault("status", "luonnos")
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with disk_full_as_error(path.parent):
            initialize_schema(tmp)
            engine = make_engine(tmp)
            try:
                with Session(engine) as session:
                    ops = Operations(session, user)
                    with ops.transaction():
                        ops.create(Workbook, region=region, term_start=term_start,
                                   term_end=term_end,
                                   created_at=dt.datetime.now().replace(microsecond=0),
                                   **workbook_fields)
                        if fill is not None:
                            fill(ops)
            finally:
                engine.dispose()
            _fsync_path(tmp)
            if path.exists():
                lock = WorkbookLock(path, user)
                lock.acquire()
                try:
                    os.replace(tmp, path)
                finally:
                    lock.release()
            else:
                os.replace(tmp, path)
            _fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)  # a full disk mid-commit
        raise
    return open_workbook(path, user)


def check_file(path: str | os.PathLike, user: str = "tarkistus") -> list[str]:
    """Everything wrong with a workbook file (SQLite integrity, foreign keys, the app's rules)."""
    from ..domain.invariants import problems

    path = Path(path)
    wbfile = open_workbook(path, user, readonly=True)
    try:
        found: list[str] = []
        with wbfile.engine.connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if integrity != ["ok"]:
                found += [f"SQLite: {line}" for line in integrity]
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                found.append(f"Viiteeheys: taulun {table} rivi {rowid} viittaa puuttuvaan "
                             f"riviin taulussa {parent}.")
        with wbfile.session() as session:
            found += problems(session)
        return found
    finally:
        wbfile.close()
