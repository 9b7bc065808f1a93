"""``yhteistyo handout FILE OUT.pdf --kind changes --since V|DATE [--until V|DATE] [--against OLD]``.

The change report from the command line: between two moments of one workbook
(a version's name, a date, or now), or between two copies of it (``--against``
an older file, records matched by their ids). Both files are opened read-only.
Registered by :mod:`.handouts`, which adds these options to ``handout``.
"""
from __future__ import annotations

import argparse

from ..domain.errors import UserError
from ..domain.user import user_name

_OPTIONS = ("since", "until", "against")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="VERSIO|PÄIVÄ",
                   help="changes: mistä alkaen (version nimi tai päivä, esim. 14.3.2026)")
    p.add_argument("--until", metavar="VERSIO|PÄIVÄ",
                   help="changes: mihin asti (oletus: nyt)")
    p.add_argument("--against", metavar="VANHA.tyokirja",
                   help="changes: vertaa tähän vanhempaan tiedostoon (tietueet tunnisteista)")
    p.add_argument("--with-changes", action="store_true",
                   help="meeting: lisää osio Muutokset edellisen kokouksen jälkeen")


def given(args: argparse.Namespace) -> bool:
    """Whether any of the change report's options was given (they belong to --kind changes)."""
    return any(getattr(args, name, None) is not None for name in _OPTIONS)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..domain.changes import changes_between, changes_between_files
    from ..domain.versions import find_moment
    from ..store.workbook_file import check_output_path, open_workbook
    from ..handouts.build import build_changes
    from ..handouts.errors import HandoutError

    if args.kind != "changes":
        raise UserError("--since, --until ja --against kuuluvat muutosraporttiin "
                            "(--kind changes).")
    if (args.since is None) == (args.against is None):
        raise UserError("Muutosraportti tarvitsee joko --since VERSIO|PÄIVÄ tai "
                            "--against VANHA.tyokirja (ei molempia).")
    if args.against is not None and args.until is not None:
        raise UserError("--until kuuluu --sincen kanssa; --against vertaa tiedostoja sellaisinaan.")
    check_output_path(args.out, args.file)
    with open_workbook(args.file, user_name(), readonly=True) as wbfile:
        with wbfile.session() as session:
            if args.against is not None:
                old_path = Path(args.against)
                if not old_path.exists():
                    raise UserError(f"Tiedostoa {old_path} ei löydy.")
                with open_workbook(old_path, user_name(), readonly=True) as old_file:
                    with old_file.session() as old:
                        if old_file.workbook(old).id != wbfile.workbook(session).id:
                            raise UserError(
                                f"{old_path.name} on eri työkirja kuin {Path(args.file).name}; "
                                "vertailla voi vain saman työkirjan kopioita.")
                        report = changes_between_files(old, session, old_path.name,
                                                       Path(args.file).name)
            else:
                since = find_moment(session, args.since)
                until = find_moment(session, args.until, end=True)
                report = changes_between(session, since, until)
            try:
                build_changes(session, report, args.out, lang=args.lang, author=user_name(),
                              source=args.file)
            except HandoutError as exc:
                raise UserError(str(exc)) from None
    print(f"Muutosraportti kirjoitettu: {args.out}")
    return 0
