"""Command line: ``export-xlsx`` and ``import-xlsx`` (new workbook, or review of a returned copy)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import UserError
from ..domain.user import user_name
from ..domain.vocab import parse_term
from .core import count, register


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help=".tyokirja-tiedosto")
    p.add_argument("out", type=Path, help="kirjoitettava .xlsx-tiedosto")


def _export(args) -> int:
    from ..store.workbook_file import check_output_path, open_workbook
    from ..xlsx.writer import export_workbook

    check_output_path(args.out, args.file)
    notices: list[str] = []
    with open_workbook(args.file, user_name(), readonly=True) as wbfile:
        with wbfile.session() as session:
            export_workbook(session, args.out, source=args.file, notices=notices)
    _print_notices(notices)
    print(f"Viety: {args.out}")
    return 0


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("xlsx", type=Path, help="tuotava .xlsx-tiedosto")
    p.add_argument("file", type=Path, nargs="?",
                   help="työkirja, johon palautettua kopiota verrataan")
    p.add_argument("--new", type=Path, metavar="FILE", help="luo tiedostosta uusi työkirja FILE")
    p.add_argument("--region", help="alueen nimi, jos tiedostosta puuttuu (--new)")
    p.add_argument("--term", help="valtuustokausi, jos tiedostosta puuttuu, esim. 2025-2029 (--new)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--dry-run", action="store_true", help="vain listaa muutokset (oletus)")
    what.add_argument("--accept-all", action="store_true",
                      help="hyväksy kaikki muutokset, jotka eivät ole ristiriitoja")


def _import(args) -> int:
    if args.new is not None:
        if args.file is not None:
            raise UserError("Anna joko --new UUSI.tyokirja tai verrattava työkirja, ei molempia.")
        return _import_new(args)
    if args.file is None:
        raise UserError("Anna työkirja, johon kopiota verrataan, tai --new UUSI.tyokirja.")
    return _review(args)


def _import_new(args) -> int:
    from ..xlsx.review import import_new

    term = parse_term(args.term) if args.term else None
    wbfile, notices = import_new(args.xlsx, args.new, user_name(), args.region, term)
    wbfile.close()
    _print_notices(notices)
    print(f"Uusi työkirja: {args.new}")
    return 0


def _review(args) -> int:
    from ..store.workbook_file import open_workbook
    from ..xlsx.review import apply, compare

    with open_workbook(args.file, user_name()) as wbfile:
        with wbfile.session() as session:
            review = compare(args.xlsx, session)
            _print_notices(review.notices)
            for (area, goal), changes in review.groups().items():
                print(" / ".join(filter(None, (area, goal))) or "Muut")
                for change in changes:
                    print(f"  {change.description}" + (f"  [{change.where}]" if change.where else ""))
            if not review.changes:
                print("Ei muutoksia.")
            if not args.accept_all:
                if review.changes:
                    print(f"{count(len(review.changes), 'muutos', 'muutosta')}; mitään ei tallennettu "
                          "(hyväksy ne valitsimella --accept-all).")
                return 0
            # Conflicts and deletions whose dependants the copy still has (TARKISTA) are left
            # for someone to decide in the window; other deletions, listed with all they take
            # along, are applied like any change.
            accepted = [c.id for c in review.changes if not c.undecided]
            result = apply(review, accepted, wbfile.operations(session))
            for change_id, why in result.skipped:
                print(f"Ohitettiin {change_id}: {why}", file=sys.stderr)
            print(f"Hyväksyttiin {count(len(result.applied), 'muutos', 'muutosta')}.")
            if review.conflicts:
                print(f"{count(len(review.conflicts), 'ristiriita', 'ristiriitaa')} jätettiin ratkaistavaksi.", file=sys.stderr)
            if review.questions:
                n = len(review.questions)
                it, them = ("siitä", "se") if n == 1 else ("niistä", "ne")
                print(f"{count(n, 'poisto', 'poistoa')} jätettiin tekemättä (TARKISTA yllä), koska "
                      f"kopiossa on yhä {it} riippuvia rivejä; päätä {them} ikkunassa (Tiedosto › Tuo "
                      "palautettu Excel…) tai poista riippuvat rivit kopiosta.", file=sys.stderr)
            if review.conflicts or review.questions:
                return 1
    return 0


def _print_notices(notices) -> None:
    for notice in notices:
        print(f"Huom. {notice}", file=sys.stderr)


register("export-xlsx", "vie työkirja Kuntaliiton Excel-pohjaan", _export_args, _export)
register("import-xlsx", "tuo Excel uutena työkirjana tai vertaa palautettua kopiota",
             _import_args, _import)
