"""The domain's Finnish labels (``domain/vocab.py``) in the window's language.

The data layers keep Finnish labels and no Qt; this module marks the same
labels for Qt's translation tools (``QT_TRANSLATE_NOOP``) and translates them
at display time. ``tests/test_i18n.py`` checks that this list and vocab.py agree.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocab"

MARKED = (
    QT_TRANSLATE_NOOP("Vocab", "Yhteiset osa-alueet"),
    QT_TRANSLATE_NOOP("Vocab", "Yhdyspintakohtaiset osa-alueet"),
    QT_TRANSLATE_NOOP("Vocab", "Alueen erityispiirteisiin liittyvät osa-alueet"),
    QT_TRANSLATE_NOOP("Vocab", "Lainsäädännön asettamat vähimmäisvaatimukset"),
    QT_TRANSLATE_NOOP("Vocab", "Yhteisessä valmistelussa tunnistetut yhteistyön painopisteet"),
    QT_TRANSLATE_NOOP("Vocab", "kunta"),
    QT_TRANSLATE_NOOP("Vocab", "kaupunki"),
    QT_TRANSLATE_NOOP("Vocab", "hyvinvointialue"),
    QT_TRANSLATE_NOOP("Vocab", "maakunnan liitto"),
    QT_TRANSLATE_NOOP("Vocab", "muu organisaatio"),
    QT_TRANSLATE_NOOP("Vocab", "koollekutsuja"),
    QT_TRANSLATE_NOOP("Vocab", "puheenjohtaja"),
    QT_TRANSLATE_NOOP("Vocab", "vastuutaho"),
    QT_TRANSLATE_NOOP("Vocab", "osallistuja"),
    QT_TRANSLATE_NOOP("Vocab", "varapuheenjohtaja"),
    QT_TRANSLATE_NOOP("Vocab", "sihteeri"),
    QT_TRANSLATE_NOOP("Vocab", "jäsen"),
    QT_TRANSLATE_NOOP("Vocab", "kyllä/ei"),
    QT_TRANSLATE_NOOP("Vocab", "luku"),
    QT_TRANSLATE_NOOP("Vocab", "lukumäärä vuodessa"),
    QT_TRANSLATE_NOOP("Vocab", "teksti"),
    QT_TRANSLATE_NOOP("Vocab", "ei aloitettu"),
    QT_TRANSLATE_NOOP("Vocab", "käynnissä"),
    QT_TRANSLATE_NOOP("Vocab", "toteutunut"),
    QT_TRANSLATE_NOOP("Vocab", "viivästynyt"),
    QT_TRANSLATE_NOOP("Vocab", "keskeytetty"),
    QT_TRANSLATE_NOOP("Vocab", "luonnos"),
    QT_TRANSLATE_NOOP("Vocab", "hyväksytty"),
)


def label(vocabulary: dict[str, str], key: str | None) -> str:
    """The label of ``key`` in ``vocabulary``, translated ('' for an unknown key)."""
    if key is None or key not in vocabulary:
        return key or ""
    return QCoreApplication.translate(CONTEXT, vocabulary[key])
