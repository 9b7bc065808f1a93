"""The sheets of an exported workbook: names, columns, headers, styles, labels.

The writer and the reader share these definitions, so that what is written is
what is read back. The template part (Ohje, Osa-alueet, one sheet per area)
follows Kuntaliitto's reference files in ``shared/templates``; the further
sheets hold what the template cannot. Every data row carries its record's id in
a last, hidden "Tunniste" column: rows moved, sorted or inserted in Excel keep
their id, and a row added without one is a new item.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from ..domain import vocab

OHJE = "Ohje"
AREAS = "Osa-alueet"
ACTIONS = "Toimenpiteet"
INDICATORS = "Mittarit"
PARTIES = "Osapuolet"
PERSONS = "Henkilöt"
LEGAL = "Lakiperustat"
META = "_yhteistyo"
#: Sheets of our own export that are not area sheets.
OWN_SHEETS = (OHJE, AREAS, ACTIONS, INDICATORS, PARTIES, PERSONS, LEGAL, META)
ID_HEADER = "Tunniste"
MAX_SHEET_NAME = 31
META_FORMAT = "yhteistyo-xlsx/1"

TEMPLATE_TITLE = "Strategisten tavoitteiden työkirja"
TEMPLATE_SUBTITLE = "Kuntien ja hyvinvointialueiden yhteistyön strateginen johtaminen"
INSTRUCTIONS = (
    "Täytä osa-aluekohtaisille välilehdille yhteiset tavoitteet, toimenpiteet ja vastuutahot, resurssit,",
    "arviointimittarit sekä huomioitavat asiat. Jokainen rivi on yksi tavoite.",
    "Tasot: lainsäädännön asettamat vähimmäisvaatimukset sekä yhteisessä valmistelussa tunnistetut painopisteet.",
    "Valitse Osa-alueet-välilehdellä yhteistyön keskeiset osa-alueet ja niiden vastuuhenkilöt.",
)
RETURN_NOTES = (
    "Tämä tiedosto on viety Yhteistyö-sovelluksesta. Muokkaa tekstejä vapaasti ja palauta tiedosto "
    "sihteerille; muutokset tuodaan takaisin yksi kerrallaan hyväksyttäviksi.",
    "Uusi tavoite: kirjoita se tyhjälle riville tai lisää rivi. Toimenpiteitä muokataan "
    "Toimenpiteet-välilehdellä ja mittareita Mittarit-välilehdellä.",
    "Älä kopioi rivejä: piilotettu Tunniste-sarake yhdistää rivin työkirjan tietoon.",
)

#: Labels of the Ohje sheet's labelled cells (column A, value in B) and their fields.
OHJE_LABELS = {"Alue:": "region", "Valtuustokausi:": "term", "Tila:": "status",
               "Hyväksytty:": "approved_on", "Kuvaus:": "description"}

AREA_HEADERS = ("Taso", "Tavoitteet", "Toimenpiteet ja vastuutahot", "Resurssit",
                "Arviointimittarit", "Huomioitavaa", ID_HEADER)
AREA_WIDTHS = (22, 30, 34, 16, 27, 21, 12)
AREA_HEADER_ROW = 4


@dataclass(frozen=True)
class Column:
    """One column of a structured sheet: the record field it shows, header and width."""

    field: str
    header: str
    width: float


def _cols(*spec: tuple[str, str, float]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec) + (Column("id", ID_HEADER, 12),)


#: Structured sheets: sheet name -> (entity, columns). Year columns are added by the writer.
TABLES: dict[str, tuple[str, tuple[Column, ...]]] = {
    AREAS: ("area", _cols(
        ("group", "Ryhmä", 16), ("title", "Osa-alue", 22), ("selected", "Valittu (kyllä/ei)", 9),
        ("responsible_persons", "Vastuuhenkilöt", 22), ("preparers", "Valmistelijat", 18),
        ("notes", "Huomioitavaa", 18), ("description", "Kuvaus", 32),
        ("sheet_name", "Välilehti", 13))),
    ACTIONS: ("action", _cols(
        ("title", "Toimenpide", 11), ("description", "Kuvaus", 18), ("schedule", "Aikataulu", 8),
        ("resources", "Resurssit", 8), ("notes", "Huomioitavaa", 10),
        ("goals", "Tavoitteet", 18), ("responsibilities", "Vastuutahot", 17.5))),
    INDICATORS: ("indicator", _cols(
        ("owner", "Tavoite tai toimenpide", 16), ("title", "Mittari", 18), ("kind", "Laji", 10),
        ("unit", "Yksikkö", 8), ("baseline_value", "Lähtötaso", 7),
        ("baseline_year", "Lähtövuosi", 6), ("target_value", "Tavoitetaso", 7),
        ("target_year", "Tavoitevuosi", 6), ("source_id", "Tietolähteen tunnus", 7),
        ("per_party", "Osapuolittain (kyllä/ei)", 7), ("party", "Osapuoli", 11))),
    PARTIES: ("party", _cols(
        ("name", "Nimi", 34), ("short_name", "Lyhyt nimi", 18), ("kind", "Laji", 18),
        ("business_id", "Y-tunnus", 12), ("street", "Katuosoite", 24),
        ("postal_code", "Postinumero", 11), ("city", "Postitoimipaikka", 16))),
    PERSONS: ("person", _cols(
        ("name", "Nimi", 26), ("title", "Tehtävä", 30), ("party", "Organisaatio", 30),
        ("email", "Sähköposti", 28), ("phone", "Puhelin", 16), ("role", "Rooli työryhmässä", 16))),
    LEGAL: ("legal_reference", _cols(
        ("law", "Laki", 12), ("law_name", "Lain nimi", 30), ("section", "Pykälä", 10),
        ("description", "Kuvaus", 50), ("goals", "Tavoitteet", 40))),
}
#: Yearly columns of a sheet: (field kind, header pattern, header of the comments column).
YEAR_COLUMNS = {
    ACTIONS: ("status", "Tila {year}", "Tilan kommentit"),
    INDICATORS: ("value", "{year}", "Kommentit"),
}
#: Fields whose cells name other records (goals, parties, persons, the indicator's owner).
REFERENCE_FIELDS = ("goals", "responsibilities", "owner", "party")
#: Width of a sheet's year columns: statuses ("viivästynyt", "keskeytetty"), values.
YEAR_WIDTHS = {ACTIONS: 10.5, INDICATORS: 7}
COMMENT_WIDTH = 9
#: Sum of the visible column widths that fits A4 landscape with the body text at least 8 pt
#: when printed fit-to-width (measured with LibreOffice: with the writer's margins a page is
#: 116 units wide at 100 %, 11 pt text; 152 units print at 8.3 pt). The writer narrows wide
#: text columns to it. See README, "Printing the Excel export".
PRINT_WIDTH = 152

#: Vocabulary of a field, by (entity, field): stored key -> label written in the sheet.
VOCABS: dict[tuple[str, str], dict[str, str]] = {
    ("area", "group"): vocab.AREA_GROUPS, ("goal", "layer"): vocab.GOAL_LAYERS,
    ("party", "kind"): vocab.PARTY_KINDS, ("indicator", "kind"): vocab.INDICATOR_KINDS,
    ("person", "role"): vocab.MEMBERSHIP_ROLES, ("workbook", "status"): vocab.WORKBOOK_STATUSES,
    ("action", "status"): vocab.ACTION_STATUSES,
}
BOOL_FIELDS = {("area", "selected"), ("indicator", "per_party")}
INT_FIELDS = {("indicator", "baseline_year"), ("indicator", "target_year")}
YES, NO = "kyllä", "ei"

# -- text conventions of the template cells -------------------------------------------------------

BULLET = "•"
RESPONSIBLE = "vastuu"
OWNER_PREFIX = {"goal": "Tavoite: ", "action": "Toimenpide: "}

# -- styles, as in the reference template ------------------------------------------------------------

HEADER_FILL = "1F4E79"
HEADER_FONT_COLOR = "FFFFFF"
LAYER_FILL = "DDEBF7"
BORDER_COLOR = "808080"
#: Height of one line of 11 pt text in a row: LibreOffice's DejaVu Sans needs 12.9, Excel's
#: Calibri 15 (with fewer lines, being narrower).
LINE_HEIGHT = 13.5
MAX_ROW_HEIGHT = 409.0


def norm(text: object) -> str:
    """Text compared by meaning: case, accents, spaces and punctuation ignored."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)))


def sheet_title(name: str) -> str:
    """A valid Excel sheet name: no []:*?/\\ characters, at most 31 characters."""
    name = re.sub(r"[\[\]:*?/\\]", " ", name).strip().strip("'") or "Osa-alue"
    return name[:MAX_SHEET_NAME].rstrip()


# Where something is in a file, as people say it: the review (window and command line), the
# notices and the deletions' lists all show these, so "Mittarit, rivi 17" reads the same
# everywhere (Excel's own "Mittarit!17" is not Finnish, and means nothing to most members).

def row_place(sheet: str, row: int) -> str:
    """A sheet row as people say it: ``Mittarit, rivi 17``."""
    return f"{sheet}, rivi {row}"


def cell_place(sheet: str, row: int, column: int | str) -> str:
    """A cell as people say it: ``Toimenpiteet, solu C5`` (``column`` a number or letters)."""
    letters = get_column_letter(column) if isinstance(column, int) else column
    return f"{sheet}, solu {letters}{row}"


def sheet_of(place: str) -> str:
    """The sheet of a :func:`row_place` or :func:`cell_place` (a sheet's name may hold ", ")."""
    return place.rpartition(", ")[0]
