"""Command line: ``merge FILE OTHER.tyokirja`` brings another member's copy of the workbook in."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import UserError
from ..domain.user import user_name
from .core import count, register


def _merge_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="työkirja, johon muutokset tuodaan")
    p.add_argument("other", type=Path,
                   help="toisen jäsenen kopio samasta työkirjasta (.tyokirja; sitä ei muuteta)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--dry-run", action="store_true",
                      help="vain listaa muutokset ja ristiriidat; mitään ei tallenneta")
    what.add_argument("--accept-all", action="store_true",
                      help="ota myös ristiriidoissa toisen tiedoston arvo")


def _merge(args) -> int:
    from ..store.workbook_file import open_workbook
    from ..sync.merge import apply, compare_files

    if not args.other.exists():
        raise UserError(f"Tiedostoa {args.other} ei löydy.")
    with open_workbook(args.file, user_name(), readonly=args.dry_run) as wbfile:
        review = compare_files(wbfile, args.other)
        for (area, goal), changes in review.groups().items():
            print(" / ".join(filter(None, (area, goal))) or "Muut tiedot")
            for change in changes:
                print(f"  {change.description}")
        conflicts = len(review.conflicts)
        if not review.changes:
            print(f"Tiedostossa {args.other.name} ei ole uusia muutoksia.")
        if args.dry_run:
            print(f"{count(len(review.changes) - conflicts, 'muutos', 'muutosta')} ja "
                  f"{count(conflicts, 'ristiriita', 'ristiriitaa')}; mitään ei tallennettu "
                  "(--dry-run).")
            return 0
        accepted = [c.id for c in review.changes if args.accept_all or not c.conflict]
        with wbfile.session() as session:
            result = apply(review, accepted, wbfile.operations(session))
        for _change_id, why in result.skipped:
            print(f"Ohitettiin: {why}", file=sys.stderr)
        taken = sum(1 for c in review.conflicts if c.id in result.applied)
        left = conflicts - taken
        summary = f"Tuotu {count(len(result.applied), 'muutos', 'muutosta')}"
        if taken:
            summary += f", joista {taken} ristiriidassa otettiin toisen tiedoston arvo"
        if left:
            summary += f", {count(left, 'ristiriita', 'ristiriitaa')} jätetty ennalleen"
        if result.skipped:
            summary += f", {len(result.skipped)} ohitettu"
        print(summary + ".")
    return 0


register("merge", "yhdistä toisen jäsenen kopio samasta työkirjasta tähän", _merge_args, _merge)
