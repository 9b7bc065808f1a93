"""Shared server mode: workbooks in a PostgreSQL database, edited by several people at once.

* The address is a PostgreSQL URL, ``postgresql://käyttäjä:salasana@palvelin:5432/tietokanta``;
  it is driven by psycopg 3 (``postgresql+psycopg://``), installed with the ``server`` extra.
* One database holds any number of workbooks, each in a schema of its own named after the
  workbook's id (``tyokirja_<uuid hex>``): the tables are exactly those of a ``.tyokirja`` file,
  built by the same Alembic revisions, so every domain operation and query works unchanged.
  A connection's ``search_path`` is that one schema and nothing else.
* There is no lock file: people edit at once. :meth:`Operations.edit` with ``expected`` refuses an
  edit of a field someone else changed since it was shown (:class:`StaleValueError`), and
  :meth:`ServerWorkbook.changes_since` lets the window notice others' changes.
* :func:`upload` copies a workbook file into the server (one transaction: a failure leaves
  nothing behind) and :func:`download` writes a server workbook, with its history, to a new file.
  Both copy every column of every table as the database describes it, so columns added by later
  revisions travel along without this module knowing them.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, event, func, select, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from ..domain.models import Base, History
from .workbook_file import (
    APPLICATION_ID, SUFFIX, DamagedFileError, NewerSchemaError, OpenWorkbook, WorkbookFileError,
    _fsync_dir, _fsync_path, alembic_config, head_revision, known_revision, make_engine,
    open_workbook,
)

SCHEMA_PREFIX = "tyokirja_"
#: The only schema names this application makes (:func:`schema_of`); any other is not read.
SCHEMA_NAME = re.compile(r"tyokirja_[0-9a-f]{32}")
#: Seconds to wait for the server to answer before telling the user it cannot be reached.
CONNECT_TIMEOUT = 8
#: Rows copied per INSERT batch in upload and download.
BATCH = 500

__all__ = ["ServerError", "ServerWorkbook", "WorkbookInfo", "is_server_url", "parse_url",
           "list_workbooks", "open_server", "upload", "download", "safe_url"]


class ServerError(WorkbookFileError):
    """The server cannot be used (address, connection, password, missing workbook); Finnish."""


def _revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def is_server_url(text: str | os.PathLike) -> bool:
    return isinstance(text, str) and re.match(r"(?i)postgres(ql)?(\+\w+)?://", text) is not None


def parse_url(text: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) for a ``postgresql://`` address, or ServerError."""
    hint = "anna se muodossa postgresql://käyttäjä@palvelin/tietokanta."
    if not is_server_url(str(text)):
        raise ServerError(f"Osoite {text!r} ei ole PostgreSQL-palvelimen osoite; {hint}")
    try:
        url = make_url(str(text))
    except (ArgumentError, ValueError):
        raise ServerError(f"Palvelimen osoite ei kelpaa; {hint}") from None
    if url.drivername.split("+")[0] not in ("postgresql", "postgres") or \
            url.drivername not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise ServerError(f"Palvelimen osoite ei kelpaa; {hint}")
    if not url.database:
        raise ServerError(f"Osoitteesta puuttuu tietokannan nimi; {hint}")
    return url.set(drivername="postgresql+psycopg")


def safe_url(url: URL | str) -> str:
    """The address to show: without the password, in the form the user typed."""
    if isinstance(url, str):
        try:
            url = parse_url(url)
        except ServerError:
            return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def schema_of(workbook_id: str) -> str:
    """The schema holding workbook ``workbook_id`` (only a UUID makes a schema name)."""
    try:
        return SCHEMA_PREFIX + uuid.UUID(str(workbook_id)).hex
    except (ValueError, TypeError, AttributeError):
        raise ServerError(f"Työkirjan tunniste {workbook_id!r} ei kelpaa (odotettiin UUID-tunnistetta)."
                          ) from None


