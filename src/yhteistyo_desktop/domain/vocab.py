"""Controlled vocabularies: stored keys and their Finnish labels.

Keys are what the file stores (ASCII, stable); labels are what people read.
The GUI translates labels through Qt; the data layers use the Finnish ones.
"""
from __future__ import annotations

import re

from .errors import UserError

AREA_GROUPS = {
    "yhteiset": "Yhteiset osa-alueet",
    "yhdyspinta": "Yhdyspintakohtaiset osa-alueet",
    "erityis": "Alueen erityispiirteisiin liittyvät osa-alueet",
}

GOAL_LAYERS = {
    "lainsaadanto": "Lainsäädännön asettamat vähimmäisvaatimukset",
    "painopiste": "Yhteisessä valmistelussa tunnistetut yhteistyön painopisteet",
}

PARTY_KINDS = {
    "kunta": "kunta",
    "kaupunki": "kaupunki",
    "hyvinvointialue": "hyvinvointialue",
    "maakunnan_liitto": "maakunnan liitto",
    "muu": "muu organisaatio",
}

RESPONSIBILITY_ROLES = {
    "koollekutsuja": "koollekutsuja",
    "puheenjohtaja": "puheenjohtaja",
    "vastuutaho": "vastuutaho",
    "osallistuja": "osallistuja",
}

MEMBERSHIP_ROLES = {
    "puheenjohtaja": "puheenjohtaja",
    "varapuheenjohtaja": "varapuheenjohtaja",
    "sihteeri": "sihteeri",
    "jasen": "jäsen",
}

INDICATOR_KINDS = {
    "kylla_ei": "kyllä/ei",
    "luku": "luku",
    "lukumaara_vuodessa": "lukumäärä vuodessa",
    "teksti": "teksti",
}

ACTION_STATUSES = {
    "ei_aloitettu": "ei aloitettu",
    "kaynnissa": "käynnissä",
    "toteutunut": "toteutunut",
    "viivastynyt": "viivästynyt",
    "keskeytetty": "keskeytetty",
}
#: Statuses that need a comment saying why.
STATUSES_NEEDING_COMMENT = frozenset({"viivastynyt", "keskeytetty"})

WORKBOOK_STATUSES = {"luonnos": "luonnos", "hyvaksytty": "hyväksytty"}

#: A council term (valtuustokausi) is four years, e.g. 2025-2029; its first year lies in this range.
TERM_YEARS = 4
TERM_STARTS = range(2000, 2101)


def term_problem(start: int, end: int) -> str | None:
    """Why ``start``-``end`` is not a plausible council term (Finnish), or None when it is.

    A typing slip such as 1025-9999 used to be stored as the workbook's term.
    """
    if start not in TERM_STARTS or end != start + TERM_YEARS:
        return (f"Valtuustokausi {start}-{end} ei kelpaa: kausi on neljä vuotta ja alkaa vuosina "
                f"{TERM_STARTS[0]}–{TERM_STARTS[-1]}, esim. 2025-2029.")
    return None


def parse_term(text: str) -> tuple[int, int]:
    """``2025-2029`` as (2025, 2029); a malformed or implausible term is a :class:`UserError`."""
    m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", text or "")
    if not m or int(m.group(2)) <= int(m.group(1)):
        raise UserError(f"Valtuustokausi {text!r} ei kelpaa; anna se muodossa 2025-2029.")
    start, end = int(m.group(1)), int(m.group(2))
    problem = term_problem(start, end)
    if problem:
        raise UserError(problem)
    return start, end
