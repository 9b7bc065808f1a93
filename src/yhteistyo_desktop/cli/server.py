"""Command-line commands of server mode: ``upload FILE URL`` and ``download URL FILE``."""
from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.user import user_name
from .core import register


def _upload(args) -> int:
    from ..store.server import safe_url, upload

    info = upload(args.file, args.url, user_name())
    print(f"Työkirja {info.region} {info.term} on nyt palvelimella {safe_url(args.url)} "
          f"(tunniste {info.id}).")
    return 0


def _upload_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help=".tyokirja-tiedosto")
    p.add_argument("url", help="palvelimen osoite postgresql://käyttäjä@palvelin/tietokanta")


def _download(args) -> int:
    import sys

    from ..store.server import open_server

    with open_server(args.url, user_name(), args.workbook) as server:
        if server.note:  # e.g. schemas that are not ours, skipped
            print(server.note, file=sys.stderr)
        target = server.save_as(args.file)
    print(f"Palvelimen työkirja tallennettiin tiedostoksi {target}.")
    return 0


def _download_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", help="palvelimen osoite postgresql://käyttäjä@palvelin/tietokanta")
    p.add_argument("file", type=Path, help="uusi .tyokirja-tiedosto")
    p.add_argument("--workbook", metavar="TUNNISTE",
                   help="mikä työkirja, kun palvelimella on useita")


register("upload", "lataa työkirjatiedosto palvelimelle yhteiskäyttöön", _upload_args, _upload)
register("download", "tallenna palvelimen työkirja (historioineen) tiedostoksi",
             _download_args, _download)