def describe_error(exc: BaseException, url: URL) -> str:
    """One Finnish sentence for a failed connection or statement."""
    raw = str(getattr(exc, "orig", None) or exc)
    low = raw.lower()
    where = url.host or "paikallinen palvelin"
    if url.port:
        where = f"{where}:{url.port}"
    if "password authentication failed" in low or "no password supplied" in low \
            or "authentication failed" in low:
        return (f"Palvelin {where} ei hyväksynyt käyttäjää {url.username or ''} tai salasanaa; "
                "tarkista käyttäjätunnus ja salasana.")
    if "does not exist" in low and "database" in low:
        return f"Palvelimella {where} ei ole tietokantaa {url.database}."
    if "role" in low and "does not exist" in low:
        return f"Palvelimella {where} ei ole käyttäjää {url.username}."
    if "could not translate host name" in low or "name or service not known" in low \
            or "nodename nor servname" in low or "temporary failure in name resolution" in low:
        return f"Palvelinta {url.host} ei löydy; tarkista osoite."
    if "timeout" in low or "timed out" in low:
        return f"Palvelin {where} ei vastannut ajoissa; tarkista osoite ja verkkoyhteys."
    if "connection refused" in low or "no such file or directory" in low \
            or "could not connect" in low or "connection failed" in low:
        return (f"Palvelimeen {where} ei saatu yhteyttä (yhteys estettiin); tarkista osoite ja "
                "että tietokantapalvelin on käynnissä.")
    if "permission denied" in low:
        return f"Käyttäjällä {url.username} ei ole oikeutta tähän palvelimella {where}."
    first = raw.strip().splitlines()[0] if raw.strip() else type(exc).__name__
    return f"Palvelimen {where} käyttö epäonnistui: {first}"


def _driver_missing() -> ServerError:
    return ServerError("Palvelintilaan tarvitaan psycopg-kirjasto, jota ei ole asennettu "
                       "(asenna yhteistyo-desktop[server]).")


def make_server_engine(url: URL, schema: str | None = None) -> Engine:
    """An engine on the server; with ``schema`` every connection sees only that workbook."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise _driver_missing() from None
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT,
                                              "application_name": "yhteistyo"},
                           pool_pre_ping=True)
    if schema is not None:
        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record):
            # Only this schema: a table missing from it is an error, never one from "public".
            with dbapi_connection.cursor() as cur:
                cur.execute(f'SET search_path TO "{schema}"')
            dbapi_connection.commit()
    return engine


class _Guard:
    """Turn driver errors into one Finnish sentence (ServerError)."""

    def __init__(self, url: URL):
        self.url = url

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if exc is not None and isinstance(exc, (DBAPIError, SQLAlchemyError)) \
                and not isinstance(exc, WorkbookFileError):
            raise ServerError(describe_error(exc, self.url)) from None
        return False


@dataclass(frozen=True)
class WorkbookInfo:
    id: str
    title: str
    region: str
    term: str
    schema: str

    def describe(self) -> str:
        return f"{self.id}  {self.region} {self.term} – {self.title}"


_PREFIX_LIKE = SCHEMA_PREFIX.replace("_", r"\_") + "%"


def _schemas(conn: Connection) -> list[str]:
    """Every schema named like a workbook's, whether this role may read it or not."""
    return list(conn.execute(text(
        "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname LIKE :prefix ORDER BY nspname"),
        {"prefix": _PREFIX_LIKE}).scalars())


class WorkbookList(list):
    """The workbooks a role may read; ``skipped``: schemas named like ours but not made by us."""

    skipped: tuple[str, ...] = ()


def _infos(conn: Connection) -> WorkbookList:
    """The workbooks this role may read (rights are per workbook: per schema)."""
    readable = conn.execute(text(
        "SELECT n.nspname FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_class c "
        "ON c.relnamespace = n.oid AND c.relname = 'workbook' AND c.relkind IN ('r', 'p') "
        "WHERE n.nspname LIKE :prefix AND has_schema_privilege(n.oid, 'USAGE') "
        "AND has_table_privilege(c.oid, 'SELECT') ORDER BY n.nspname"),
        {"prefix": _PREFIX_LIKE}).scalars().all()
    found = WorkbookList()
    found.skipped = tuple(s for s in _schemas(conn) if not SCHEMA_NAME.fullmatch(s))
    for schema in readable:
        if not SCHEMA_NAME.fullmatch(schema):
            continue  # never put into SQL: a name anyone allowed to upload could have chosen
        row = conn.execute(text(
            f'SELECT id, title, region, term_start, term_end FROM "{schema}".workbook')).first()
        if row is not None:
            found.append(WorkbookInfo(row.id, row.title, row.region,
                                      f"{row.term_start}-{row.term_end}", schema))
    return found


