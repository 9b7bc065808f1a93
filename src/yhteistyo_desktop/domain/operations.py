"""The one place through which every change to a workbook goes.

The GUI (through its undo commands), the command line and the importers all
call :class:`Operations`. Each operation validates its input, changes the
records, writes one :class:`~.models.History` row per changed field or row
(time, user, computer, entity, field, old and new value) and commits, unless it
runs inside an enclosing :meth:`Operations.transaction`, in which case all of it
commits or none of it does.

Deleting takes along what depends on the deleted record (see ``DEPENDENTS``)
and returns a :class:`Snapshot` from which :meth:`Operations.restore` puts all
of it back: that is what undo of a delete uses. An action is taken along with
a deleted goal only when it serves no other goal.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import platform
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, insert, inspect, select, text, update
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import Session

from . import business_id, vocab
from .clock import utc_now
from .text import clean_text, too_long
from .models import (
    ActionStatus,
    AgendaItem,
    AgendaLink,
    Action,
    Area,
    Base,
    Forum,
    Goal,
    GoalAction,
    GoalLegalReference,
    History,
    Indicator,
    IndicatorValue,
    LegalReference,
    Meeting,
    MeetingParticipant,
    Membership,
    Party,
    Person,
    Responsibility,
    ResponsibilityPerson,
    Version,
    Workbook,
    new_id,
)


class DomainError(Exception):
    """A change that the workbook's rules refuse; the message is for the user (Finnish)."""


