"""What a text field may hold: the rules shared by the editors, the operations and the Excel export.

Excel keeps at most 32,767 characters in a cell, and an .xlsx (XML) cannot hold
most control characters at all. Text is pasted from Word and e-mail, which bring
them along: Word's soft line break is a vertical tab. So text is cleaned where
it is typed or pasted and again in the operations, and a longer text is refused
there with the reason, so that every text in a workbook can travel in the
Kuntaliitto Excel file unchanged. A NUL character would also break an upload
to the shared server.
"""
from __future__ import annotations

import re

#: Excel's limit for the text of one cell, and so for every text field.
MAX_TEXT = 32767

# Characters XML 1.0 (and so an .xlsx) cannot hold: C0 controls other than tab, line feed and
# carriage return, and the two non-characters.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LINE_BREAKS = "\x0b\x0c"  # Word's soft line break, and a page break: both end a line


def clean_text(text: str) -> str:
    """``text`` with line-break controls as line feeds and other illegal controls dropped."""
    if not _ILLEGAL.search(text):
        return text
    return _ILLEGAL.sub(lambda m: "\n" if m.group() in _LINE_BREAKS else "", text)


def too_long(text: str) -> str | None:
    """Why ``text`` cannot be stored (Finnish, one line), or None when it fits."""
    if len(text) <= MAX_TEXT:
        return None
    return (f"Teksti on liian pitkä: {thousands(len(text))} merkkiä, kun Excelin soluun mahtuu "
            f"enintään {thousands(MAX_TEXT)}. Lyhennä tekstiä.")


def thousands(n: int) -> str:
    """``n`` grouped the Finnish way, by a no-break space: 40 000."""
    return f"{n:,}".replace(",", "\u00a0")
