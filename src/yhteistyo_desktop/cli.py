"""The command line: ``yhteistyo [FILE]`` starts the window; subcommands work on files.

Every change goes through the same domain operations as the GUI. Errors are
one Finnish line on stderr and exit code 2, never a traceback.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__

EXIT_ERROR = 2

#: Subcommands: name -> (help, add_arguments(parser), run(args) -> exit code).
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable]] = {}


class UserError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def register(name: str, help: str, add_arguments: Callable[[argparse.ArgumentParser], None],
             run: Callable[[argparse.Namespace], int]) -> None:
    """Add a subcommand; feature modules call this for their own commands."""
    COMMANDS[name] = (help, add_arguments, run)


def user_name() -> str:
    for var in ("YHTEISTYO_USER",):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return "tuntematon"


def parse_term(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", text or "")
    if not m or int(m.group(2)) <= int(m.group(1)):
        raise UserError(f"Valtuustokausi {text!r} ei kelpaa; anna se muodossa 2025-2029.")
    return int(m.group(1)), int(m.group(2))


# -- commands ------------------------------------------------------------------------------------

def _new(args) -> int:
    from .domain.template import fill_template
    from .store.workbook_file import create_workbook

    start, end = parse_term(args.term)
    create_workbook(args.file, user_name(), args.region, start, end, fill=fill_template).close()
    print(f"Uusi työkirja: {args.file}")
    return 0


def _new_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="uusi .tyokirja-tiedosto")
    p.add_argument("--region", default="Alue", help="alueen nimi")
    p.add_argument("--term", default="2025-2029", help="valtuustokausi, esim. 2025-2029")


def create_demo(path: Path, user: str, overwrite: bool = False):
    from .domain.demo import fill_demo, load_demo_data, workbook_fields
    from .store.workbook_file import create_workbook

    data = load_demo_data()
    return create_workbook(path, user, fill=lambda ops: fill_demo(ops, data), overwrite=overwrite,
                           **workbook_fields(data))


def _demo(args) -> int:
    create_demo(args.file, user_name()).close()
    print(f"Esimerkkityökirja (Keski-Suomi 2025-2029): {args.file}")
    return 0


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="uusi .tyokirja-tiedosto")


def open_for_reading(target: str | Path):
    """A workbook file, or a server workbook when ``target`` is a postgresql:// address."""
    from .store.server import is_server_url, open_server
    from .store.workbook_file import open_workbook

    if is_server_url(target):
        return open_server(target, user_name())
    return open_workbook(Path(target), user_name(), readonly=True)


def _info(args) -> int:
    from .domain.queries import counts

    with open_for_reading(args.file) as wbfile:
        with wbfile.session() as session:
            wb = wbfile.workbook(session)
            info = counts(session)
            revision = session.connection().exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar()
            info["schema"] = revision
            if args.json:
                print(json.dumps({**info, "region": wb.region, "term": wb.term, "id": wb.id},
                                 ensure_ascii=False))
                return 0
            print(f"{wb.title}\n{wb.region}, valtuustokausi {wb.term} ({wb.status})")
            labels = {"areas": "osa-alueita", "goals": "tavoitteita", "actions": "toimenpiteitä",
                      "indicators": "mittareita", "parties": "osapuolia", "persons": "henkilöitä",
                      "meetings": "kokouksia", "schema": "tiedostomuodon versio"}
            for key, label in labels.items():
                print(f"  {label:24} {info[key]}")
    return 0


def _info_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="työkirjatiedosto tai palvelimen osoite postgresql://…")
    p.add_argument("--json", action="store_true", help="yksi JSON-olio")


def _check(args) -> int:
    from .store.workbook_file import check_file

    found = check_file(args.file)
    if found:
        for line in found:
            print(line, file=sys.stderr)
        print(f"{args.file}: {len(found)} ongelmaa.", file=sys.stderr)
        return 1
    print(f"{args.file}: kunnossa.")
    return 0


def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


register("new", "uusi työkirja Kuntaliiton pohjasta", _new_args, _new)
register("demo", "Keski-Suomen esimerkkityökirja", _demo_args, _demo)
register("info", "työkirjan tiedot ja lukumäärät", _info_args, _info)
register("check", "tarkista tiedoston eheys ja työkirjan säännöt", _check_args, _check)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yhteistyo", description="Yhteistyö – strategisten tavoitteiden työkirja.",
        epilog="Ilman alikomentoa avaa ikkunan: `yhteistyo [FILE]` avaa tiedoston, "
               "`yhteistyo --demo` Keski-Suomen esimerkkityökirjan. `yhteistyo --self-test` "
               "tarkistaa, että asennus toimii.")
    parser.add_argument("--version", action="version", version=f"yhteistyo {__version__}")
    parser.add_argument("--server", metavar="OSOITE",
                        help="avaa ikkunaan palvelimen työkirja (postgresql://käyttäjä@palvelin/kanta)")
    parser.add_argument("--workbook", metavar="TUNNISTE",
                        help="--serverin kanssa: mikä palvelimen työkirjoista avataan")
    sub = parser.add_subparsers(dest="command", metavar="KOMENTO")
    for name, (help, add_arguments, _run) in COMMANDS.items():
        add_arguments(sub.add_parser(name, help=help, description=help))
    return parser


def _run_gui(argv: list[str]) -> int:
    from .ui.app import run

    return run(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--self-test"]:
        from .ui.selftest import run as self_test

        return self_test()
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        try:
            return _run_gui(argv)
        except KeyboardInterrupt:
            return 130
    args = build_parser().parse_args(argv)
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from .domain.operations import DomainError
    from .store.lock import LockedError
    from .store.workbook_file import WorkbookFileError

    try:
        return COMMANDS[args.command][2](args)
    except (UserError, DomainError, WorkbookFileError, LockedError) as exc:
        print(f"yhteistyo: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"yhteistyo: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERROR
    except (sqlite3.DatabaseError, DBAPIError) as exc:  # a file damaged past what open checks
        from .store.workbook_file import database_error

        print(f"yhteistyo: {database_error(getattr(args, 'file', None) or Path('?'), exc)}",
              file=sys.stderr)
        return EXIT_ERROR


# Feature modules register their subcommands (imported last: they import this module).
from . import followup_commands as _followup_commands  # noqa: E402,F401  (followup-import, copy-term)
from .handouts import commands as _handout_commands  # noqa: E402,F401  (registers "handout")
from .xlsx import commands as _xlsx_commands  # noqa: E402,F401  (export-xlsx, import-xlsx)
from .store import server_commands as _server_commands  # noqa: E402,F401  (upload, download)
from .sync import commands as _sync_commands  # noqa: E402,F401  (merge)
# bench: its module (subprocess, statistics, …) is loaded only when the command runs.
register("bench", "mittaa nopeus ja muisti vertailukohtiin nähden (README)",
         lambda p: __import__(f"{__package__}.bench", fromlist=["_"])._bench_args(p),
         lambda args: __import__(f"{__package__}.bench", fromlist=["_"])._bench(args))

if __name__ == "__main__":
    # Run as ``python -m yhteistyo_desktop.cli`` this file is ``__main__``, while the feature modules
    # above registered their commands in the importable ``yhteistyo_desktop.cli``: use that one.
    from yhteistyo_desktop.cli import main as _main

    sys.exit(_main())