class ValidationError(DomainError):
    """A field value that cannot be stored; ``field`` names it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class DeletedError(DomainError):
    """The record was deleted (by another user on the server) after it was shown here."""

    def __init__(self, message: str = "Kohde on poistettu.") -> None:
        super().__init__(message)


class StaleValueError(DomainError):
    """Someone else changed the field after it was shown here; nothing was overwritten.

    ``current`` is the value now stored, ``changed_by`` who stored it (from the history,
    None when unknown) and ``field`` the field's name.
    """

    def __init__(self, field: str, current: Any, changed_by: str | None):
        shown = "(tyhjä)" if current in (None, "") else str(current)
        if len(shown) > 200:
            shown = shown[:200] + "…"
        who = changed_by or "tuntematon"
        super().__init__(f"Toinen käyttäjä ({who}) muutti kentän juuri: {shown}")
        self.field = field
        self.current = current
        self.changed_by = changed_by


#: ``Operations.edit(expected=...)`` not given: no check against the stored value.
NOT_GIVEN: Any = type("NotGiven", (), {"__repr__": lambda self: "NOT_GIVEN"})()


#: Tables in an order where every table comes after the tables it refers to.
TABLE_ORDER: tuple[type[Base], ...] = (
    Workbook, Party, Person, Membership, LegalReference, Forum, Area, Goal, Action, GoalAction,
    GoalLegalReference, Responsibility, ResponsibilityPerson, Indicator, IndicatorValue,
    ActionStatus, Meeting, MeetingParticipant, AgendaItem, AgendaLink,
)
_RANK = {cls: i for i, cls in enumerate(TABLE_ORDER)}

#: Siblings among which ``position`` orders a record: the columns they share.
SIBLING_SCOPE: dict[type[Base], tuple[str, ...]] = {
    Area: (), Goal: ("area_id",), Action: (), Party: (), Person: (), Membership: (),
    Responsibility: ("action_id",), Indicator: ("goal_id", "action_id"), LegalReference: (),
    Forum: (), Meeting: (), AgendaItem: ("meeting_id",), GoalAction: ("goal_id",),
}

CASCADE, NULLIFY = "cascade", "nullify"
#: What a delete takes along: (dependent class, its column pointing here, cascade or nullify).
DEPENDENTS: dict[type[Base], tuple[tuple[type[Base], str, str], ...]] = {
    Area: ((Goal, "area_id", CASCADE), (AgendaLink, "area_id", CASCADE)),
    Goal: ((GoalAction, "goal_id", CASCADE), (Indicator, "goal_id", CASCADE),
           (GoalLegalReference, "goal_id", CASCADE), (AgendaLink, "goal_id", CASCADE)),
    Action: ((GoalAction, "action_id", CASCADE), (Responsibility, "action_id", CASCADE),
             (Indicator, "action_id", CASCADE), (ActionStatus, "action_id", CASCADE),
             (AgendaLink, "action_id", CASCADE)),
    Responsibility: ((ResponsibilityPerson, "responsibility_id", CASCADE),),
    Party: ((Responsibility, "party_id", CASCADE), (IndicatorValue, "party_id", CASCADE),
            (Person, "party_id", NULLIFY)),
    Person: ((Membership, "person_id", CASCADE), (ResponsibilityPerson, "person_id", CASCADE),
             (MeetingParticipant, "person_id", CASCADE), (AgendaItem, "presenter_id", NULLIFY)),
    Indicator: ((IndicatorValue, "indicator_id", CASCADE), (AgendaLink, "indicator_id", CASCADE)),
    LegalReference: ((GoalLegalReference, "legal_reference_id", CASCADE),),
    Forum: ((Meeting, "forum_id", NULLIFY),),
    Meeting: ((MeetingParticipant, "meeting_id", CASCADE), (AgendaItem, "meeting_id", CASCADE)),
    AgendaItem: ((AgendaLink, "agenda_item_id", CASCADE),),
}

#: Fields that must not be empty, by class.
REQUIRED_TEXT: dict[type[Base], tuple[str, ...]] = {
    Area: ("title",), Goal: ("title",), Action: ("title",), Party: ("name",), Person: ("name",),
    Indicator: ("title",), LegalReference: ("law",), Forum: ("name",), Meeting: ("title",),
    AgendaItem: ("title",), Workbook: ("region",),
}
#: Fields whose value must come from a vocabulary.
VOCAB_FIELDS: dict[tuple[type[Base], str], dict[str, str]] = {
    (Area, "group"): vocab.AREA_GROUPS, (Goal, "layer"): vocab.GOAL_LAYERS,
    (Party, "kind"): vocab.PARTY_KINDS, (Responsibility, "role"): vocab.RESPONSIBILITY_ROLES,
    (Membership, "role"): vocab.MEMBERSHIP_ROLES, (Indicator, "kind"): vocab.INDICATOR_KINDS,
    (ActionStatus, "status"): vocab.ACTION_STATUSES, (Workbook, "status"): vocab.WORKBOOK_STATUSES,
}
_LABELS = {
    "title": "Otsikko", "name": "Nimi", "law": "Laki", "region": "Alue", "group": "Ryhmä",
    "layer": "Taso", "kind": "Laji", "role": "Rooli", "status": "Tila",
}


def table_of(obj_or_cls: Any) -> str:
    return obj_or_cls.__tablename__


def columns(cls: type[Base]) -> list[str]:
    """Attribute names of the mapped columns of ``cls``."""
    return [attr.key for attr in cls.__mapper__.column_attrs]


def row_of(obj: Base) -> dict[str, Any]:
    return {key: getattr(obj, key) for key in columns(type(obj))}


def key_of(obj: Base) -> dict[str, Any]:
    """Primary key values by attribute name."""
    mapper = type(obj).__mapper__
    return {mapper.get_property_by_column(c).key: getattr(obj, mapper.get_property_by_column(c).key)
            for c in mapper.primary_key}


def entity_id_of(obj: Base) -> str:
    return "/".join(str(v) for v in key_of(obj).values())


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def encode(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=_json_default, ensure_ascii=False)


@dataclass
class Snapshot:
    """Everything one delete removed or changed, enough to put it all back."""

    rows: list[tuple[type[Base], dict[str, Any]]] = field(default_factory=list)
    nullified: list[tuple[type[Base], dict[str, Any], str, Any]] = field(default_factory=list)
    #: Each removed row's index among its siblings when it was deleted, by (class, entity id):
    #: where :meth:`Operations.restore` puts it back (its position number may be another's by then).
    places: dict[tuple[type[Base], str], int] = field(default_factory=dict)

    def count(self, cls: type[Base]) -> int:
        return sum(1 for c, _ in self.rows if c is cls)


class Operations:
    """Validated, history-recording changes to the workbook held by ``session``."""

    def __init__(self, session: Session, user: str, computer: str | None = None,
                 source: str | None = None):
        self.session = session
        self.user = user or "tuntematon"
        self.computer = computer if computer is not None else platform.node()
        self.source = source
        self._depth = 0
        self._txn: str | None = None

    # -- transactions and history -------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All changes inside commit together (nesting joins the outer one)."""
        if self._depth == 0:
            if self.session.info.get("readonly"):
                raise DomainError("Työkirja on avattu vain luettavaksi; muutoksia ei voi tallentaa.")
            self._txn = new_id()
        self._depth += 1
        try:
            yield
            if self._depth == 1:
                self.session.flush()
                self.session.commit()
                self._expire_relationships()
        except BaseException:
            if self._depth == 1:
                self.session.rollback()
            raise
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._txn = None

    def _expire_relationships(self) -> None:
        """Reload loaded collections (area.goals, goal.action_links, ...) on next access.

        The session's objects keep their values after a commit (expire_on_commit=False), but a
        collection loaded before a create, link or move would keep its old members and order.
        """
        for obj in list(self.session.identity_map.values()):
            state = inspect(obj)
            loaded = [rel.key for rel in state.mapper.relationships if rel.key in state.dict]
            if loaded:
                self.session.expire(obj, loaded)

    def _record(self, op: str, entity: str, entity_id: str, field: str | None = None,
                old: Any = None, new: Any = None) -> None:
        self.session.add(History(
            uid=new_id(), txn=self._txn, at=utc_now(), user=self.user, computer=self.computer, op=op,
            entity=entity, entity_id=entity_id, field=field, old_value=encode(old),
            new_value=encode(new), source=self.source))

    # -- validation ---------------------------------------------------------------------------

    def _clean(self, cls: type[Base], name: str, value: Any, obj: Base | None = None) -> Any:
        """The value to store for ``cls.name``, or :class:`ValidationError`."""
        if name not in columns(cls):
            raise ValidationError(name, f"Tuntematon kenttä: {name}")
        if isinstance(value, str):
            value = clean_text(value).strip()
            problem = too_long(value)
            if problem:
                raise ValidationError(name, problem)
            if value == "" and name not in REQUIRED_TEXT.get(cls, ()):
                value = None
        if name in REQUIRED_TEXT.get(cls, ()) and not value:
            raise ValidationError(name, f"{_LABELS.get(name, name)} ei voi olla tyhjä.")
        allowed = VOCAB_FIELDS.get((cls, name))
        if allowed is not None and value not in allowed:
            raise ValidationError(name, f"{_LABELS.get(name, name)}: tuntematon arvo {value!r} "
                                        f"(sallitut: {', '.join(allowed)}).")
        if cls is Party and name == "business_id" and value is not None:
            value = business_id.normalize(value)
            problem = business_id.problem(value)
            if problem:
                raise ValidationError(name, problem)
            other = self.session.scalar(select(Party).where(Party.business_id == value))
            if other is not None and other is not obj:
                raise ValidationError(name, f"Y-tunnus {value} on jo osapuolella {other.name}.")
        if cls is Party and name == "name":
            # Compared in Python: SQLite's lower() folds only ASCII, so "Äänekosken kaupunki"
            # would not even match itself there.
            other = next((p for p in self.session.scalars(select(Party))
                          if p.name.casefold() == value.casefold() and p is not obj), None)
            if other is not None:
                raise ValidationError(name, f"Osapuoli {other.name} on jo työkirjassa.")
        if cls is Meeting and name == "version_id" and value is not None \
                and self.session.get(Version, value) is None:
            raise ValidationError(name, "Versiota ei ole työkirjassa; valitse toinen.")
        if cls is Indicator and name == "target_year" and value is not None:
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValidationError(name, f"Tavoitevuosi {value!r} ei ole vuosiluku.") from None
            wb = self.workbook()
            if wb is not None and not wb.term_start <= value <= wb.term_end:
                raise ValidationError(name, f"Tavoitevuoden on oltava valtuustokaudella "
                                            f"{wb.term_start}–{wb.term_end}.")
        return value

    def workbook(self) -> Workbook | None:
        return self.session.scalar(select(Workbook))

    # -- generic create, edit, reorder, delete --------------------------------------------------

    def create(self, cls: type[Base], **fields: Any) -> Any:
        """A new record of ``cls`` at the end of its siblings (or at ``position``)."""
        with self.transaction():
            position = fields.pop("position", None)
            clean = {name: self._clean(cls, name, value) for name, value in fields.items()}
            for name in REQUIRED_TEXT.get(cls, ()):
                if name not in clean:
                    raise ValidationError(name, f"{_LABELS.get(name, name)} ei voi olla tyhjä.")
            for (vcls, name), allowed in VOCAB_FIELDS.items():
                if vcls is cls and clean.get(name) is None:
                    raise ValidationError(name, f"{_LABELS.get(name, name)} puuttuu.")
            if "id" in columns(cls) and not clean.get("id"):
                clean["id"] = new_id()
            obj = cls(**clean)
            scope = SIBLING_SCOPE.get(cls)
            if scope is not None:
                obj.position = self._next_position(cls, clean)
            self.session.add(obj)
            self.session.flush()
            self._record("create", table_of(cls), entity_id_of(obj), new=row_of(obj))
            if scope is not None and position is not None:
                self.move(obj, position)
            return obj

    def edit(self, obj: Base, name: str, value: Any, expected: Any = NOT_GIVEN) -> bool:
        """Set one field; returns False when the value was already there.

        ``expected`` is the value the user saw (several people editing one workbook on a
        server): the stored value is read afresh and locked (SELECT ... FOR UPDATE), and when
        someone else has changed it meanwhile, :class:`StaleValueError` is raised and nothing
        is written. Without ``expected`` the value is set as before.
        """
        with self.transaction():
            value = self._clean(type(obj), name, value, obj)
            if expected is not NOT_GIVEN:
                self._check_expected(obj, name, value, expected)
            if type(obj) is ActionStatus and name in ("status", "comment"):
                pair = {"status": obj.status, "comment": obj.comment, name: value}
                self._require_status_comment(pair["status"], pair["comment"])
            scope = SIBLING_SCOPE.get(type(obj), ())
            if name in scope and getattr(obj, name) != value:
                # A new parent (a goal moved to another area): last among its new siblings, so
                # that two siblings never share a position.
                new_scope = {key: getattr(obj, key) for key in scope} | {name: value}
                position = self._next_position(type(obj), new_scope)
                changed = self._assign(obj, name, value)
                self._assign(obj, "position", position)
                return changed
            return self._assign(obj, name, value)

    def _check_expected(self, obj: Base, name: str, value: Any, expected: Any) -> None:
        if name not in columns(type(obj)):
            return
        # Fresh from the database and locked until commit: no one can change it in between.
        try:
            self.session.refresh(obj, [name], with_for_update=True)
        except InvalidRequestError:  # the row is gone: another user deleted it
            raise DeletedError() from None
        current = getattr(obj, name)
        if current == expected or current == value:
            return
        raise StaleValueError(name, current, self._last_user(obj, name))

    def _last_user(self, obj: Base, name: str | None = None) -> str | None:
        """Who last changed ``obj`` (its field ``name``), from the history."""
        return self.session.scalar(
            select(History.user).where(History.entity == table_of(obj),
                                       History.entity_id == entity_id_of(obj),
                                       (History.field == name) | History.field.is_(None))
            .order_by(History.id.desc()).limit(1))

    def _serialize(self, *key: Any) -> None:
        """On a shared server, let one transaction at a time past here for ``key``, until it
        commits: two users adding a goal to one area (or a value for one year) would otherwise
        both read "none yet" in the same moment and both add, with the same position (or twice).
        A workbook file has one writer at a time anyway."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
                                 {"key": "/".join(map(str, key))})

    def _assign(self, obj: Base, name: str, value: Any) -> bool:
        old = getattr(obj, name)
        if old == value:
            return False
        setattr(obj, name, value)
        self.session.flush()
        self._record("update", table_of(obj), entity_id_of(obj), name, old, value)
        return True

    def update(self, obj: Base, **fields: Any) -> None:
        """Set several fields at once (all or none)."""
        with self.transaction():
            for name, value in fields.items():
                self.edit(obj, name, value)

    def _siblings(self, cls: type[Base], values: dict[str, Any]) -> list[Any]:
        stmt = select(cls)
        for name in SIBLING_SCOPE[cls]:
            stmt = stmt.where(getattr(cls, name).is_(None) if values.get(name) is None
                              else getattr(cls, name) == values.get(name))
        order = [cls.position] + [getattr(cls, k) for k in ("id", "goal_id", "action_id")
                                  if k in columns(cls)]
        return list(self.session.scalars(stmt.order_by(*order)))

    def _next_position(self, cls: type[Base], values: dict[str, Any]) -> int:
        """The position after the last sibling (in ``values``' scope); on a server, no one else
        may take it before this transaction commits."""
        self._serialize(table_of(cls), *[values.get(name) for name in SIBLING_SCOPE[cls]])
        stmt = select(func.max(cls.position))
        for name in SIBLING_SCOPE[cls]:
            stmt = stmt.where(getattr(cls, name).is_(None) if values.get(name) is None
                              else getattr(cls, name) == values.get(name))
        top = self.session.scalar(stmt)
        return 0 if top is None else top + 1

    def move(self, obj: Base, index: int, **scope: Any) -> None:
        """Put ``obj`` at ``index`` among its siblings, renumbering them 0..n-1.

        ``scope`` moves it under another parent first (a goal to another area:
        ``area_id=...``); the siblings it leaves are renumbered too.
        """
        with self.transaction():
            cls = type(obj)
            unknown = set(scope) - set(SIBLING_SCOPE[cls])
            if unknown:
                raise ValidationError(next(iter(unknown)), "Kohdetta ei voi siirtää sinne.")
            left_behind = None
            if any(getattr(obj, name) != value for name, value in scope.items()):
                left_behind = row_of(obj)
                for name, value in scope.items():
                    self._assign(obj, name, self._clean(cls, name, value, obj))
            siblings = self._siblings(cls, row_of(obj))
            siblings.remove(obj)
            index = max(0, min(index, len(siblings)))
            siblings.insert(index, obj)
            self._renumber(siblings)
            if left_behind is not None:
                self._renumber(self._siblings(cls, left_behind))
            self.session.flush()

    def _renumber(self, siblings: list[Base]) -> None:
        for position, sibling in enumerate(siblings):
            if sibling.position != position:
                self._record("update", table_of(sibling), entity_id_of(sibling), "position",
                             sibling.position, position)
                sibling.position = position

    def index_of(self, obj: Base) -> int:
        return self._siblings(type(obj), row_of(obj)).index(obj)

    def is_last(self, obj: Base) -> bool:
        """Whether ``obj`` is the last of its siblings (one query, no siblings loaded)."""
        return obj.position + 1 >= self._next_position(type(obj), row_of(obj))

    def delete(self, obj: Base) -> Snapshot:
        """Delete ``obj`` with what it takes along; the snapshot restores all of it."""
        with self.transaction():
            self.session.flush()
            victims, snapshot = what_delete_takes(self.session, obj)
            for victim in victims:
                if type(victim) in SIBLING_SCOPE:
                    snapshot.places[(type(victim), entity_id_of(victim))] = self.index_of(victim)
            for cls, key, name, _old in snapshot.nullified:
                self.session.execute(update(cls).where(*_key_clause(cls, key)).values({name: None}))
                self._record("update", table_of(cls), "/".join(map(str, key.values())), name, _old, None)
            for victim in reversed(victims):
                cls = type(victim)
                key = key_of(victim)
                self._record("delete", table_of(cls), entity_id_of(victim), old=row_of(victim))
                self.session.execute(sql_delete(cls).where(*_key_clause(cls, key)))
            self.session.expire_all()
            return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what :meth:`delete` removed (undo of a delete)."""
        with self.transaction():
            for cls, row in sorted(snapshot.rows, key=lambda item: _RANK[item[0]]):
                self.session.execute(insert(cls).values(**row))
                key = {k: row[k] for k in key_of_cls(cls)}
                self._record("create", table_of(cls), "/".join(map(str, key.values())), new=row)
            for cls, key, name, old in snapshot.nullified:
                self.session.execute(update(cls).where(*_key_clause(cls, key)).values({name: old}))
                self._record("update", table_of(cls), "/".join(map(str, key.values())), name, None, old)
            self.session.expire_all()
            self._place_restored(snapshot)

    def _place_restored(self, snapshot: Snapshot) -> None:
        """Put each restored row back at its old place among its siblings, renumbering them.

        Its old position number may have been given to a sibling since (a move renumbers the
        siblings 0..n-1 after the delete left a gap): two rows on one place, and the order not
        the one the delete took away. So each goes back to the index it had when deleted, in
        ascending order, among the siblings and the rows already put back.
        """
        restored = [(cls, row) for cls, row in snapshot.rows if cls in SIBLING_SCOPE]

        def place(item):
            cls, row = item
            return snapshot.places.get((cls, entity_id_of_row(cls, row)), row["position"])

        pending = {(cls, entity_id_of_row(cls, row)) for cls, row in restored}
        for cls, row in sorted(restored, key=lambda item: (_RANK[item[0]], place(item))):
            obj = self.session.get(cls, tuple(row[k] for k in key_of_cls(cls)))
            pending.discard((cls, entity_id_of_row(cls, row)))
            siblings = [s for s in self._siblings(cls, row)
                        if s is not obj and (cls, entity_id_of(s)) not in pending]
            siblings.insert(min(place((cls, row)), len(siblings)), obj)
            self._renumber(siblings)
        self.session.flush()

    # -- links ----------------------------------------------------------------------------------

    def link(self, cls: type[Base], **keys: Any) -> Base:
        """Create a link row (goal-action, responsibility-person, ...)."""
        with self.transaction():
            if self.session.get(cls, tuple(keys[k] for k in key_of_cls(cls))) is not None:
                raise DomainError("Linkki on jo olemassa.")
            obj = cls(**keys)
            if cls is GoalAction:
                obj.position = self._next_position(cls, keys)
            self.session.add(obj)
            self.session.flush()
            self._record("link", table_of(cls), entity_id_of(obj), new=row_of(obj))
            return obj

    def unlink(self, obj: Base) -> None:
        with self.transaction():
            if isinstance(obj, GoalAction):
                count = self.session.scalar(select(func.count()).select_from(GoalAction)
                                            .where(GoalAction.action_id == obj.action_id))
                if count <= 1:
                    raise DomainError("Toimenpiteen on palveltava vähintään yhtä tavoitetta. "
                                      "Poista toimenpide, jos sitä ei enää tarvita.")
            self._record("unlink", table_of(obj), entity_id_of(obj), old=row_of(obj))
            self.session.delete(obj)
            self.session.flush()
            self.session.expire_all()

    # -- the domain's own compound operations ----------------------------------------------------

    def add_action(self, goals: list[Goal], **fields: Any) -> Action:
        """A new action serving ``goals`` (at least one)."""
        if not goals:
            raise ValidationError("goals", "Valitse vähintään yksi tavoite, jota toimenpide palvelee.")
        with self.transaction():
            action = self.create(Action, **fields)
            for goal in goals:
                self.link(GoalAction, goal_id=goal.id, action_id=action.id)
            return action

    def link_goal_action(self, goal: Goal, action: Action) -> GoalAction:
        return self.link(GoalAction, goal_id=goal.id, action_id=action.id)

    def unlink_goal_action(self, goal: Goal, action: Action) -> None:
        link = self.session.get(GoalAction, (goal.id, action.id))
        if link is None:
            raise DomainError("Toimenpide ei palvele tätä tavoitetta.")
        self.unlink(link)

    def add_responsibility(self, action: Action, party: Party, role: str,
                           persons: list[Person] = ()) -> Responsibility:
        with self.transaction():
            self._require_free_role(action.id, party, role)
            resp = self.create(Responsibility, action_id=action.id, party_id=party.id, role=role)
            for person in persons:
                self.link(ResponsibilityPerson, responsibility_id=resp.id, person_id=person.id)
            return resp

    def add_responsibility_of_new_party(self, action: Action, party_name: str, role: str,
                                        persons: list[Person] = ()) -> Party:
        """A new party and its responsibility in one step (the responsibility dialog offers to
        create a missing party there). Returns the party: deleting it takes the responsibility
        along, so one undo removes both."""
        with self.transaction():
            party = self.create(Party, name=party_name, kind="muu")
            self.add_responsibility(action, party, role, persons)
            return party

    def set_responsibility(self, resp: Responsibility, role: str, persons: list[Person]) -> None:
        """Change a responsibility's role and named persons in place (all or none)."""
        with self.transaction():
            if role != resp.role:
                self._require_free_role(resp.action_id, resp.party, role)
                self.edit(resp, "role", role)
            wanted = {person.id for person in persons}
            links = list(resp.person_links)
            have = {link.person_id for link in links}
            for link in links:
                if link.person_id not in wanted:
                    self.unlink(link)
            for person_id in sorted(wanted - have):
                self.link(ResponsibilityPerson, responsibility_id=resp.id, person_id=person_id)

    def _require_free_role(self, action_id: str, party: Party, role: str) -> None:
        """One role per party in an action (the table's unique key), said in Finnish."""
        taken = self.session.scalar(select(Responsibility.id).where(
            Responsibility.action_id == action_id, Responsibility.party_id == party.id,
            Responsibility.role == role))
        if taken is not None:
            raise ValidationError("role", f"{party.name} on jo tässä toimenpiteessä roolissa "
                                          f"{vocab.RESPONSIBILITY_ROLES.get(role, role)}.")

    @staticmethod
    def _require_status_comment(status: str, comment: str | None) -> None:
        if status in vocab.STATUSES_NEEDING_COMMENT and not (comment or "").strip():
            raise ValidationError("comment", f"Kerro kommentissa, miksi toimenpide on "
                                             f"{vocab.ACTION_STATUSES[status]}.")

    def set_action_status(self, action: Action, year: int, status: str,
                          comment: str | None = None, expected: Any = NOT_GIVEN) -> ActionStatus:
        """The action's status for ``year`` (created or changed).

        ``expected``: the (status, comment) the user saw, None for no status (see :meth:`edit`).
        """
        with self.transaction():
            self._clean(ActionStatus, "status", status)
            self._require_status_comment(status, comment)
            self._serialize("action_status", action.id, year)
            current = self.session.scalar(select(ActionStatus).where(
                ActionStatus.action_id == action.id, ActionStatus.year == year)
                .execution_options(populate_existing=True))
            if expected is not NOT_GIVEN:
                self._check_entry(current, ("status", "comment"), expected, (status, comment),
                                  lambda now: vocab.ACTION_STATUSES.get(now[0], now[0]))
            if current is None:
                return self.create(ActionStatus, action_id=action.id, year=year, status=status,
                                   comment=comment)
            self._assign(current, "comment", self._clean(ActionStatus, "comment", comment))
            self._assign(current, "status", status)
            return current

    def indicator_value(self, indicator_id: str, year: int,
                        party_id: str | None = None) -> IndicatorValue | None:
        """The stored value of an indicator for ``year`` (and party), if any (as stored now)."""
        return self.session.scalar(select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator_id, IndicatorValue.year == year,
            IndicatorValue.party_id.is_(None) if party_id is None
            else IndicatorValue.party_id == party_id).execution_options(populate_existing=True))

    def _check_entry(self, current: Base | None, names: tuple[str, ...], expected: tuple | None,
                     new: tuple | None, show) -> None:
        """A follow-up entry's stale check: :class:`StaleValueError` when what is stored now is
        neither what the user saw (``expected``) nor what is being saved."""
        now = None if current is None else tuple(getattr(current, n) for n in names)
        expected = None if expected is None else tuple(expected)
        if now == expected or now == new:
            return
        raise StaleValueError(names[0], None if now is None else show(now),
                              None if current is None else self._last_user(current))

    def set_indicator_value(self, indicator: Indicator, year: int, *, number: float | None = None,
                            text: str | None = None, party: Party | None = None,
                            comment: str | None = None,
                            expected: Any = NOT_GIVEN) -> IndicatorValue | None:
        """The indicator's value for ``year`` (and party): created, changed, or removed when empty.

        ``expected``: the (number, text, comment) the user saw, None for no value (see :meth:`edit`).
        """
        with self.transaction():
            party_id = party.id if party is not None else None
            self._serialize("indicator_value", indicator.id, year, party_id)
            current = self.indicator_value(indicator.id, year, party_id)
            if expected is not NOT_GIVEN:
                from .followup import format_entry

                self._check_entry(current, ("value_number", "value_text", "comment"), expected,
                                  (number, text, comment),
                                  lambda now: format_entry(indicator.kind, now[0], now[1]))
            if number is None and not (text or "").strip():
                if current is not None:
                    self.delete(current)
                return None
            if current is None:
                return self.create(IndicatorValue, indicator_id=indicator.id, party_id=party_id,
                                   year=year, value_number=number, value_text=text, comment=comment)
            self.update(current, value_number=number, value_text=text, comment=comment)
            return current



