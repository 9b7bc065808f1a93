"""The handouts' own fixed texts in Finnish and Swedish (no Qt here).

The GUI translates through Qt, but a PDF is built in the data layer (and from
the command line), so its headings, labels and vocabulary words live in this
one small catalogue. Finnish vocabulary labels come from
:mod:`yhteistyo_desktop.domain.vocab`, so they are not repeated here; Swedish
ones are. A key missing from Swedish falls back to Finnish rather than failing
a print run.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from ..domain import vocab

LANGUAGES = ("fi", "sv")
#: The handout kinds; each has its "kind.*" name below.
KINDS = ("meeting", "workbook", "followup", "party")

_FI: dict[str, str] = {
    "kind.meeting": "Kokousmateriaali",
    "kind.workbook": "Työkirja",
    "kind.followup": "Vuosiseuranta {year}",
    "kind.party": "Vastuut: {party}",
    "page": "Sivu {page} / {total}",
    "watermark": "LUONNOS",
    "dash": "–",
    "yes": "kyllä",
    "no": "ei",
    "term": "Valtuustokausi {term}",
    "status": "Tila",
    "version": "Versio",
    "approved": "Hyväksytty",
    "printed": "Tulostettu",
    "area": "Osa-alue",
    "goal": "Tavoite",
    "goal_n": "Tavoite {n}",
    "goals": "Tavoitteet",
    "action": "Toimenpide",
    "action_n": "Toimenpide {n}",
    "see_action": "ks. toimenpide {n} (tavoite {goal})",
    "n_parties": "{n} osapuolta",
    "actions": "Toimenpiteet",
    "no_actions": "Tavoitteelle ei ole kirjattu toimenpiteitä.",
    "description": "Kuvaus",
    "schedule": "Aikataulu",
    "resources": "Resurssit",
    "notes": "Huomioitavaa",
    "responsible_persons": "Vastuuhenkilöt",
    "preparers": "Valmistelijat",
    "responsible": "Vastuutahot",
    "serves_goals": "Edistää tavoitteita",
    "legal": "Lakiperusta",
    "legal_all": "Lakiperustat",
    "law": "Laki",
    "section": "Pykälä",
    "indicators": "Mittarit",
    "indicator": "Mittari",
    "kind": "Laji",
    "baseline": "Lähtötaso",
    "target": "Tavoitetaso",
    "source": "Lähde",
    "latest": "Viimeisin arvo",
    "trend": "Kehitys",
    "comment": "Kommentti",
    "no_status": "ei kirjattu",
    "number": "Nro",
    "parties": "Osapuolet",
    "party": "Osapuoli",
    "business_id": "Y-tunnus",
    "address": "Osoite",
    "name": "Nimi",
    "job_title": "Tehtävä",
    "organisation": "Organisaatio",
    "contact": "Yhteystiedot",
    "forum": "Foorumi",
    "forum_level": "{name} (taso {level})",
    "when": "Aika",
    "place": "Paikka",
    "participants": "Osallistujat",
    "no_participants": "Osallistujia ei ole kirjattu.",
    "agenda": "Esityslista",
    "presenter": "Esittelijä",
    "proposal": "Ehdotus",
    "datetime": "{weekday} {date} klo {time}",
    "linked_areas": "Käsiteltävät osa-alueet",
    "linked_goals": "Käsiteltävät tavoitteet",
    "linked_actions": "Käsiteltävät toimenpiteet",
    "linked_indicators": "Käsiteltävät mittarit",
    "nothing_linked": "Kohtaan ei ole liitetty tavoitteita tai toimenpiteitä.",
    "actions_above": "Samat toimenpiteet ja niiden tilanne ovat taulukossa edellä.",
    "actions_in_item": "Samat toimenpiteet ja niiden tilanne ovat kohdan {n} taulukossa.",
    "followup_title": "Vuosiseuranta {year}",
    "summary": "Yhteenveto",
    "status_year": "Tila {year}",
    "status_count": "Toimenpiteitä",
    "action_indicators": "Toimenpiteiden mittarit",
    "goal_indicators": "Tavoitteiden mittarit",
    "no_indicators": "Ei mittareita.",
    "party_title": "Osapuolen vastuut",
    "roles": "Roolit",
    "designated": "Nimetyt henkilöt",
    "designated_for": "Nimetty toimenpiteisiin",
    "working_group": "Valmisteleva työryhmä",
    "no_persons": "Osapuolelle ei ole kirjattu henkilöitä.",
    "responsibilities": "Vastuut toimenpiteissä",
    "no_responsibilities": "Osapuolelle ei ole kirjattu vastuita toimenpiteissä.",
    "other_parties": "Muut osapuolet",
    "party_values": "Osapuolen arvot",
    "appendix_parties": "Sopimuksen osapuolet",
}

_SV: dict[str, str] = {
    "kind.meeting": "Mötesmaterial",
    "kind.workbook": "Arbetsbok",
    "kind.followup": "Årlig uppföljning {year}",
    "kind.party": "Ansvar: {party}",
    "page": "Sida {page} / {total}",
    "watermark": "UTKAST",
    "yes": "ja",
    "no": "nej",
    "term": "Fullmäktigeperiod {term}",
    "status": "Status",
    "version": "Version",
    "approved": "Godkänd",
    "printed": "Utskriven",
    "area": "Delområde",
    "goal": "Mål",
    "goal_n": "Mål {n}",
    "goals": "Mål",
    "action": "Åtgärd",
    "action_n": "Åtgärd {n}",
    "see_action": "se åtgärd {n} (mål {goal})",
    "n_parties": "{n} parter",
    "actions": "Åtgärder",
    "no_actions": "Inga åtgärder har registrerats för målet.",
    "description": "Beskrivning",
    "schedule": "Tidtabell",
    "resources": "Resurser",
    "notes": "Att beakta",
    "responsible_persons": "Ansvarspersoner",
    "preparers": "Beredare",
    "responsible": "Ansvariga parter",
    "serves_goals": "Främjar målen",
    "legal": "Lagstiftning",
    "legal_all": "Lagstiftning",
    "law": "Lag",
    "section": "Paragraf",
    "indicators": "Indikatorer",
    "indicator": "Indikator",
    "kind": "Typ",
    "baseline": "Utgångsläge",
    "target": "Målnivå",
    "source": "Källa",
    "latest": "Senaste värde",
    "trend": "Utveckling",
    "comment": "Kommentar",
    "no_status": "ej registrerad",
    "number": "Nr",
    "parties": "Parter",
    "party": "Part",
    "business_id": "FO-nummer",
    "address": "Adress",
    "name": "Namn",
    "job_title": "Befattning",
    "organisation": "Organisation",
    "contact": "Kontaktuppgifter",
    "forum": "Forum",
    "forum_level": "{name} (nivå {level})",
    "when": "Tid",
    "place": "Plats",
    "participants": "Deltagare",
    "no_participants": "Inga deltagare har registrerats.",
    "agenda": "Föredragningslista",
    "presenter": "Föredragande",
    "proposal": "Förslag",
    "datetime": "{weekday} {date} kl. {time}",
    "linked_areas": "Delområden som behandlas",
    "linked_goals": "Mål som behandlas",
    "linked_actions": "Åtgärder som behandlas",
    "linked_indicators": "Indikatorer som behandlas",
    "nothing_linked": "Inga mål eller åtgärder har kopplats till punkten.",
    "actions_above": "Samma åtgärder och deras läge finns i tabellen ovan.",
    "actions_in_item": "Samma åtgärder och deras läge finns i tabellen under punkt {n}.",
    "followup_title": "Årlig uppföljning {year}",
    "summary": "Sammanfattning",
    "status_year": "Status {year}",
    "status_count": "Åtgärder",
    "action_indicators": "Åtgärdernas indikatorer",
    "goal_indicators": "Målens indikatorer",
    "no_indicators": "Inga indikatorer.",
    "party_title": "Partens ansvar",
    "roles": "Roller",
    "designated": "Utsedda personer",
    "designated_for": "Utsedd för åtgärderna",
    "working_group": "Beredande arbetsgrupp",
    "no_persons": "Inga personer har registrerats för parten.",
    "responsibilities": "Ansvar i åtgärderna",
    "no_responsibilities": "Inga ansvar i åtgärder har registrerats för parten.",
    "other_parties": "Övriga parter",
    "party_values": "Partens värden",
    "appendix_parties": "Avtalets parter",
}

#: The change report's texts ("chg.*"), record kinds ("e.*") and field names ("f.*").
_FI.update({
    "kind.changes": "Muutokset",
    "chg.between": "Muutokset {since} – {until}",
    "chg.now": "nyt",
    "chg.compare": "Vertailu: {old} → {new}",
    "chg.summary": "Muutettuja kohteita {edited}, lisättyjä {added}, poistettuja {removed}.",
    "chg.none": "Ei muutoksia välillä {since} – {until}.",
    "chg.workbook": "Työkirjan tiedot",
    "chg.other": "Muut tiedot",
    "chg.no_area": "Ilman osa-aluetta",
    "chg.added": "Lisätty",
    "chg.edited": "Muutettu",
    "chg.removed": "Poistettu",
    "chg.added_along": "Lisättiin samalla",
    "chg.removed_along": "Poistui samalla",
    "chg.was": "Oli",
    "chg.is": "Nyt",
    "chg.empty": "(tyhjä)",
    "chg.by": "{who}, {date} klo {time}",
    "chg.unknown": "tuntematon",
    "chg.section": "Muutokset edellisen kokouksen jälkeen",
    "chg.moved": "Siirretty",
    "chg.summary_moved": " Siirrettyjä {moved}.",
    "chg.moved_to": "Siirretty: {source} {target}",
    "chg.from.goal": "tavoitteesta {}", "chg.to.goal": "tavoitteeseen {}",
    "chg.from.area": "osa-alueelta {}", "chg.to.area": "osa-alueelle {}",
    "chg.from.action": "toimenpiteestä {}", "chg.to.action": "toimenpiteeseen {}",
    "chg.from.meeting": "kokouksesta {}", "chg.to.meeting": "kokoukseen {}",
    "chg.reordered": "Järjestys muuttui: {old} → {new}",
    "chg.place": "{}.",
    "e.workbook": "työkirja", "e.area": "osa-alue", "e.goal": "tavoite", "e.action": "toimenpide",
    "e.goal_action": "toimenpiteen tavoite", "e.party": "osapuoli", "e.person": "henkilö",
    "e.membership": "työryhmän jäsenyys", "e.responsibility": "vastuutaho",
    "e.responsibility_person": "nimetty henkilö", "e.indicator": "mittari",
    "e.indicator_value": "mittarin arvo", "e.action_status": "toimenpiteen tila",
    "e.legal_reference": "lakiperusta", "e.goal_legal_reference": "tavoitteen lakiperusta",
    "e.forum": "foorumi", "e.meeting": "kokous", "e.meeting_participant": "osallistuja",
    "e.agenda_item": "asiakohta", "e.agenda_link": "asiakohdan kohde",
    "f.action_id": "toimenpide", "f.agenda_item_id": "asiakohta", "f.approved_on": "hyväksytty",
    "f.area_id": "osa-alue", "f.baseline_value": "lähtötaso", "f.baseline_year": "lähtövuosi",
    "f.business_id": "y-tunnus", "f.city": "postitoimipaikka", "f.comment": "kommentti",
    "f.description": "kuvaus", "f.email": "sähköposti", "f.forum_id": "foorumi",
    "f.goal_id": "tavoite", "f.group": "ryhmä", "f.indicator_id": "mittari", "f.kind": "laji",
    "f.law": "laki", "f.law_name": "lain nimi", "f.layer": "taso", "f.legal_reference_id": "lakiperusta",
    "f.level": "taso", "f.meeting_id": "kokous", "f.name": "nimi", "f.notes": "huomioitavaa",
    "f.party_id": "osapuoli", "f.per_party": "osapuolittain", "f.person_id": "henkilö",
    "f.phone": "puhelin", "f.place": "paikka", "f.postal_code": "postinumero",
    "f.preparers": "valmistelijat", "f.presenter_id": "esittelijä", "f.proposal": "päätösehdotus",
    "f.region": "alue", "f.resources": "resurssit", "f.responsibility_id": "vastuutaho",
    "f.responsible_persons": "vastuuhenkilöt", "f.role": "rooli", "f.schedule": "aikataulu",
    "f.section": "pykälä", "f.selected": "valittu", "f.sheet_name": "välilehti",
    "f.short_name": "lyhyt nimi", "f.source_id": "tietolähteen tunnus", "f.starts_at": "alkaa",
    "f.status": "tila", "f.street": "katuosoite", "f.target_value": "tavoitetaso",
    "f.target_year": "tavoitevuosi", "f.term_end": "kauden loppu", "f.term_start": "kauden alku",
    "f.title": "otsikko", "f.unit": "yksikkö", "f.value_number": "arvo", "f.value_text": "arvo",
    "f.version": "versio", "f.version_id": "versio", "f.year": "vuosi",
})

_SV.update({
    "kind.changes": "Ändringar",
    "chg.between": "Ändringar {since} – {until}",
    "chg.now": "nu",
    "chg.compare": "Jämförelse: {old} → {new}",
    "chg.summary": "Ändrade poster {edited}, tillagda {added}, borttagna {removed}.",
    "chg.none": "Inga ändringar mellan {since} – {until}.",
    "chg.workbook": "Arbetsbokens uppgifter",
    "chg.other": "Övriga uppgifter",
    "chg.no_area": "Utan delområde",
    "chg.added": "Tillagd",
    "chg.edited": "Ändrad",
    "chg.removed": "Borttagen",
    "chg.added_along": "Tillagt samtidigt",
    "chg.removed_along": "Borttaget samtidigt",
    "chg.was": "Var",
    "chg.is": "Nu",
    "chg.empty": "(tom)",
    "chg.by": "{who}, {date} kl. {time}",
    "chg.unknown": "okänd",
    "chg.section": "Ändringar sedan föregående möte",
    "chg.moved": "Flyttad",
    "chg.summary_moved": " Flyttade {moved}.",
    "chg.moved_to": "Flyttad: {source} {target}",
    "chg.from.goal": "från mål {}", "chg.to.goal": "till mål {}",
    "chg.from.area": "från delområde {}", "chg.to.area": "till delområde {}",
    "chg.from.action": "från åtgärd {}", "chg.to.action": "till åtgärd {}",
    "chg.from.meeting": "från möte {}", "chg.to.meeting": "till möte {}",
    "chg.reordered": "Ordningen ändrades: {old} → {new}",
    "chg.place": "plats {}",
    "e.workbook": "arbetsbok", "e.area": "delområde", "e.goal": "mål", "e.action": "åtgärd",
    "e.goal_action": "åtgärdens mål", "e.party": "part", "e.person": "person",
    "e.membership": "medlemskap i arbetsgruppen", "e.responsibility": "ansvarig part",
    "e.responsibility_person": "utsedd person", "e.indicator": "indikator",
    "e.indicator_value": "indikatorns värde", "e.action_status": "åtgärdens status",
    "e.legal_reference": "rättslig grund", "e.goal_legal_reference": "målets rättsliga grund",
    "e.forum": "forum", "e.meeting": "möte", "e.meeting_participant": "deltagare",
    "e.agenda_item": "ärende", "e.agenda_link": "ärendets objekt",
    "f.action_id": "åtgärd", "f.agenda_item_id": "ärende", "f.approved_on": "godkänd",
    "f.area_id": "delområde", "f.baseline_value": "utgångsnivå", "f.baseline_year": "utgångsår",
    "f.business_id": "FO-nummer", "f.city": "postanstalt", "f.comment": "kommentar",
    "f.description": "beskrivning", "f.email": "e-post", "f.forum_id": "forum",
    "f.goal_id": "mål", "f.group": "grupp", "f.indicator_id": "indikator", "f.kind": "typ",
    "f.law": "lag", "f.law_name": "lagens namn", "f.layer": "nivå", "f.legal_reference_id": "rättslig grund",
    "f.level": "nivå", "f.meeting_id": "möte", "f.name": "namn", "f.notes": "att beakta",
    "f.party_id": "part", "f.per_party": "per part", "f.person_id": "person",
    "f.phone": "telefon", "f.place": "plats", "f.postal_code": "postnummer",
    "f.preparers": "beredare", "f.presenter_id": "föredragande", "f.proposal": "beslutsförslag",
    "f.region": "region", "f.resources": "resurser", "f.responsibility_id": "ansvarig part",
    "f.responsible_persons": "ansvarspersoner", "f.role": "roll", "f.schedule": "tidtabell",
    "f.section": "paragraf", "f.selected": "vald", "f.sheet_name": "flik",
    "f.short_name": "kortnamn", "f.source_id": "datakällans id", "f.starts_at": "börjar",
    "f.status": "status", "f.street": "gatuadress", "f.target_value": "målnivå",
    "f.target_year": "målår", "f.term_end": "periodens slut", "f.term_start": "periodens början",
    "f.title": "rubrik", "f.unit": "enhet", "f.value_number": "värde", "f.value_text": "värde",
    "f.version": "version", "f.version_id": "version", "f.year": "år",
})

#: Swedish labels of the controlled vocabularies (the Finnish ones are in domain.vocab).
_SV_VOCAB: dict[str, dict[str, str]] = {
    "AREA_GROUPS": {"yhteiset": "Gemensamma delområden",
                    "yhdyspinta": "Gränsytespecifika delområden",
                    "erityis": "Delområden som gäller regionens särdrag"},
    "GOAL_LAYERS": {"lainsaadanto": "Minimikrav i lagstiftningen",
                    "painopiste": "Prioriteringar för samarbetet som identifierats i den "
                                  "gemensamma beredningen"},
    "PARTY_KINDS": {"kunta": "kommun", "kaupunki": "stad", "hyvinvointialue": "välfärdsområde",
                    "maakunnan_liitto": "landskapsförbund", "muu": "annan organisation"},
    "RESPONSIBILITY_ROLES": {"koollekutsuja": "sammankallare", "puheenjohtaja": "ordförande",
                             "vastuutaho": "ansvarig part", "osallistuja": "deltagare"},
    "MEMBERSHIP_ROLES": {"puheenjohtaja": "ordförande", "varapuheenjohtaja": "vice ordförande",
                         "sihteeri": "sekreterare", "jasen": "medlem"},
    "INDICATOR_KINDS": {"kylla_ei": "ja/nej", "luku": "tal", "lukumaara_vuodessa": "antal per år",
                        "teksti": "text"},
    "ACTION_STATUSES": {"ei_aloitettu": "inte påbörjad", "kaynnissa": "pågår",
                        "toteutunut": "genomförd", "viivastynyt": "försenad",
                        "keskeytetty": "avbruten"},
    "WORKBOOK_STATUSES": {"luonnos": "utkast", "hyvaksytty": "godkänd"},
}

_WEEKDAYS = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
}


class Texts:
    """The fixed texts of one language: ``t(key, **values)`` and ``label(vocabulary, key)``."""

    def __init__(self, lang: str):
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self.lang = lang
        self._strings = _FI if lang == "fi" else {**_FI, **_SV}

    def t(self, key: str, **values: object) -> str:
        text = self._strings[key]
        return text.format(**values) if values else text

    def label(self, vocabulary: str, key: str | None) -> str:
        """The word for a stored vocabulary key, e.g. ``label("ACTION_STATUSES", "kaynnissa")``."""
        if key is None:
            return self.t("dash")
        if self.lang == "sv" and key in _SV_VOCAB[vocabulary]:
            return _SV_VOCAB[vocabulary][key]
        return getattr(vocab, vocabulary).get(key, key)

    def date(self, day: dt.date) -> str:
        """d.M.yyyy, the way both Finnish and Finland-Swedish write dates."""
        return f"{day.day}.{day.month}.{day.year}"

    def datetime(self, when: dt.datetime) -> str:
        """E.g. "keskiviikko 20.5.2026 klo 9.00" (the Finnish time separator is a dot)."""
        return self.t("datetime", weekday=_WEEKDAYS[self.lang][when.weekday()],
                      date=self.date(when.date()), time=f"{when.hour}.{when.minute:02d}")

    def number(self, value: float) -> str:
        """A number the Finnish and Swedish way: decimal comma, no-break space between thousands."""
        from ..domain.followup import format_number  # not at import: the CLI loads this module

        return format_number(value)


@lru_cache(maxsize=None)
def texts(lang: str = "fi") -> Texts:
    return Texts(lang)
