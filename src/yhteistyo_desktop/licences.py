"""The third-party components the application carries, and their licence texts for the build.

A region hands the built folder (``dist/yhteistyo``) to its members' laptops; with it go Qt
and PySide6 (LGPLv3), reportlab, openpyxl, SQLAlchemy, Alembic and the rest, whose licences
ask for their texts to travel along. :func:`collect` writes them into the build's
``licenses/`` folder from the installed packages' own metadata (``License-File`` entries and
files named LICENSE*/LICENCE*/COPYING*/NOTICE* among a distribution's files), so a new
dependency brings its licence without anyone typing it. PySide6's wheels carry no licence file,
so the LGPLv3 and GPLv3 texts (verbatim from the FSF, in ``resources/licenses/``) and our
notice of how to replace the Qt libraries are added for them, with the DejaVu fonts' licence.

:func:`components` lists (name, version, licence) for the About dialog: from the metadata when
installed, from the ``components.json`` the build wrote when frozen (PyInstaller does not keep
the packages' metadata). No Qt here: ``build.spec`` calls this module.
"""
from __future__ import annotations

import importlib.metadata as metadata
import json
import re
import shutil
import sys
from pathlib import Path

from .paths import resources_dir

APP = "yhteistyo-desktop"
#: The extras of the application that a build includes (server mode's driver).
BUILD_EXTRAS = ("server",)
#: The Qt wheels the application depends on (pyproject.toml: PySide6-Essentials and PySide6-Pdf,
#: with their shiboken6), which are what the build bundles. Qt's libraries are LGPLv3 (PySide6 the
#: same); their wheels do not carry the texts, so these get ours. A test checks this list against
#: the Qt distributions :func:`distributions` finds, so it cannot go stale again.
QT_DISTRIBUTIONS = ("pyside6-essentials", "pyside6-pdf", "shiboken6")
QT_FILES = ("LGPL-3.0.txt", "GPL-3.0.txt", "Qt-LGPL-NOTICE.txt")
FONT_LICENCE = "LICENSE-DejaVu.txt"
INDEX = "components.json"
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement(text: str) -> tuple[str, set[str], str]:
    """(name, extras, marker) of a requirement string such as ``psycopg[binary]>=3.1; extra == 'x'``."""
    spec, _, marker = text.partition(";")
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?", spec)
    extras = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
    return match.group(1), extras, marker.strip()


def _applies(marker: str, extras: set[str]) -> bool:
    if not marker:
        return True
    try:
        from packaging.markers import Marker
    except ImportError:  # without packaging: only a requirement of a requested extra counts
        wanted = re.findall(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        return not wanted or bool(set(wanted) & extras)
    marker_obj = Marker(marker)
    return any(marker_obj.evaluate({"extra": extra}) for extra in (extras or {""}))


def distributions(root: str = APP, extras: tuple[str, ...] = BUILD_EXTRAS) -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs, its own dependencies' dependencies too."""
    found: dict[str, metadata.Distribution] = {}
    queue = [(root, set(extras))]
    while queue:
        name, wanted = queue.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency not installed is not in the build either
        key = _norm(dist.metadata["Name"])
        if key in found and not wanted:
            continue
        found[key] = dist
        for text in dist.requires or []:
            req, req_extras, marker = _requirement(text)
            if _applies(marker, wanted) and (_norm(req) not in found or req_extras):
                queue.append((req, req_extras))
    return [dist for key, dist in sorted(found.items()) if key != _norm(root)]


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a distribution declares: its SPDX expression, else License, else classifiers."""
    meta = dist.metadata
    text = (meta.get("License-Expression") or "").strip()
    if not text:
        text = (meta.get("License") or "").strip().splitlines()[0] if (meta.get("License") or "").strip() else ""
    if not text or len(text) > 60:
        classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        text = ", ".join(classifiers) or text[:60] or "?"
    return text


def licence_files(dist: metadata.Distribution) -> list[Path]:
    """The licence texts a distribution installed (License-File entries and LICENSE*-like files)."""
    declared = set(dist.metadata.get_all("License-File") or [])
    paths = []
    for file in dist.files or []:
        if file.name in declared or Path(file).name in declared or _LICENCE_NAME.match(file.name):
            path = Path(dist.locate_file(file))
            if path.is_file() and path.suffix not in (".py", ".pyc", ".so", ".pyd", ".dll"):
                paths.append(path)
    return paths


def collect(target: Path, extra: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """Write every bundled component's licence texts into ``target`` (made afresh).

    ``extra`` names distributions that are in the build without being dependencies (the
    PyInstaller bootloader). Returns (name, version, licence) of each component; a component
    without any licence text stops the build, as the folder could not then be handed out.
    """
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    dists = distributions() + [metadata.distribution(name) for name in extra]
    if not dists:
        raise RuntimeError(f"{APP} ei ole asennettu: sen riippuvuuksia ei löydy")
    listed, missing = [], []
    own = resources_dir() / "licenses"
    for dist in dists:
        name, version = dist.metadata["Name"], dist.version
        folder = target / f"{name}-{version}"
        folder.mkdir()
        files = licence_files(dist)
        if _norm(name) in QT_DISTRIBUTIONS:
            files += [own / file for file in QT_FILES]
        for path in files:
            shutil.copyfile(path, folder / path.name)
        if not files:
            missing.append(name)
        listed.append((name, version, licence_of(dist)))
    # The Python runtime the build carries.
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"
    if not python_licence.is_file():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if python_licence.is_file():
        folder = target / f"Python-{sys.version.split()[0]}"
        folder.mkdir()
        shutil.copyfile(python_licence, folder / "LICENSE.txt")
        listed.append(("Python", sys.version.split()[0], "PSF-2.0"))
    fonts = target / "DejaVu-fonts"
    fonts.mkdir()
    shutil.copyfile(resources_dir() / "fonts" / FONT_LICENCE, fonts / FONT_LICENCE)
    listed.append(("DejaVu fonts", "2.37", "Bitstream Vera / DejaVu (free)"))
    for file in QT_FILES:
        shutil.copyfile(own / file, target / file)
    if missing:
        raise RuntimeError(f"Näiltä osilta puuttuu lisenssiteksti: {', '.join(missing)}")
    (target / INDEX).write_text(json.dumps(listed, ensure_ascii=False, indent=1), encoding="utf-8")
    return listed


def licences_dir() -> Path:
    """The build's ``licenses/`` folder: beside the executable of the frozen app."""
    return Path(sys.executable).resolve().parent / "licenses"


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of the third-party components, for the About dialog."""
    if getattr(sys, "frozen", False):
        try:
            return [tuple(row) for row in json.loads((licences_dir() / INDEX).read_text(encoding="utf-8"))]
        except (OSError, ValueError):
            return []
    return [(d.metadata["Name"], d.version, licence_of(d)) for d in distributions()]


def check(folder: Path) -> str:
    """What ``--self-test`` says of a build's licence folder; raises when something is missing."""
    listed = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    missing = [f for f in QT_FILES if not (folder / f).is_file()]
    missing += [f"{name}-{version}" for name, version, _l in listed
                if name not in ("DejaVu fonts",) and not any((folder / f"{name}-{version}").glob("*"))]
    if not (folder / "DejaVu-fonts" / FONT_LICENCE).is_file():
        missing.append(FONT_LICENCE)
    if missing:
        raise RuntimeError(f"lisenssejä puuttuu: {', '.join(missing)}")
    return f"{len(listed)} osaa, lisenssit kansiossa {folder.name}/"
