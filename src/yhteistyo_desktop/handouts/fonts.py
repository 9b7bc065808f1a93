"""The embedded font of the handouts: DejaVu Sans, shipped under ``resources/fonts``.

The PDF base fonts (Helvetica) are neither embedded nor cover the Sámi letters
(Ŋ ŧ Đ ...), so every piece of text, including header, footer and watermark,
uses these TrueType fonts; reportlab embeds the subset of glyphs a document uses.
Registering parses the files (a few hundred kilobytes each), so it is done once
per process.
"""
from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once (thread-safe: the GUI builds handouts in a worker thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        # <b> and <i> in our own markup pick the right face; there is no bold oblique file,
        # so bold italic falls back to bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
