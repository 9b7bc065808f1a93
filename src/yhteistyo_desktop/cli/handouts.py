"""``yhteistyo handout FILE OUT.pdf --kind KIND``: the handouts from the command line.

The workbook is opened read-only, so a handout can be printed while a
colleague has the file open for editing. reportlab is imported only when the
command runs: the cli package imports this module at start-up, also for the GUI.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import UserError
from ..domain.user import user_name
from ..handouts.catalog import KINDS, LANGUAGES
from .changes import add_arguments as add_changes_arguments, given as changes_given, run as run_changes
from .core import register

_NEEDS = {"meeting": "meeting", "followup": "year", "party": "party"}
_OPTION_HELP = {"meeting": "--meeting PÄIVÄ", "year": "--year VUOSI", "party": "--party NIMI"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="työkirja (.tyokirja)")
    p.add_argument("out", type=Path, help="PDF-tiedosto, joka kirjoitetaan")
    p.add_argument("--kind", required=True, choices=(*KINDS, "changes"),
                   help="meeting = kokousmateriaali, workbook = koko työkirja, "
                        "followup = vuosiseuranta, party = osapuolen vastuut, "
                        "changes = muutokset kahden hetken tai tiedoston välillä")
    p.add_argument("--meeting", metavar="PÄIVÄ", help="kokouksen päivä, esim. 20.5.2026 tai 2026-05-20")
    p.add_argument("--year", type=int, metavar="VUOSI", help="seurantavuosi (followup)")
    p.add_argument("--party", metavar="NIMI", help="osapuolen nimi tai sen osa, esim. Jyväskylä")
    add_changes_arguments(p)
    p.add_argument("--lang", choices=LANGUAGES, default="fi", help="kieli: fi (oletus) tai sv")


def run(args: argparse.Namespace) -> int:
    from ..handouts.build import build_handout
    from ..handouts.errors import HandoutError
    from ..handouts.lookup import find_meeting, find_party
    from ..store.workbook_file import check_output_path, open_workbook

    if args.with_changes and args.kind != "meeting":  # it would be left out without a word
        raise UserError("--with-changes kuuluu kokousmateriaaliin (--kind meeting); "
                        "muutosraportti tehdään valinnalla --kind changes --since VERSIO|PÄIVÄ.")
    if args.kind == "changes" or changes_given(args):
        return run_changes(args)
    needed = _NEEDS.get(args.kind)
    if needed and getattr(args, needed) is None:
        raise UserError(f"Moniste {args.kind} tarvitsee valinnan {_OPTION_HELP[needed]}.")
    check_output_path(args.out, args.file)  # never over a workbook, before any work
    with open_workbook(args.file, user_name(), readonly=True) as wbfile:
        with wbfile.session() as session:
            try:
                meeting = find_meeting(session, args.meeting) if args.kind == "meeting" else None
                party = find_party(session, args.party) if args.kind == "party" else None
                build_handout(session, args.kind, args.out, lang=args.lang, year=args.year,
                              meeting_id=meeting.id if meeting else None,
                              party_id=party.id if party else None, author=user_name(),
                              source=args.file, with_changes=args.with_changes)
            except HandoutError as exc:
                raise UserError(str(exc)) from None
    print(f"Moniste kirjoitettu: {args.out}")
    return 0


register("handout", "PDF-moniste: kokousmateriaali, työkirja, vuosiseuranta tai osapuolen vastuut",
             add_arguments, run)
