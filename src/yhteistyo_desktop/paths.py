"""Where the application's own files are: forms, resources (icons, fonts, demo, translations).

In the source tree ``forms/`` and ``resources/`` sit at the top of the
repository; an installed package (and the PyInstaller build) has them inside
the package folder. No Qt here: the data layers use these paths too.
"""
from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    candidates = [_PACKAGE / name, _PACKAGE.parent.parent / name]
    if getattr(sys, "frozen", False):  # PyInstaller one-folder build
        candidates.insert(0, Path(getattr(sys, "_MEIPASS", "")) / "yhteistyo_desktop" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ not found next to {_PACKAGE}")


def resources_dir() -> Path:
    return _find("resources")


def forms_dir() -> Path:
    return _find("forms")


def demo_file() -> Path:
    return resources_dir() / "demo" / "keski-suomi-2025-2029.json"
