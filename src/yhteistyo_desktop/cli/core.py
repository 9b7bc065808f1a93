"""The command line's core: the parser, ``main`` and the rule that every error is one line.

``yhteistyo [FILE]`` starts the window; subcommands work on files. Each command group lives in a
module of its own in this package and adds its commands with :func:`register`. Every change goes
through the same domain operations as the GUI. Errors are one Finnish line on stderr and exit
code 2, never a traceback (argparse's English complaints included).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from ..domain.errors import UserError

EXIT_ERROR = 2

#: Subcommands: name -> (help, add_arguments(parser), run(args) -> exit code).
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable]] = {}


def count(n: int, one: str, many: str) -> str:
    """``n`` with the Finnish noun in the right number: "1 muutos", "3 muutosta"."""
    return f"{n} {one if n == 1 else many}"


def register(name: str, help: str, add_arguments: Callable[[argparse.ArgumentParser], None],
             run: Callable[[argparse.Namespace], int]) -> None:
    """Add a subcommand; feature modules call this for their own commands."""
    COMMANDS[name] = (help, add_arguments, run)


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
    from ..store.workbook_file import SUFFIX

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
    from ..ui.app import run

    return run(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:
        from ..ui.selftest import run as self_test

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
        except UserError as exc:  # the window cannot open (system libraries missing)
            print(f"yhteistyo: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except KeyboardInterrupt:
            return 130
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from ..domain.operations import DomainError
    from ..store.lock import LockedError
    from ..store.workbook_file import DiskFullError, WorkbookFileError, is_disk_full

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
        from ..store.workbook_file import database_error

        print(f"yhteistyo: {database_error(_workbook_argument(args), exc)}", file=sys.stderr)
        return EXIT_ERROR


def _workbook_argument(args: argparse.Namespace) -> Path:
    """The workbook file a command works on, for a message (``?`` when it has none)."""
    for name in ("file", "new"):
        if isinstance(getattr(args, name, None), (str, Path)):
            return Path(getattr(args, name))
    return Path("?")
