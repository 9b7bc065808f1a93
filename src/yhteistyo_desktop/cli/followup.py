"""Command line: ``followup-import`` (Sotkanet CSV values) and ``copy-term`` (next council term)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.user import user_name
from ..domain.vocab import parse_term
from .core import register


def print_plan(plan, out=sys.stdout) -> None:
    from ..domain.followup import format_stored

    for w in plan.writes:
        print(f"  rivi {w.line}: {w.indicator.title} / {w.target} / {w.year}: "
              f"{format_stored(w.old, '–')} → {format_stored(w.new, '–')}", file=out)
    if plan.unchanged:
        print(f"{len(plan.unchanged)} arvoa on työkirjassa jo samana.", file=out)
    if plan.unmatched:
        print(f"Ohitetut rivit ({len(plan.unmatched)}):", file=out)
        for s in plan.unmatched:
            print(f"  rivi {s.line}: {s.reason}  [{s.text}]", file=out)
    if plan.errors:
        print(f"Virheelliset rivit ({len(plan.errors)}):", file=out)
        for e in plan.errors:
            print(f"  rivi {e.line}: {e.reason}  [{e.text}]", file=out)


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help=".tyokirja-tiedosto")
    p.add_argument("csv", type=Path, help="Sotkanetista ladattu CSV-tiedosto")
    p.add_argument("--dry-run", action="store_true", help="näytä vain, mitä tallennettaisiin")


def _import(args) -> int:
    from ..domain.sotkanet import apply_plan, parse_csv, plan_import, read_csv_file
    from ..store.workbook_file import open_workbook

    data = read_csv_file(args.csv)
    parsed = parse_csv(data, args.csv.name)
    with open_workbook(args.file, user_name(), readonly=args.dry_run) as wbfile:
        with wbfile.session() as session:
            plan = plan_import(session, parsed)
            if plan.writes:
                print(f"Tallennettavat arvot ({len(plan.writes)}):")
            print_plan(plan)
            if not plan.writes:
                print("Ei tallennettavia arvoja.")
                return 0
            if args.dry_run:
                print(f"{len(plan.writes)} arvoa; mitään ei tallennettu (--dry-run).")
                return 0
            written = apply_plan(wbfile.operations(session), plan)
    print(f"Tallennettiin {written} arvoa tiedostosta {args.csv.name}.")
    return 0


def _copy_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="nykyisen valtuustokauden .tyokirja-tiedosto")
    p.add_argument("new", type=Path, help="uusi .tyokirja-tiedosto")
    p.add_argument("--term", required=True, help="uusi valtuustokausi, esim. 2029-2033")
    p.add_argument("--overwrite", action="store_true", help="korvaa olemassa oleva uusi tiedosto")


_CARRIED_LABELS = {
    "areas": "osa-alueet", "goals": "tavoitteet", "actions": "toimenpiteet",
    "responsibilities": "vastuutahot", "indicators": "mittarit", "legal_references": "lakiperustat",
    "parties": "osapuolet", "persons": "henkilöt", "memberships": "työryhmän jäsenyydet",
    "forums": "foorumit",
}
_LEFT_LABELS = {"values_left": "seuranta-arvot", "statuses_left": "toimenpiteiden tilat",
                "meetings_left": "kokoukset", "versions_left": "versiot (muutoshistorian mukana)",
                "meeting_versions_left": "kokousten versiokytkennät"}


def _copy(args) -> int:
    from ..domain.term_copy import copy_term

    start, end = parse_term(args.term)
    counts = copy_term(args.file, args.new, start, end, user_name(), overwrite=args.overwrite)
    print(f"Uusi työkirja valtuustokaudelle {start}-{end}: {args.new}")
    print("Siirrettiin: " + ", ".join(f"{label} {counts[k]}" for k, label in _CARRIED_LABELS.items()))
    print("Jäi edelliselle kaudelle: "
          + ", ".join(f"{label} {counts[k]}" for k, label in _LEFT_LABELS.items()))
    if counts["target_years_cleared"]:
        print(f"Huom. {counts['target_years_cleared']} mittarin tavoitevuosi ei ole uudella kaudella; "
              "tavoitevuosi jätettiin tyhjäksi.", file=sys.stderr)
    return 0


register("followup-import", "tuo seuranta-arvot Sotkanetin CSV-tiedostosta", _import_args, _import)
register("copy-term", "kopioi työkirja uudelle valtuustokaudelle", _copy_args, _copy)
