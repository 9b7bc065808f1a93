"""Reading the free text of template cells: bullet lines, responsible parties, measures, names.

Real files are written by many hands, so each rule here is tolerant (several
bullet characters, three ways of naming the responsible parties, party names
in genitive or short form) and anything it cannot place is handed back to the
caller, which reports it with its cell.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dataset import Record
from .layout import norm

_BULLET = re.compile(r"^\s*(?:[•\-–—*·▪◦‣]|\d{1,2}[.)])\s+")
_RESPONSIBLE = (
    re.compile(r"\s*\((?:vastuu(?:taho|tahot|ssa)?)\s*:\s*([^)]*)\)", re.I),
    re.compile(r"\s+[–—-]\s*vastuu(?:taho|tahot)?\s*:\s*(.+)$", re.I),
    re.compile(r"[\s,;]*\bvastuu(?:taho|tahot)?\s*:\s*(.+)$", re.I),
)
_NAME_SEPARATORS = re.compile(r"\s*;\s*|\s*,\s*|\s+ja\s+|\s+sekä\s+")
_MEASURE_PART = re.compile(r"[,;]?\s*\b(lähtötaso|lähtötilanne|tavoite|tavoitetaso)(?:\s+(\d{4}))?\s*:\s*"
                           r"((?:\d,\d|[^,;])+)", re.I)  # "12,1 %" is one value
_SOURCE = re.compile(r"\s*\((sotkanet|thl|tilastokeskus)\s+([\w.-]+)\)", re.I)
_NUMBER_WITH_UNIT = re.compile(r"^([-+]?\d+(?:[.,]\d+)?)\s*(\S.*)?$")
_YES_NO = re.compile(r"\s*\(?\bkyllä\s*/\s*ei\b\)?", re.I)
_PER_YEAR = re.compile(r"/\s*(?:vuosi|v)\b|\bvuodessa\b|krt/v", re.I)
#: Words that end an organisation's name and can be left out ("Jyväskylän kaupunki").
_ORG_WORDS = {"kaupunki", "kunta", "kuntayhtyma", "ry"}


def cell_text(value: object) -> str | None:
    """A cell's value as text: numbers, dates and booleans as people would write them."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "kyllä" if value else "ei"
    if isinstance(value, float):
        value = int(value) if value.is_integer() else str(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
        if isinstance(value, dt.datetime):
            return f"{value.day}.{value.month}.{value.year} {value:%H.%M}"
    if isinstance(value, dt.date):
        return f"{value.day}.{value.month}.{value.year}"
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def split_goal_text(text: str) -> tuple[str, str | None]:
    """The Tavoitteet cell: title, and the description after the first blank line."""
    title, _, description = text.partition("\n\n")
    return title.strip(), description.strip() or None


def bullet_items(text: str | None) -> tuple[list[str], list[str]]:
    """Items of a cell (bullet lines with their continuation lines) and lines before the first bullet.

    A cell without any bullet gives each non-empty line as an item.
    """
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    if not any(_BULLET.match(line) for line in lines):
        return lines, []
    items: list[str] = []
    stray: list[str] = []
    for line in lines:
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line, count=1).strip())
        elif items:
            items[-1] += "\n" + line
        else:
            stray.append(line)
    return items, stray


def split_responsible(item: str) -> tuple[str, list[str]]:
    """An action line's title and the party names of its ``(vastuu: A; B)`` part."""
    for pattern in _RESPONSIBLE:
        m = pattern.search(item)
        if m:
            title = (item[:m.start()] + item[m.end():]).strip(" \t–—-,;")
            return title, split_names(m.group(1))
    return item.strip(), []


def split_names(text: str) -> list[str]:
    return [name.strip(" .") for name in _NAME_SEPARATORS.split(text or "") if name.strip(" .")]


@dataclass
class Measure:
    """An indicator read from a bullet line of the Arviointimittarit cell."""

    title: str
    kind: str
    unit: str | None = None
    baseline_value: str | None = None
    baseline_year: int | None = None
    target_value: str | None = None
    target_year: int | None = None
    source_id: str | None = None


def parse_measure(item: str) -> Measure:
    """``Nuorten päihteiden käyttö (Sotkanet 3219), lähtötaso 2025: 12,1 %, tavoite 2029: 10 %``."""
    text = item.replace("\n", " ")
    yes_no = bool(_YES_NO.search(text))
    text = _YES_NO.sub("", text)
    source = _SOURCE.search(text)
    if source:
        text = text[:source.start()] + text[source.end():]
    values: dict[str, tuple[int | None, str]] = {}
    for m in _MEASURE_PART.finditer(text):
        which = "baseline" if m.group(1).lower().startswith("lähtö") else "target"
        values[which] = (int(m.group(2)) if m.group(2) else None, m.group(3).strip())
    first = _MEASURE_PART.search(text)
    measure = Measure(title=(text[:first.start()] if first else text).strip(" ,;"),
                      kind="kylla_ei" if yes_no else "lukumaara_vuodessa" if _PER_YEAR.search(text)
                      else "luku" if values else "teksti",
                      source_id=source.group(2) if source else None)
    for which, (year, value) in values.items():
        m = _NUMBER_WITH_UNIT.match(value)
        if m and m.group(2):
            value, measure.unit = m.group(1), m.group(2).strip()
        setattr(measure, f"{which}_value", value)
        setattr(measure, f"{which}_year", year)
    return measure


# -- finding parties by name ----------------------------------------------------------------------

def _name_keys(name: str) -> set[str]:
    """Forms under which a party may be written: full, without "kaupunki"/"kunta", base form."""
    words = [norm(w) for w in re.split(r"[\s-]+", name) if norm(w)]
    keys = {"".join(words)}
    if len(words) > 1 and words[-1] in _ORG_WORDS:
        words = words[:-1]
        keys.add("".join(words))
        if words[-1].endswith("n"):  # genitive: "Jyväskylän" -> "Jyväskylä"
            keys.add("".join(words[:-1] + [words[-1][:-1]]))
    return keys


@dataclass
class PartyMatcher:
    """Finds a party by a name as people write it; tolerant, but never guesses between two."""

    parties: list[Record] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._keys: dict[str, set[str]] = {}
        for party in list(self.parties):
            self.add(party)

    def add(self, party: Record) -> None:
        if party not in self.parties:
            self.parties.append(party)
        keys = _name_keys(party.fields["name"])
        if party.fields.get("short_name"):
            keys |= _name_keys(party.fields["short_name"])
        for key in keys:
            self._keys.setdefault(key, set()).add(party.id)

    def find(self, name: str) -> list[str]:
        """Ids of the parties ``name`` may mean: exact forms first, then a near stem."""
        wanted = _name_keys(name)
        exact = set().union(*(self._keys.get(k, set()) for k in wanted))
        if exact:
            return sorted(exact)
        near = set()
        for key, ids in self._keys.items():
            for w in wanted:
                if len(w) >= 4 and len(key) >= 4 and _near(w, key):
                    near |= ids
        return sorted(near)


def _near(a: str, b: str) -> bool:
    """Same word up to an inflected ending: "hankasalmi" / "hankasalme(n)"."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= max(len(a), len(b)) - 2
