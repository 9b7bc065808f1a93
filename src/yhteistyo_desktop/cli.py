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
    """``2025-2029`` as (2025, 2029); a malformed or implausible term is a :class:`UserError`."""
    from .domain.vocab import term_problem

    m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", text or "")
    if not m or int(m.group(2)) <= int(m.group(1)):
        raise UserError(f"Valtuustokausi {text!r} ei kelpaa; anna se muodossa 2025-2029.")
    start, end = int(m.group(1)), int(m.group(2))
    problem = term_problem(start, end)
    if problem:
        raise UserError(problem)
    return start, end


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


def open_for_reading(target: str | Path, workbook_id: str | None = None):
    """A workbook file, or a server workbook when ``target`` is a postgresql:// address
    (``workbook_id`` chooses among several there, as the server's message advises)."""
    from .store.server import is_server_url, open_server
    from .store.workbook_file import open_workbook

    if is_server_url(target):
        return open_server(target, user_name(), workbook_id)
    if workbook_id is not None:
        raise UserError("--workbook kuuluu palvelimen osoitteen (postgresql://…) kanssa, ei "
                        "työkirjatiedoston.")
    return open_workbook(Path(target), user_name(), readonly=True)


def _info(args) -> int:
    from .domain.queries import counts

    with open_for_reading(args.file, args.workbook) as wbfile:
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
    p.add_argument("--workbook", metavar="TUNNISTE",
                   help="palvelimella: mikä työkirjoista näytetään (kun niitä on useita)")


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


class UsageError(UserError):
    """A command line argparse could not make sense of: one Finnish line, exit code 2."""


#: argparse's own complaints (English, and printed with the whole usage) as Finnish lines.
_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.+)", "puuttuu pakollinen argumentti: {0}"),
    (r"unrecognized arguments: (.+)", "tuntematon valitsin tai ylimääräinen argumentti: {0}"),
    (r"argument (\S+): invalid choice: '?(.*?)'? \(choose from (.+)\)",
     "valitsimen {0} arvo '{1}' ei kelpaa (vaihtoehdot: {2})"),
    (r"argument (\S+): invalid \S+ value: '?(.*?)'?", "valitsimen {0} arvo '{1}' ei kelpaa"),
    (r"argument (\S+): expected one argument", "valitsin {0} tarvitsee arvon"),
    (r"argument (\S+): expected .*", "valitsimelle {0} annettiin väärä määrä arvoja"),
    (r"argument (\S+): not allowed with argument (\S+)",
     "valitsimia {0} ja {1} ei voi käyttää yhdessä"),
    (r"argument (\S+): ignored explicit argument '?(.*?)'?", "valitsin {0} ei ota arvoa ('{1}')"),
    (r"ambiguous option: (\S+) could match (.+)", "valitsin {0} on moniselitteinen ({1})"),
    (r"one of the arguments (.+) is required", "anna jokin näistä: {0}"),
)


