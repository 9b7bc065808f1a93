"""Kuntaliitto's strategic goals workbook template v1.0: its groups and default areas."""
from __future__ import annotations

from .models import Area
from .operations import Operations

#: (group, area, sheet name in the template) in the template's order.
DEFAULT_AREAS: tuple[tuple[str, str, str], ...] = (
    ("yhteiset", "Asukkaiden hyvinvoinnin ja terveyden edistäminen", "Hyvinvointi ja terveys"),
    ("yhteiset", "Henkilöstöpolitiikka ja henkilöstön saatavuus", "Henkilöstö"),
    ("yhteiset", "Asukkaiden osallistumis- ja vaikuttamismahdollisuudet", "Osallistuminen"),
    ("yhteiset", "Tilojen ja kiinteistöjen omistajapolitiikka", "Tilat ja kiinteistöt"),
    ("yhteiset", "Tukipalvelujen järjestäminen", "Tukipalvelut"),
    ("yhteiset", "Alueen ja kuntien elinvoima", "Elinvoima"),
    ("yhdyspinta", "Sivistys ja sote-palvelut", "Sivistys ja sote"),
    ("yhdyspinta", "Työllisyyden hoito", "Työllisyys"),
    ("yhdyspinta", "Maahanmuutto ja kotoutumisen edistäminen", "Maahanmuutto ja kotoutuminen"),
    ("yhdyspinta", "Turvallisuus ja häiriötilanteisiin varautuminen", "Turvallisuus ja varautuminen"),
)


def fill_template(ops: Operations) -> None:
    """Add the template's ten default areas (no goals yet)."""
    with ops.transaction():
        for group, title, sheet in DEFAULT_AREAS:
            ops.create(Area, group=group, title=title, sheet_name=sheet)