def skipped_note(skipped: tuple[str, ...]) -> str | None:
    """One sentence about schemas that look like workbooks but were not made by Yhteistyö."""
    if not skipped:
        return None
    names = ", ".join(repr(s[:60]) for s in skipped[:3]) + (" …" if len(skipped) > 3 else "")
    return (f"Palvelimella on {len(skipped)} Yhteistyöhön kuulumatonta skeemaa ({names}); "
            "ne ohitettiin.")


def list_workbooks(url: str | URL) -> WorkbookList:
    """The workbooks stored on the server that this role may read (see ``skipped`` too)."""
    url = parse_url(url) if isinstance(url, str) else url
    engine = make_server_engine(url)
    try:
        with _Guard(url), engine.connect() as conn:
            return _infos(conn)
    finally:
        engine.dispose()


def _choose(infos: list[WorkbookInfo], url: URL, workbook_id: str | None) -> WorkbookInfo:
    where = safe_url(url)
    if workbook_id:
        for info in infos:
            if info.id == workbook_id or info.schema == schema_of(workbook_id):
                return info
        raise ServerError(f"Palvelimella {where} ei ole työkirjaa {workbook_id}.")
    if not infos:
        raise ServerError(f"Palvelimella {where} ei ole vielä työkirjoja, joihin käyttäjällä "
                          f"{url.username or ''} on oikeus; lataa ensin työkirja palvelimelle "
                          "(yhteistyo upload TIEDOSTO OSOITE) tai pyydä oikeus ylläpitäjältä.")
    if len(infos) > 1:
        listing = "; ".join(f"{i.id} ({i.region} {i.term})" for i in infos)
        raise ServerError(f"Palvelimella on {len(infos)} työkirjaa; valitse yksi tunnisteella "
                          f"(--workbook): {listing}.")
    return infos[0]