def _suggestion(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (tarkoititko '{close[0]}'?)" if close else ""


def unknown_command(word: str) -> UsageError:
    return UsageError(f"tuntematon komento '{word}'{_suggestion(word, COMMANDS)}; komennot näet: "
                      "yhteistyo --help")


def finnish_usage_error(message: str) -> UsageError:
    """argparse's ``message`` as one Finnish line."""
    for pattern, text in _ARGPARSE_MESSAGES:
        m = re.fullmatch(pattern, message.strip(), re.DOTALL)
        if m:
            line = text.format(*m.groups())
            if "invalid choice" in pattern:
                if m.group(1) == "KOMENTO":
                    return unknown_command(m.group(2))
                line += _suggestion(m.group(2), re.findall(r"'([^']*)'", m.group(3)))
            return UsageError(line)
    return UsageError("komentoriviä ei voi tulkita; ohjeet näet: yhteistyo --help")


class FinnishArgumentParser(argparse.ArgumentParser):
    """argparse whose errors are one Finnish line and exit 2 (main prints them), not a usage
    screen in English; subcommand parsers are made of the same class."""

    def error(self, message: str):
        raise finnish_usage_error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = FinnishArgumentParser(
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


def window_arguments(argv: list[str]) -> list[str] | None:
    """``argv`` when it asks for the window, None when it names a command.

    The window starts only for ``yhteistyo``, ``yhteistyo FILE`` (an existing path, or a name
    ending .tyokirja), ``--demo`` and ``--server URL [--workbook ID]``. Anything else, such as a
    mistyped command (``infoo``) or an unknown option, is a :class:`UsageError`: it used to
    start the window, which without a display hangs.
    """
    if not argv:
        return argv
    if argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"):
        return None
    from .store.workbook_file import SUFFIX

    if not argv[0].startswith("-") and not Path(argv[0]).exists() \
            and not argv[0].lower().endswith(SUFFIX):
        if "/" in argv[0] or "\\" in argv[0] or "." in argv[0]:
            raise UsageError(f"tiedostoa {argv[0]} ei ole (työkirjan nimi päättyy {SUFFIX})")
        raise unknown_command(argv[0])
    parser = FinnishArgumentParser(prog="yhteistyo", add_help=False)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--server")
    parser.add_argument("--workbook")
    args = parser.parse_args(argv)
    if sum((args.file is not None, args.demo, args.server is not None)) > 1:
        raise UsageError("anna ikkunalle vain yksi näistä: tiedosto, --demo tai --server OSOITE")
    if args.workbook is not None and args.server is None:
        raise UsageError("--workbook kuuluu yhteen valitsimen --server OSOITE kanssa")
    if args.file is not None and args.file.startswith("-"):
        raise UsageError(f"tuntematon valitsin: {args.file}")
    return argv


def _run_gui(argv: list[str]) -> int:
    from .ui.app import run

    return run(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:
        from .ui.selftest import run as self_test

        return self_test()
    try:
        window = window_arguments(argv)
        if window is None:
            args = build_parser().parse_args(argv)
    except UserError as exc:
        print(f"yhteistyo: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if window is not None:
        try:
            return _run_gui(window)
        except KeyboardInterrupt:
            return 130
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from .domain.operations import DomainError
    from .store.lock import LockedError
    from .store.workbook_file import DiskFullError, WorkbookFileError, is_disk_full

    try:
        return COMMANDS[args.command][2](args)
    except (UserError, DomainError, WorkbookFileError, LockedError) as exc:
        print(f"yhteistyo: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        if is_disk_full(exc):  # what was being written names the folder; else the workbook's
            written = Path(exc.filename) if exc.filename else _workbook_argument(args)
            exc = DiskFullError(written.parent)
            print(f"yhteistyo: {exc}", file=sys.stderr)
        else:
            print(f"yhteistyo: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERROR
    except (sqlite3.DatabaseError, DBAPIError) as exc:  # a file damaged past what open checks
        from .store.workbook_file import database_error

        print(f"yhteistyo: {database_error(_workbook_argument(args), exc)}", file=sys.stderr)
        return EXIT_ERROR


def _workbook_argument(args: argparse.Namespace) -> Path:
    """The workbook file a command works on, for a message (``?`` when it has none)."""
    for name in ("file", "new"):
        if isinstance(getattr(args, name, None), (str, Path)):
            return Path(getattr(args, name))
    return Path("?")


# Feature modules register their subcommands (imported last: they import this module).
from . import followup_commands as _followup_commands  # noqa: E402,F401  (followup-import, copy-term)
from .handouts import commands as _handout_commands  # noqa: E402,F401  (registers "handout")
from .xlsx import commands as _xlsx_commands  # noqa: E402,F401  (export-xlsx, import-xlsx)
from .store import server_commands as _server_commands  # noqa: E402,F401  (upload, download)
from .sync import commands as _sync_commands  # noqa: E402,F401  (merge)
from . import version_commands as _version_commands  # noqa: E402,F401  (version)
# bench: its module (subprocess, statistics, …) is loaded only when the command runs.
register("bench", "mittaa nopeus ja muisti vertailukohtiin nähden (README)",
         lambda p: __import__(f"{__package__}.bench", fromlist=["_"])._bench_args(p),
         lambda args: __import__(f"{__package__}.bench", fromlist=["_"])._bench(args))

if __name__ == "__main__":
    # Run as ``python -m yhteistyo_desktop.cli`` this file is ``__main__``, while the feature modules
    # above registered their commands in the importable ``yhteistyo_desktop.cli``: use that one.
    from yhteistyo_desktop.cli import main as _main

    sys.exit(_main())
