"""Finnish business ID (y-tunnus): seven digits, a hyphen and a check digit."""
from __future__ import annotations

import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_FORM = re.compile(r"^(\d{6,7})-(\d)$")


def normalize(text: str) -> str:
    """Strip spaces; an old six-digit ID gets its leading zero."""
    text = "".join(text.split())
    m = _FORM.match(text)
    if m and len(m.group(1)) == 6:
        return f"0{m.group(1)}-{m.group(2)}"
    return text


def check_digit(digits: str) -> int | None:
    """The check digit for seven digits, or None when no valid ID can have them."""
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def problem(text: str) -> str | None:
    """Why ``text`` is not a valid y-tunnus (Finnish), or None when it is."""
    text = normalize(text)
    m = _FORM.match(text)
    if not m:
        return "Y-tunnuksen muoto on 1234567-8."
    expected = check_digit(m.group(1))
    if expected is None:
        return "Y-tunnus ei ole mahdollinen (tarkistenumeroa ei voi laskea)."
    if expected != int(m.group(2)):
        return f"Y-tunnuksen tarkistenumero ei täsmää (pitäisi olla {expected})."
    return None


def is_valid(text: str) -> bool:
    return problem(text) is None
