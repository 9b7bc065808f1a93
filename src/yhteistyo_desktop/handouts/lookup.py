"""Finding the meeting or party a handout is for, from what a person types.

The messages are for the user (Finnish, one line) and say what there is to
choose from, so that a mistyped date or name can be corrected at once.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Meeting, Party
from .errors import HandoutError


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
_TIME = re.compile(r"^(?:klo\s*)?(\d{1,2})[.:](\d{2})$")


def parse_meeting_date(text: str) -> tuple[dt.date, dt.time | None]:
    """"2026-05-20" or "20.5.2026", optionally followed by a time ("9.00", "09:00")."""
    parts = (text or "").strip().split(maxsplit=1)
    day = None
    for fmt in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(parts[0], fmt).date() if parts else None
            break
        except ValueError:
            continue
    if day is None:
        raise HandoutError(f"Päivämäärä {text!r} ei kelpaa; anna se muodossa 20.5.2026 tai 2026-05-20.")
    if len(parts) == 1:
        return day, None
    m = _TIME.match(parts[1].strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise HandoutError(f"Kellonaika {parts[1]!r} ei kelpaa; anna se muodossa 9.00.")
    return day, dt.time(int(m.group(1)), int(m.group(2)))


def _describe(meeting: Meeting) -> str:
    when = meeting.starts_at
    return f"{when.day}.{when.month}.{when.year} klo {when.hour}.{when.minute:02d} {meeting.title}"


def find_meeting(session: Session, text: str) -> Meeting:
    """The meeting on the given date (and time, when there are several that day)."""
    day, time = parse_meeting_date(text)
    meetings = list(session.scalars(select(Meeting).order_by(Meeting.starts_at)))
    if not meetings:
        raise HandoutError("Työkirjassa ei ole kokouksia.")
    found = [m for m in meetings if m.starts_at.date() == day
             and (time is None or m.starts_at.time().replace(second=0) == time)]
    if len(found) == 1:
        return found[0]
    listing = "; ".join(_describe(m) for m in (found or meetings))
    if found:
        raise HandoutError(f"Päivänä {day.day}.{day.month}.{day.year} on {len(found)} kokousta; "
                           f"anna myös kellonaika: {listing}.")
    raise HandoutError(f"Kokousta päivältä {day.day}.{day.month}.{day.year} ei ole. "
                       f"Työkirjan kokoukset: {listing}.")


def _fold(text: str) -> str:
    """Lower case without diacritics and extra spaces: "Jyväskylä " -> "jyvaskyla"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def find_party(session: Session, name: str) -> Party:
    """The party meant by ``name``, tolerantly: "Jyväskylä" finds "Jyväskylän kaupunki".

    Tried in turn: the full or short name; the typed text inside a name (both
    without case and diacritics); and, for a typo, the clearly closest spelling.
    A step with one hit wins; several hits are reported as ambiguous, not guessed.
    """
    parties = list(session.scalars(select(Party).order_by(Party.position, Party.name)))
    wanted = _fold(name)
    if not wanted:
        raise HandoutError("Anna osapuolen nimi.")
    names = {p.id: [_fold(p.name)] + ([_fold(p.short_name)] if p.short_name else [])
             for p in parties}
    for matches in (lambda n: n == wanted, lambda n: wanted in n):
        hits = [p for p in parties if any(matches(n) for n in names[p.id])]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise HandoutError(f"Nimi {name!r} sopii useaan osapuoleen: "
                               f"{', '.join(p.name for p in hits)}. Tarkenna nimeä.")
    closest = _closest(wanted, parties, names)
    if closest is not None:
        return closest
    listing = ", ".join(p.name for p in parties) or "ei yhtään"
    raise HandoutError(f"Osapuolta {name!r} ei löydy. Työkirjan osapuolet: {listing}.")


def _closest(wanted: str, parties: list[Party], names: dict[str, list[str]]) -> Party | None:
    """The party whose name is at least 80 % alike and clearly more alike than any other."""
    def likeness(party: Party) -> float:
        return max(difflib.SequenceMatcher(None, wanted, n).ratio() for n in names[party.id])

    ranked = sorted(((likeness(p), p) for p in parties), key=lambda pair: -pair[0])
    if not ranked or ranked[0][0] < 0.8:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < 0.05:
        return None
    return ranked[0][1]
