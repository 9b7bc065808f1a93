"""The command line, on top of everything: ``yhteistyo`` (the entry point is :func:`main`).

:mod:`.core` holds the parser, ``main`` and the one-line error rule; each command group is a
module of its own that registers its commands there when imported below. Nothing else in the
package imports this one: what the layers below share with it (the user-facing error, the term
parser, the user name, making the demo) lives in ``domain/`` and ``store/``.
"""
from __future__ import annotations

from ..domain.errors import UserError
from ..domain.user import user_name
from ..domain.vocab import parse_term
from ..store.demo import create_demo
from .core import COMMANDS, EXIT_ERROR, UsageError, build_parser, main, register

# The command groups register their commands on import, in the order ``--help`` lists them.
from . import workbook  # noqa: E402,F401,I001  (new, demo, info, check)
from . import followup  # noqa: E402,F401  (followup-import, copy-term)
from . import handouts  # noqa: E402,F401  (handout)
from . import xlsx  # noqa: E402,F401  (export-xlsx, import-xlsx)
from . import server  # noqa: E402,F401  (upload, download)
from . import sync  # noqa: E402,F401  (merge)
from . import version  # noqa: E402,F401  (version)


def _bench_args(p) -> None:
    from .bench import _bench_args as add_arguments

    add_arguments(p)


def _bench(args) -> int:
    from .bench import _bench as run

    return run(args)


# bench: its module (subprocess, statistics, …) is loaded only when the command runs.
register("bench", "mittaa nopeus ja muisti vertailukohtiin nähden (README)", _bench_args, _bench)

__all__ = ["COMMANDS", "EXIT_ERROR", "UsageError", "UserError", "build_parser", "create_demo", "main",
           "parse_term", "register", "user_name"]
