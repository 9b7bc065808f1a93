"""Review of a returned copy, and import into a new workbook: both apply records through Operations.

:func:`compare` reads a returned copy of one of our exports and lists its
differences from the workbook as :class:`Change` objects. It is a three-way
comparison: the hidden metadata holds a fingerprint of every exported field,
so for each field we know whether the copy changed it, and whether the
workbook changed it since the export. A field changed on both sides (to
different values) is a *conflict*: it is listed with both values and is
applied only when the user explicitly accepts it.

A deleted row names everything its deletion would take along (:class:`_Consequences`),
and one whose dependants the copy still shows is a *question* (``Change.question``),
decided like a conflict. A new row (no id in the copy) that the workbook already has, from
an earlier import of the same copy or another member's copy of the same export, is
recognised (:func:`_recognise_new_rows`), so importing a copy twice adds nothing twice.

:func:`apply` puts accepted changes into the workbook through
:class:`~..domain.operations.Operations` in one transaction whose history rows
carry the file's name as their source. :func:`import_new` creates a new
workbook file from any readable file by applying every record as an addition.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import vocab
from ..domain.models import (
    Action, ActionStatus, AgendaItem, AgendaLink, Area, Goal, GoalAction, GoalLegalReference,
    History, Indicator, IndicatorValue, LegalReference, Meeting, MeetingParticipant, Membership,
    Party, Person, Responsibility, ResponsibilityPerson,
)
from ..domain.numbering import session_goal_numbers
from ..domain.operations import TABLE_ORDER, DomainError, Operations, what_delete_takes
from ..store.workbook_file import WorkbookFile, create_workbook
from ..gcpolicy import young_objects_only
from .dataset import (
    ENTITIES, FIELDS, MODEL_OF, Dataset, Record, exported_fingerprint, fingerprint, load_dataset,
    fingerprints, split_year_key, year_key,
)
from .errors import MissingWorkbookFields, XlsxError
from .layout import ACTIONS, norm, sheet_of
from .safety import LIMITS, Limits
from .reader import Notice, ParsedFile, read_xlsx
from .render import Names, cell_value

ENTITY_LABELS = {"workbook": "työkirja", "area": "osa-alue", "goal": "tavoite", "action": "toimenpide",
                 "indicator": "mittari", "party": "osapuoli", "person": "henkilö",
                 "legal_reference": "lakiperusta"}
FIELD_LABELS = {
    "title": "nimi", "name": "nimi", "description": "kuvaus", "resources": "resurssit",
    "notes": "huomioitavaa", "schedule": "aikataulu", "layer": "taso", "area": "osa-alue",
    "group": "ryhmä", "selected": "valittu", "responsible_persons": "vastuuhenkilöt",
    "preparers": "valmistelijat", "sheet_name": "välilehti", "goals": "tavoitteet",
    "responsibilities": "vastuutahot", "kind": "laji", "unit": "yksikkö",
    "baseline_value": "lähtötaso", "baseline_year": "lähtövuosi", "target_value": "tavoitetaso",
    "target_year": "tavoitevuosi", "source_id": "tietolähteen tunnus",
    "per_party": "osapuolittain", "short_name": "lyhyt nimi", "business_id": "y-tunnus",
    "street": "katuosoite", "postal_code": "postinumero", "city": "postitoimipaikka",
    "party": "organisaatio", "email": "sähköposti", "phone": "puhelin", "role": "rooli työryhmässä",
    "law": "laki", "law_name": "lain nimi", "section": "pykälä", "region": "alue",
    "status": "tila", "version": "versio", "approved_on": "hyväksytty", "owner": "kohde",
}
#: Fields a returned copy may not change (the term moves every year's data; owners are structure).
_NOT_APPLIED = {("workbook", "term"), ("indicator", "owner"), ("area", "sheet_name")}
ADDED, EDITED, REMOVED = "added", "edited", "removed"


@dataclass
class Change:
    """One difference between a returned copy and the workbook.

    ``old`` is the value in the workbook now, ``new`` the copy's; for an added
    item ``new`` is its record, for a removed one ``old`` is. ``conflict`` is
    true when the workbook changed the same field (or item) since the export.
    """

    id: str
    kind: str
    entity: str
    record_id: str
    field: str | None
    old: Any
    new: Any
    conflict: bool
    description: str
    area: str | None = None
    goal: str | None = None
    where: str = ""
    requires: tuple[str, ...] = ()
    #: A deletion whose dependants still stand in the copy: someone has to decide it
    #: (never preselected, never applied by ``--accept-all``), like a conflict.
    question: bool = False
    #: For the window, a long description in parts: its first sentence, and the rest one
    #: line a group (a deletion's consequences) to show under it.
    headline: str = ""
    details: tuple[str, ...] = ()
    #: For the window's columns: the item ("Tavoite 'Asuminen'"), the field's name, and the two
    #: values as people read them (None: read ``old``/``new`` as they are).
    item: str = ""
    field_label: str = ""
    old_text: str | None = None
    new_text: str | None = None

    @property
    def workbook_value(self) -> Any:
        return self.old

    @property
    def undecided(self) -> bool:
        """Whether the change needs someone's decision: a conflict, or a deletion's question."""
        return self.conflict or self.question


@dataclass
class Review:
    """The changes a returned copy proposes, with what could not be placed."""

    path: Path
    parsed: ParsedFile
    changes: list[Change]
    notices: list[Notice]

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.conflict]

    @property
    def questions(self) -> list[Change]:
        """Deletions whose dependants still stand in the copy (see :class:`Change`)."""
        return [c for c in self.changes if getattr(c, "question", False)]

    def groups(self) -> dict[tuple[str, str], list[Change]]:
        """Changes grouped by (area, goal) title, in the order met; "" for no area or goal."""
        grouped: dict[tuple[str, str], list[Change]] = {}
        for change in self.changes:
            grouped.setdefault((change.area or "", change.goal or ""), []).append(change)
        return grouped


@dataclass
class ApplyResult:
    applied: list[str] = field(default_factory=list)
    #: (change id, why it was left out)
    skipped: list[tuple[str, str]] = field(default_factory=list)


# -- comparing -----------------------------------------------------------------------------------

@young_objects_only()  # see gcpolicy: a third faster, and the window stays live
def compare(path: str | os.PathLike, session: Session, limits: Limits = LIMITS) -> Review:
    """The changes a returned copy at ``path`` proposes to the workbook held by ``session``.

    ``limits``: the size limits of :mod:`.safety` (the benchmark's 16x workbook needs more).
    """
    path = Path(path)
    current = load_dataset(session)
    parsed = read_xlsx(path, known=current, limits=limits)
    if not parsed.own:
        raise XlsxError(f"{path.name} ei ole tästä sovelluksesta viety työkirja (piilotettu "
                        "tunnistevälilehti puuttuu), joten sitä ei voi verrata. Tuo se uutena "
                        "työkirjana.")
    if parsed.workbook_id != current.workbook.id:
        theirs, ours = parsed.data.workbook.fields.get("region"), current.workbook.fields["region"]
        if theirs == ours:  # e.g. two workbooks made from the same demo or template
            raise XlsxError(f"{path.name} on viety toisesta työkirjasta kuin tästä, vaikka "
                            f"molempien alue on {ours} (työkirjoilla on eri tunniste). Valitse "
                            "työkirja, josta kopio vietiin.")
        raise XlsxError(f"{path.name} on viety toisesta työkirjasta "
                        f"({theirs or 'tuntematon alue'}), ei tästä ({ours}). Valitse oikea työkirja.")
    try:
        changes = _Comparison(parsed, current, session).changes()
    except Exception:  # a copy that fooled the reader must still not crash the caller
        logging.getLogger(__name__).exception("Comparing %s failed", path)
        raise XlsxError(f"{path.name}: kopiota ei voitu verrata työkirjaan; mitään ei tuotu.") from None
    return Review(path, parsed, changes, list(parsed.notices))


class _Comparison:
    def __init__(self, parsed: ParsedFile, current: Dataset, session: Session):
        self.copy = parsed.data
        self.current = current
        self.base = dict(parsed.base)
        self.path = parsed.path
        self.session = session
        self.recognised: set[tuple[str, str]] = set()  # see _recognise_new_rows
        self.consequences: _Consequences | None = None  # made at the first deletion
        self.names = _CombinedNames(self.copy, current)
        self.goal_numbers = session_goal_numbers(session)  # goals are grouped under "1.2 Title"
        self.notices = parsed.notices
        self.added_ids: dict[str, str] = {}

    def changes(self) -> list[Change]:
        self.recognised = set(_recognise_new_rows(self.copy, self.current, self.base))
        for entity, record_id in _imported_from(self.session, self.current, self.recognised,
                                                self.path.name):
            # what the copy says differently is its own edit, as for an exported row
            self.base[(entity, record_id)] = {"h": fingerprints(self.current.get(entity, record_id))}
        changes: list[Change] = []
        for entity in ENTITIES:
            for record in self.copy.all(entity):
                changes += self._record_changes(record)
        for entity in reversed(ENTITIES):
            for (base_entity, record_id), base in self.base.items():
                if base_entity == entity and self.copy.get(entity, record_id) is None:
                    changes += self._removal(entity, record_id, base)
        for change in changes:
            change.requires = self._requires(change)
        return changes

    def _record_changes(self, record: Record) -> list[Change]:
        entity = record.entity
        current = self.current.get(entity, record.id)
        base = self.base.get((entity, record.id))
        if base is None:
            if current is None:
                if self._already_there(record):
                    return []
                change = self._change(ADDED, record, None, None, record, False)
                self.added_ids[record.id] = change.id
                return [change]
            base = {"h": {}}
        if current is None:
            if any(fingerprint(v) != exported_fingerprint(base["h"], n)
                   for n, v in record.fields.items() if n not in record.unread):
                return [self._change(EDITED, record, None, None, record, True,
                                     "poistettu työkirjasta viennin jälkeen, mutta muokattu kopiossa")]
            return []
        changes = []
        names = [n for n in {**record.fields, **current.fields, **base["h"]}
                 if n not in record.unread and (entity, n) not in _NOT_APPLIED]
        for name in names:
            new, old = record.fields.get(name), current.fields.get(name)
            exported = exported_fingerprint(base["h"], name)
            if fingerprint(new) in (exported, base.get("c", {}).get(name)) or _same(name, new, old):
                continue
            if name == "goals" and entity == "action" and not new:
                self.notices.append(Notice(record.where.get(name, record.row), "toimenpiteen on "
                                           "palveltava vähintään yhtä tavoitetta; muutosta ei tuotu."))
                continue
            note = "lisätty työkirjaan viennin jälkeen, ja arvot eroavat" \
                if (entity, record.id) in self.recognised else ""
            changes.append(self._change(EDITED, current, name, old, new, fingerprint(old) != exported,
                                        note, where=record.where.get(name, record.row)))
        return changes

    def _already_there(self, record: Record) -> bool:
        """A new row identical to an item the workbook has (the same copy reviewed again)."""
        return any(other.fields == record.fields for other in self.current.all(record.entity))

    def _removal(self, entity: str, record_id: str, base: dict) -> list[Change]:
        current = self.current.get(entity, record_id)
        if current is None or entity == "workbook":
            return []
        changed = {n for n, v in current.fields.items() if fingerprint(v) != exported_fingerprint(base["h"], n)}
        changed |= {n for n in base["h"] if n not in current.fields}
        change = self._change(REMOVED, current, None, current, None, bool(changed),
                              "muokattu työkirjassa viennin jälkeen" if changed else "")
        obj = self.session.get(MODEL_OF[entity], record_id)
        if obj is not None:
            if self.consequences is None:
                self.consequences = _Consequences(self.session, self.current, self.copy)
            taken, standing = self.consequences.of(obj)
            change.headline = change.description
            if taken:
                change.description += f". Poistuu myös: {_grouped(taken)}"
                change.details += tuple(f"Poistuu myös: {group} {', '.join(items)}"
                                        for group, items in taken.items())
            if standing:
                change.question = True
                change.headline = f"TARKISTA: {change.headline}"
                change.description = (f"TARKISTA: {change.description}. Kopiossa on yhä: "
                                      f"{_grouped(standing)}; hyväksytty poisto veisi nekin")
                change.details += tuple(f"Kopiossa on yhä: {group} {', '.join(items)}"
                                        for group, items in standing.items())
        return [change]

    def _change(self, kind: str, record: Record, name: str | None, old: Any, new: Any,
                conflict: bool, note: str = "", where: str = "") -> Change:
        suffix = {ADDED: "+", REMOVED: "-"}.get(kind, name)
        area, goal = self._group(record)
        change = Change(f"{record.entity}:{record.id}:{suffix}", kind, record.entity, record.id, name,
                        old, new, conflict, "", area, goal, where or record.row)
        change.description = self._describe(change, record, note)
        change.item = f"{ENTITY_LABELS[record.entity].capitalize()} {record.label!r}"
        if name is not None and kind == EDITED:
            change.field_label = _field_label(name, self.names)
            change.old_text = self.names.show(record.entity, name, old)
            change.new_text = self.names.show(record.entity, name, new)
        return change

    def _group(self, record: Record) -> tuple[str | None, str | None]:
        """The area and goal a change is shown under."""
        goal_id = None
        if record.entity == "goal":
            goal_id = record.id
        elif record.entity == "action" and len(record.fields.get("goals", ())) == 1:
            goal_id = record.fields["goals"][0]
        elif record.entity == "indicator" and record.fields.get("owner", "").startswith("goal:"):
            goal_id = record.fields["owner"][5:]
        if record.entity == "area":
            return record.label, None
        goal = self.names.record("goal", goal_id)
        if goal is None:
            return None, None
        number = self.goal_numbers.get(goal.id)
        return (self.names.label("area", goal.fields["area"]),
                f"{number} {goal.label}" if number else goal.label)

    def _describe(self, change: Change, record: Record, note: str) -> str:
        what = f"{ENTITY_LABELS[record.entity].capitalize()} {record.label!r}"
        if change.kind == ADDED:
            text = f"Uusi {ENTITY_LABELS[record.entity]}: {record.label!r}"
        elif change.kind == REMOVED:
            text = f"{what} poistettu kopiosta"
        elif change.field is None:
            text = what
        else:
            label = _field_label(change.field, self.names)
            text = (f"{what}: {label}: {self.names.show(record.entity, change.field, change.old)} → "
                    f"{self.names.show(record.entity, change.field, change.new)}")
        if change.conflict:
            text = f"RISTIRIITA: {text} ({note or 'muutettu myös työkirjassa viennin jälkeen'})"
        return text

    def _requires(self, change: Change) -> tuple[str, ...]:
        """Changes adding the items this change refers to (a new party, goal or area)."""
        record = change.new if change.kind == ADDED else None
        values = list(record.fields.values()) if record else [change.new]
        refs: set[str] = set()
        for value in values:
            refs |= _ids_in(value)
        refs.discard(change.record_id)
        return tuple(sorted(self.added_ids[r] for r in refs if r in self.added_ids))


class _Consequences:
    """What deleting an item takes along (as :meth:`Operations.delete` would), named for people,
    and which of it the copy still shows: a deletion must never remove more than the review
    said, nor silently remove what the copy still has.

    Both come as text grouped by kind, e.g. ``mittarit 'A' (3 vuosiarvoa), 'B'; vastuutahot
    'Kunta' (koollekutsuja)``; what the copy still has is given with its cell.
    """

    ENTITY_OF = {model: entity for entity, model in MODEL_OF.items()}
    PLURAL = {"area": "osa-alueet", "goal": "tavoitteet", "action": "toimenpiteet",
              "indicator": "mittarit", "party": "osapuolet", "person": "henkilöt",
              "legal_reference": "lakiperustat"}

    def __init__(self, session: Session, current: Dataset, copy: Dataset):
        self.session = session
        self.current = current
        self.copy = copy
        #: Each item's place in the workbook, for listing dependants in a steady order.
        self.ranks = {entity: {rid: i for i, rid in enumerate(current.records[entity])}
                      for entity in ENTITIES}

    def of(self, obj) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """(what else goes or is cleared; what of that the copy still has), as items by group."""
        victims, snapshot = what_delete_takes(self.session, obj)
        victims.sort(key=self._order)  # table order, then the workbook's: the same text every time
        self.deleted = obj
        self.gone = {(type(v), getattr(v, "id", None)) for v in victims}
        self.values: dict[str, int] = {}
        self.statuses: dict[str, list[int]] = {}
        for victim in victims:
            if isinstance(victim, IndicatorValue):
                self.values[victim.indicator_id] = self.values.get(victim.indicator_id, 0) + 1
            elif isinstance(victim, ActionStatus):
                self.statuses.setdefault(victim.action_id, []).append(victim.year)
        taken: dict[str, list[str]] = {}
        standing: dict[str, list[str]] = {}
        for victim in victims:
            named = None if victim is obj else self._name(victim)
            if named is None:
                continue
            group, item = named
            _add(taken, group, item)
            where = self._standing(victim)
            if where:
                _add(standing, group, f"{item} ({where})")
        for cls, key, _column, _old in snapshot.nullified:
            row = self.session.get(cls, key)
            if isinstance(row, Person):
                _add(taken, "organisaatio tyhjenee henkilöiltä", repr(row.name))
                copied = self.copy.get("person", row.id)
                if copied is not None and copied.fields.get("party") == obj.id:
                    _add(standing, "organisaationa henkilöillä",
                         f"{row.name!r} ({copied.where.get('party', copied.row)})")
            elif isinstance(row, AgendaItem):
                _add(taken, "esittelijä tyhjenee asialistan kohdista", repr(row.title))
        return taken, standing

    def _order(self, victim) -> tuple:
        """A dependant's place: its table's (as deleted), then its items' places in the workbook."""
        refs = [(entity, getattr(victim, column, None)) for entity, column in (
            ("area", "area_id"), ("goal", "goal_id"), ("action", "action_id"),
            ("indicator", "indicator_id"), ("party", "party_id"), ("person", "person_id"),
            ("legal_reference", "legal_reference_id"))]
        entity = self.ENTITY_OF.get(type(victim))
        if entity is not None:
            refs.insert(0, (entity, victim.id))
        return (TABLE_ORDER.index(type(victim)), *(self.ranks[e].get(rid, -1) for e, rid in refs),
                getattr(victim, "position", 0), getattr(victim, "year", 0), str(getattr(victim, "id", "")))

    def _label(self, entity: str, record_id: str | None) -> str:
        record = self.current.get(entity, record_id)
        if record is None:
            return repr("")
        if entity == "legal_reference" and record.fields.get("section"):
            return repr(f"{record.label} {record.fields['section']}")
        return repr(record.label)

    def _role(self, role: str) -> str:
        return vocab.RESPONSIBILITY_ROLES.get(role, role)

    def _name(self, victim) -> tuple[str, str] | None:
        """(group, item) naming a dependant; None for one told as part of another."""
        gone = self.gone
        entity = self.ENTITY_OF.get(type(victim))
        if entity is not None:
            item, more = self._label(entity, victim.id), []
            if entity == "indicator" and self.values.get(victim.id):
                more.append(_count(self.values[victim.id], "vuosiarvo", "vuosiarvoa"))
            if entity == "action" and self.statuses.get(victim.id):
                more.append(_years(self.statuses[victim.id]))
            return self.PLURAL[entity], item + (f" ({', '.join(more)})" if more else "")
        if isinstance(victim, IndicatorValue):
            party = f" ({self._label('party', victim.party_id)})" if victim.party_id else ""
            if victim.indicator_id == self.deleted.id:  # the deleted indicator's own values
                return "vuosiarvot", f"{victim.year}{party}"
            if (Indicator, victim.indicator_id) in gone:
                return None  # counted with its indicator
            return "vuosiarvot", f"{self._label('indicator', victim.indicator_id)} {victim.year}{party}"
        if isinstance(victim, ActionStatus):
            if victim.action_id == self.deleted.id:  # the deleted action's own statuses
                return "tilat", str(victim.year)
            return None  # an action's statuses go only with it: counted with the action
        if isinstance(victim, Responsibility):
            if (Action, victim.action_id) in gone:
                return "vastuutahot", f"{self._label('party', victim.party_id)} ({self._role(victim.role)})"
            return ("vastuutahona toimenpiteissä",
                    f"{self._label('action', victim.action_id)} ({self._role(victim.role)})")
        if isinstance(victim, ResponsibilityPerson):
            if (Responsibility, victim.responsibility_id) in gone:
                return None
            resp = self.session.get(Responsibility, victim.responsibility_id)
            return ("vastuuhenkilönä toimenpiteissä",
                    f"{self._label('action', resp.action_id)} ({self._label('party', resp.party_id)})")
        if isinstance(victim, GoalAction):
            if (Action, victim.action_id) in gone:
                return None
            return (f"tavoitteen {self._label('goal', victim.goal_id)} liitos toimenpiteisiin",
                    self._label("action", victim.action_id))
        if isinstance(victim, GoalLegalReference):
            if (LegalReference, victim.legal_reference_id) in gone:
                return "liitokset tavoitteisiin", self._label("goal", victim.goal_id)
            return (f"tavoitteen {self._label('goal', victim.goal_id)} lakiperustat",
                    self._label("legal_reference", victim.legal_reference_id))
        if isinstance(victim, AgendaLink):
            item = self.session.get(AgendaItem, victim.agenda_item_id)
            meeting = self.session.get(Meeting, item.meeting_id)
            return (f"viittaukset kokouksen {meeting.title!r} ({meeting.starts_at:%-d.%-m.%Y}) "
                    "asialistan kohdista", repr(item.title))
        if isinstance(victim, Membership):
            return "jäsenyys työryhmässä", f"({vocab.MEMBERSHIP_ROLES.get(victim.role, victim.role)})"
        if isinstance(victim, MeetingParticipant):
            return "osallistuminen kokouksiin", repr(self.session.get(Meeting, victim.meeting_id).title)
        return type(victim).__tablename__, getattr(victim, "id", "")

    def _standing(self, victim) -> str:
        """The cell or row where the copy still shows ``victim``, or ""."""
        gone = self.gone
        entity = self.ENTITY_OF.get(type(victim))
        if entity is not None:
            record = self.copy.get(entity, victim.id)
            return record.row if record is not None else ""
        if isinstance(victim, IndicatorValue) and (Indicator, victim.indicator_id) not in gone:
            record = self.copy.get("indicator", victim.indicator_id)
            key = year_key("value", victim.year, victim.party_id)
            return record.where.get(key, record.row) if record and key in record.fields else ""
        if isinstance(victim, (Responsibility, ResponsibilityPerson)):
            resp = victim if isinstance(victim, Responsibility) else \
                self.session.get(Responsibility, victim.responsibility_id)
            record = self.copy.get("action", resp.action_id)
            if record is None or (Action, resp.action_id) in gone:
                return ""
            for party_id, role, persons in record.fields.get("responsibilities", ()):
                if (party_id, role) == (resp.party_id, resp.role) and (
                        isinstance(victim, Responsibility) or victim.person_id in persons):
                    return record.where.get("responsibilities", record.row)
            return ""
        links = {GoalAction: ("action", "action_id", Action),
                 GoalLegalReference: ("legal_reference", "legal_reference_id", LegalReference)}
        if type(victim) in links:
            entity, column, model = links[type(victim)]
            record = self.copy.get(entity, getattr(victim, column))
            if (model, getattr(victim, column)) not in gone and record is not None \
                    and victim.goal_id in record.fields.get("goals", ()):
                return record.where.get("goals", record.row)
        return ""


def _add(groups: dict[str, list[str]], group: str, item: str) -> None:
    if item not in groups.setdefault(group, []):
        groups[group].append(item)


def _grouped(groups: dict[str, list[str]]) -> str:
    return "; ".join(f"{group} {', '.join(items)}" for group, items in groups.items())


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _years(years: list[int]) -> str:
    years = sorted(years)
    return f"tila {years[0]}" if len(years) == 1 else f"tilat {', '.join(map(str, years))}"


# -- rows without ids that the workbook already has -------------------------------------------------

def _recognise_new_rows(copy: Dataset, current: Dataset, base: dict) -> list[tuple[str, str]]:
    """Give each new row of the copy the id of the item the workbook already has for it.

    A row a member added has no id in the copy (the reader gives it a fresh one at every
    reading), so without this a copy imported a second time, a re-sent corrected copy or a
    second member's copy of the same export would propose its additions again, and what
    refers to them (a new goal's own action, a new action's indicator) would point at items
    that are never created.

    An item is recognised by content, not by history or row numbers (rows move, and a second
    member's copy has another file name): a new row matches an item of the same kind that the
    workbook has but the export did not (it came after the export: from an earlier import or
    from an edit in the window), with the same name within the same owner. That is

    * a party or an area by its name, a legal reference by its law and section;
    * a person by name and organisation, a goal by area and title, an indicator by owner
      and title;
    * an action by its title and at least one goal in common.

    Owners are compared after they have been recognised themselves (the kinds are taken in
    :data:`ENTITIES` order), each item matches at most one row, and an item the export had is
    never a candidate, so a duplicated row stays a duplicate. What a recognised row says
    differently from the workbook is then the copy's own edit when an import of this file
    added the item and nobody has changed it since (see :func:`_imported_from`), otherwise a
    conflict (there is no export-time value to tell whose edit it is), so nothing the window
    or another member's copy put there is overwritten unasked. Returns the recognised
    (entity, id) pairs.
    """
    mapping: dict[str, str] = {}
    recognised: list[tuple[str, str]] = []
    for entity in ENTITIES[1:]:
        candidates = [r for r in current.all(entity)
                      if (entity, r.id) not in base and copy.get(entity, r.id) is None]
        by_identity: dict[tuple, list[Record]] = {}
        for record in candidates:
            by_identity.setdefault(_identity(record, {}), []).append(record)
        for record in copy.all(entity):
            if (entity, record.id) in base:
                continue
            if current.get(entity, record.id) is not None:  # the reader knew it (a new party row)
                recognised.append((entity, record.id))
                continue
            found = by_identity.get(_identity(record, mapping), [])
            if entity == "action":
                goals = {mapping.get(g, g) for g in record.fields["goals"]}
                found = [a for a in found if goals & set(a.fields["goals"])
                         or not goals and not a.fields["goals"]]
            if found:
                mapping[record.id] = found[0].id
                recognised.append((entity, found[0].id))
                by_identity[_identity(found[0], {})].remove(found[0])
    if mapping:
        _rename_ids(copy, mapping)
    return recognised


def _imported_from(session: Session, current: Dataset, recognised: Iterable[tuple[str, str]],
                   file_name: str) -> list[tuple[str, str]]:
    """The recognised items an import of a file of this name added and nobody has changed since
    (their history, and that of their yearly values, statuses and responsibilities, is that
    import's transaction and renumbering only): the workbook's values are what this copy had,
    so a difference is the copy's own later edit (a corrected copy sent again) and no conflict.
    An item added in the window, by another file (a second member's copy) or changed since,
    keeps a difference as a conflict: someone has to choose between the two."""
    recognised = list(recognised)
    parts: dict[str, tuple[str, str]] = {}
    for entity, record_id in recognised:
        parts[record_id] = (entity, record_id)
        for part_id in current.get(entity, record_id).hidden.get("ids", {}).values():
            parts[part_id] = (entity, record_id)
    history: dict[tuple[str, str], list[tuple[str, str, str | None, str | None]]] = {}
    ids = list(parts)
    for start in range(0, len(ids), 500):
        for entity_id, txn, op, name, source in session.execute(
                select(History.entity_id, History.txn, History.op, History.field, History.source)
                .where(History.entity_id.in_(ids[start:start + 500]))):
            history.setdefault(parts[entity_id], []).append((entity_id, txn, op, name, source))
    trusted = []
    for key in recognised:
        rows = history.get(key, [])
        created = {txn for entity_id, txn, op, _name, source in rows
                   if op == "create" and entity_id == key[1] and source == file_name}
        if len(created) == 1 and all(txn in created or (op == "update" and name == "position")
                                     for _id, txn, op, name, _source in rows):
            trusted.append(key)
    return trusted


def _identity(record: Record, mapping: dict[str, str]) -> tuple:
    """What names an item among those of its kind (see :func:`_recognise_new_rows`)."""
    fields, ref = record.fields, lambda value: mapping.get(value, value)
    if record.entity == "person":
        return norm(fields["name"]), ref(fields["party"])
    if record.entity == "legal_reference":
        return norm(fields["law"]), norm(fields["section"])
    if record.entity == "goal":
        return ref(fields["area"]), norm(fields["title"])
    if record.entity == "indicator":
        kind, _, owner = (fields["owner"] or "").partition(":")
        return f"{kind}:{ref(owner)}", norm(fields["title"])
    return (norm(record.label),)


def _rename_ids(data: Dataset, mapping: dict[str, str]) -> None:
    """Replace record ids by ``mapping`` everywhere in ``data``: the records' own ids and every
    field that refers to one (owners, goals, parties, persons), keeping the records' order."""
    def ref(value):
        return mapping.get(value, value)

    def year_key_of(name: str) -> str:
        key = split_year_key(name)
        return year_key(key[0], key[1], ref(key[2])) if key and key[2] else name

    for entity in ENTITIES:
        renamed: dict[str, Record] = {}
        for record in data.all(entity):
            record.id = ref(record.id)
            fields = record.fields
            owner = {"goal": "area", "person": "party"}.get(entity)
            if owner:
                fields[owner] = ref(fields[owner])
            if "goals" in fields:
                fields["goals"] = tuple(sorted(map(ref, fields["goals"])))
            if entity == "action":
                fields["responsibilities"] = tuple(
                    (ref(party), role, tuple(sorted(map(ref, persons))))
                    for party, role, persons in fields["responsibilities"])
            if entity == "indicator" and fields.get("owner"):
                kind, _, owner = fields["owner"].partition(":")
                fields["owner"] = f"{kind}:{ref(owner)}"
                record.fields = {year_key_of(n): v for n, v in fields.items()}
                record.where = {year_key_of(n): w for n, w in record.where.items()}
            if "actions" in record.hidden:
                record.hidden["actions"] = [ref(a) for a in record.hidden["actions"]]
            renamed[record.id] = record
        data.records[entity] = renamed


def _ids_in(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value.partition(":")[2] if value.startswith(("goal:", "action:")) else value}
    if isinstance(value, (tuple, list)):
        return set().union(*(_ids_in(v) for v in value)) if value else set()
    return set()


def _same(name: str, a: Any, b: Any) -> bool:
    return a == b or (name == "goals" and set(a or ()) == set(b or ()))


def _field_label(name: str, names: "_CombinedNames") -> str:
    key = split_year_key(name)
    if key is None:
        return FIELD_LABELS.get(name, name)
    kind, year, party_id = key
    label = f"tila {year}" if kind == "status" else f"arvo {year}"
    return f"{label} ({names.label('party', party_id)})" if party_id else label


class _CombinedNames(Names):
    """Names as the workbook has them now (the copy's for new items); values as people read them."""

    def __init__(self, copy: Dataset, current: Dataset):
        super().__init__(copy)
        self.current = current

    def record(self, entity: str, record_id: str | None) -> Record | None:
        return self.current.get(entity, record_id) or self.data.get(entity, record_id)

    def label(self, entity: str, record_id: str | None) -> str:
        record = self.record(entity, record_id)
        return record.label if record else ""

    def show(self, entity: str, name: str, value: Any) -> str:
        if value is None or value == ():
            return "(tyhjä)"
        if isinstance(value, Record):
            return value.label
        key = split_year_key(name)
        if key is not None:
            shown, comment = value
            shown = vocab.ACTION_STATUSES.get(shown, shown) if key[0] == "status" else shown
            return f"{shown} ({comment})" if comment else str(shown)
        return str(cell_value(entity, name, value, self)).replace("\n", "; ")


# -- applying ------------------------------------------------------------------------------------

def apply(review: Review, accepted: Iterable[str], ops: Operations) -> ApplyResult:
    """Apply the accepted changes in one transaction recorded with the file's name as source."""
    accepted = set(accepted)
    result = ApplyResult()
    source, ops.source = ops.source, review.path.name
    try:
        with ops.transaction():
            applier = _Applier(ops, review.parsed.data)
            for change in sorted((c for c in review.changes if c.id in accepted), key=_apply_order):
                missing = [r for r in change.requires if r not in result.applied]
                if missing:
                    result.skipped.append((change.id, "tarvitsee hylätyn muutoksen: " + ", ".join(missing)))
                    continue
                try:
                    applier.apply(change)
                except (DomainError, IntegrityError) as exc:
                    # e.g. a new action whose goals the copy lost with a header, a goal moved to
                    # an area the copy's damaged ids made up: refused whole, naming the change
                    # to leave out, not half applied nor a bare rule or database message
                    why = str(exc) if isinstance(exc, DomainError) else \
                        "ristiriidassa työkirjan sääntöjen kanssa."
                    raise XlsxError(f"{change.description} [{change.where}]: {why} Mitään ei "
                                    "tuotu; jätä muutos pois ja yritä uudelleen.") from None
                result.applied.append(change.id)
    finally:
        ops.source = source
    return result


#: Additions in an order where what an item refers to is there before it.
ADD_ORDER = ("workbook", "party", "person", "area", "goal", "action", "indicator", "legal_reference")


def _apply_order(change: Change) -> tuple[int, int]:
    rank = ADD_ORDER.index(change.entity)
    return {ADDED: (0, rank), EDITED: (1, rank), REMOVED: (2, -rank)}[change.kind]


_REF_COLUMNS = {("goal", "area"): "area_id", ("person", "party"): "party_id"}


class _Applier:
    """Turns changes into Operations calls; records carry the copy's ids."""

    def __init__(self, ops: Operations, copy: Dataset, place_links: bool = True):
        self.ops = ops
        self.session = ops.session
        self.copy = copy
        #: Put a new action under its goals where it stands (a new workbook orders every
        #: goal's actions at the end instead, see _order_goal_actions).
        self.place_links = place_links
        self._actions: list[str] | None = None  # see _action_order

    def obj(self, entity: str, record_id: str):
        return self.session.get(MODEL_OF[entity], record_id)

    def apply(self, change: Change) -> None:
        if change.kind == ADDED or change.field is None and change.kind == EDITED:
            self.create(change.new)  # new, or removed from the workbook but edited in the copy
        elif change.kind == REMOVED:
            obj = self.obj(change.entity, change.record_id)
            if obj is not None:
                self.ops.delete(obj)
        else:
            self.edit(self.obj(change.entity, change.record_id), change.entity, change.field,
                      change.old, change.new)

    # -- additions --------------------------------------------------------------------------

    def create(self, record: Record) -> None:
        getattr(self, f"_create_{record.entity}")(record)

    def _position(self, record: Record, siblings: list[Record] | list[str]) -> int | None:
        """Where a new item goes among its siblings: where it stands in the copy, that is right
        after the nearest item above it there that the workbook has (by now: items added
        before it in this transaction count), or first when none has; None (the end, which
        costs no reordering) when that item is the last."""
        ids = [r if isinstance(r, str) else r.id for r in siblings]
        for above in reversed(ids[:ids.index(record.id)]):
            obj = self.obj(record.entity, above)
            if obj is not None:
                return self._after(obj)
        return 0

    def _after(self, obj) -> int | None:
        return None if self.ops.is_last(obj) else self.ops.index_of(obj) + 1

    def _action_order(self) -> list[str]:
        """The copy's actions in the order they stand: the Toimenpiteet rows, with each action
        that came from an area sheet's goal row (a new goal's own actions) after the last
        action serving that goal or one before it."""
        if self._actions is None:
            rank = {gid: i for i, gid in enumerate(self.copy.records["goal"])}

            def first_goal(action: Record) -> int:
                return min((rank.get(g, len(rank)) for g in action.fields["goals"]), default=len(rank))

            actions = self.copy.all("action")
            on_table = [a for a in actions if norm(sheet_of(a.row)) == norm(ACTIONS)]
            order = [a.id for a in on_table]
            if on_table:  # a template file's actions are all from area sheets, in goal order
                for action in (a for a in actions if a not in on_table):
                    at = first_goal(action)
                    index = max((i + 1 for i, aid in enumerate(order)
                                 if first_goal(self.copy.get("action", aid)) <= at), default=0)
                    order.insert(index, action.id)
            else:
                order = [a.id for a in actions]
            self._actions = order
        return self._actions

    def _place_goal_links(self, action_id: str) -> None:
        """Put a new action under each of its goals after the goal's action above it in the copy."""
        order = self._action_order()
        for goal_id in self.copy.get("action", action_id).fields["goals"]:
            link = self.session.get(GoalAction, (goal_id, action_id))
            if link is None:
                continue
            mine = order.index(action_id)
            above = next((self.session.get(GoalAction, (goal_id, a)) for a in reversed(order[:mine])
                          if goal_id in self.copy.get("action", a).fields["goals"]
                          and self.session.get(GoalAction, (goal_id, a)) is not None), None)
            index = 0 if above is None else self._after(above)
            if index is not None and self.ops.index_of(link) != index:
                self.ops.move(link, index)

    def _plain(self, record: Record, *names: str) -> dict[str, Any]:
        return {name: record.fields.get(name) for name in names}

    def _create_party(self, r: Record) -> None:
        self.ops.create(Party, id=r.id, **self._plain(r, *FIELDS["party"]),
                        position=self._position(r, self.copy.all("party")))

    def _create_person(self, r: Record) -> None:
        self.ops.create(Person, id=r.id, party_id=r.fields["party"],
                        **self._plain(r, "name", "title", "email", "phone"),
                        position=self._position(r, self.copy.all("person")))
        if r.fields["role"]:
            self.ops.create(Membership, id=r.hidden.get("membership"), person_id=r.id,
                            role=r.fields["role"])

    def _create_legal_reference(self, r: Record) -> None:
        self.ops.create(LegalReference, id=r.id, **self._plain(r, "law", "law_name", "section",
                                                              "description"),
                        position=self._position(r, self.copy.all("legal_reference")))
        for goal_id in r.fields["goals"]:
            self.ops.link(GoalLegalReference, goal_id=goal_id, legal_reference_id=r.id)

    def _create_area(self, r: Record) -> None:
        self.ops.create(Area, id=r.id, **self._plain(r, *FIELDS["area"]),
                        position=self._position(r, self.copy.all("area")))

    def _create_goal(self, r: Record) -> None:
        self.ops.create(Goal, id=r.id, area_id=r.fields["area"],
                        **self._plain(r, "layer", "title", "description", "resources", "notes"),
                        position=self._position(r, self.copy.goals_of(r.fields["area"])))

    def _create_action(self, r: Record) -> None:
        goal_rank = {gid: i for i, gid in enumerate(self.copy.records["goal"])}
        ordered = sorted(r.fields["goals"], key=lambda gid: goal_rank.get(gid, len(goal_rank)))
        goals = [goal for goal in map(lambda gid: self.session.get(Goal, gid), ordered) if goal]
        self.ops.add_action(goals, id=r.id, **self._plain(r, "title", "description", "schedule",
                                                           "resources", "notes"),
                            position=self._position(r, self._action_order()))
        if self.place_links:
            self._place_goal_links(r.id)
        action = self.session.get(Action, r.id)
        self._set_responsibilities(action, r, ())
        for name, value in r.fields.items():
            key = split_year_key(name)
            if key and key[0] == "status":
                self.ops.create(ActionStatus, id=r.hidden.get("ids", {}).get(str(key[1])),
                                action_id=r.id, year=key[1], status=value[0], comment=value[1])

    def _create_indicator(self, r: Record) -> None:
        kind, _, owner_id = r.fields["owner"].partition(":")
        owner = {"goal_id": owner_id} if kind == "goal" else {"action_id": owner_id}
        self.ops.create(Indicator, id=r.id, **owner, **self._plain(r, *FIELDS["indicator"][1:]),
                        position=self._position(r, self.copy.indicators_of(r.fields["owner"])))
        for name, (value, comment) in ((n, v) for n, v in r.fields.items() if split_year_key(n)):
            _kind, year, party_id = split_year_key(name)
            number, text = (value, None) if isinstance(value, float) else (None, value)
            self.ops.create(IndicatorValue, id=r.hidden.get("ids", {}).get(f"{year}|{party_id or ''}"),
                            indicator_id=r.id, party_id=party_id, year=year, value_number=number,
                            value_text=text, comment=comment)

    # -- edits ------------------------------------------------------------------------------

    def edit(self, obj, entity: str, name: str, old: Any, new: Any) -> None:
        key = split_year_key(name)
        if key is not None:
            self._edit_year(obj, key, new)
        elif name == "goals" and entity == "action":
            self._set_goals(obj, set(new), set(old or ()))
        elif name == "goals":
            self._set_legal_goals(obj, set(new), set(old or ()))
        elif name == "responsibilities":
            self._set_responsibilities(obj, self.copy.get("action", obj.id), old or ())
        elif entity == "person" and name == "role":
            self._set_role(obj, new)
        elif entity == "workbook" and name == "approved_on":
            self.ops.edit(obj, name, dt.date.fromisoformat(new) if new else None)
        else:
            self.ops.edit(obj, _REF_COLUMNS.get((entity, name), name), new)

    def _edit_year(self, obj, key: tuple[str, int, str | None], new: Any) -> None:
        kind, year, party_id = key
        if kind == "status":
            if new is None:
                current = self.session.scalar(select(ActionStatus).where(
                    ActionStatus.action_id == obj.id, ActionStatus.year == year))
                if current is not None:
                    self.ops.delete(current)
            else:
                self.ops.set_action_status(obj, year, new[0], new[1])
            return
        value, comment = new or (None, None)
        party = self.session.get(Party, party_id) if party_id else None
        self.ops.set_indicator_value(obj, year, number=value if isinstance(value, float) else None,
                                     text=value if isinstance(value, str) else None, party=party,
                                     comment=comment)

    def _set_goals(self, action: Action, new: set[str], old: set[str]) -> None:
        for goal_id in sorted(new - old):
            self.ops.link(GoalAction, goal_id=goal_id, action_id=action.id)
        for goal_id in sorted(old - new):
            link = self.session.get(GoalAction, (goal_id, action.id))
            if link is not None:
                self.ops.unlink(link)

    def _set_legal_goals(self, reference: LegalReference, new: set[str], old: set[str]) -> None:
        for goal_id in sorted(new - old):
            self.ops.link(GoalLegalReference, goal_id=goal_id, legal_reference_id=reference.id)
        for goal_id in sorted(old - new):
            link = self.session.get(GoalLegalReference, (goal_id, reference.id))
            if link is not None:
                self.ops.unlink(link)

    def _set_responsibilities(self, action: Action, record: Record, old: tuple) -> None:
        """Make the action's responsibilities those of ``record``: remove, add, relink persons, order."""
        wanted = {(p, role): persons for p, role, persons in record.fields["responsibilities"]}
        existing = {(r.party_id, r.role): r for r in self.session.scalars(
            select(Responsibility).where(Responsibility.action_id == action.id))}
        for key, resp in existing.items():
            if key not in wanted:
                self.ops.delete(resp)
        ids = record.hidden.get("ids", {})
        for index, (party_id, role, persons) in enumerate(record.fields["responsibilities"]):
            resp = existing.get((party_id, role))
            if resp is None:
                resp = self.ops.create(Responsibility, id=ids.get(f"{party_id}|{role}"),
                                       action_id=action.id, party_id=party_id, role=role)
            linked = {link.person_id: link for link in self.session.scalars(
                select(ResponsibilityPerson).where(ResponsibilityPerson.responsibility_id == resp.id))}
            for person_id in persons:
                if person_id not in linked:
                    self.ops.link(ResponsibilityPerson, responsibility_id=resp.id, person_id=person_id)
            for person_id, link in linked.items():
                if person_id not in persons:
                    self.ops.unlink(link)
            if self.ops.index_of(resp) != index:
                self.ops.move(resp, index)

    def _set_role(self, person: Person, role: str | None) -> None:
        membership = self.session.scalar(select(Membership).where(Membership.person_id == person.id)
                                         .order_by(Membership.position))
        if role is None and membership is not None:
            self.ops.delete(membership)
        elif role is not None and membership is None:
            self.ops.create(Membership, person_id=person.id, role=role)
        elif role is not None:
            self.ops.edit(membership, "role", role)


# -- a new workbook from a file -------------------------------------------------------------------

@young_objects_only()  # see gcpolicy: a third faster, and the window stays live
def import_new(source: str | os.PathLike, target: str | os.PathLike, user: str,
               region: str | None = None, term: tuple[int, int] | None = None
               ) -> tuple[WorkbookFile, list[Notice]]:
    """Create the workbook file ``target`` from the .xlsx ``source``; returns it open, with notices.

    An export of ours keeps every id (the new file is a copy of the same
    workbook); a template file gets new ids. ``region`` and ``term`` fill in
    what the file's Ohje sheet lacks.
    """
    source = Path(source)
    parsed = read_xlsx(source)
    data = parsed.data
    wb = data.workbook
    region = wb.fields["region"] or region
    _require_region_and_term(source, wb, region, term)
    if term is None:
        term = tuple(int(y) for y in wb.fields["term"].split("-"))
    fields = {name: wb.fields[name] for name in ("title", "status", "version", "description")}
    if wb.fields["approved_on"]:
        fields["approved_on"] = dt.date.fromisoformat(wb.fields["approved_on"])
    if parsed.own:
        fields["id"] = wb.id

    def fill(ops: Operations) -> None:
        ops.source = source.name
        applier = _Applier(ops, data, place_links=False)
        for entity in ADD_ORDER[1:]:
            for record in data.all(entity):
                applier.create(record)
        _order_goal_actions(ops, data)

    wbfile = create_workbook(target, user, region, term[0], term[1], fill=fill, **fields)
    return wbfile, parsed.notices


#: Where the template keeps the region and the term, for a file whose Ohje sheet does not say.
_OHJE_CELLS = {"region": "Ohje!B5", "term": "Ohje!B6"}


def _require_region_and_term(source: Path, wb: Record, region: str | None,
                             term: tuple[int, int] | None) -> None:
    """One message for everything a blank or half-filled template lacks, with its cell and the
    option that gives it (:class:`MissingWorkbookFields`; the window asks for them instead)."""
    missing = [(name, label, option) for name, label, option, given in (
        ("region", "alueen nimi", "--region NIMI", region),
        ("term", "valtuustokausi", "--term 2025-2029", term or wb.fields["term"])) if not given]
    if not missing:
        return
    cells = " ja ".join(f"{label} ({wb.where.get(name, _OHJE_CELLS[name])})"
                        for name, label, _ in missing)
    options = " ja ".join(option for _, _, option in missing)
    give = "ne valinnoilla" if len(missing) > 1 else "se valinnalla"
    raise MissingWorkbookFields(f"{source.name}: tiedostosta puuttuu {cells}; anna {give} {options}.",
                                [name for name, _, _ in missing], wb.fields["region"], wb.fields["term"])


def _order_goal_actions(ops: Operations, data: Dataset) -> None:
    """Put each goal's actions in the exported order (links are made in the actions' order)."""
    for goal in data.all("goal"):
        order = [a for a in goal.hidden.get("actions", ()) if goal.id in
                 (data.get("action", a).fields["goals"] if data.get("action", a) else ())]
        for index, action_id in enumerate(order):
            link = ops.session.get(GoalAction, (goal.id, action_id))
            if link is not None and ops.index_of(link) != index:
                ops.move(link, index)