def _upgrade(conn: Connection, schema: str) -> None:
    """Migrate one workbook's schema to head; one client at a time (advisory lock)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": schema})
    conn.exec_driver_sql(f'SET LOCAL search_path TO "{schema}"')
    from alembic import command  # Alembic loads only when a schema is built or migrated

    command.upgrade(alembic_config(conn), "head")


class ServerWorkbook(OpenWorkbook):
    """An open workbook on the server: the same interface as a :class:`WorkbookFile`."""

    is_server = True

    def __init__(self, url: URL, info: WorkbookInfo, engine: Engine, user: str,
                 note: str | None = None):
        self.url = url
        self.info = info
        self.workbook_id = info.id
        self.schema = info.schema
        self.engine = engine
        self.user = user
        self.readonly = False
        self.lock = None
        self.note = note
        #: Where the workbook lives, for the title and status bar (no password).
        self.location = f"{safe_url(url)} – {info.region} {info.term}"
        #: A file-like name: Save As and exports suggest files in the home folder.
        name = re.sub(r'[\\/:*?"<>|]+', "_", f"{info.region} {info.term}").strip() or "tyokirja"
        self.path = Path.home() / f"{name}{SUFFIX}"
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False,
                                      info={"readonly": False})

    def save_as(self, target: Path) -> Path:
        """Save the server workbook as a new local file (see :func:`download`)."""
        return _download_schema(self.url, self.engine, Path(target))

    # -- the change feed ------------------------------------------------------------------------

    def change_marker(self) -> tuple[int, int]:
        """Where the history stands now: (largest id, row count)."""
        with _Guard(self.url), self.engine.connect() as conn:
            top, count = conn.execute(select(func.max(History.id), func.count())
                                      .select_from(History)).one()
        return (top or 0, count)

    def changes_since(self, marker: tuple[int, int]) -> tuple[tuple[int, int], list[Any]]:
        """The new marker and the history rows recorded since ``marker`` (oldest first).

        The row count is part of the marker: a transaction that took a smaller id but committed
        later than another is still noticed, though its rows may be missing from the list.
        """
        with _Guard(self.url), self.engine.connect() as conn:
            top, count = conn.execute(select(func.max(History.id), func.count())
                                      .select_from(History)).one()
            now = (top or 0, count)
            if now == tuple(marker):
                return now, []
            rows = conn.execute(select(History.id, History.user, History.computer, History.op,
                                       History.entity, History.entity_id, History.field)
                                .where(History.id > marker[0]).order_by(History.id)
                                .limit(1000)).all()
        return now, rows

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ServerWorkbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def default_backup_dir() -> Path:
    """Where backups taken before migrating a server workbook go when no folder is given: the
    application's data folder (``YHTEISTYO_HOME/data`` when set, as the window's)."""
    home = os.environ.get("YHTEISTYO_HOME")
    if home:
        return Path(home) / "data"
    if os.name == "nt":  # pragma: no cover - the places Qt's AppDataLocation names
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":  # pragma: no cover
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Yhteistyo" / "Yhteistyo"


def open_server(url: str | URL, user: str, workbook_id: str | None = None,
                backup_dir: Path | None = None) -> ServerWorkbook:
    """Open a workbook on the server (the only one, or ``workbook_id``), migrating it to head.

    Before a migration the workbook is saved as a file in ``backup_dir`` (the data folder by
    default), as a workbook file is before its own: a migration that goes wrong on the server
    cannot be undone otherwise. Raises :class:`ServerError` (a :class:`WorkbookFileError`)
    with one Finnish sentence.
    """
    url = parse_url(url) if isinstance(url, str) else url
    root = make_server_engine(url)
    try:
        with _Guard(url), root.connect() as conn:
            infos = _infos(conn)
            info = _choose(infos, url, workbook_id)
    finally:
        root.dispose()
    engine = make_server_engine(url, info.schema)
    try:
        with _Guard(url):
            with engine.connect() as conn:
                revision = _revision(conn)
            if revision is None:
                raise DamagedFileError(f"Palvelimen työkirjasta {info.id} puuttuu rakenne.")
            if not known_revision(revision):
                raise NewerSchemaError("Palvelimen työkirja on päivitetty Yhteistyön uudemmalla "
                                       "versiolla. Päivitä sovellus avataksesi sen.")
            note = None
            if revision != head_revision():
                folder = backup_dir or default_backup_dir()
                folder.mkdir(parents=True, exist_ok=True)
                name = re.sub(r'[\\/:*?"<>|]+', "_", f"{info.region} {info.term}").strip()
                backup = _write_copy(url, engine, folder / (
                    f"{name or 'tyokirja'}.ennen-päivitystä-"
                    f"{dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:4]}{SUFFIX}"), revision)
                with engine.begin() as conn:
                    _upgrade(conn, info.schema)
                note = ("Palvelimen työkirja päivitettiin uuteen muotoon; alkuperäinen on tallessa: "
                        f"{backup}")
        note = " ".join(filter(None, (note, skipped_note(infos.skipped)))) or None
        return ServerWorkbook(url, info, engine, user, note)
    except BaseException:
        engine.dispose()
        raise


# -- copying between a file and the server ---------------------------------------------------------

def _tables(conn: Connection, schema: str | None = None) -> MetaData:
    meta = MetaData()
    meta.reflect(bind=conn, schema=schema)
    return meta


def _copy_tables(source: Connection, target: Connection, target_schema: str | None = None,
                 source_schema: str | None = None) -> dict[str, int]:
    """Copy every row of every table, every column both sides have, parents before children."""
    src_meta = _tables(source, source_schema)
    dst_meta = _tables(target, target_schema)
    src_tables = {t.name: t for t in src_meta.tables.values() if t.schema == source_schema}
    dst_tables = {t.name: t for t in dst_meta.tables.values() if t.schema == target_schema}
    # Parents before children: the application's own order, then tables it does not know.
    known = [t.name for t in Base.metadata.sorted_tables]
    order = [n for n in known if n in dst_tables] + sorted(set(dst_tables) - set(known))
    copied: dict[str, int] = {}
    for name in order:
        table = dst_tables[name]
        if table.name == "alembic_version" or table.name not in src_tables:
            continue
        src = src_tables[table.name]
        names = [c.name for c in table.columns if c.name in src.columns]
        order = [src.columns[c.name] for c in src.primary_key.columns] or [src.columns[names[0]]]
        result = source.execute(select(*[src.columns[n] for n in names]).order_by(*order))
        copied[table.name] = 0
        while True:
            chunk = result.fetchmany(BATCH)
            if not chunk:
                break
            target.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in chunk])
            copied[table.name] += len(chunk)
    return copied


def upload(file_path: str | os.PathLike, url: str | URL, user: str = "palvelin") -> WorkbookInfo:
    """Copy a local workbook file (with its history) into the server as a new workbook.

    Refuses a workbook whose id the server already holds. All in one transaction.
    """
    url = parse_url(url) if isinstance(url, str) else url
    file_path = Path(file_path)
    wbfile = open_workbook(file_path, user, readonly=True)  # refuses what is not a workbook
    try:
        with wbfile.session() as session:
            wb = wbfile.workbook(session)
            info = WorkbookInfo(wb.id, wb.title, wb.region, wb.term, schema_of(wb.id))
        engine = make_server_engine(url)
        try:
            with _Guard(url), engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": info.schema})
                if info.schema in _schemas(conn):
                    raise ServerError(
                        f"Palvelimella on jo työkirja {info.region} {info.term} (sama tunniste "
                        f"{info.id}); sitä ei korvattu. Avaa palvelimen työkirja tai tallenna "
                        "tiedosto ensin uudeksi työkirjaksi.")
                conn.exec_driver_sql(f'CREATE SCHEMA "{info.schema}"')
                _upgrade(conn, info.schema)
                with wbfile.engine.connect() as source:
                    _copy_tables(source, conn, target_schema=info.schema)
                _reset_sequences(conn, info.schema)
        finally:
            engine.dispose()
    finally:
        wbfile.close()
    return info


def _reset_sequences(conn: Connection, schema: str) -> None:
    """Serial columns (history.id) continue after the copied rows."""
    rows = conn.execute(text(
        "SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence("
        "  quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) AS seq "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = :schema AND c.relkind = 'r'"), {"schema": schema}).all()
    for row in rows:
        if row.seq:
            conn.execute(text(
                f'SELECT setval(:seq, COALESCE((SELECT max("{row.col}") FROM "{schema}"."{row.tbl}"), 0) + 1, false)'),
                {"seq": row.seq})


def _download_schema(url: URL, engine: Engine, target: Path) -> Path:
    """Write the workbook ``engine`` sees to a new file ``target`` (temp file, then rename)."""
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if target.exists():
        raise WorkbookFileError(f"Tiedosto {target.name} on jo olemassa; valitse uusi nimi.")
    if not target.parent.is_dir():
        raise WorkbookFileError(f"Kansiota {target.parent} ei ole.")
    return _write_copy(url, engine, target, head_revision())


def _write_copy(url: URL, engine: Engine, target: Path, revision: str) -> Path:
    """Copy the server workbook ``engine`` sees, at schema ``revision``, to a new file ``target``.

    Built under a temporary name and linked into place only when complete: a failure (or a
    file of that name made meanwhile, which is never replaced) leaves no file behind.
    """
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with sqlite3.connect(tmp) as raw:
            raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
        raw.close()
        local = make_engine(tmp)
        try:
            with _Guard(url), engine.connect() as server:
                # One snapshot of the server: a consistent copy while others keep editing.
                server = server.execution_options(isolation_level="REPEATABLE READ")
                with server.begin(), local.begin() as conn:
                    if _revision(server) != revision:
                        raise NewerSchemaError("Palvelimen työkirja on eri versiota kuin tämä "
                                               "sovellus; päivitä sovellus.")
                    from alembic import command

                    command.upgrade(alembic_config(conn), revision)
                    _copy_tables(server, conn)
        finally:
            local.dispose()
        _fsync_path(tmp)
        try:
            os.link(tmp, target)  # never over a file made meanwhile (os.replace would be)
        except FileExistsError:
            raise WorkbookFileError(f"Tiedosto {target.name} on jo olemassa; valitse uusi nimi."
                                    ) from None
        _fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def download(url: str | URL, file_path: str | os.PathLike, workbook_id: str | None = None,
             user: str = "palvelin") -> Path:
    """Save a server workbook (with its whole history) as a new local ``.tyokirja`` file."""
    with open_server(url, user, workbook_id) as server:
        return server.save_as(Path(file_path))
