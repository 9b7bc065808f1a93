"""``yhteistyo version FILE [NAME] [--note TEXT]``: mark a named version, or list them.

A version names the workbook's present moment ("Työryhmä 14.3.2026") so that a
change report (``handout --kind changes --since NAME``) can start or end there.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import UserError
from ..domain.user import user_name
from .core import register


def _version_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help=".tyokirja-tiedosto")
    p.add_argument("name", nargs="?", help="uuden version nimi, esim. \"Työryhmä 14.3.2026\"; "
                                           "ilman nimeä luettelee versiot")
    p.add_argument("--note", help="huomautus versioon (valinnainen)")


def _when(at) -> str:
    """When a version was marked, on this computer's clock."""
    from ..domain.versions import local_time

    local = local_time(at)
    return f"{local.day}.{local.month}.{local.year} klo {local.hour}.{local.minute:02d}"


def _version(args) -> int:
    from ..domain.versions import mark_version, versions
    from ..store.workbook_file import open_workbook

    if args.name is None:
        if args.note is not None:
            raise UserError("--note kuuluu uuden version nimen kanssa: yhteistyo version "
                                "TIEDOSTO NIMI --note TEKSTI")
        with open_workbook(args.file, user_name(), readonly=True) as wbfile:
            with wbfile.session() as session:
                found = versions(session)
                if not found:
                    print("Työkirjassa ei ole versioita.")
                for v in found:
                    note = f"  – {v.note}" if v.note else ""
                    print(f"{v.name}\t{_when(v.marked_at)}\t{v.user}{note}")
        return 0
    with open_workbook(args.file, user_name()) as wbfile:
        with wbfile.session() as session:
            version = mark_version(wbfile.operations(session), args.name, args.note)
            print(f"Versio merkitty: {version.name}")
    return 0


register("version", "merkitse nimetty versio tai luettele versiot", _version_args, _version)
