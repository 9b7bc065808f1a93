"""Controlled vocabularies: stored keys and their Finnish labels.

Keys are what the file stores (ASCII, stable); labels are what people read.
The GUI translates labels through Qt; the data layers use the Finnish ones.
"""
from __future__ import annotations

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