def what_delete_takes(session: Session, obj: Base) -> tuple[list[Base], Snapshot]:
    """What :meth:`Operations.delete` of ``obj`` would remove (``obj`` and its dependants, in
    table order) and a snapshot of it with the references it would clear; nothing is changed.
    The review of a returned copy lists these before anyone accepts a deletion."""
    collected: dict[tuple[type[Base], str], Base] = {}
    snapshot = Snapshot()
    _collect(session, obj, collected, snapshot)
    victims = sorted(collected.values(), key=lambda o: _RANK[type(o)])
    snapshot.rows = [(type(o), row_of(o)) for o in victims]
    return victims, snapshot


def _collect(session: Session, obj: Base, collected: dict, snapshot: Snapshot) -> None:
    ident = (type(obj), entity_id_of(obj))
    if ident in collected:
        return
    collected[ident] = obj
    for child_cls, column, mode in DEPENDENTS.get(type(obj), ()):
        children = session.scalars(select(child_cls).where(getattr(child_cls, column) == obj.id))
        for child in children:
            if mode == CASCADE:
                _collect(session, child, collected, snapshot)
            else:
                snapshot.nullified.append((child_cls, key_of(child), column, obj.id))
    if isinstance(obj, Goal):
        # Asked from the database, not from goal.action_links: a collection loaded earlier
        # in the same transaction would miss an action linked since.
        deleted_goals = {i for (c, i) in collected if c is Goal}
        served = select(GoalAction.action_id).where(GoalAction.goal_id == obj.id)
        for action in list(session.scalars(select(Action).where(Action.id.in_(served)))):
            goal_ids = session.scalars(
                select(GoalAction.goal_id).where(GoalAction.action_id == action.id)).all()
            if all(goal_id in deleted_goals for goal_id in goal_ids):
                _collect(session, action, collected, snapshot)

def entity_id_of_row(cls: type[Base], row: dict[str, Any]) -> str:
    """The entity id (as :func:`entity_id_of` gives it) of a row given as a dict."""
    return "/".join(str(row[k]) for k in key_of_cls(cls))


def key_of_cls(cls: type[Base]) -> list[str]:
    mapper = cls.__mapper__
    return [mapper.get_property_by_column(c).key for c in mapper.primary_key]


def _key_clause(cls: type[Base], key: dict[str, Any]) -> list:
    return [getattr(cls, name) == value for name, value in key.items()]
