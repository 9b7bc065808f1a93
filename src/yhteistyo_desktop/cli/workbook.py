"""Commands on a workbook as a whole: ``new``, ``demo``, ``info`` and ``check``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.errors import UserError
from ..domain.user import user_name
from ..domain.vocab import parse_term
from .core import register


def _new(args) -> int:
    from ..domain.template import fill_template
    from ..store.workbook_file import create_workbook

    start, end = parse_term(args.term)
    create_workbook(args.file, user_name(), args.region, start, end, fill=fill_template).close()
    print(f"Uusi työkirja: {args.file}")
    return 0


def _new_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="uusi .tyokirja-tiedosto")
    p.add_argument("--region", default="Alue", help="alueen nimi")
    p.add_argument("--term", default="2025-2029", help="valtuustokausi, esim. 2025-2029")


def _demo(args) -> int:
    from ..store.demo import create_demo

    create_demo(args.file, user_name()).close()
    print(f"Esimerkkityökirja (Keski-Suomi 2025-2029): {args.file}")
    return 0


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="uusi .tyokirja-tiedosto")


def open_for_reading(target: str | Path, workbook_id: str | None = None):
    """A workbook file, or a server workbook when ``target`` is a postgresql:// address
    (``workbook_id`` chooses among several there, as the server's message advises)."""
    from ..store.server import is_server_url, open_server
    from ..store.workbook_file import open_workbook

    if is_server_url(target):
        return open_server(target, user_name(), workbook_id)
    if workbook_id is not None:
        raise UserError("--workbook kuuluu palvelimen osoitteen (postgresql://…) kanssa, ei "
                        "työkirjatiedoston.")
    return open_workbook(Path(target), user_name(), readonly=True)


def _info(args) -> int:
    from ..domain.queries import counts

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
    from ..store.workbook_file import check_file

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
